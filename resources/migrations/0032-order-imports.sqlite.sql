-- Shipshape schema migration 32, SQLite. Frozen: this is the text databases received when they were
-- migrated to version 32, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Order import (docs/orders-import.md): an order placed from another system's file remembers where it came from,
-- the source staff named ("amazon", "old-shop") and that system's order id. (source, external_id) is unique, so
-- importing the same file again places nothing twice; an order is imported at most once. placed_at is when the
-- other system took the order (NULL when the file did not say); the order's own placed_at is when Shipshape
-- placed it.
-- name: order imports
-- migrate:up
CREATE TABLE order_imports (
                    order_number BIGINT PRIMARY KEY REFERENCES orders (number),
                    source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
                    external_id TEXT NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
                    placed_at BIGINT,
                    imported_at BIGINT NOT NULL,
                    UNIQUE (source, external_id));
-- migrate:down
DROP TABLE order_imports;
