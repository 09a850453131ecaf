using FactorHub.Factors;
using FactorHub.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactorHub.Submissions;

internal sealed class SubmissionMapping : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("submissions");
        builder.HasKey(s => s.Id);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId);
        builder.HasIndex(s => s.OrganisationId).HasDatabaseName("ix_submissions_organisation_id");
        builder.Property(s => s.ScreeningReport).HasColumnType("jsonb");
        builder.Property(s => s.CreatedAt).HasDefaultValueSql("now()");
    }
}

internal sealed class SubmissionItemMapping : IEntityTypeConfiguration<SubmissionItem>
{
    public void Configure(EntityTypeBuilder<SubmissionItem> builder)
    {
        builder.ToTable("submission_items");
        builder.HasKey(i => i.Id);
        builder.HasOne<Submission>().WithMany().HasForeignKey(i => i.SubmissionId);
        builder.HasOne<FactorVersion>().WithMany().HasForeignKey(i => i.FactorVersionId);
        builder.HasIndex(i => i.SubmissionId).HasDatabaseName("ix_submission_items_submission_id");
        builder.HasIndex(i => i.FactorVersionId).IsUnique().HasDatabaseName("submission_items_factor_version_id_key");
        builder.Property(i => i.ScreeningFindings).HasColumnType("jsonb");
    }
}
