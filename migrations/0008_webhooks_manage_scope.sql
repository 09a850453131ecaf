-- API token scope webhooks:manage (docs/security.md, "API tokens"): listing and changing an organisation's webhooks
-- needs it, so the scope vocabulary that migrations/0005 fixes in api_tokens.scopes gains it. Existing tokens keep
-- their scopes; a token that managed webhooks before needs a new token with this scope.
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_scopes_check;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_scopes_check CHECK (cardinality(scopes) > 0
    AND scopes <@ ARRAY['factors:read', 'factors:submit', 'citations:report', 'reviews:write', 'webhooks:manage', 'admin']);
