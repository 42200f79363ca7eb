-- Shipshape schema migration 35, SQLite. Frozen once released: this is the text databases receive when they
-- are migrated to version 35, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it after release; change the schema with a new migration.
--
-- What the Order API server (shipshape-cli serve) answered, for the dashboard's API figures (docs/dashboard.md):
-- api_hourly_requests: per UTC hour (milliseconds since the epoch / 3,600,000), endpoint and HTTP status, how
-- many requests were answered and how many of those repeated an earlier answer for the same Idempotency-Key
-- (a replayed 201 is not a new order).
-- api_daily_latency: per UTC day and response time, rounded up to two significant digits (1,234 ms is kept
-- as 1,300), how many requests took it; the percentiles are read from it.
-- The server adds its counts every few seconds in one transaction (core/api/ApiTrafficRecorder); figures
-- only grow.
-- name: api request figures
-- migrate:up
CREATE TABLE api_hourly_requests (
                    hour BIGINT NOT NULL CHECK (hour >= 0),
                    endpoint TEXT NOT NULL CHECK (endpoint IN ('orders.create', 'orders.list', 'orders.get',
                        'orders.cancel', 'products.availability', 'webhooks.stripe', 'webhooks.sendgrid',
                        'webhooks.twilio', 'unrouted')),
                    status INTEGER NOT NULL CHECK (status BETWEEN 100 AND 599),
                    requests BIGINT NOT NULL CHECK (requests >= 0),
                    replays BIGINT NOT NULL DEFAULT 0 CHECK (replays >= 0 AND replays <= requests),
                    PRIMARY KEY (hour, endpoint, status));

CREATE TABLE api_daily_latency (
                    day BIGINT NOT NULL CHECK (day >= 0),
                    duration_ms BIGINT NOT NULL CHECK (duration_ms >= 0),
                    requests BIGINT NOT NULL CHECK (requests >= 0),
                    PRIMARY KEY (day, duration_ms));
-- migrate:down
DROP TABLE api_daily_latency;
DROP TABLE api_hourly_requests;
