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
