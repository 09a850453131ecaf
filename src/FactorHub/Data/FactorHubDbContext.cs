using FactorHub.Catalog;
using FactorHub.Citations;
using FactorHub.Factors;
using FactorHub.Identity;
using FactorHub.Reviews;
using FactorHub.Snapshots;
using FactorHub.Submissions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FactorHub.Data;

/// <summary>
/// EF Core view of the schema in <c>migrations/</c>. The SQL files are the source of truth; a test
/// compares this model with the migrated database so the two cannot drift. ASP.NET Core Identity's tables are part of
/// it (as <c>users</c>, <c>roles</c>, <c>user_roles</c> …, see <c>IdentityTableNames</c>).
/// </summary>
public sealed class FactorHubDbContext(DbContextOptions<FactorHubDbContext> options)
    : IdentityDbContext<FactorHubUser, FactorHubRole, Guid>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Grade> Grades => Set<Grade>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Geography> Geographies => Set<Geography>();
    public DbSet<Factor> Factors => Set<Factor>();
    public DbSet<FactorVersion> FactorVersions => Set<FactorVersion>();
    public DbSet<FactorVersionEvent> FactorVersionEvents => Set<FactorVersionEvent>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionItem> SubmissionItems => Set<SubmissionItem>();
    public DbSet<ReviewAssignment> ReviewAssignments => Set<ReviewAssignment>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<Snapshot> Snapshots => Set<Snapshot>();
    public DbSet<SnapshotMember> SnapshotMembers => Set<SnapshotMember>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        IdentityTableNames.Apply(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FactorHubDbContext).Assembly);
        ApplySnakeCaseColumnNames(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every enum is stored as its database text (see DbText); one converter per enum type.
        foreach (var enumType in typeof(FactorHubDbContext).Assembly.GetTypes().Where(t => t.IsEnum && IsPersistedEnum(t)))
        {
            var converterType = typeof(DbTextConverter<>).MakeGenericType(enumType);
            configurationBuilder.Properties(enumType).HaveConversion(converterType);
        }
        configurationBuilder.Properties<decimal>().HavePrecision(28, 12);
    }

    private static bool IsPersistedEnum(Type type) => type.Namespace is { } ns
        && (ns.StartsWith("FactorHub.Factors", StringComparison.Ordinal)
            || ns.StartsWith("FactorHub.Catalog", StringComparison.Ordinal)
            || ns.StartsWith("FactorHub.Identity", StringComparison.Ordinal)
            || ns.StartsWith("FactorHub.Snapshots", StringComparison.Ordinal)
            || ns.StartsWith("FactorHub.Submissions", StringComparison.Ordinal)
            || ns.StartsWith("FactorHub.Reviews", StringComparison.Ordinal)
            || ns.StartsWith("FactorHub.Citations", StringComparison.Ordinal));

    private static void ApplySnakeCaseColumnNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName() == property.Name)
                {
                    property.SetColumnName(DbText.ToSnakeCase(property.Name));
                }
            }
        }
    }

    private sealed class DbTextConverter<TEnum>() : ValueConverter<TEnum, string>(
        value => DbText.Of(value),
        text => DbText.Parse<TEnum>(text))
        where TEnum : struct, Enum;
}
