-- Durable webhook deliveries (docs/snapshots.md, "Webhooks"): one row per (webhook, publication) in
-- webhook_outbox is the queue; any FactorHub instance claims due rows with FOR UPDATE SKIP LOCKED, posts them and
-- records every attempt in webhook_deliveries (the attempt log of migrations/0004). A restart resumes what is due.
-- Webhooks belong to an organisation (or, for callers without one, to the account that registered them) and can be
-- deactivated, reactivated and deleted.

ALTER TABLE webhooks
    -- The owner organisation; null for webhooks registered by callers that have none (then created_by owns it).
    ADD COLUMN organisation_id uuid NULL REFERENCES organisations (id),
    -- Since when the webhook is active: it receives the publications from then on, never those of an inactive spell.
    -- Existing webhooks start now, so publications before this migration are not delivered again.
    ADD COLUMN active_since timestamptz NOT NULL DEFAULT now();
CREATE INDEX ix_webhooks_organisation_id ON webhooks (organisation_id);

-- Webhooks registered before this migration by an account belong to that account's organisation.
UPDATE webhooks w SET organisation_id = u.organisation_id
FROM users u
WHERE w.organisation_id IS NULL AND u.user_name = w.created_by;

CREATE TABLE webhook_outbox (
    -- Sent as X-FactorHub-Delivery, the same on every attempt; webhook_deliveries.delivery_id of its attempts.
    delivery_id     uuid PRIMARY KEY,
    webhook_id      uuid NOT NULL REFERENCES webhooks (id),
    event           text NOT NULL,
    snapshot_label  text NOT NULL,
    -- The exact bytes signed and sent on every attempt.
    body            bytea NOT NULL,
    -- pending: no attempt finished yet; retrying: in back-off; delivered / failed: final; cancelled: the webhook was
    -- deactivated before it was delivered.
    state           text NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'retrying', 'delivered', 'failed', 'cancelled')),
    -- Attempts claimed so far (the one in flight included).
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- When the next attempt is due; while an attempt is in flight, the end of its claim (a crashed instance's claim
    -- runs out and the row is due again). Null once final.
    next_attempt_at timestamptz NULL,
    claimed_by      text NULL,
    last_status     integer NULL,
    last_error      text NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz NULL,
    -- One delivery per webhook and publication, however many instances enqueue it.
    CONSTRAINT webhook_outbox_webhook_event_label_key UNIQUE (webhook_id, event, snapshot_label),
    CHECK ((state IN ('pending', 'retrying')) = (next_attempt_at IS NOT NULL)),
    CHECK ((state IN ('delivered', 'failed', 'cancelled')) = (finished_at IS NOT NULL))
);
-- What the dispatchers poll: only the open rows, by due time.
CREATE INDEX ix_webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE state IN ('pending', 'retrying');

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factorhub_app') THEN
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_outbox TO factorhub_app';
        -- deleteWebhook removes the webhook (and with it its secret), its queue and its attempt log.
        EXECUTE 'GRANT DELETE ON webhooks, webhook_deliveries TO factorhub_app';
    END IF;
END;
$$;
