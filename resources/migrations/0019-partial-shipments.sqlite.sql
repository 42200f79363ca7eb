-- Shipshape schema migration 19, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 19, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Partial shipments (docs/fulfillment.md): an order ships in one or more parcels, each with its carrier,
-- tracking number and the quantities of the order's lines it holds, and each delivered on its own. Per order
-- line, shipped_quantity is what its parcels hold (never more than the line's quantity) and
-- cancelled_quantity what was taken off the line by a line cancel (the line's quantity is what the customer
-- still buys, so shipped + cancelled never exceed what was ordered). orders.tracking_number stays the latest
-- parcel's; shipments_tracking lets the order search find every parcel's. Orders shipped before this
-- migration become one parcel each holding all their lines, with their carrier and tracking number, shipped
-- and delivered when their timeline says.
-- name: partial shipments
-- migrate:up
ALTER TABLE order_lines ADD COLUMN shipped_quantity BIGINT NOT NULL DEFAULT 0 CHECK (shipped_quantity BETWEEN 0 AND quantity);

ALTER TABLE order_lines ADD COLUMN cancelled_quantity BIGINT NOT NULL DEFAULT 0 CHECK (cancelled_quantity BETWEEN 0 AND 100000);

CREATE TABLE shipments (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    carrier TEXT NOT NULL DEFAULT '' CHECK (length(carrier) <= 64),
                    tracking_number TEXT NOT NULL DEFAULT '' CHECK (length(tracking_number) <= 64),
                    shipped_at BIGINT NOT NULL,
                    shipped_by TEXT NOT NULL,
                    delivered_at BIGINT CHECK (delivered_at >= shipped_at),
                    delivered_by TEXT,
                    UNIQUE (id, order_number),
                    CHECK ((delivered_at IS NULL) = (delivered_by IS NULL)));

CREATE INDEX shipments_order ON shipments (order_number, id);

CREATE INDEX shipments_tracking ON shipments (tracking_number);

CREATE TABLE shipment_lines (
                    shipment_id BIGINT NOT NULL,
                    order_number BIGINT NOT NULL,
                    sku TEXT NOT NULL REFERENCES products (sku),
                    quantity BIGINT NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
                    PRIMARY KEY (shipment_id, sku),
                    FOREIGN KEY (shipment_id, order_number) REFERENCES shipments (id, order_number)) WITHOUT ROWID;

CREATE INDEX shipment_lines_order ON shipment_lines (order_number, sku);

INSERT INTO shipments (order_number, carrier, tracking_number, shipped_at, shipped_by, delivered_at, delivered_by)
SELECT o.number, COALESCE(o.carrier, ''), COALESCE(o.tracking_number, ''),
       COALESCE((SELECT MAX(e.at) FROM order_events e WHERE e.order_number = o.number AND e.event = 'OrderShipped'), o.updated_at),
       COALESCE((SELECT e.actor FROM order_events e WHERE e.order_number = o.number AND e.event = 'OrderShipped'
                 ORDER BY e.id DESC LIMIT 1), 'migration'),
       CASE WHEN o.status = 'delivered'
            THEN max(COALESCE((SELECT MAX(e.at) FROM order_events e WHERE e.order_number = o.number AND e.event = 'OrderDelivered'), o.updated_at),
                     COALESCE((SELECT MAX(e.at) FROM order_events e WHERE e.order_number = o.number AND e.event = 'OrderShipped'), o.updated_at)) END,
       CASE WHEN o.status = 'delivered'
            THEN COALESCE((SELECT e.actor FROM order_events e WHERE e.order_number = o.number AND e.event = 'OrderDelivered'
                           ORDER BY e.id DESC LIMIT 1), 'migration') END
FROM orders o WHERE o.status IN ('shipped', 'delivered') ORDER BY o.number;

INSERT INTO shipment_lines (shipment_id, order_number, sku, quantity)
SELECT s.id, s.order_number, l.sku, l.quantity FROM shipments s JOIN order_lines l ON l.order_number = s.order_number;

UPDATE order_lines SET shipped_quantity = quantity
WHERE order_number IN (SELECT number FROM orders WHERE status IN ('shipped', 'delivered'));

-- migrate:down
DROP TABLE shipment_lines;

DROP TABLE shipments;

ALTER TABLE order_lines DROP COLUMN cancelled_quantity;

ALTER TABLE order_lines DROP COLUMN shipped_quantity;
