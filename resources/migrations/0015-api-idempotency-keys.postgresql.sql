-- Shipshape schema migration 15, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 15, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- The Order API's Idempotency-Key header (shipshape-cli serve, docs/api.md): the first answer to a POST,
-- kept per token subject and key with a hash of the request, so that a retry gets that answer again (also
-- after a restart) and the same key with another request is refused. A row is 'started' while its request
-- runs and 'finished' with the answer. As in migration 13, the server keeps what no later check could
-- repair: a staff login may start a key, finish it once and give up a started one, but never rewrite or
-- delete an answer already given (a retry would otherwise get a different one), nor move a started key
-- to another request.
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

CREATE FUNCTION shipshape_guard_api_idempotency_key() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF shipshape_is_owner(current_user) THEN
                        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                    END IF;
                    IF OLD.state = 'finished' THEN
                        PERFORM shipshape_refuse(format('permission denied: the answer to idempotency key %s is kept as it was given', OLD.idempotency_key));
                    END IF;
                    IF TG_OP = 'UPDATE' AND (NEW.subject IS DISTINCT FROM OLD.subject
                            OR NEW.idempotency_key IS DISTINCT FROM OLD.idempotency_key
                            OR NEW.request_hash IS DISTINCT FROM OLD.request_hash
                            OR NEW.created_at IS DISTINCT FROM OLD.created_at) THEN
                        PERFORM shipshape_refuse(format('permission denied: idempotency key %s keeps the request it was started with', OLD.idempotency_key));
                    END IF;
                    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                END $$;

CREATE TRIGGER api_idempotency_keys_guard BEFORE UPDATE OR DELETE ON api_idempotency_keys FOR EACH ROW EXECUTE FUNCTION shipshape_guard_api_idempotency_key();

GRANT SELECT, INSERT, UPDATE, DELETE ON api_idempotency_keys TO shipshape_support, shipshape_admin;
-- migrate:down
DROP TABLE api_idempotency_keys;

DROP FUNCTION shipshape_guard_api_idempotency_key();
