-- Shipshape schema migration 15, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 15, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- The Order API's Idempotency-Key header (shipshape-cli serve, docs/api.md): the first answer to a POST,
-- kept per token subject and key with a hash of the request, so that a retry gets that answer again (also
-- after a restart) and the same key with another request is refused. A row is 'started' while its request
-- runs (the primary key makes concurrent requests with one key wait or see it) and 'finished' with the
-- answer; the check ties the answer to the state.
-- name: api idempotency keys
-- migrate:up
CREATE TABLE api_idempotency_keys (
                    subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
                    idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
                    request_hash TEXT NOT NULL CHECK (length(request_hash) = 64),
                    state TEXT NOT NULL CHECK (state IN ('started', 'finished')),
                    response_status INTEGER CHECK (response_status BETWEEN 200 AND 599),
                    response_body TEXT,
                    created_at BIGINT NOT NULL,
                    finished_at BIGINT,
                    PRIMARY KEY (subject, idempotency_key),
                    CHECK ((state = 'finished') = (response_status IS NOT NULL AND response_body IS NOT NULL AND finished_at IS NOT NULL)));

CREATE INDEX api_idempotency_keys_created ON api_idempotency_keys (created_at);
-- migrate:down
DROP TABLE api_idempotency_keys;
