-- Shipshape schema migration 26, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 26, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- The change log that desktop replicas pull from (docs/replica.md). Every insert, update and delete of a
-- followed table writes one row to replica_changes in the same transaction, by a trigger: the table, the
-- row's primary key (a JSON array of its key columns' values), I/U/D, the transaction's id and the time.
-- An update that changes a key also records the old key as deleted; a TRUNCATE records the whole table.
-- The rows carry no data: a replica re-reads the current row of each changed key, so applying a change
-- twice, or out of order, is harmless.
--
-- Commit order: a sequence number is taken when the row is written, not when its transaction commits,
-- so a lower number may become visible after a higher one. Replicas therefore never read "everything
-- above my last number": they read the changes of the transactions that ended between two snapshots,
-- by transaction id. Every transaction whose id is below pg_snapshot_xmin(pg_current_snapshot()) has
-- ended, so the changes with xid in [previous xmin, this xmin) are complete and final.
--
-- Tables of later migrations come along without new code: shipshape_replica_follow_tables() attaches the
-- trigger to every ordinary table of the schema that lacks it (except Shipshape's internal ones), and
-- Migrator calls it after every migration run. A followed table needs a primary key.
--
-- The log is pruned: shipshape_replica_prune() removes changes older than replica_source.keep_ms
-- (30 days unless the owner changes it) and raises pruned_through_xid, so that a replica that last
-- synchronised before it rebuilds instead of missing changes. Staff logins may read the log and call the
-- pruning (which follows this fixed rule only); they may not write, delete or forge its rows, nor change
-- replica_source.
-- name: replica change log
-- migrate:up
CREATE TABLE replica_source (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    id UUID NOT NULL DEFAULT gen_random_uuid(),
    keep_ms BIGINT NOT NULL DEFAULT 2592000000 CHECK (keep_ms > 0),
    pruned_through_xid BIGINT NOT NULL DEFAULT 0 CHECK (pruned_through_xid >= 0),
    created_at BIGINT NOT NULL
);

INSERT INTO replica_source (created_at) VALUES ((extract(epoch FROM clock_timestamp()) * 1000)::BIGINT);

CREATE TABLE replica_changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid BIGINT NOT NULL,
    table_name TEXT NOT NULL,
    row_key JSONB,
    operation CHAR(1) NOT NULL CHECK (operation IN ('I', 'U', 'D', 'T')),
    changed_at BIGINT NOT NULL,
    CHECK ((operation = 'T') = (row_key IS NULL))
);

CREATE INDEX replica_changes_by_transaction ON replica_changes (xid, seq);

CREATE INDEX replica_changes_by_time ON replica_changes (changed_at);

CREATE FUNCTION shipshape_replica_log() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                DECLARE
                    xact BIGINT := pg_current_xact_id()::TEXT::BIGINT;
                    now_ms BIGINT := (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT;
                    new_row JSONB;
                    old_row JSONB;
                    new_key JSONB := '[]'::JSONB;
                    old_key JSONB := '[]'::JSONB;
                    key_column TEXT;
                BEGIN
                    IF TG_OP = 'TRUNCATE' THEN
                        INSERT INTO replica_changes (xid, table_name, row_key, operation, changed_at)
                        VALUES (xact, TG_TABLE_NAME, NULL, 'T', now_ms);
                        PERFORM pg_notify('shipshape_changes', 'replica');
                        RETURN NULL;
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        new_row := to_jsonb(NEW);
                    END IF;
                    IF TG_OP <> 'INSERT' THEN
                        old_row := to_jsonb(OLD);
                    END IF;
                    FOREACH key_column IN ARRAY TG_ARGV LOOP
                        IF new_row IS NOT NULL THEN
                            new_key := new_key || jsonb_build_array(new_row -> key_column);
                        END IF;
                        IF old_row IS NOT NULL THEN
                            old_key := old_key || jsonb_build_array(old_row -> key_column);
                        END IF;
                    END LOOP;
                    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND old_key <> new_key) THEN
                        INSERT INTO replica_changes (xid, table_name, row_key, operation, changed_at)
                        VALUES (xact, TG_TABLE_NAME, old_key, 'D', now_ms);
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        INSERT INTO replica_changes (xid, table_name, row_key, operation, changed_at)
                        VALUES (xact, TG_TABLE_NAME, new_key, CASE WHEN TG_OP = 'INSERT' OR old_key <> new_key THEN 'I' ELSE 'U' END, now_ms);
                    END IF;
                    -- One notification per transaction: the server folds identical ones together.
                    PERFORM pg_notify('shipshape_changes', 'replica');
                    RETURN NULL;
                END $$;

