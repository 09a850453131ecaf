using FactorHub.Identity;
using FactorHub.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactorHub.Reviews;

internal sealed class ReviewAssignmentMapping : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> builder)
    {
        builder.ToTable("review_assignments");
        builder.HasKey(a => a.Id);
        builder.HasOne<SubmissionItem>().WithMany().HasForeignKey(a => a.SubmissionItemId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.ExpertOrganisationId);
        builder.HasIndex(a => new { a.SubmissionItemId, a.ExpertUserId }).IsUnique()
            .HasDatabaseName("review_assignments_submission_item_id_expert_user_id_key");
        builder.HasIndex(a => a.ExpertOrganisationId).HasDatabaseName("ix_review_assignments_expert_organisation_id");
        builder.Property(a => a.AssignedAt).HasDefaultValueSql("now()");
    }
}

internal sealed class ReviewMapping : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews");
        builder.HasKey(r => r.Id);
        builder.HasOne<SubmissionItem>().WithMany().HasForeignKey(r => r.SubmissionItemId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.ExpertOrganisationId);
        builder.HasIndex(r => new { r.SubmissionItemId, r.ExpertUserId }).IsUnique()
            .HasDatabaseName("reviews_submission_item_id_expert_user_id_key");
        builder.HasIndex(r => r.ExpertOrganisationId).HasDatabaseName("ix_reviews_expert_organisation_id");
        builder.Property(r => r.Comments).HasDefaultValueSql("''");
        builder.Property(r => r.SubmittedAt).HasDefaultValueSql("now()");
    }
}
