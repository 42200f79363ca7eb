-- Shipshape schema migration 30, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 30, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Scan-to-pack progress (docs/warehouse.md): how many units of each line of a confirmed order are in the box
-- so far, stored so that packing survives the process and shows on every desktop. One row per order and SKU,
-- written by core's PackingStation with a conditional upsert. What changes an order afterwards keeps the rows
-- true instead of refusing: an order that stops being confirmed (shipped, cancelled) loses its progress, a
-- line shipped or cut below its packed count is trimmed to what it has left, and a line removed or rewritten
-- by an edit loses its progress (the box is checked again). Those triggers run as the owner (SECURITY
-- DEFINER), since a login that may ship or edit need not be one that packs.
--
-- As the authority (migration 13): the logins that ship (warehouse, support; admins as ever) may pack. A row
-- names its writer (shipshape_guard_writer), and the guard refuses a row that grows unless its order is
-- confirmed and its line has at least that many units left to ship. The guard takes the order's and the
-- line's rows FOR SHARE first, so a scan and a shipment or cancel of the same order never both decide on
-- what the other has not committed yet (a shipment waits for the scan, then trims it; a scan after a
-- shipment sees it). Lowering or removing progress is always allowed: it can break no invariant.
-- name: pack progress
-- migrate:up
CREATE TABLE pack_progress (
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    sku TEXT NOT NULL REFERENCES products (sku),
                    packed BIGINT NOT NULL CHECK (packed BETWEEN 1 AND 100000),
                    packed_by TEXT NOT NULL CHECK (length(packed_by) BETWEEN 1 AND 200),
                    packed_at BIGINT NOT NULL,
                    PRIMARY KEY (order_number, sku));

GRANT SELECT ON pack_progress TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT INSERT, UPDATE, DELETE ON pack_progress TO shipshape_warehouse, shipshape_support, shipshape_admin;

CREATE FUNCTION shipshape_guard_pack_progress() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                DECLARE
                    order_status TEXT;
                    left_to_ship BIGINT;
                BEGIN
                    IF shipshape_is_owner(current_user) THEN
                        RETURN NEW;
                    END IF;
                    IF TG_OP = 'UPDATE' AND NEW.packed <= OLD.packed AND NEW.order_number = OLD.order_number
                       AND NEW.sku = OLD.sku THEN
                        RETURN NEW;
                    END IF;
                    SELECT o.status INTO order_status FROM orders o WHERE o.number = NEW.order_number FOR SHARE;
                    SELECT l.quantity - l.shipped_quantity INTO left_to_ship FROM order_lines l
                        WHERE l.order_number = NEW.order_number AND l.sku = NEW.sku FOR SHARE;
                    IF order_status IS DISTINCT FROM 'confirmed' THEN
                        PERFORM shipshape_refuse(format('permission denied: order %s is %s; only a confirmed order is packed',
                                                        NEW.order_number, COALESCE(order_status, 'missing')));
                    END IF;
                    IF left_to_ship IS NULL OR NEW.packed > left_to_ship THEN
                        PERFORM shipshape_refuse(format('permission denied: order %s has %s of %s left to ship; %s cannot be packed',
                                                        NEW.order_number, COALESCE(left_to_ship, 0), NEW.sku, NEW.packed));
                    END IF;
                    RETURN NEW;
                END $$;

CREATE TRIGGER pack_progress_writer BEFORE INSERT OR UPDATE ON pack_progress FOR EACH ROW EXECUTE FUNCTION shipshape_guard_writer('packed_by');

CREATE TRIGGER pack_progress_within_line BEFORE INSERT OR UPDATE ON pack_progress FOR EACH ROW EXECUTE FUNCTION shipshape_guard_pack_progress();

CREATE FUNCTION shipshape_pack_progress_follows_order() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_TABLE_NAME = 'orders' THEN
                        IF NEW.status <> 'confirmed' THEN
                            DELETE FROM pack_progress WHERE order_number = NEW.number;
                        END IF;
                        RETURN NULL;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        DELETE FROM pack_progress WHERE order_number = OLD.order_number AND sku = OLD.sku;
                        RETURN NULL;
                    END IF;
                    DELETE FROM pack_progress WHERE order_number = NEW.order_number AND sku = NEW.sku
                        AND NEW.quantity - NEW.shipped_quantity <= 0;
                    UPDATE pack_progress SET packed = NEW.quantity - NEW.shipped_quantity
                        WHERE order_number = NEW.order_number AND sku = NEW.sku AND packed > NEW.quantity - NEW.shipped_quantity;
                    RETURN NULL;
                END $$;

CREATE TRIGGER pack_progress_order_not_confirmed AFTER UPDATE OF status ON orders FOR EACH ROW WHEN (NEW.status <> 'confirmed') EXECUTE FUNCTION shipshape_pack_progress_follows_order();

CREATE TRIGGER pack_progress_line_changed AFTER UPDATE OF quantity, shipped_quantity OR DELETE ON order_lines FOR EACH ROW EXECUTE FUNCTION shipshape_pack_progress_follows_order();
-- migrate:down
DROP TRIGGER pack_progress_line_changed ON order_lines;

DROP TRIGGER pack_progress_order_not_confirmed ON orders;

DROP FUNCTION shipshape_pack_progress_follows_order();

DROP TRIGGER pack_progress_within_line ON pack_progress;

DROP TRIGGER pack_progress_writer ON pack_progress;

DROP FUNCTION shipshape_guard_pack_progress();

DROP TABLE pack_progress;
