-- Shipshape schema migration 32, PostgreSQL. Frozen: this is the text databases received when they were
-- migrated to version 32, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Order import (docs/orders-import.md): an order placed from another system's file remembers where it came from,
-- the source staff named ("amazon", "old-shop") and that system's order id. (source, external_id) is unique, so
-- importing the same file again places nothing twice; an order is imported at most once. placed_at is when the
-- other system took the order (NULL when the file did not say); the order's own placed_at is when Shipshape
-- placed it.
--
-- As the authority (migrations 13 and 19): a staff login that places orders records an import only for an order
-- placed in the same transaction (its OrderPlaced timeline row is of this transaction), so an existing order
-- cannot be claimed for an external id, and nobody rewrites or deletes the record (that would let the same
-- external order be imported twice). The owner may, as migration 13's guards allow it (current_user): that is
-- also how shipshape_purge_orders (SECURITY DEFINER, migration 33) deletes a purged order's record.
-- name: order imports
-- migrate:up
CREATE TABLE order_imports (
                    order_number BIGINT PRIMARY KEY REFERENCES orders (number),
                    source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
                    external_id TEXT NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
                    placed_at BIGINT,
                    imported_at BIGINT NOT NULL,
                    UNIQUE (source, external_id));

CREATE FUNCTION shipshape_guard_order_import() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF shipshape_is_owner(current_user) THEN
                        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                    END IF;
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM shipshape_refuse(format('permission denied: the import record of order %s is kept as it was written', OLD.order_number));
                    END IF;
                    IF NOT EXISTS (SELECT FROM order_events WHERE order_number = NEW.order_number AND event = 'OrderPlaced'
                                   AND transaction_id = txid_current()) THEN
                        RAISE EXCEPTION 'refused by the server: order % is recorded as imported only in the transaction that placed it', NEW.order_number
                            USING ERRCODE = '23514';
                    END IF;
                    RETURN NEW;
                END $$;

CREATE TRIGGER order_imports_guard BEFORE INSERT OR UPDATE OR DELETE ON order_imports FOR EACH ROW EXECUTE FUNCTION shipshape_guard_order_import();

GRANT SELECT ON order_imports TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT INSERT ON order_imports TO shipshape_support, shipshape_admin;
-- migrate:down
DROP TRIGGER order_imports_guard ON order_imports;

DROP FUNCTION shipshape_guard_order_import();

DROP TABLE order_imports;
