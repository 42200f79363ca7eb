-- Shipshape schema migration 30, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 30, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Scan-to-pack progress (docs/warehouse.md): how many units of each line of a confirmed order are in the box
-- so far, stored so that packing survives the process and shows on every desktop. One row per order and SKU,
-- written by core's PackingStation with a conditional upsert. The schema holds the rule too: a row only grows
-- for a line of a confirmed order and never beyond what the line has left to ship (quantity − shipped). What
-- changes an order afterwards keeps the rows true instead of refusing: an order that stops being confirmed
-- (shipped, cancelled) loses its progress, a line shipped or cut below its packed count is trimmed to what it
-- has left, and a line removed or rewritten by an edit loses its progress (the box is checked again).
-- name: pack progress
-- migrate:up
CREATE TABLE pack_progress (
                    order_number INTEGER NOT NULL REFERENCES orders (number),
                    sku TEXT NOT NULL REFERENCES products (sku),
                    packed INTEGER NOT NULL CHECK (packed BETWEEN 1 AND 100000),
                    packed_by TEXT NOT NULL CHECK (length(packed_by) BETWEEN 1 AND 200),
                    packed_at INTEGER NOT NULL,
                    PRIMARY KEY (order_number, sku));

CREATE TRIGGER pack_progress_insert_within_line BEFORE INSERT ON pack_progress
WHEN NOT EXISTS (SELECT 1 FROM orders o JOIN order_lines l ON l.order_number = o.number
                 WHERE o.number = NEW.order_number AND o.status = 'confirmed' AND l.sku = NEW.sku
                   AND NEW.packed <= l.quantity - l.shipped_quantity)
BEGIN SELECT RAISE(ABORT, 'pack_progress: packs only a line of a confirmed order, up to what it has left to ship'); END;

CREATE TRIGGER pack_progress_update_within_line BEFORE UPDATE ON pack_progress
WHEN (NEW.packed > OLD.packed OR NEW.order_number <> OLD.order_number OR NEW.sku <> OLD.sku)
 AND NOT EXISTS (SELECT 1 FROM orders o JOIN order_lines l ON l.order_number = o.number
                 WHERE o.number = NEW.order_number AND o.status = 'confirmed' AND l.sku = NEW.sku
                   AND NEW.packed <= l.quantity - l.shipped_quantity)
BEGIN SELECT RAISE(ABORT, 'pack_progress: packs only a line of a confirmed order, up to what it has left to ship'); END;

CREATE TRIGGER pack_progress_order_not_confirmed AFTER UPDATE OF status ON orders WHEN NEW.status <> 'confirmed'
BEGIN DELETE FROM pack_progress WHERE order_number = NEW.number; END;

CREATE TRIGGER pack_progress_line_changed AFTER UPDATE OF quantity, shipped_quantity ON order_lines
BEGIN
    DELETE FROM pack_progress WHERE order_number = NEW.order_number AND sku = NEW.sku
        AND NEW.quantity - NEW.shipped_quantity <= 0;
    UPDATE pack_progress SET packed = NEW.quantity - NEW.shipped_quantity
        WHERE order_number = NEW.order_number AND sku = NEW.sku AND packed > NEW.quantity - NEW.shipped_quantity;
END;

CREATE TRIGGER pack_progress_line_removed AFTER DELETE ON order_lines
BEGIN DELETE FROM pack_progress WHERE order_number = OLD.order_number AND sku = OLD.sku; END;
-- migrate:down
DROP TRIGGER pack_progress_line_removed;

DROP TRIGGER pack_progress_line_changed;

DROP TRIGGER pack_progress_order_not_confirmed;

DROP TRIGGER pack_progress_update_within_line;

DROP TRIGGER pack_progress_insert_within_line;

DROP TABLE pack_progress;
