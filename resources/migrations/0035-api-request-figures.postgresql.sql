-- Shipshape schema migration 35, PostgreSQL. Frozen once released: this is the text databases receive when
-- they are migrated to version 35, and Migrator refuses a database whose recorded checksum of the up part
-- differs. Never edit it after release; change the schema with a new migration.
--
-- What the Order API server (shipshape-cli serve) answered, for the dashboard's API figures (docs/dashboard.md):
-- api_hourly_requests: per UTC hour (milliseconds since the epoch / 3,600,000), endpoint and HTTP status, how
-- many requests were answered and how many of those repeated an earlier answer for the same Idempotency-Key
-- (a replayed 201 is not a new order).
-- api_daily_latency: per UTC day and response time, rounded up to two significant digits (1,234 ms is kept
-- as 1,300), how many requests took it; the percentiles are read from it.
-- The server adds its counts every few seconds in one transaction (core/api/ApiTrafficRecorder), under the
-- support login it serves with.
--
-- As the authority (docs/postgresql.md): every role reads the figures; support and admin add to them (the
-- server's login); nobody but the owner deletes a row, and a trigger refuses any update that makes a count
-- smaller, moves a row to another hour, endpoint, status or day, or counts more replays than requests. A
-- support login writing raw SQL can still add requests that never happened: the figures are what the server
-- reported, not evidence (they decide nothing about money or stock).
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

GRANT SELECT ON api_hourly_requests, api_daily_latency TO shipshape_warehouse, shipshape_support, shipshape_admin;
GRANT INSERT, UPDATE ON api_hourly_requests, api_daily_latency TO shipshape_support, shipshape_admin;

CREATE FUNCTION shipshape_guard_api_figures() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_TABLE_NAME = 'api_hourly_requests' THEN
                        IF NEW.hour <> OLD.hour OR NEW.endpoint <> OLD.endpoint OR NEW.status <> OLD.status
                           OR NEW.requests < OLD.requests OR NEW.replays < OLD.replays
                           OR NEW.requests - NEW.replays < OLD.requests - OLD.replays THEN
                            RAISE EXCEPTION 'API figures only grow: % % % keeps its place and its counts', OLD.hour, OLD.endpoint, OLD.status
                                USING ERRCODE = 'check_violation';
                        END IF;
                    ELSIF NEW.day <> OLD.day OR NEW.duration_ms <> OLD.duration_ms OR NEW.requests < OLD.requests THEN
                        RAISE EXCEPTION 'API figures only grow: day % at % ms keeps its place and its count', OLD.day, OLD.duration_ms
                            USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                END $$;

CREATE TRIGGER api_hourly_requests_grow BEFORE UPDATE ON api_hourly_requests FOR EACH ROW EXECUTE FUNCTION shipshape_guard_api_figures();
CREATE TRIGGER api_daily_latency_grow BEFORE UPDATE ON api_daily_latency FOR EACH ROW EXECUTE FUNCTION shipshape_guard_api_figures();
-- migrate:down
DROP TABLE api_daily_latency;
DROP TABLE api_hourly_requests;
DROP FUNCTION shipshape_guard_api_figures();
