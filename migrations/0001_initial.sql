-- FactorHub initial schema.
-- Applied by FactorHub's own migrator as the owner role. The application connects as
-- `factorhub_app`, which owns nothing: the triggers below protect published and append-only
-- data from it, and it cannot drop or disable them.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ---------------------------------------------------------------------------------------
-- Reference data
-- ---------------------------------------------------------------------------------------

CREATE TABLE organisations (
    id              uuid PRIMARY KEY,
    code            text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    kind            text NOT NULL CHECK (kind IN ('research_institute', 'industry_association', 'university',
                        'enterprise', 'verification_body', 'battery_maker', 'government_agency', 'database_operator')),
    name_zh         text NOT NULL CHECK (length(name_zh) > 0),
    name_en         text NOT NULL CHECK (length(name_en) > 0),
    website         text NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- Category tree. Codes are dotted paths (MAT, MAT.CATHODE, MAT.CATHODE.LFP) so that
-- "all descendants" is a prefix match; parent_code keeps the tree explicit.
CREATE TABLE categories (
    code            text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+(\.[A-Z0-9-]+)*$'),
    parent_code     text NULL REFERENCES categories (code),
    name_zh         text NOT NULL CHECK (length(name_zh) > 0),
    name_en         text NOT NULL CHECK (length(name_en) > 0),
    description_zh  text NULL,
    description_en  text NULL,
    sort_order      integer NOT NULL DEFAULT 0,
    CHECK ((parent_code IS NULL AND position('.' in code) = 0)
        OR (parent_code IS NOT NULL AND code LIKE parent_code || '.%'))
);
CREATE INDEX ix_categories_parent_code ON categories (parent_code);

-- Grade definitions are data; a version's grade follows the rule columns (see docs/data-model.md).
CREATE TABLE grades (
    level                   smallint PRIMARY KEY CHECK (level BETWEEN 1 AND 9),
    code                    text NOT NULL UNIQUE,
    name_zh                 text NOT NULL,
    name_en                 text NOT NULL,
    description_zh          text NOT NULL,
    description_en          text NOT NULL,
    eligible_source_types   text[] NOT NULL,
    max_dqr                 numeric(4,2) NULL,
    requires_verification   boolean NOT NULL DEFAULT false
);

-- Units with exact conversion to their dimension's base unit, as a rational number
-- (to_base_numerator / to_base_denominator), so kWh -> MJ (3.6) and MJ -> kWh (1/3.6)
-- are both exact inputs to decimal arithmetic.
CREATE TABLE units (
    code                    text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9.^/_-]+$'),
    dimension               text NOT NULL CHECK (dimension IN ('mass', 'energy', 'mass_distance', 'count',
                                'distance', 'area', 'volume', 'power_capacity')),
    symbol                  text NOT NULL,
    name_zh                 text NOT NULL,
    name_en                 text NOT NULL,
    to_base_numerator       numeric(38,0) NOT NULL CHECK (to_base_numerator > 0),
    to_base_denominator     numeric(38,0) NOT NULL DEFAULT 1 CHECK (to_base_denominator > 0),
    is_base                 boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX ux_units_one_base_per_dimension ON units (dimension) WHERE is_base;

-- Geographies: GLO, ISO 3166-1 countries, ISO 3166-2 provinces, province parts (Inner Mongolia's
-- two grids), and the seven MEE grid regions. grid_region_code maps a province (or part) to its
-- grid region; a province that spans two grids has NULL there and one child part per grid.
CREATE TABLE geographies (
    code                text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
    kind                text NOT NULL CHECK (kind IN ('global', 'region', 'country', 'province', 'province_part', 'grid_region')),
    parent_code         text NULL REFERENCES geographies (code),
    grid_region_code    text NULL REFERENCES geographies (code),
    name_zh             text NOT NULL,
    name_en             text NOT NULL,
    CHECK (kind = 'global' OR parent_code IS NOT NULL),
    CHECK (grid_region_code IS NULL OR kind IN ('province', 'province_part'))
);
CREATE INDEX ix_geographies_parent_code ON geographies (parent_code);
CREATE INDEX ix_geographies_grid_region_code ON geographies (grid_region_code);

-- ---------------------------------------------------------------------------------------
-- Factors and their versions
-- ---------------------------------------------------------------------------------------

-- A factor is one datum for one reference year; its code ends in that year and
-- factors that differ only by year share series_code.
CREATE TABLE factors (
    id                  uuid PRIMARY KEY,
    code                text NOT NULL UNIQUE,
    series_code         text NOT NULL,
    reference_year      smallint NOT NULL CHECK (reference_year BETWEEN 1990 AND 2100),
    kind                text NOT NULL CHECK (kind IN ('material', 'energy_carrier', 'grid_electricity',
                            'component', 'transport', 'end_of_life')),
    category_code       text NOT NULL REFERENCES categories (code),
    geography_code      text NOT NULL REFERENCES geographies (code),
    unit_code           text NOT NULL REFERENCES units (code),
    provider_id         uuid NOT NULL REFERENCES organisations (id),
    name_zh             text NOT NULL CHECK (length(name_zh) > 0),
    name_en             text NOT NULL CHECK (length(name_en) > 0),
    synonyms            text[] NOT NULL DEFAULT '{}',
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*(\.[A-Z0-9][A-Z0-9-]*)*\.[0-9]{4}$'),
    CHECK (code = series_code || '.' || reference_year::text)
);
CREATE INDEX ix_factors_series_code ON factors (series_code);
CREATE INDEX ix_factors_category_code ON factors (category_code);
CREATE INDEX ix_factors_geography_code ON factors (geography_code);
CREATE INDEX ix_factors_provider_id ON factors (provider_id);
CREATE INDEX ix_factors_unit_code ON factors (unit_code);
CREATE INDEX ix_factors_name_zh_trgm ON factors USING gin (name_zh gin_trgm_ops);
CREATE INDEX ix_factors_name_en_trgm ON factors USING gin (name_en gin_trgm_ops);

-- Submissions come before versions: a draft version points at the submission that brought it.
CREATE TABLE submissions (
    id                  uuid PRIMARY KEY,
    organisation_id     uuid NOT NULL REFERENCES organisations (id),
    channel             text NOT NULL CHECK (channel IN ('form', 'workbook', 'api', 'seed')),
    status              text NOT NULL CHECK (status IN ('draft', 'submitted', 'screening', 'in_review',
                            'decided', 'withdrawn')),
    title               text NOT NULL,
    created_by          text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    submitted_at        timestamptz NULL,
    decided_at          timestamptz NULL,
    screening_report    jsonb NULL
);
CREATE INDEX ix_submissions_organisation_id ON submissions (organisation_id);

-- One version of a factor: values and all metadata. Immutable once in a published snapshot
-- (trigger below). Gas breakdown columns are contributions in the same unit as value.
CREATE TABLE factor_versions (
    id                          uuid PRIMARY KEY,
    factor_id                   uuid NOT NULL REFERENCES factors (id),
    version_number              integer NOT NULL CHECK (version_number >= 1),
    status                      text NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'rejected')),
    value                       numeric(28,12) NOT NULL CHECK (value >= 0),
    co2_fossil                  numeric(28,12) NULL,
    co2_biogenic                numeric(28,12) NULL,
    ch4                         numeric(28,12) NULL,
    n2o                         numeric(28,12) NULL,
    other_ghg                   numeric(28,12) NULL,
    gas_coverage                text NOT NULL CHECK (gas_coverage IN ('co2', 'co2e')),
    gwp_set                     text NULL CHECK (gwp_set IN ('AR5', 'AR6')),
    system_boundary             text NOT NULL CHECK (system_boundary IN ('direct_combustion', 'gate_to_gate',
                                    'cradle_to_gate', 'cradle_to_grave', 'life_cycle')),
    valid_from                  date NULL,
    valid_to                    date NULL,
    technology                  text NULL,
    method                      text NULL,
    standards                   text[] NOT NULL DEFAULT '{}',
    source_type                 text NOT NULL CHECK (source_type IN ('measured', 'industry_average',
                                    'official_statistic', 'literature', 'modelled', 'synthetic')),
    source_citation             text NOT NULL CHECK (length(source_citation) > 0),
    source_url                  text NULL,
    note                        text NULL,
    dq_technological            smallint NULL CHECK (dq_technological BETWEEN 1 AND 5),
    dq_geographical             smallint NULL CHECK (dq_geographical BETWEEN 1 AND 5),
    dq_temporal                 smallint NULL CHECK (dq_temporal BETWEEN 1 AND 5),
    dq_precision                smallint NULL CHECK (dq_precision BETWEEN 1 AND 5),
    -- EU Environmental Footprint DQR: the mean of TeR, GeR, TiR and P, derived here so it is
    -- never entered by hand and never invented when a score is missing.
    dqr                         numeric(4,2) GENERATED ALWAYS AS (
                                    round((dq_technological + dq_geographical + dq_temporal + dq_precision)::numeric / 4, 2)
                                ) STORED,
    dqr_class                   text GENERATED ALWAYS AS (
                                    CASE
                                        WHEN dq_technological IS NULL OR dq_geographical IS NULL
                                          OR dq_temporal IS NULL OR dq_precision IS NULL THEN NULL
                                        WHEN (dq_technological + dq_geographical + dq_temporal + dq_precision)::numeric / 4 <= 1.5 THEN 'excellent'
                                        WHEN (dq_technological + dq_geographical + dq_temporal + dq_precision)::numeric / 4 <= 2.0 THEN 'very_good'
                                        WHEN (dq_technological + dq_geographical + dq_temporal + dq_precision)::numeric / 4 <= 3.0 THEN 'good'
                                        WHEN (dq_technological + dq_geographical + dq_temporal + dq_precision)::numeric / 4 <= 4.0 THEN 'fair'
                                        ELSE 'poor'
                                    END
                                ) STORED,
    uncertainty_distribution    text NULL CHECK (uncertainty_distribution IN ('normal', 'lognormal', 'triangular', 'uniform')),
    uncertainty_lower           numeric(28,12) NULL,
    uncertainty_upper           numeric(28,12) NULL,
    grade_level                 smallint NULL REFERENCES grades (level),
    access_level                text NOT NULL DEFAULT 'public' CHECK (access_level IN ('public', 'registered', 'compute_only')),
    electricity_model           text NULL CHECK (electricity_model IN ('physical_direct', 'specific_supply',
                                    'regional_grid', 'provincial_grid', 'national_average',
                                    'national_residual', 'national_fossil', 'reporting_rule')),
    electricity_source          text NULL CHECK (electricity_source IN ('wind', 'pv', 'hydro', 'nuclear',
                                    'biomass', 'coal', 'gas', 'mixed')),
    submission_id               uuid NULL REFERENCES submissions (id),
    created_by                  text NOT NULL,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    accepted_by                 text NULL,
    accepted_at                 timestamptz NULL,
    UNIQUE (factor_id, version_number),
    -- A GWP set belongs to CO2e only; a CO2e source that does not state its set keeps NULL.
    CHECK (gas_coverage = 'co2e' OR gwp_set IS NULL),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CHECK (uncertainty_lower IS NULL OR uncertainty_upper IS NULL OR uncertainty_lower <= uncertainty_upper),
    CHECK (status <> 'accepted' OR (grade_level IS NOT NULL AND accepted_at IS NOT NULL)),
    CHECK (electricity_source IS NULL OR electricity_model IS NOT NULL)
);
CREATE INDEX ix_factor_versions_factor_id ON factor_versions (factor_id);
CREATE INDEX ix_factor_versions_submission_id ON factor_versions (submission_id);
CREATE INDEX ix_factor_versions_grade_level ON factor_versions (grade_level);
CREATE INDEX ix_factor_versions_status_accepted_at ON factor_versions (status, accepted_at);

