-- Shipshape schema migration 23, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 23, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- The order list sorted by customer (OrderRepository's ORDER BY o.customer_name, o.number) read every order
-- and sorted them all before the first page: tests/core/QueryWorkTest found the full scan. This index gives
-- that sort the walk the other sort keys already have (orders_placed, orders_total, orders_status_number).
-- name: order list sorted by customer
-- migrate:up
CREATE INDEX orders_customer_name ON orders (customer_name, number);
-- migrate:down
DROP INDEX orders_customer_name;
