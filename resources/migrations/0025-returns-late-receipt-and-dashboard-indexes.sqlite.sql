-- Shipshape schema migration 25, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 25, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- The dashboard's return rate and top return reasons (docs/dashboard.md) read the returns opened and the
-- shipments sent in a period: these indexes make that a range instead of a read of every return and every
-- shipment, and give the Returns page's filter on the opening time (older than N days, the dashboard's
-- drill-down to a period) the same range. A late receipt (docs/fulfillment.md) needs no schema change on
-- SQLite: return_lines' CHECK (restocked + written_off <= quantity) already bounds every receipt together.
--
-- The order list's payment-state filter agrees with the order's detail after a return's refund: what a
-- refunded return gave back of the total is no longer owed (Order::amountOwedByCustomer), so the filter
-- measures payments against the total less it. orders.return_credit_minor holds it (the sum of the order's
-- returns' refund_minor, written with every save of the order) and the orders_payment_state index is rebuilt
-- on the expression that uses it (OrderFilterSql's text).
-- name: returns late receipt and dashboard indexes
-- migrate:up
CREATE INDEX returns_opened_at ON returns (opened_at, id);

CREATE INDEX shipments_shipped_at ON shipments (shipped_at, id);

ALTER TABLE orders ADD COLUMN return_credit_minor BIGINT NOT NULL DEFAULT 0 CHECK (return_credit_minor >= 0);

UPDATE orders SET return_credit_minor = (SELECT COALESCE(SUM(r.refund_minor), 0) FROM returns r WHERE r.order_number = orders.number)
WHERE number IN (SELECT order_number FROM returns WHERE refund_minor IS NOT NULL);

DROP INDEX orders_payment_state;

CREATE INDEX orders_payment_state ON orders ((CASE WHEN paid_minor - refunded_minor - credit_minor > (CASE WHEN status = 'cancelled' THEN 0 ELSE total_minor - return_credit_minor END) THEN 4 WHEN refunded_minor > 0 THEN 3 WHEN credit_minor > 0 THEN 5 WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor - return_credit_minor THEN 1 ELSE 2 END), number);
-- migrate:down
DROP INDEX orders_payment_state;

CREATE INDEX orders_payment_state ON orders ((CASE WHEN paid_minor - refunded_minor - credit_minor > (CASE WHEN status = 'cancelled' THEN 0 ELSE total_minor END) THEN 4 WHEN refunded_minor > 0 THEN 3 WHEN credit_minor > 0 THEN 5 WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor THEN 1 ELSE 2 END), number);

ALTER TABLE orders DROP COLUMN return_credit_minor;

DROP INDEX shipments_shipped_at;

DROP INDEX returns_opened_at;
