using FactorHub.Factors;
using FactorHub.Identity;
using FactorHub.Snapshots;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactorHub.Citations;

internal sealed class CitationMapping : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.ToTable("citations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.HasOne<Factor>().WithMany().HasForeignKey(c => c.FactorId);
        builder.HasOne<FactorVersion>().WithMany().HasForeignKey(c => c.FactorVersionId);
        builder.HasOne<Snapshot>().WithMany().HasForeignKey(c => c.SnapshotId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.ConsumerOrganisationId);
        builder.HasIndex(c => new { c.FactorId, c.CitedAt }).HasDatabaseName("ix_citations_factor_id_cited_at");
        builder.HasIndex(c => c.FactorVersionId).HasDatabaseName("ix_citations_factor_version_id");
        builder.HasIndex(c => c.ConsumerOrganisationId).HasDatabaseName("ix_citations_consumer_organisation_id");
        builder.HasIndex(c => c.SnapshotId).HasDatabaseName("ix_citations_snapshot_id");
        builder.Property(c => c.CitedAt).HasDefaultValueSql("now()");
    }
}
