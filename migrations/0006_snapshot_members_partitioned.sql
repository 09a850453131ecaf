-- Snapshot membership, one partition per snapshot.
--
-- Why: publishing a snapshot of 1,000,000 factors wrote 1,000,000 rows into one shared table through three
-- foreign keys (each row key-share-locked its factor and its version, dirtying both tables), a per-row trigger and
-- three indexes that already held every earlier snapshot's rows: 19x the cost of the raw copy. Now the publisher
-- builds each snapshot's membership as a table of its own (bulk insert, indexes built once by sorting) and attaches
-- it as the snapshot's partition, all inside the publication's transaction. Reads filter by snapshot and are pruned
-- to one partition.
--
-- Integrity, without per-row foreign keys to factors and versions:
--   * snapshot_id keeps its foreign key to snapshots (validated in one pass when a partition is attached);
--   * rows the publisher writes come from accepted versions in the same statement, and an accepted version can
--     never be deleted nor change its id, factor or status (trigger below), so what a member references stays;
--   * rows written any other way (INSERT into snapshot_members) are checked row by row by a trigger: the version
--     must exist, be accepted and belong to the member's factor;
--   * published membership stays immutable: the existing row trigger is re-created on the parent, which clones it
--     onto every partition, including partitions attached later.

ALTER TABLE snapshot_members RENAME TO snapshot_members_before_partitioning;
ALTER TABLE snapshot_members_before_partitioning RENAME CONSTRAINT snapshot_members_pkey TO snapshot_members_before_partitioning_pkey;
ALTER TABLE snapshot_members_before_partitioning
    DROP CONSTRAINT snapshot_members_snapshot_id_fkey,
    DROP CONSTRAINT snapshot_members_factor_id_fkey,
    DROP CONSTRAINT snapshot_members_factor_version_id_fkey,
    DROP CONSTRAINT snapshot_members_state_check;
DROP TRIGGER snapshot_members_published_are_immutable ON snapshot_members_before_partitioning;

CREATE TABLE snapshot_members (
    snapshot_id         uuid NOT NULL REFERENCES snapshots (id),
    factor_id           uuid NOT NULL,
    factor_version_id   uuid NOT NULL,
    state               text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'withdrawn')),
    PRIMARY KEY (snapshot_id, factor_id)
) PARTITION BY LIST (snapshot_id);

-- Serves the protection triggers ("is this factor / this version in a published snapshot?") with one index
-- instead of the two single-column ones.
CREATE INDEX ix_snapshot_members_factor_id_factor_version_id ON snapshot_members (factor_id, factor_version_id);

-- The table that holds one snapshot's membership.
CREATE FUNCTION snapshot_members_partition_name(p_snapshot_id uuid) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'snapshot_members_' || replace(p_snapshot_id::text, '-', '') $$;

