-- Shipshape schema migration 2, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 2, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
-- name: orders, timeline, stock ledger and payments
-- migrate:up
CREATE TABLE orders (
                    number INTEGER PRIMARY KEY,
                    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
                    customer_id BIGINT NOT NULL REFERENCES customers (id),
                    customer_name TEXT NOT NULL,
                    customer_email TEXT NOT NULL,
                    status TEXT NOT NULL
                        CHECK (status IN ('pending', 'confirmed', 'shipped', 'delivered', 'cancelled')),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    total_minor BIGINT NOT NULL CHECK (total_minor >= 0),
                    line_count BIGINT NOT NULL CHECK (line_count >= 1),
                    paid_minor BIGINT NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
                    refunded_minor BIGINT NOT NULL DEFAULT 0 CHECK (refunded_minor BETWEEN 0 AND paid_minor),
                    payment_method TEXT NOT NULL
                        CHECK (payment_method IN ('invoice', 'bank_transfer', 'cash', 'card')),
                    ship_street TEXT NOT NULL CHECK (length(ship_street) BETWEEN 1 AND 200),
                    ship_city TEXT NOT NULL CHECK (length(ship_city) BETWEEN 1 AND 100),
                    ship_state TEXT NOT NULL CHECK (length(ship_state) BETWEEN 1 AND 100),
                    ship_zip TEXT NOT NULL CHECK (length(ship_zip) BETWEEN 1 AND 20),
                    ship_country TEXT NOT NULL CHECK (length(ship_country) = 2),
                    carrier TEXT,
                    tracking_number TEXT,
                    cancel_reason TEXT
                        CHECK (cancel_reason IN ('customer', 'declined', 'fraud', 'inventory', 'staff', 'other',
                                                 'expired')),
                    reservation_expires_at BIGINT,
                    placed_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    version BIGINT NOT NULL DEFAULT 1,
                    CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)),
                    CHECK (status NOT IN ('shipped', 'delivered') OR tracking_number IS NOT NULL),
                    CHECK (reservation_expires_at IS NULL OR status = 'pending'));

CREATE INDEX orders_placed ON orders (placed_at);

CREATE INDEX orders_status_number ON orders (status, number);

CREATE INDEX orders_customer_number ON orders (customer_id, number);

CREATE INDEX orders_total ON orders (total_minor, number);

CREATE INDEX orders_customer_email ON orders (customer_email);

CREATE INDEX orders_tracking ON orders (tracking_number) WHERE tracking_number IS NOT NULL;

CREATE INDEX orders_expiry ON orders (reservation_expires_at) WHERE reservation_expires_at IS NOT NULL;

CREATE TABLE order_lines (
                    order_number BIGINT NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
                    position BIGINT NOT NULL CHECK (position >= 1),
                    sku TEXT NOT NULL REFERENCES products (sku),
                    product_name TEXT NOT NULL,
                    quantity BIGINT NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
                    unit_price_minor BIGINT NOT NULL CHECK (unit_price_minor >= 0),
                    line_total_minor BIGINT NOT NULL CHECK (line_total_minor = quantity * unit_price_minor),
                    PRIMARY KEY (order_number, position),
                    UNIQUE (order_number, sku));

CREATE INDEX order_lines_sku ON order_lines (sku);

CREATE TABLE order_events (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    event TEXT NOT NULL,
                    from_status TEXT,
                    to_status TEXT,
                    reason TEXT NOT NULL DEFAULT '',
                    details TEXT NOT NULL DEFAULT '{}');

CREATE INDEX order_events_order ON order_events (order_number, id);

CREATE TABLE stock_movements (
                    id INTEGER PRIMARY KEY,
                    sku TEXT NOT NULL REFERENCES products (sku),
                    kind TEXT NOT NULL
                        CHECK (kind IN ('initial', 'reserve', 'release', 'consume', 'replenish', 'correction')),
                    on_hand_delta BIGINT NOT NULL,
                    reserved_delta BIGINT NOT NULL,
                    on_hand_after BIGINT NOT NULL CHECK (on_hand_after >= 0),
                    reserved_after BIGINT NOT NULL CHECK (reserved_after BETWEEN 0 AND on_hand_after),
                    order_number BIGINT REFERENCES orders (number),
                    actor TEXT NOT NULL,
                    reason TEXT NOT NULL DEFAULT '',
                    at BIGINT NOT NULL);

CREATE INDEX stock_movements_sku ON stock_movements (sku, id);

CREATE INDEX stock_movements_order ON stock_movements (order_number) WHERE order_number IS NOT NULL;

CREATE TABLE payments (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    method TEXT NOT NULL CHECK (method IN ('invoice', 'bank_transfer', 'cash', 'card')),
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    reference TEXT NOT NULL DEFAULT '',
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL);

CREATE INDEX payments_order ON payments (order_number);

-- migrate:down
DROP TABLE payments;

DROP TABLE stock_movements;

DROP TABLE order_events;

DROP TABLE order_lines;

DROP TABLE orders;