-- Lifecycle of a version, kept beside the immutable version row. Append-only.
CREATE TABLE factor_version_events (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    factor_version_id           uuid NOT NULL REFERENCES factor_versions (id),
    event                       text NOT NULL CHECK (event IN ('withdrawn', 'superseded', 'reinstated')),
    superseded_by_version_id    uuid NULL REFERENCES factor_versions (id),
    reason                      text NOT NULL,
    actor                       text NOT NULL,
    occurred_at                 timestamptz NOT NULL DEFAULT now(),
    CHECK ((event = 'superseded') = (superseded_by_version_id IS NOT NULL))
);
CREATE INDEX ix_factor_version_events_factor_version_id ON factor_version_events (factor_version_id);

CREATE TABLE submission_items (
    id                  uuid PRIMARY KEY,
    submission_id       uuid NOT NULL REFERENCES submissions (id),
    factor_version_id   uuid NOT NULL UNIQUE REFERENCES factor_versions (id),
    screening_status    text NOT NULL DEFAULT 'pending' CHECK (screening_status IN ('pending', 'passed', 'warnings', 'failed')),
    screening_findings  jsonb NULL,
    decision            text NULL CHECK (decision IN ('accepted', 'revise', 'rejected')),
    decision_note       text NULL,
    decided_by          text NULL,
    decided_at          timestamptz NULL
);
CREATE INDEX ix_submission_items_submission_id ON submission_items (submission_id);

