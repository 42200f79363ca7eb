-- Shipshape schema migration 1, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 1, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
-- name: catalogue and customers
-- migrate:up
CREATE TABLE counters (
                    name TEXT PRIMARY KEY,
                    value BIGINT NOT NULL);

INSERT INTO counters (name, value) VALUES ('order_number', 1000);

CREATE TABLE customers (
                    id INTEGER PRIMARY KEY,
                    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'),
                    created_at BIGINT NOT NULL);

CREATE UNIQUE INDEX customers_email ON customers (lower(email));

CREATE INDEX customers_name ON customers (name);

CREATE TABLE products (
                    sku TEXT PRIMARY KEY CHECK (length(sku) BETWEEN 1 AND 64),
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                    price_minor BIGINT NOT NULL CHECK (price_minor >= 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    on_hand BIGINT NOT NULL CHECK (on_hand >= 0),
                    reserved BIGINT NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
                    low_stock_threshold BIGINT NOT NULL DEFAULT 5 CHECK (low_stock_threshold >= 0),
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL);

-- migrate:down
DROP TABLE products;

DROP TABLE customers;

DROP TABLE counters;

