-- Shipshape schema migration 33, SQLite. Frozen once released: this is the text databases receive when they
-- are migrated to version 33, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it after release; change the schema with a new migration.
--
-- Purging archived orders (docs/operations.md, "Purging archived orders"): `archive purge` deletes the orders
-- placed through a day once a verified archive holds every one of them as it is, and records the purge in
-- `purges` (who, when, through which day, which archive and its content SHA-256, how many orders and ledger
-- rows): the only history of orders that are gone. The stock ledger gains the kind `purged`: the rows of the
-- purged orders that follow each other in a SKU's ledger are folded into one row (the last one's id, time,
-- on_hand_after and reserved_after; the sum of their deltas), so that every remaining row is still the one
-- before plus its deltas and on_hand/reserved still equal the last row. A `purged` row names no order and no
-- return. The kind CHECK is part of stock_movements' table definition, so the table is rebuilt with its two
-- indexes, as migration 21 did; no trigger is attached to it on SQLite. `history_through_day` is the last
-- UTC day (days since 1970-01-01) any purged order's rows counted in the dashboard's daily aggregates: the
-- aggregates of the days up to it are kept as they were (history) and no longer recomputed from rows.
-- name: order purges
-- migrate:up
CREATE TABLE purges (
                    id INTEGER PRIMARY KEY,
                    purged_by TEXT NOT NULL CHECK (length(purged_by) BETWEEN 1 AND 200),
                    purged_at BIGINT NOT NULL,
                    through_date TEXT NOT NULL CHECK (length(through_date) = 10),
                    archive_file TEXT NOT NULL CHECK (length(archive_file) BETWEEN 1 AND 4096),
                    archive_sha256 TEXT NOT NULL CHECK (length(archive_sha256) = 64),
                    orders BIGINT NOT NULL CHECK (orders >= 0),
                    ledger_rows BIGINT NOT NULL CHECK (ledger_rows >= 0),
                    history_through_day BIGINT NOT NULL);

CREATE TABLE stock_movements_v33 (
                    id INTEGER PRIMARY KEY,
                    sku TEXT NOT NULL REFERENCES products (sku),
                    kind TEXT NOT NULL
                        CHECK (kind IN ('initial', 'reserve', 'release', 'consume', 'replenish', 'correction', 'returned', 'damaged', 'purged')),
                    on_hand_delta BIGINT NOT NULL,
                    reserved_delta BIGINT NOT NULL,
                    on_hand_after BIGINT NOT NULL CHECK (on_hand_after >= 0),
                    reserved_after BIGINT NOT NULL CHECK (reserved_after BETWEEN 0 AND on_hand_after),
                    order_number BIGINT REFERENCES orders (number),
                    actor TEXT NOT NULL,
                    reason TEXT NOT NULL DEFAULT '',
                    at BIGINT NOT NULL,
                    return_id BIGINT REFERENCES returns (id),
                    written_off BIGINT NOT NULL DEFAULT 0 CHECK (written_off >= 0),
                    CHECK ((kind IN ('returned', 'damaged')) = (return_id IS NOT NULL)),
                    CHECK (return_id IS NULL OR order_number IS NOT NULL),
                    CHECK (kind <> 'returned' OR (on_hand_delta > 0 AND reserved_delta = 0)),
                    CHECK (kind <> 'damaged' OR (on_hand_delta = 0 AND reserved_delta = 0 AND length(reason) > 0)),
                    CHECK ((kind = 'damaged') = (written_off > 0)),
                    CHECK (kind <> 'purged' OR order_number IS NULL));

INSERT INTO stock_movements_v33 (id, sku, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, order_number, actor, reason, at, return_id, written_off)
SELECT id, sku, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, order_number, actor, reason, at, return_id, written_off FROM stock_movements;

DROP TABLE stock_movements;

ALTER TABLE stock_movements_v33 RENAME TO stock_movements;

CREATE INDEX stock_movements_sku ON stock_movements (sku, id);

CREATE INDEX stock_movements_order ON stock_movements (order_number) WHERE order_number IS NOT NULL;
-- migrate:down
CREATE TABLE stock_movements_v21 (
                    id INTEGER PRIMARY KEY,
                    sku TEXT NOT NULL REFERENCES products (sku),
                    kind TEXT NOT NULL
                        CHECK (kind IN ('initial', 'reserve', 'release', 'consume', 'replenish', 'correction', 'returned', 'damaged')),
                    on_hand_delta BIGINT NOT NULL,
                    reserved_delta BIGINT NOT NULL,
                    on_hand_after BIGINT NOT NULL CHECK (on_hand_after >= 0),
                    reserved_after BIGINT NOT NULL CHECK (reserved_after BETWEEN 0 AND on_hand_after),
                    order_number BIGINT REFERENCES orders (number),
                    actor TEXT NOT NULL,
                    reason TEXT NOT NULL DEFAULT '',
                    at BIGINT NOT NULL,
                    return_id BIGINT REFERENCES returns (id),
                    written_off BIGINT NOT NULL DEFAULT 0 CHECK (written_off >= 0),
                    CHECK ((kind IN ('returned', 'damaged')) = (return_id IS NOT NULL)),
                    CHECK (return_id IS NULL OR order_number IS NOT NULL),
                    CHECK (kind <> 'returned' OR (on_hand_delta > 0 AND reserved_delta = 0)),
                    CHECK (kind <> 'damaged' OR (on_hand_delta = 0 AND reserved_delta = 0 AND length(reason) > 0)),
                    CHECK ((kind = 'damaged') = (written_off > 0)));

INSERT INTO stock_movements_v21 (id, sku, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, order_number, actor, reason, at, return_id, written_off)
SELECT id, sku, CASE WHEN kind = 'purged' THEN 'correction' ELSE kind END, on_hand_delta, reserved_delta, on_hand_after, reserved_after,
       order_number, actor, reason, at, return_id, written_off FROM stock_movements;

DROP TABLE stock_movements;

ALTER TABLE stock_movements_v21 RENAME TO stock_movements;

CREATE INDEX stock_movements_sku ON stock_movements (sku, id);

CREATE INDEX stock_movements_order ON stock_movements (order_number) WHERE order_number IS NOT NULL;

DROP TABLE purges;