-- ---------------------------------------------------------------------------------------
-- Reviews
-- ---------------------------------------------------------------------------------------

CREATE TABLE review_assignments (
    id                      uuid PRIMARY KEY,
    submission_item_id      uuid NOT NULL REFERENCES submission_items (id),
    expert_user_id          text NOT NULL,
    expert_organisation_id  uuid NOT NULL REFERENCES organisations (id),
    assigned_by             text NOT NULL,
    assigned_at             timestamptz NOT NULL DEFAULT now(),
    due_at                  timestamptz NULL,
    UNIQUE (submission_item_id, expert_user_id)
);

CREATE TABLE reviews (
    id                      uuid PRIMARY KEY,
    submission_item_id      uuid NOT NULL REFERENCES submission_items (id),
    expert_user_id          text NOT NULL,
    expert_organisation_id  uuid NOT NULL REFERENCES organisations (id),
    verdict                 text NOT NULL CHECK (verdict IN ('accept', 'revise', 'reject')),
    score_robustness        smallint NOT NULL CHECK (score_robustness BETWEEN 1 AND 5),
    score_applicability     smallint NOT NULL CHECK (score_applicability BETWEEN 1 AND 5),
    score_documentation     smallint NOT NULL CHECK (score_documentation BETWEEN 1 AND 5),
    comments                text NOT NULL DEFAULT '',
    submitted_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (submission_item_id, expert_user_id)
);

