-- Shipshape schema migration 25, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 25, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- The dashboard's return rate and top return reasons (docs/dashboard.md) read the returns opened and the
-- shipments sent in a period: these indexes make that a range instead of a read of every return and every
-- shipment, and give the Returns page's filter on the opening time the same range.
--
-- A late receipt (docs/fulfillment.md): a received return whose units were not all accounted for can be
-- received again for the rest until it is refunded. The guard of return_lines (migration 21) let a line be
-- received once while its return is requested; now a line of a received return may also gain restocked and
-- written-off units (never lose any, never together beyond its quantity: the table's CHECK) while it has no
-- refund. The check of each order at commit is unchanged and still ties every received unit to the stock
-- ledger's `returned` and `damaged` rows of its return, so a login that raises the counts without the stock
-- moving is refused at commit.
-- The order list's payment-state filter agrees with the order's detail after a return's refund: what a
-- refunded return gave back of the total is no longer owed (Order::amountOwedByCustomer), so the filter
-- measures payments against the total less it. orders.return_credit_minor holds it (the sum of the order's
-- returns' refund_minor, written with every save of the order) and the orders_payment_state index is rebuilt
-- on the expression that uses it (OrderFilterSql's text). As the authority: at commit, an order whose
-- return_credit_minor was written, or a return whose refund was, must have exactly its returns' refunds
-- as its return credit, whoever wrote it.
-- name: returns late receipt and dashboard indexes
-- migrate:up
CREATE INDEX returns_opened_at ON returns (opened_at, id);

CREATE INDEX shipments_shipped_at ON shipments (shipped_at, id);

ALTER TABLE orders ADD COLUMN return_credit_minor BIGINT NOT NULL DEFAULT 0 CHECK (return_credit_minor BETWEEN 0 AND total_minor);

UPDATE orders SET return_credit_minor = (SELECT COALESCE(SUM(r.refund_minor), 0) FROM returns r WHERE r.order_number = orders.number)
WHERE number IN (SELECT order_number FROM returns WHERE refund_minor IS NOT NULL);

DROP INDEX orders_payment_state;

CREATE INDEX orders_payment_state ON orders ((CASE WHEN paid_minor - refunded_minor - credit_minor > (CASE WHEN status = 'cancelled' THEN 0 ELSE total_minor - return_credit_minor END) THEN 4 WHEN refunded_minor > 0 THEN 3 WHEN credit_minor > 0 THEN 5 WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor - return_credit_minor THEN 1 ELSE 2 END), number);

CREATE FUNCTION shipshape_check_return_credit() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                DECLARE
                    order_no BIGINT := (to_jsonb(NEW) ->> TG_ARGV[0])::BIGINT;
                BEGIN
                    IF (SELECT return_credit_minor FROM orders WHERE number = order_no)
                       IS DISTINCT FROM (SELECT COALESCE(SUM(refund_minor), 0) FROM returns WHERE order_number = order_no) THEN
                        RAISE EXCEPTION 'refused by the server: order % has a return credit that is not what its refunded returns gave back', order_no USING ERRCODE = '23514';
                    END IF;
                    RETURN NULL;
                END $$;

CREATE CONSTRAINT TRIGGER orders_return_credit_checked AFTER UPDATE OF return_credit_minor ON orders DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION shipshape_check_return_credit('number');

CREATE CONSTRAINT TRIGGER orders_return_credit_inserted AFTER INSERT ON orders DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.return_credit_minor <> 0) EXECUTE FUNCTION shipshape_check_return_credit('number');

CREATE CONSTRAINT TRIGGER returns_credit_checked AFTER UPDATE OF refund_minor ON returns DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION shipshape_check_return_credit('order_number');

CREATE OR REPLACE FUNCTION shipshape_guard_return_line() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                DECLARE
                    return_state TEXT;
                BEGIN
                    IF shipshape_is_owner(current_user) THEN
                        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        PERFORM shipshape_refuse(format('permission denied: the lines of return %s are history; they are never deleted', OLD.return_id));
                    END IF;
                    SELECT state INTO return_state FROM returns WHERE id = NEW.return_id;
                    IF TG_OP = 'INSERT' THEN
                        IF return_state IS DISTINCT FROM 'requested' OR NEW.restocked <> 0 OR NEW.written_off <> 0 OR NEW.refund_minor IS NOT NULL THEN
                            PERFORM shipshape_refuse(format('permission denied: a line of return %s is added while it is requested, with nothing received', NEW.return_id));
                        END IF;
                        RETURN NEW;
                    END IF;
                    IF (NEW.return_id, NEW.order_number, NEW.sku, NEW.reason, NEW.note, NEW.quantity)
                       IS DISTINCT FROM (OLD.return_id, OLD.order_number, OLD.sku, OLD.reason, OLD.note, OLD.quantity)
                       OR NOT ((return_state = 'requested' AND OLD.restocked = 0 AND OLD.written_off = 0 AND NEW.refund_minor IS NULL)
                               OR (return_state = 'received' AND OLD.refund_minor IS NULL AND NEW.refund_minor IS NULL
                                   AND NEW.restocked >= OLD.restocked AND NEW.written_off >= OLD.written_off
                                   AND NEW.restocked + NEW.written_off > OLD.restocked + OLD.written_off)
                               OR (return_state = 'received' AND OLD.refund_minor IS NULL AND NEW.refund_minor IS NOT NULL
                                   AND (NEW.restocked, NEW.written_off) = (OLD.restocked, OLD.written_off))) THEN
                        PERFORM shipshape_refuse(format('permission denied: line %s of return %s only gains received units until it is refunded, and is refunded once', OLD.sku, OLD.return_id));
                    END IF;
                    RETURN NEW;
                END $$;

-- migrate:down
DROP TRIGGER returns_credit_checked ON returns;

DROP TRIGGER orders_return_credit_inserted ON orders;

DROP TRIGGER orders_return_credit_checked ON orders;

DROP FUNCTION shipshape_check_return_credit();

DROP INDEX orders_payment_state;

CREATE INDEX orders_payment_state ON orders ((CASE WHEN paid_minor - refunded_minor - credit_minor > (CASE WHEN status = 'cancelled' THEN 0 ELSE total_minor END) THEN 4 WHEN refunded_minor > 0 THEN 3 WHEN credit_minor > 0 THEN 5 WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor THEN 1 ELSE 2 END), number);

ALTER TABLE orders DROP COLUMN return_credit_minor;

CREATE OR REPLACE FUNCTION shipshape_guard_return_line() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                DECLARE
                    return_state TEXT;
                BEGIN
                    IF shipshape_is_owner(current_user) THEN
                        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        PERFORM shipshape_refuse(format('permission denied: the lines of return %s are history; they are never deleted', OLD.return_id));
                    END IF;
                    SELECT state INTO return_state FROM returns WHERE id = NEW.return_id;
                    IF TG_OP = 'INSERT' THEN
                        IF return_state IS DISTINCT FROM 'requested' OR NEW.restocked <> 0 OR NEW.written_off <> 0 OR NEW.refund_minor IS NOT NULL THEN
                            PERFORM shipshape_refuse(format('permission denied: a line of return %s is added while it is requested, with nothing received', NEW.return_id));
                        END IF;
                        RETURN NEW;
                    END IF;
                    IF (NEW.return_id, NEW.order_number, NEW.sku, NEW.reason, NEW.note, NEW.quantity)
                       IS DISTINCT FROM (OLD.return_id, OLD.order_number, OLD.sku, OLD.reason, OLD.note, OLD.quantity)
                       OR NOT ((return_state = 'requested' AND OLD.restocked = 0 AND OLD.written_off = 0 AND NEW.refund_minor IS NULL)
                               OR (return_state = 'received' AND OLD.refund_minor IS NULL AND NEW.refund_minor IS NOT NULL
                                   AND (NEW.restocked, NEW.written_off) = (OLD.restocked, OLD.written_off))) THEN
                        PERFORM shipshape_refuse(format('permission denied: line %s of return %s is received once and refunded once', OLD.sku, OLD.return_id));
                    END IF;
                    RETURN NEW;
                END $$;

DROP INDEX shipments_shipped_at;

DROP INDEX returns_opened_at;
