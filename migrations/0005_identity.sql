-- Identity and access (issue 6): ASP.NET Core Identity's tables under snake_case names, the fixed set of
-- roles, and API tokens. Accounts belong to organisations. Tokens are stored only as SHA-256 hashes.

CREATE TABLE users (
    id                      uuid PRIMARY KEY,
    organisation_id         uuid NOT NULL REFERENCES organisations (id),
    created_at              timestamptz NOT NULL DEFAULT now(),
    user_name               varchar(256) NULL,
    normalized_user_name    varchar(256) NULL,
    email                   varchar(256) NULL,
    normalized_email        varchar(256) NULL,
    email_confirmed         boolean NOT NULL,
    password_hash           text NULL,
    security_stamp          text NULL,
    concurrency_stamp       text NULL,
    phone_number            text NULL,
    phone_number_confirmed  boolean NOT NULL,
    two_factor_enabled      boolean NOT NULL,
    lockout_end             timestamptz NULL,
    lockout_enabled         boolean NOT NULL,
    access_failed_count     integer NOT NULL
);
CREATE UNIQUE INDEX users_normalized_user_name_key ON users (normalized_user_name);
CREATE INDEX ix_users_normalized_email ON users (normalized_email);
CREATE INDEX ix_users_organisation_id ON users (organisation_id);

CREATE TABLE roles (
    id                  uuid PRIMARY KEY,
    name                varchar(256) NULL,
    normalized_name     varchar(256) NULL,
    concurrency_stamp   text NULL
);
CREATE UNIQUE INDEX roles_normalized_name_key ON roles (normalized_name);

CREATE TABLE user_roles (
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id     uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_id)
);
CREATE INDEX ix_user_roles_role_id ON user_roles (role_id);

CREATE TABLE user_claims (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claim_type  text NULL,
    claim_value text NULL
);
CREATE INDEX ix_user_claims_user_id ON user_claims (user_id);

CREATE TABLE role_claims (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id     uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    claim_type  text NULL,
    claim_value text NULL
);
CREATE INDEX ix_role_claims_role_id ON role_claims (role_id);

CREATE TABLE user_logins (
    login_provider          text NOT NULL,
    provider_key            text NOT NULL,
    provider_display_name   text NULL,
    user_id                 uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (login_provider, provider_key)
);
CREATE INDEX ix_user_logins_user_id ON user_logins (user_id);

CREATE TABLE user_tokens (
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    login_provider  text NOT NULL,
    name            text NOT NULL,
    value           text NULL,
    PRIMARY KEY (user_id, login_provider, name)
);

-- The roles are fixed: the application grants them, it never invents new ones.
INSERT INTO roles (id, name, normalized_name, concurrency_stamp) VALUES
    ('6b1f0c4e-0000-4000-8000-000000000001', 'Administrator', 'ADMINISTRATOR', '1'),
    ('6b1f0c4e-0000-4000-8000-000000000002', 'Curator', 'CURATOR', '1'),
    ('6b1f0c4e-0000-4000-8000-000000000003', 'Expert', 'EXPERT', '1'),
    ('6b1f0c4e-0000-4000-8000-000000000004', 'Provider', 'PROVIDER', '1'),
    ('6b1f0c4e-0000-4000-8000-000000000005', 'Consumer', 'CONSUMER', '1'),
    ('6b1f0c4e-0000-4000-8000-000000000006', 'Verifier', 'VERIFIER', '1');

-- API tokens: only the SHA-256 of the secret is kept. The secret has 256 bits from a CSPRNG, so a fast hash
-- is enough (no dictionary to attack) and lets every request find its token by an index lookup.
CREATE TABLE api_tokens (
    id                  uuid PRIMARY KEY,
    user_id             uuid NOT NULL REFERENCES users (id),
    organisation_id     uuid NULL REFERENCES organisations (id),
    name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    display_prefix      text NOT NULL,
    secret_hash         bytea NOT NULL CHECK (length(secret_hash) = 32),
    scopes              text[] NOT NULL CHECK (cardinality(scopes) > 0
                            AND scopes <@ ARRAY['factors:read', 'factors:submit', 'citations:report', 'reviews:write', 'admin']),
    created_at          timestamptz NOT NULL DEFAULT now(),
    expires_at          timestamptz NOT NULL,
    last_used_at        timestamptz NULL,
    revoked_at          timestamptz NULL,
    CHECK (expires_at > created_at)
);
CREATE UNIQUE INDEX api_tokens_secret_hash_key ON api_tokens (secret_hash);
CREATE INDEX ix_api_tokens_user_id ON api_tokens (user_id);
CREATE INDEX ix_api_tokens_organisation_id ON api_tokens (organisation_id);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factorhub_app') THEN
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON users, user_roles, user_claims, user_logins, user_tokens TO factorhub_app';
        -- Roles are fixed by this migration.
        EXECUTE 'GRANT SELECT ON roles, role_claims TO factorhub_app';
        -- Tokens are revoked, never deleted, so the audit trail can always name them.
        EXECUTE 'GRANT SELECT, INSERT, UPDATE ON api_tokens TO factorhub_app';
        EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO factorhub_app';
    END IF;
END;
$$;