-- ---------------------------------------------------------------------------------------
-- Snapshots
-- ---------------------------------------------------------------------------------------

CREATE TABLE snapshots (
    id                      uuid PRIMARY KEY,
    label                   text NOT NULL UNIQUE CHECK (label ~ '^[0-9]{4}\.[0-9]{2}$'),
    status                  text NOT NULL CHECK (status IN ('scheduled', 'building', 'published', 'failed')),
    cutoff_at               timestamptz NOT NULL,
    published_at            timestamptz NULL,
    previous_snapshot_id    uuid NULL REFERENCES snapshots (id),
    factor_count            integer NULL,
    content_digest          text NULL CHECK (content_digest ~ '^[0-9a-f]{64}$'),
    description_zh          text NULL,
    description_en          text NULL,
    created_by              text NOT NULL,
    created_at              timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'published' OR (published_at IS NOT NULL AND content_digest IS NOT NULL AND factor_count IS NOT NULL))
);

-- For every factor in a snapshot: the version it holds, or that the factor is withdrawn.
CREATE TABLE snapshot_members (
    snapshot_id         uuid NOT NULL REFERENCES snapshots (id),
    factor_id           uuid NOT NULL REFERENCES factors (id),
    factor_version_id   uuid NOT NULL REFERENCES factor_versions (id),
    state               text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'withdrawn')),
    PRIMARY KEY (snapshot_id, factor_id)
);
CREATE INDEX ix_snapshot_members_factor_version_id ON snapshot_members (factor_version_id);

-- ---------------------------------------------------------------------------------------
-- Citations and the audit log
-- ---------------------------------------------------------------------------------------

CREATE TABLE citations (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    factor_id                   uuid NOT NULL REFERENCES factors (id),
    factor_version_id           uuid NOT NULL REFERENCES factor_versions (id),
    snapshot_id                 uuid NULL REFERENCES snapshots (id),
    channel                     text NOT NULL CHECK (channel IN ('resolution', 'report')),
    consumer_organisation_id    uuid NULL REFERENCES organisations (id),
    declaration_reference       text NULL,
    cited_at                    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_citations_factor_id_cited_at ON citations (factor_id, cited_at);
CREATE INDEX ix_citations_factor_version_id ON citations (factor_version_id);

CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    actor           text NULL,
    event           text NOT NULL,
    subject_type    text NULL,
    subject_id      text NULL,
    remote_address  text NULL,
    details         jsonb NULL
);
CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_event ON audit_log (event);

-- ---------------------------------------------------------------------------------------
-- Protection triggers: enforced for every role that does not own the tables, whatever the C# does.
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION refuse_change_of_published_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    published_label text;
BEGIN
    SELECT s.label INTO published_label
    FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id
    WHERE m.factor_version_id = OLD.id AND s.status = 'published'
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

