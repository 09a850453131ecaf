using FactorHub.Factors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactorHub.Snapshots;

internal sealed class SnapshotMapping : IEntityTypeConfiguration<Snapshot>
{
    public void Configure(EntityTypeBuilder<Snapshot> builder)
    {
        builder.ToTable("snapshots");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.Label).IsUnique().HasDatabaseName("snapshots_label_key");
        builder.HasOne<Snapshot>().WithMany().HasForeignKey(s => s.PreviousSnapshotId);
        builder.HasIndex(s => s.PreviousSnapshotId).HasDatabaseName("ix_snapshots_previous_snapshot_id");
        builder.Property(s => s.CreatedAt).HasDefaultValueSql("now()");
    }
}

internal sealed class SnapshotMemberMapping : IEntityTypeConfiguration<SnapshotMember>
{
    public void Configure(EntityTypeBuilder<SnapshotMember> builder)
    {
        builder.ToTable("snapshot_members");
        builder.HasKey(m => new { m.SnapshotId, m.FactorId });
        builder.HasOne<Snapshot>().WithMany().HasForeignKey(m => m.SnapshotId);
        builder.HasOne<Factor>().WithMany().HasForeignKey(m => m.FactorId);
        builder.HasOne<FactorVersion>().WithMany().HasForeignKey(m => m.FactorVersionId);
        builder.HasIndex(m => m.FactorVersionId).HasDatabaseName("ix_snapshot_members_factor_version_id");
        builder.HasIndex(m => m.FactorId).HasDatabaseName("ix_snapshot_members_factor_id");
        builder.Property(m => m.State).HasDefaultValueSql("'active'");
    }
}
