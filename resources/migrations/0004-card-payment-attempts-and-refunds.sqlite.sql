-- Shipshape schema migration 4, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 4, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
-- name: card payment attempts and refunds
-- migrate:up
CREATE TABLE payment_attempts (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    kind TEXT NOT NULL CHECK (kind IN ('charge', 'refund')),
                    idempotency_key TEXT NOT NULL UNIQUE,
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    payment_method TEXT NOT NULL DEFAULT '',
                    payment_intent TEXT,
                    provider_id TEXT,
                    status TEXT NOT NULL
                        CHECK (status IN ('started', 'succeeded', 'failed', 'processing', 'unknown')),
                    decline_code TEXT NOT NULL DEFAULT '',
                    error_code TEXT NOT NULL DEFAULT '',
                    message TEXT NOT NULL DEFAULT '',
                    reason TEXT NOT NULL DEFAULT '',
                    started_at BIGINT NOT NULL,
                    finished_at BIGINT,
                    duration_ms BIGINT CHECK (duration_ms IS NULL OR duration_ms >= 0),
                    actor TEXT NOT NULL,
                    CHECK (kind = 'charge' OR payment_intent IS NOT NULL));

CREATE INDEX payment_attempts_order ON payment_attempts (order_number, id);

CREATE INDEX payment_attempts_open ON payment_attempts (status, started_at) WHERE status IN ('started', 'processing', 'unknown');

CREATE INDEX payment_attempts_started ON payment_attempts (started_at);

CREATE TABLE refunds (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    attempt_id BIGINT NOT NULL UNIQUE REFERENCES payment_attempts (id),
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    reason TEXT NOT NULL DEFAULT '',
                    provider_id TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL);

CREATE INDEX refunds_order ON refunds (order_number);

-- migrate:down
DROP TABLE refunds;

DROP TABLE payment_attempts;