CREATE TRIGGER factor_versions_published_are_immutable
    BEFORE UPDATE OR DELETE ON factor_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published_version();

-- The identity of a factor (what its versions' values mean) is fixed once any version is published.
CREATE FUNCTION refuse_change_of_published_factor_identity() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'DELETE'
        OR NEW.code IS DISTINCT FROM OLD.code
        OR NEW.series_code IS DISTINCT FROM OLD.series_code
        OR NEW.reference_year IS DISTINCT FROM OLD.reference_year
        OR NEW.kind IS DISTINCT FROM OLD.kind
        OR NEW.geography_code IS DISTINCT FROM OLD.geography_code
        OR NEW.unit_code IS DISTINCT FROM OLD.unit_code
        OR NEW.provider_id IS DISTINCT FROM OLD.provider_id)
       AND EXISTS (SELECT 1 FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id
                   WHERE m.factor_id = OLD.id AND s.status = 'published') THEN
        RAISE EXCEPTION 'factor % is in a published snapshot: its code, year, kind, geography, unit and provider cannot change', OLD.code
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER factors_published_identity_is_immutable
    BEFORE UPDATE OR DELETE ON factors
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published_factor_identity();

-- A published snapshot never changes: no edit, no delete, and its membership is frozen.
CREATE FUNCTION refuse_change_of_published_snapshot() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'snapshot % is published and cannot be %d', OLD.label, lower(TG_OP)
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER snapshots_published_are_immutable
    BEFORE UPDATE OR DELETE ON snapshots
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published_snapshot();

CREATE FUNCTION refuse_change_of_published_membership() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    target_snapshot uuid;
    snapshot_label text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        target_snapshot := NEW.snapshot_id;
    ELSE
        target_snapshot := OLD.snapshot_id;
    END IF;
    SELECT label INTO snapshot_label FROM snapshots WHERE id = target_snapshot AND status = 'published';
    IF snapshot_label IS NOT NULL THEN
        RAISE EXCEPTION 'snapshot % is published: its membership cannot change', snapshot_label
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER snapshot_members_published_are_immutable
    BEFORE INSERT OR UPDATE OR DELETE ON snapshot_members
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_published_membership();

-- Append-only tables: rows may be added, never changed or removed.
CREATE FUNCTION refuse_change_of_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: rows cannot be %d', TG_TABLE_NAME, lower(TG_OP)
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER audit_log_is_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

CREATE TRIGGER factor_version_events_are_append_only
    BEFORE UPDATE OR DELETE ON factor_version_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only();
CREATE TRIGGER factor_version_events_no_truncate
    BEFORE TRUNCATE ON factor_version_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- Conflict of interest: an expert never reviews, nor is assigned, their own organisation's factors.
CREATE FUNCTION refuse_conflict_of_interest() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    provider uuid;
BEGIN
    SELECT f.provider_id INTO provider
    FROM submission_items i
    JOIN factor_versions v ON v.id = i.factor_version_id
    JOIN factors f ON f.id = v.factor_id
    WHERE i.id = NEW.submission_item_id;
    IF provider = NEW.expert_organisation_id THEN
        RAISE EXCEPTION 'conflict of interest: expert % belongs to the organisation that provides this factor', NEW.expert_user_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER review_assignments_no_conflict_of_interest
    BEFORE INSERT OR UPDATE ON review_assignments
    FOR EACH ROW EXECUTE FUNCTION refuse_conflict_of_interest();
CREATE TRIGGER reviews_no_conflict_of_interest
    BEFORE INSERT OR UPDATE ON reviews
    FOR EACH ROW EXECUTE FUNCTION refuse_conflict_of_interest();

-- ---------------------------------------------------------------------------------------
-- Privileges of the application role (created by the cluster bootstrap or the DBA).
-- When FactorHub runs against a server without that role, the grants are skipped.
-- ---------------------------------------------------------------------------------------

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factorhub_app') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA public TO factorhub_app';
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON organisations, categories, grades, units, geographies,
                 factors, submissions, factor_versions, submission_items, review_assignments, reviews,
                 snapshots, snapshot_members, citations TO factorhub_app';
        EXECUTE 'GRANT SELECT, INSERT ON factor_version_events, audit_log TO factorhub_app';
        EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO factorhub_app';
    END IF;
END;
$$;
