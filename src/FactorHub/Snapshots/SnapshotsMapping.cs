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
        // Partitioned by snapshot (migrations/0006): no per-row foreign keys to factors and versions; what a member
        // references is guaranteed by how membership is built and by triggers, see that migration.
        builder.HasIndex(m => new { m.FactorId, m.FactorVersionId }).HasDatabaseName("ix_snapshot_members_factor_id_factor_version_id");
    }
}