-- Gives a filled (or empty) membership table the parent's primary key and index, built once by sorting, and attaches
-- it as the snapshot's partition; ATTACH adopts the indexes, and the CHECK lets it skip its validation scan.
-- Attaching takes SHARE UPDATE EXCLUSIVE on the parent (readers and writers of other snapshots' members go on) and,
-- to validate the foreign key, SHARE ROW EXCLUSIVE on snapshots until the publication commits: writes to snapshots
-- wait, which publications and schedules do anyway (they serialise on the publication's advisory lock).
-- Not granted to anyone: only the two SECURITY DEFINER functions below call it (only the owner may attach tables;
-- the application role reaches them through the publisher).
CREATE FUNCTION attach_snapshot_members_partition(p_snapshot_id uuid) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    partition_name text := snapshot_members_partition_name(p_snapshot_id);
BEGIN
    EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (snapshot_id, factor_id)', partition_name);
    EXECUTE format('CREATE INDEX ON %I (factor_id, factor_version_id)', partition_name);
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (snapshot_id = %L)', partition_name, partition_name || '_snapshot', p_snapshot_id);
    EXECUTE format('ALTER TABLE snapshot_members ATTACH PARTITION %I FOR VALUES IN (%L)', partition_name, p_snapshot_id);
END;
$$;

-- Builds one snapshot's membership in bulk and attaches it: for every factor its latest version accepted by the
-- snapshot's cut-off, withdrawn when that version's last withdrawn/reinstated event by the cut-off is a withdrawal.
-- The snapshot must be 'building' and have no partition yet. Returns the number of members.
CREATE FUNCTION build_snapshot_membership(p_snapshot_id uuid) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    partition_name text := snapshot_members_partition_name(p_snapshot_id);
    snapshot_status text;
    snapshot_cutoff timestamptz;
    members bigint;
BEGIN
    SELECT status, cutoff_at INTO snapshot_status, snapshot_cutoff FROM snapshots WHERE id = p_snapshot_id FOR UPDATE;
    IF snapshot_status IS NULL THEN
        RAISE EXCEPTION 'snapshot % does not exist', p_snapshot_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF snapshot_status <> 'building' THEN
        RAISE EXCEPTION 'snapshot % is %, not building: its membership cannot be built', p_snapshot_id, snapshot_status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF to_regclass(partition_name) IS NOT NULL THEN
        RAISE EXCEPTION 'snapshot % already has a membership table', p_snapshot_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;

    EXECUTE format('CREATE TABLE %I (LIKE snapshot_members INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', partition_name);
    EXECUTE format(
        $sql$
        INSERT INTO %I (snapshot_id, factor_id, factor_version_id, state)
        SELECT $1, latest.factor_id, latest.id, CASE WHEN lifecycle.event = 'withdrawn' THEN 'withdrawn' ELSE 'active' END
        FROM (
            SELECT DISTINCT ON (v.factor_id) v.factor_id, v.id
            FROM factor_versions v
            WHERE v.status = 'accepted' AND v.accepted_at <= $2
            ORDER BY v.factor_id, v.version_number DESC
        ) latest
        LEFT JOIN (
            SELECT DISTINCT ON (e.factor_version_id) e.factor_version_id, e.event
            FROM factor_version_events e
            WHERE e.event IN ('withdrawn', 'reinstated') AND e.occurred_at <= $2
            ORDER BY e.factor_version_id, e.occurred_at DESC, e.id DESC
        ) lifecycle ON lifecycle.factor_version_id = latest.id
        $sql$, partition_name)
        USING p_snapshot_id, snapshot_cutoff;
    GET DIAGNOSTICS members = ROW_COUNT;

    PERFORM attach_snapshot_members_partition(p_snapshot_id);
    RETURN members;
END;
$$;

-- For rows written one by one (tests, repairs): an empty partition to insert into, for a snapshot that is building
-- (so that nobody can pre-empt a scheduled snapshot's bulk build with an empty partition). Does nothing when the
-- partition exists.
CREATE FUNCTION create_snapshot_members_partition(p_snapshot_id uuid) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    partition_name text := snapshot_members_partition_name(p_snapshot_id);
    snapshot_status text;
BEGIN
    SELECT status INTO snapshot_status FROM snapshots WHERE id = p_snapshot_id;
    IF snapshot_status IS NULL THEN
        RAISE EXCEPTION 'snapshot % does not exist', p_snapshot_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF snapshot_status <> 'building' AND to_regclass(partition_name) IS NULL THEN
        RAISE EXCEPTION 'snapshot % is %, not building: it cannot be given a membership table', p_snapshot_id, snapshot_status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF to_regclass(partition_name) IS NULL THEN
        EXECUTE format('CREATE TABLE %I (LIKE snapshot_members INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', partition_name);
        PERFORM attach_snapshot_members_partition(p_snapshot_id);
    END IF;
    RETURN partition_name;
END;
$$;

REVOKE ALL ON FUNCTION build_snapshot_membership(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION create_snapshot_members_partition(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION attach_snapshot_members_partition(uuid) FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factorhub_app') THEN
        EXECUTE 'GRANT EXECUTE ON FUNCTION build_snapshot_membership(uuid), create_snapshot_members_partition(uuid) TO factorhub_app';
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON snapshot_members TO factorhub_app';
    END IF;
END;
$$;

-- Move the existing membership, snapshot by snapshot, into partitions.
DO $$
DECLARE
    existing uuid;
    partition_name text;
BEGIN
    FOR existing IN SELECT DISTINCT snapshot_id FROM snapshot_members_before_partitioning LOOP
        partition_name := snapshot_members_partition_name(existing);
        EXECUTE format('CREATE TABLE %I (LIKE snapshot_members INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', partition_name);
        EXECUTE format('INSERT INTO %I SELECT snapshot_id, factor_id, factor_version_id, state
                        FROM snapshot_members_before_partitioning WHERE snapshot_id = %L ORDER BY factor_id', partition_name, existing);
        PERFORM attach_snapshot_members_partition(existing);
    END LOOP;
END;
$$;
DROP TABLE snapshot_members_before_partitioning;

CREATE TRIGGER snapshot_members_published_are_immutable
    BEFORE INSERT OR UPDATE OR DELETE ON snapshot_members
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published_membership();

-- A member written row by row must name an accepted version of its own factor (what the foreign keys used to
-- check, and more: the version belongs to the factor). The bulk build above selects exactly such rows.
CREATE FUNCTION check_snapshot_member_reference() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM factor_versions v
                   WHERE v.id = NEW.factor_version_id AND v.factor_id = NEW.factor_id AND v.status = 'accepted') THEN
        RAISE EXCEPTION 'snapshot member (factor %, version %) does not name an accepted version of that factor',
            NEW.factor_id, NEW.factor_version_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER snapshot_members_reference_accepted_versions
    BEFORE INSERT OR UPDATE OF factor_id, factor_version_id ON snapshot_members
    FOR EACH ROW EXECUTE FUNCTION check_snapshot_member_reference();

-- What a member references stays: an accepted version is never deleted, and keeps its id, factor and status.
-- (Named to fire after factor_versions_published_are_immutable, whose message is the more specific one.)
-- (Named to fire after factor_versions_published_are_immutable, whose message is the more specific one.)
CREATE FUNCTION refuse_removal_of_accepted_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'accepted' AND (TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.factor_id <> OLD.factor_id
                                    OR NEW.status <> OLD.status) THEN
        RAISE EXCEPTION 'factor version % is accepted: it cannot be deleted and its id, factor and status cannot change', OLD.id
            USING ERRCODE = 'integrity_constraint_violation', HINT = 'record a lifecycle event or create a new version instead';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER factor_versions_stay_referenceable_once_accepted
    BEFORE UPDATE OR DELETE ON factor_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_removal_of_accepted_version();

-- The version protection looks members up by (factor, version), which the new index serves.
CREATE OR REPLACE FUNCTION refuse_change_of_published_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    published_label text;
BEGIN
    SELECT s.label INTO published_label
    FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id
    WHERE m.factor_id = OLD.factor_id AND m.factor_version_id = OLD.id AND s.status = 'published'
    ORDER BY s.label
    LIMIT 1;
    IF published_label IS NOT NULL THEN
        RAISE EXCEPTION 'factor version % is in published snapshot % and cannot be %d',
            OLD.id, published_label, lower(TG_OP)
            USING ERRCODE = 'integrity_constraint_violation', HINT = 'record a lifecycle event or create a new version instead';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
