-- Shipshape schema migration 37, SQLite. Frozen once released: this is the text databases receive when they
-- are migrated to version 37, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it after release; change the schema with a new migration.
--
-- Cycle counts (docs/warehouse.md): staff count a set of products on the shelf; each line keeps the on-hand
-- when the count started (`expected`) and when its count was entered (`on_hand_at_count`), so stock that
-- moved in between (a shipment during the count) is accounted, not reported as variance. Approving posts one
-- `correction` ledger row per line whose count differs (counted − on_hand_at_count) and names it on the line.
-- The schema holds the rules too: a product is in one open count at a time; a closed count (approved or
-- cancelled) and its lines are history; a count is approved only with every line counted, each difference
-- posted by the product's latest ledger row, written after the count was entered (one row per line), and no
-- other correction of the product since it was counted (`last_movement_id`: its latest ledger row then), which
-- would otherwise be applied twice.
-- name: cycle counts
-- migrate:up
CREATE TABLE stock_counts (
                    id INTEGER PRIMARY KEY,
                    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'approved', 'cancelled')),
                    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
                    started_by TEXT NOT NULL CHECK (length(started_by) BETWEEN 1 AND 200),
                    started_at INTEGER NOT NULL,
                    closed_by TEXT CHECK (closed_by IS NULL OR length(closed_by) BETWEEN 1 AND 200),
                    closed_at INTEGER,
                    CHECK ((state = 'open') = (closed_at IS NULL)),
                    CHECK ((closed_at IS NULL) = (closed_by IS NULL)));

CREATE INDEX stock_counts_state ON stock_counts (state, id);

CREATE TABLE stock_count_lines (
                    count_id INTEGER NOT NULL REFERENCES stock_counts (id),
                    sku TEXT NOT NULL REFERENCES products (sku),
                    expected INTEGER NOT NULL CHECK (expected >= 0),
                    counted INTEGER CHECK (counted BETWEEN 0 AND 1000000000),
                    on_hand_at_count INTEGER CHECK (on_hand_at_count >= 0),
                    counted_by TEXT CHECK (counted_by IS NULL OR length(counted_by) BETWEEN 1 AND 200),
                    counted_at INTEGER,
                    last_movement_id INTEGER CHECK (last_movement_id >= 0),
                    correction_id INTEGER UNIQUE REFERENCES stock_movements (id),
                    PRIMARY KEY (count_id, sku),
                    CHECK ((counted IS NULL) = (on_hand_at_count IS NULL)),
                    CHECK ((counted IS NULL) = (counted_by IS NULL)),
                    CHECK ((counted IS NULL) = (counted_at IS NULL)),
                    CHECK ((counted IS NULL) = (last_movement_id IS NULL)),
                    CHECK (correction_id IS NULL OR counted IS NOT NULL));

CREATE INDEX stock_count_lines_sku ON stock_count_lines (sku, count_id);

CREATE TRIGGER stock_counts_closed_are_history BEFORE UPDATE ON stock_counts
WHEN OLD.state <> 'open' OR NEW.id <> OLD.id OR NEW.started_by <> OLD.started_by OR NEW.started_at <> OLD.started_at
BEGIN SELECT RAISE(ABORT, 'stock_counts: a closed count is history, and a count keeps its id and start'); END;

CREATE TRIGGER stock_counts_never_deleted BEFORE DELETE ON stock_counts
BEGIN SELECT RAISE(ABORT, 'stock_counts: counts are history and are never deleted'); END;

CREATE TRIGGER stock_counts_approved_when_posted BEFORE UPDATE OF state ON stock_counts
WHEN NEW.state = 'approved' AND EXISTS (
    SELECT 1 FROM stock_count_lines l LEFT JOIN stock_movements m ON m.id = l.correction_id
    WHERE l.count_id = NEW.id
      AND (l.counted IS NULL
           OR (l.counted = l.on_hand_at_count) <> (l.correction_id IS NULL)
           OR (l.correction_id IS NOT NULL
               AND (m.kind IS NOT 'correction' OR m.sku IS NOT l.sku
                    OR m.on_hand_delta IS NOT l.counted - l.on_hand_at_count OR m.id <= l.last_movement_id
                    OR m.id <> (SELECT MAX(last.id) FROM stock_movements last WHERE last.sku = l.sku)))
           OR EXISTS (SELECT 1 FROM stock_movements x WHERE x.sku = l.sku AND x.id > l.last_movement_id
                      AND x.kind = 'correction' AND x.id IS NOT l.correction_id)))
BEGIN SELECT RAISE(ABORT, 'stock_counts: a count is approved with every line counted and each difference posted as the product''s latest correction'); END;

CREATE TRIGGER stock_count_lines_insert_while_open BEFORE INSERT ON stock_count_lines
WHEN (SELECT state FROM stock_counts WHERE id = NEW.count_id) IS NOT 'open' OR NEW.counted IS NOT NULL
  OR NEW.correction_id IS NOT NULL
  OR EXISTS (SELECT 1 FROM stock_count_lines o JOIN stock_counts c ON c.id = o.count_id
             WHERE o.sku = NEW.sku AND c.state = 'open' AND o.count_id <> NEW.count_id)
BEGIN SELECT RAISE(ABORT, 'stock_count_lines: lines join an open count, not counted yet, and a product is in one open count at a time'); END;

CREATE TRIGGER stock_count_lines_update_while_open BEFORE UPDATE ON stock_count_lines
WHEN (SELECT state FROM stock_counts WHERE id = OLD.count_id) IS NOT 'open' OR NEW.count_id <> OLD.count_id
  OR NEW.sku <> OLD.sku OR NEW.expected <> OLD.expected
BEGIN SELECT RAISE(ABORT, 'stock_count_lines: only an open count''s lines are counted, and a line keeps its product and expected stock'); END;

CREATE TRIGGER stock_count_lines_never_deleted BEFORE DELETE ON stock_count_lines
BEGIN SELECT RAISE(ABORT, 'stock_count_lines: lines of a count are never deleted'); END;
-- migrate:down
DROP TABLE stock_count_lines;

DROP TABLE stock_counts;
