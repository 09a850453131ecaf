-- Indexes on the foreign keys 0001 left without one: they serve the joins from citations, reviews and
-- snapshots, and keep deletes of referenced rows from scanning the referencing table.
CREATE INDEX ix_citations_consumer_organisation_id ON citations (consumer_organisation_id);
CREATE INDEX ix_citations_snapshot_id ON citations (snapshot_id);
CREATE INDEX ix_factor_version_events_superseded_by_version_id ON factor_version_events (superseded_by_version_id);
CREATE INDEX ix_review_assignments_expert_organisation_id ON review_assignments (expert_organisation_id);
CREATE INDEX ix_reviews_expert_organisation_id ON reviews (expert_organisation_id);
CREATE INDEX ix_snapshot_members_factor_id ON snapshot_members (factor_id);
CREATE INDEX ix_snapshots_previous_snapshot_id ON snapshots (previous_snapshot_id);
