using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactorHub.Identity;

internal sealed class OrganisationMapping : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.Code).IsUnique().HasDatabaseName("organisations_code_key");
        builder.Property(o => o.CreatedAt).HasDefaultValueSql("now()");
    }
}

internal sealed class AuditLogEntryMapping : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.OccurredAt).HasDefaultValueSql("now()");
        builder.Property(e => e.Details).HasColumnType("jsonb");
        builder.HasIndex(e => e.OccurredAt).HasDatabaseName("ix_audit_log_occurred_at");
        builder.HasIndex(e => e.Event).HasDatabaseName("ix_audit_log_event");
    }
}

internal sealed class ApiTokenMapping : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.CreatedAt).HasDefaultValueSql("now()");
        builder.HasIndex(t => t.SecretHash).IsUnique().HasDatabaseName("api_tokens_secret_hash_key");
        builder.HasIndex(t => t.UserId).HasDatabaseName("ix_api_tokens_user_id");
        builder.HasIndex(t => t.OrganisationId).HasDatabaseName("ix_api_tokens_organisation_id");
        builder.HasOne<FactorHubUser>().WithMany().HasForeignKey(t => t.UserId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId);
    }
}

/// <summary>
/// ASP.NET Core Identity's tables under FactorHub's snake_case names (<c>users</c>, <c>roles</c>, <c>user_roles</c> …);
/// the columns get snake_case names from the context's convention.
/// </summary>
internal static class IdentityTableNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FactorHubUser>(b =>
        {
            b.ToTable("users");
            b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("users_normalized_user_name_key");
            b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_users_normalized_email");
            b.HasIndex(u => u.OrganisationId).HasDatabaseName("ix_users_organisation_id");
            b.Property(u => u.CreatedAt).HasDefaultValueSql("now()");
            b.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId);
        });
        modelBuilder.Entity<FactorHubRole>(b =>
        {
            b.ToTable("roles");
            b.HasIndex(r => r.NormalizedName).HasDatabaseName("roles_normalized_name_key");
        });
        modelBuilder.Entity<IdentityUserRole<Guid>>(b =>
        {
            b.ToTable("user_roles");
            b.HasIndex(r => r.RoleId).HasDatabaseName("ix_user_roles_role_id");
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>(b =>
        {
            b.ToTable("user_claims");
            b.Property(c => c.Id).UseIdentityAlwaysColumn();
            b.HasIndex(c => c.UserId).HasDatabaseName("ix_user_claims_user_id");
        });
        modelBuilder.Entity<IdentityRoleClaim<Guid>>(b =>
        {
            b.ToTable("role_claims");
            b.Property(c => c.Id).UseIdentityAlwaysColumn();
            b.HasIndex(c => c.RoleId).HasDatabaseName("ix_role_claims_role_id");
        });
        modelBuilder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable("user_logins");
            b.HasIndex(l => l.UserId).HasDatabaseName("ix_user_logins_user_id");
        });
        modelBuilder.Entity<IdentityUserToken<Guid>>(b => b.ToTable("user_tokens"));
    }
}
