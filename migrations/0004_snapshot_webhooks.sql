-- Webhooks: consumers register a URL; each snapshot publication is POSTed to it, signed with HMAC-SHA256 under the
-- webhook's secret, retried with back-off, and every attempt is recorded (docs/snapshots.md).
CREATE TABLE webhooks (
    id              uuid PRIMARY KEY,
    url             text NOT NULL CHECK (url ~ '^https?://'),
    -- Kept in clear: the HMAC needs it. Shown to the registrant once; never logged.
    secret          text NOT NULL CHECK (length(secret) >= 16),
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    active          bool NOT NULL DEFAULT true
);
CREATE INDEX ix_webhooks_created_by ON webhooks (created_by);

-- One row per attempt. Append-only in spirit: a retry is a new row.
CREATE TABLE webhook_deliveries (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    webhook_id      uuid NOT NULL REFERENCES webhooks (id),
    delivery_id     uuid NOT NULL,
    event           text NOT NULL,
    snapshot_label  text NOT NULL,
    attempt         integer NOT NULL CHECK (attempt >= 1),
    outcome         text NOT NULL CHECK (outcome IN ('delivered', 'failed')),
    response_status integer NULL,
    error           text NULL,
    attempted_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_webhook_deliveries_webhook_id ON webhook_deliveries (webhook_id, attempted_at);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factorhub_app') THEN
        EXECUTE 'GRANT SELECT, INSERT, UPDATE ON webhooks TO factorhub_app';
        EXECUTE 'GRANT SELECT, INSERT ON webhook_deliveries TO factorhub_app';
        EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO factorhub_app';
    END IF;
END;
$$;
