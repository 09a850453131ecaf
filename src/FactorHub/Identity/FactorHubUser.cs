using Microsoft.AspNetCore.Identity;

namespace FactorHub.Identity;

/// <summary>A person or a calculation engine's account. Every account belongs to one organisation.</summary>
public sealed class FactorHubUser : IdentityUser<Guid>
{
    public Guid OrganisationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A role (see <see cref="Roles"/>); the set is fixed and created by the migration.</summary>
public sealed class FactorHubRole : IdentityRole<Guid>;
