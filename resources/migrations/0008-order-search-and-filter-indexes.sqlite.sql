-- Shipshape schema migration 8, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 8, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
-- name: order search and filter indexes
-- migrate:up
CREATE INDEX orders_status_customer ON orders (status, customer_id, number);

DROP INDEX order_lines_sku;

CREATE INDEX order_lines_sku ON order_lines (sku, order_number);

CREATE INDEX orders_payment_state ON orders ((CASE WHEN refunded_minor > 0 THEN 3 WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor THEN 1 ELSE 2 END), number);

CREATE INDEX orders_cancel_reason ON orders (cancel_reason, number) WHERE cancel_reason IS NOT NULL;

DROP INDEX orders_customer_email;

CREATE VIRTUAL TABLE customers_search USING fts5(name, email, content='customers', content_rowid='id', tokenize='trigram');

INSERT INTO customers_search (customers_search) VALUES ('rebuild');

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
                BEGIN
                    INSERT INTO customers_search (rowid, name, email) VALUES (new.id, new.name, new.email);
                END;

CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
                BEGIN
                    INSERT INTO customers_search (customers_search, rowid, name, email)
                        VALUES ('delete', old.id, old.name, old.email);
                END;

CREATE TRIGGER customers_search_update AFTER UPDATE OF name, email ON customers
                BEGIN
                    INSERT INTO customers_search (customers_search, rowid, name, email)
                        VALUES ('delete', old.id, old.name, old.email);
                    INSERT INTO customers_search (rowid, name, email) VALUES (new.id, new.name, new.email);
                END;

INSERT INTO counters (name, value) SELECT 'orders', COUNT(*) FROM orders;

CREATE TRIGGER orders_count_insert AFTER INSERT ON orders
                BEGIN
                    UPDATE counters SET value = value + 1 WHERE name = 'orders';
                END;

CREATE TRIGGER orders_count_delete AFTER DELETE ON orders
                BEGIN
                    UPDATE counters SET value = value - 1 WHERE name = 'orders';
                END;

-- migrate:down
DROP TRIGGER orders_count_delete;

DROP TRIGGER orders_count_insert;

DELETE FROM counters WHERE name = 'orders';

DROP TRIGGER customers_search_update;

DROP TRIGGER customers_search_delete;

DROP TRIGGER customers_search_insert;

DROP TABLE customers_search;

CREATE INDEX orders_customer_email ON orders (customer_email);

DROP INDEX orders_cancel_reason;

DROP INDEX orders_payment_state;

DROP INDEX order_lines_sku;

CREATE INDEX order_lines_sku ON order_lines (sku);

DROP INDEX orders_status_customer;

