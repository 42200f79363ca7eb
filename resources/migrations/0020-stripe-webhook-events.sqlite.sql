-- Shipshape schema migration 20, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 20, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Stripe's webhook (POST /v1/webhooks/stripe, docs/api.md): the ids of the events already processed, so that
-- an event Stripe delivers again (it retries until it gets a 2xx, and may send one event twice) is
-- acknowledged and changes nothing. The row is written in the transaction that applies the event, so an
-- event is either applied and recorded or neither. order_number names the order it touched (NULL: none,
-- e.g. an intent Shipshape does not know). Events name a PaymentIntent or a refund: the attempts are found by
-- those ids through two new indexes.
-- name: stripe webhook events
-- migrate:up
CREATE TABLE stripe_webhook_events (
                    event_id TEXT PRIMARY KEY CHECK (length(event_id) BETWEEN 1 AND 255),
                    type TEXT NOT NULL CHECK (length(type) BETWEEN 1 AND 100),
                    received_at BIGINT NOT NULL,
                    order_number BIGINT REFERENCES orders (number));

CREATE INDEX stripe_webhook_events_received ON stripe_webhook_events (received_at);

CREATE INDEX payment_attempts_intent ON payment_attempts (payment_intent) WHERE payment_intent IS NOT NULL;

CREATE INDEX payment_attempts_provider ON payment_attempts (provider_id) WHERE provider_id IS NOT NULL;
-- migrate:down
DROP INDEX payment_attempts_provider;

DROP INDEX payment_attempts_intent;

DROP TABLE stripe_webhook_events;
