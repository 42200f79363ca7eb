-- Shipshape schema migration 24, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 24, and Migrator refuses a database whose recorded checksum of the up part differs.
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
-- name: returns late receipt and dashboard indexes
-- migrate:up
CREATE INDEX returns_opened_at ON returns (opened_at, id);

CREATE INDEX shipments_shipped_at ON shipments (shipped_at, id);

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
