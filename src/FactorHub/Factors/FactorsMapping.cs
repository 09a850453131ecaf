using FactorHub.Catalog;
using FactorHub.Identity;
using FactorHub.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactorHub.Factors;

internal sealed class FactorMapping : IEntityTypeConfiguration<Factor>
{
    public void Configure(EntityTypeBuilder<Factor> builder)
    {
        builder.ToTable("factors");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => f.Code).IsUnique().HasDatabaseName("factors_code_key");
        builder.HasIndex(f => f.SeriesCode).HasDatabaseName("ix_factors_series_code");
        builder.HasIndex(f => f.CategoryCode).HasDatabaseName("ix_factors_category_code");
        builder.HasIndex(f => f.GeographyCode).HasDatabaseName("ix_factors_geography_code");
        builder.HasIndex(f => f.ProviderId).HasDatabaseName("ix_factors_provider_id");
        builder.HasIndex(f => f.UnitCode).HasDatabaseName("ix_factors_unit_code");
        builder.HasIndex(f => f.NameZh).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_factors_name_zh_trgm");
        builder.HasIndex(f => f.NameEn).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_factors_name_en_trgm");
        builder.HasOne<Category>().WithMany().HasForeignKey(f => f.CategoryCode);
        builder.HasOne<Geography>().WithMany().HasForeignKey(f => f.GeographyCode);
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitCode);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.ProviderId);
        builder.HasMany(f => f.Versions).WithOne(v => v.Factor).HasForeignKey(v => v.FactorId);
        builder.Property(f => f.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(f => f.Synonyms).HasDefaultValueSql("'{}'");
    }
}

internal sealed class FactorVersionMapping : IEntityTypeConfiguration<FactorVersion>
{
    private const string DqrMean = "(dq_technological + dq_geographical + dq_temporal + dq_precision)::numeric / 4";

    // Same expression as migrations/0001_initial.sql (EU Environmental Footprint DQR classes).
    private const string DqrClassSql =
        "CASE WHEN dq_technological IS NULL OR dq_geographical IS NULL OR dq_temporal IS NULL OR dq_precision IS NULL THEN NULL "
        + "WHEN " + DqrMean + " <= 1.5 THEN 'excellent' WHEN " + DqrMean + " <= 2.0 THEN 'very_good' "
        + "WHEN " + DqrMean + " <= 3.0 THEN 'good' WHEN " + DqrMean + " <= 4.0 THEN 'fair' ELSE 'poor' END";

    public void Configure(EntityTypeBuilder<FactorVersion> builder)
    {
        builder.ToTable("factor_versions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.FactorId, v.VersionNumber }).IsUnique().HasDatabaseName("factor_versions_factor_id_version_number_key");
        builder.HasIndex(v => v.FactorId).HasDatabaseName("ix_factor_versions_factor_id");
        builder.HasIndex(v => v.SubmissionId).HasDatabaseName("ix_factor_versions_submission_id");
        builder.HasIndex(v => v.GradeLevel).HasDatabaseName("ix_factor_versions_grade_level");
        builder.HasIndex(v => new { v.Status, v.AcceptedAt }).HasDatabaseName("ix_factor_versions_status_accepted_at");
        builder.HasOne<Grade>().WithMany().HasForeignKey(v => v.GradeLevel);
        builder.HasOne<Submission>().WithMany().HasForeignKey(v => v.SubmissionId);
        builder.Property(v => v.Dqr).HasPrecision(4, 2)
            .HasComputedColumnSql("round(" + DqrMean + ", 2)", stored: true);
        builder.Property(v => v.DqrClass).HasComputedColumnSql(DqrClassSql, stored: true);
        // Enum columns whose database default is the enum's first member (access_level 'public', and likewise
        // snapshot_members.state, submission_items.screening_status) declare no default here: EF Core always writes
        // the value, and a declared default on an enum without a sentinel only makes it warn at every start.
        builder.Property(v => v.Standards).HasDefaultValueSql("'{}'");
        builder.Property(v => v.CreatedAt).HasDefaultValueSql("now()");
    }
}

internal sealed class FactorVersionEventMapping : IEntityTypeConfiguration<FactorVersionEvent>
{
    public void Configure(EntityTypeBuilder<FactorVersionEvent> builder)
    {
        builder.ToTable("factor_version_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.HasOne<FactorVersion>().WithMany().HasForeignKey(e => e.FactorVersionId);
        builder.HasOne<FactorVersion>().WithMany().HasForeignKey(e => e.SupersededByVersionId);
        builder.HasIndex(e => e.FactorVersionId).HasDatabaseName("ix_factor_version_events_factor_version_id");
        builder.HasIndex(e => e.SupersededByVersionId).HasDatabaseName("ix_factor_version_events_superseded_by_version_id");
        builder.Property(e => e.OccurredAt).HasDefaultValueSql("now()");
    }
}
