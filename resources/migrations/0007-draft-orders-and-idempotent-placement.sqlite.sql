-- Shipshape schema migration 7, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 7, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
-- name: draft orders and idempotent placement
-- migrate:up
CREATE TABLE drafts (
                    id TEXT PRIMARY KEY CHECK (length(id) = 36),
                    customer_id TEXT NOT NULL DEFAULT '' CHECK (length(customer_id) IN (0, 36)),
                    customer_name TEXT NOT NULL DEFAULT '' CHECK (length(customer_name) <= 200),
                    customer_email TEXT NOT NULL DEFAULT '' CHECK (length(customer_email) <= 254),
                    ship_street TEXT NOT NULL DEFAULT '' CHECK (length(ship_street) <= 200),
                    ship_city TEXT NOT NULL DEFAULT '' CHECK (length(ship_city) <= 100),
                    ship_state TEXT NOT NULL DEFAULT '' CHECK (length(ship_state) <= 100),
                    ship_zip TEXT NOT NULL DEFAULT '' CHECK (length(ship_zip) <= 20),
                    ship_country TEXT NOT NULL DEFAULT '' CHECK (length(ship_country) <= 2),
                    payment_method TEXT NOT NULL DEFAULT 'invoice'
                        CHECK (payment_method IN ('invoice', 'bank_transfer', 'cash', 'card')),
                    payment_token TEXT NOT NULL DEFAULT '' CHECK (length(payment_token) <= 210),
                    placement_attempt BIGINT NOT NULL DEFAULT 1 CHECK (placement_attempt >= 1),
                    created_by TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_by TEXT NOT NULL,
                    updated_at BIGINT NOT NULL CHECK (updated_at >= created_at),
                    version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1));

CREATE INDEX drafts_updated ON drafts (updated_at, id);

CREATE TABLE draft_lines (
                    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
                    position BIGINT NOT NULL CHECK (position >= 1),
                    sku TEXT NOT NULL REFERENCES products (sku),
                    quantity BIGINT NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
                    PRIMARY KEY (draft_id, position),
                    UNIQUE (draft_id, sku));

CREATE TABLE order_placements (
                    placement_key TEXT PRIMARY KEY CHECK (length(placement_key) BETWEEN 1 AND 100),
                    order_number BIGINT NOT NULL UNIQUE REFERENCES orders (number),
                    placed_at BIGINT NOT NULL);

-- migrate:down
DROP TABLE order_placements;

DROP TABLE draft_lines;

DROP TABLE drafts;