CREATE FUNCTION shipshape_replica_follow_tables() RETURNS INTEGER
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                DECLARE
                    followed RECORD;
                    attached INTEGER := 0;
                BEGIN
                    FOR followed IN
                        SELECT c.oid, c.relname,
                               (SELECT string_agg(quote_literal(a.attname), ', ' ORDER BY k.position)
                                  FROM pg_index i
                                  CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
                                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                                 WHERE i.indrelid = c.oid AND i.indisprimary) AS key_columns
                          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relpersistence = 'p'
                           AND NOT c.relispartition
                           AND c.relname NOT IN ('schema_migrations', 'replica_changes', 'replica_source',
                                                 'api_idempotency_keys', 'stripe_webhook_events')
                           AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'replica_changes_logged')
                         ORDER BY c.relname
                    LOOP
                        IF followed.key_columns IS NULL THEN
                            RAISE EXCEPTION 'the table % has no primary key: desktop replicas cannot follow it (docs/replica.md)', followed.relname;
                        END IF;
                        EXECUTE format('CREATE TRIGGER replica_changes_logged AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION shipshape_replica_log(%s)',
                                       followed.relname, followed.key_columns);
                        EXECUTE format('CREATE TRIGGER replica_changes_truncated AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION shipshape_replica_log()',
                                       followed.relname);
                        attached := attached + 1;
                    END LOOP;
                    RETURN attached;
                END $$;

CREATE FUNCTION shipshape_replica_prune() RETURNS BIGINT
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                DECLARE
                    cutoff BIGINT := (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT - (SELECT keep_ms FROM replica_source);
                    horizon BIGINT;
                    removed BIGINT;
                BEGIN
                    SELECT max(xid) INTO horizon FROM replica_changes WHERE changed_at < cutoff;
                    IF horizon IS NULL THEN
                        RETURN 0;
                    END IF;
                    -- Every change of those transactions goes, also one written a moment after the cutoff.
                    DELETE FROM replica_changes WHERE xid <= horizon;
                    GET DIAGNOSTICS removed = ROW_COUNT;
                    UPDATE replica_source SET pruned_through_xid = greatest(pruned_through_xid, horizon);
                    RETURN removed;
                END $$;

SELECT shipshape_replica_follow_tables();

REVOKE ALL ON replica_changes, replica_source FROM PUBLIC;

GRANT SELECT ON replica_changes, replica_source TO shipshape_warehouse, shipshape_support, shipshape_admin;

REVOKE ALL ON FUNCTION shipshape_replica_log(), shipshape_replica_follow_tables(), shipshape_replica_prune() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION shipshape_replica_prune() TO shipshape_warehouse, shipshape_support, shipshape_admin;
-- migrate:down
DO $$
DECLARE
    followed RECORD;
BEGIN
    FOR followed IN SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                     WHERE t.tgname IN ('replica_changes_logged', 'replica_changes_truncated') LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS replica_changes_logged ON %I', followed.relname);
        EXECUTE format('DROP TRIGGER IF EXISTS replica_changes_truncated ON %I', followed.relname);
    END LOOP;
END $$;

DROP FUNCTION shipshape_replica_prune();

DROP FUNCTION shipshape_replica_follow_tables();

DROP FUNCTION shipshape_replica_log();

DROP TABLE replica_changes;

DROP TABLE replica_source;
