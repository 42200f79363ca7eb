-- Shipshape schema migration 36, PostgreSQL. Frozen once released: this is the text databases receive when
-- they are migrated to version 36, and Migrator refuses a database whose recorded checksum of the up part
-- differs. Never edit it after release; change the schema with a new migration.
--
-- The replica change log's prune (migration 26) ran on every sync, and its
--     SELECT max(xid) FROM replica_changes WHERE changed_at < cutoff
-- was planned as a backward walk of the (xid, seq) index, filtering on changed_at: with nothing old enough
-- to go, which is the usual case, it read the whole log. Every sync paid for the log's size: 180 ms at
-- a million log rows, most of a desktop's change-to-replica lag. Now the old changes are found through
-- their time index (the OFFSET 0 keeps the planner from folding the subquery back into that walk), so a
-- prune reads only what it then deletes. Same result, same privileges (CREATE OR REPLACE keeps them).
-- name: replica prune by time
-- migrate:up
CREATE OR REPLACE FUNCTION shipshape_replica_prune() RETURNS BIGINT
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                DECLARE
                    cutoff BIGINT := (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT - (SELECT keep_ms FROM replica_source);
                    horizon BIGINT;
                    removed BIGINT;
                BEGIN
                    SELECT max(old.xid) INTO horizon
                      FROM (SELECT xid FROM replica_changes WHERE changed_at < cutoff OFFSET 0) AS old;
                    IF horizon IS NULL THEN
                        RETURN 0;
                    END IF;
                    -- Every change of those transactions goes, also one written a moment after the cutoff.
                    DELETE FROM replica_changes WHERE xid <= horizon;
                    GET DIAGNOSTICS removed = ROW_COUNT;
                    UPDATE replica_source SET pruned_through_xid = greatest(pruned_through_xid, horizon);
                    RETURN removed;
                END $$;
-- migrate:down
CREATE OR REPLACE FUNCTION shipshape_replica_prune() RETURNS BIGINT
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
                    DELETE FROM replica_changes WHERE xid <= horizon;
                    GET DIAGNOSTICS removed = ROW_COUNT;
                    UPDATE replica_source SET pruned_through_xid = greatest(pruned_through_xid, horizon);
                    RETURN removed;
                END $$;
