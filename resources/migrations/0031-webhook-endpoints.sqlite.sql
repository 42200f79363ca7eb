-- Shipshape schema migration 31, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 31, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Outbound webhooks (docs/notifications.md, "Webhooks"). webhook_endpoints are the receivers staff registered:
-- an https URL (plain http only to this computer), active until removed (a removed endpoint keeps its row, so
-- its deliveries keep naming it). webhook_endpoint_events says which events each one wants. The signing secret
-- is never here: it lives in the keychain as "webhook-<id>" (or $SHIPSHAPE_WEBHOOK_SECRET_<id>).
-- webhook_deliveries is the webhooks' transactional outbox: one row per event and subscribed endpoint, written in
-- the transaction of the change (the same states, claims and retry rounds as notification_outbox); the payload is
-- the JSON body exactly as it will be signed and sent. webhook_delivery_attempts logs every POST: when, the HTTP
-- status (NULL: no answer), how long it took, what it meant.
-- name: webhook endpoints
-- migrate:up
CREATE TABLE webhook_endpoints (
                    id INTEGER PRIMARY KEY,
                    url TEXT NOT NULL CHECK (length(url) BETWEEN 10 AND 2000
                        AND (url GLOB 'https://[^/]*'
                             OR ((url GLOB 'http://127.0.0.1[:/]*' OR url GLOB 'http://localhost[:/]*' OR url GLOB 'http://[[]::1][:/]*'
                                  OR url IN ('http://127.0.0.1', 'http://localhost', 'http://[::1]'))
                                 AND NOT url GLOB '*@*'))),
                    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                    created_at BIGINT NOT NULL,
                    created_by TEXT NOT NULL CHECK (length(created_by) BETWEEN 1 AND 200),
                    removed_at BIGINT,
                    CHECK ((removed_at IS NULL) = (active = 1)));

CREATE TABLE webhook_endpoint_events (
                    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints (id),
                    event TEXT NOT NULL CHECK (event IN ('order.created', 'order.status_changed', 'order.refunded', 'stock.low')),
                    PRIMARY KEY (endpoint_id, event));

CREATE TABLE webhook_deliveries (
                    id INTEGER PRIMARY KEY,
                    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints (id),
                    event_id TEXT NOT NULL CHECK (length(event_id) = 36),
                    event_type TEXT NOT NULL CHECK (event_type IN ('order.created', 'order.status_changed', 'order.refunded', 'stock.low')),
                    order_number BIGINT REFERENCES orders (number),
                    payload TEXT NOT NULL CHECK (json_valid(payload) AND length(payload) <= 65536),
                    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'retry', 'sent', 'failed')),
                    attempts BIGINT NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                    round_attempts BIGINT NOT NULL DEFAULT 0 CHECK (round_attempts BETWEEN 0 AND attempts),
                    next_attempt_at BIGINT NOT NULL,
                    claimed_by TEXT,
                    claimed_until BIGINT,
                    last_error TEXT NOT NULL DEFAULT '',
                    http_status INTEGER CHECK (http_status IS NULL OR http_status BETWEEN 100 AND 599),
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    delivered_at BIGINT,
                    UNIQUE (endpoint_id, event_id),
                    CHECK ((event_type = 'stock.low') = (order_number IS NULL)),
                    CHECK ((status = 'sending') = (claimed_until IS NOT NULL)),
                    CHECK ((status = 'sent') = (delivered_at IS NOT NULL)));

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);

CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);

CREATE TABLE webhook_delivery_attempts (
                    id INTEGER PRIMARY KEY,
                    delivery_id BIGINT NOT NULL REFERENCES webhook_deliveries (id),
                    attempted_at BIGINT NOT NULL,
                    http_status INTEGER CHECK (http_status IS NULL OR http_status BETWEEN 100 AND 599),
                    duration_ms BIGINT NOT NULL CHECK (duration_ms >= 0),
                    outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'retry', 'failed')),
                    error TEXT NOT NULL DEFAULT '' CHECK (length(error) <= 1000));

CREATE INDEX webhook_delivery_attempts_delivery ON webhook_delivery_attempts (delivery_id, id);
-- migrate:down
DROP TABLE webhook_delivery_attempts;

DROP TABLE webhook_deliveries;

DROP TABLE webhook_endpoint_events;

DROP TABLE webhook_endpoints;
