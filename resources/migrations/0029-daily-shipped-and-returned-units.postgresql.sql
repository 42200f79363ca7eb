-- Shipshape schema migration 29, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 29, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- The dashboard's return rate and top return reasons (docs/dashboard.md) read daily aggregates like its other
-- figures, instead of every shipment and return of the period: at a million orders with the demo data's mix,
-- a 90-day snapshot summed about 1.2 M shipped units line by line (1.6 s of a 1.6 s snapshot). Two tables,
-- kept by triggers in the change's own transaction like the aggregates of migration 6:
-- daily_shipped_units: per UTC day of the parcel's shipped_at, the units in the parcels shipped that day.
-- daily_return_reasons: per UTC day of the return's opened_at and reason, the units returned for it and how
-- many returns have a line with it, counting returns that are not rejected. A return's lines are kept in the
-- day it was opened; rejecting it (or taking the rejection back) takes all of them out (or puts them back).
-- Both are filled from the existing rows here. DailyAggregates (core/dashboard) defines their recomputation,
-- which a test compares with what the triggers keep after every kind of change.
-- As the other aggregates, the tables are written only by these SECURITY DEFINER triggers: staff logins may
-- read them.
-- name: daily shipped and returned units
-- migrate:up
CREATE TABLE daily_shipped_units (
                    day BIGINT PRIMARY KEY,
                    units BIGINT NOT NULL DEFAULT 0);

CREATE TABLE daily_return_reasons (
                    day BIGINT NOT NULL,
                    reason TEXT NOT NULL CHECK (reason IN ('damaged', 'wrong_item', 'not_as_described', 'no_longer_needed', 'other')),
                    units BIGINT NOT NULL DEFAULT 0,
                    returns BIGINT NOT NULL DEFAULT 0,
                    PRIMARY KEY (day, reason));

CREATE FUNCTION shipshape_shipment_lines_units() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, NEW.quantity FROM shipments s WHERE s.id = NEW.shipment_id ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units;
                    ELSIF TG_OP = 'UPDATE' THEN
                        INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, -OLD.quantity FROM shipments s WHERE s.id = OLD.shipment_id ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units;
                        INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, NEW.quantity FROM shipments s WHERE s.id = NEW.shipment_id ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units;
                    ELSE
                        INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, -OLD.quantity FROM shipments s WHERE s.id = OLD.shipment_id ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units;
                    END IF;
                    RETURN NULL;
                END $$;

-- Per statement, with the statement's rows as transition tables: a return counts once per reason while it has
-- a line with it, and a statement that writes several lines of one return at once (COPY, a multi-row INSERT)
-- sees all of them in a row trigger, so only the statement knows which groups it started or emptied.
CREATE FUNCTION shipshape_return_lines_reasons() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT rt.opened_at / 86400000, g.reason, SUM(g.units), SUM((CASE WHEN EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = g.return_id AND x.reason = g.reason) THEN 1 ELSE 0 END) - (CASE WHEN EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = g.return_id AND x.reason = g.reason AND NOT EXISTS (SELECT 1 FROM new_lines n WHERE n.return_id = x.return_id AND n.sku = x.sku)) THEN 1 ELSE 0 END)) FROM (SELECT c.return_id, c.reason, SUM(c.units) AS units FROM (SELECT return_id, reason, quantity AS units FROM new_lines) c GROUP BY c.return_id, c.reason) g JOIN returns rt ON rt.id = g.return_id WHERE rt.state <> 'rejected' GROUP BY rt.opened_at / 86400000, g.reason ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns;
                    ELSIF TG_OP = 'UPDATE' THEN
                        INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT rt.opened_at / 86400000, g.reason, SUM(g.units), SUM((CASE WHEN EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = g.return_id AND x.reason = g.reason) THEN 1 ELSE 0 END) - (CASE WHEN EXISTS (SELECT 1 FROM old_lines o WHERE o.return_id = g.return_id AND o.reason = g.reason) OR EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = g.return_id AND x.reason = g.reason AND NOT EXISTS (SELECT 1 FROM new_lines n WHERE n.return_id = x.return_id AND n.sku = x.sku)) THEN 1 ELSE 0 END)) FROM (SELECT c.return_id, c.reason, SUM(c.units) AS units FROM (SELECT return_id, reason, quantity AS units FROM new_lines UNION ALL SELECT return_id, reason, -quantity FROM old_lines) c GROUP BY c.return_id, c.reason) g JOIN returns rt ON rt.id = g.return_id WHERE rt.state <> 'rejected' GROUP BY rt.opened_at / 86400000, g.reason ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns;
                    ELSE
                        INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT rt.opened_at / 86400000, g.reason, SUM(g.units), SUM((CASE WHEN EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = g.return_id AND x.reason = g.reason) THEN 1 ELSE 0 END) - (CASE WHEN EXISTS (SELECT 1 FROM old_lines o WHERE o.return_id = g.return_id AND o.reason = g.reason) OR EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = g.return_id AND x.reason = g.reason) THEN 1 ELSE 0 END)) FROM (SELECT c.return_id, c.reason, SUM(c.units) AS units FROM (SELECT return_id, reason, -quantity AS units FROM old_lines) c GROUP BY c.return_id, c.reason) g JOIN returns rt ON rt.id = g.return_id WHERE rt.state <> 'rejected' GROUP BY rt.opened_at / 86400000, g.reason ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns;
                    END IF;
                    RETURN NULL;
                END $$;

CREATE FUNCTION shipshape_shipments_units() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    INSERT INTO daily_shipped_units (day, units) SELECT OLD.shipped_at / 86400000, -SUM(l.quantity) FROM shipment_lines l WHERE l.shipment_id = OLD.id HAVING COUNT(*) > 0 ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units;
                    INSERT INTO daily_shipped_units (day, units) SELECT NEW.shipped_at / 86400000, SUM(l.quantity) FROM shipment_lines l WHERE l.shipment_id = NEW.id HAVING COUNT(*) > 0 ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units;
                    RETURN NULL;
                END $$;

CREATE FUNCTION shipshape_returns_reasons() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT OLD.opened_at / 86400000, l.reason, -SUM(l.quantity), -1 FROM return_lines l WHERE l.return_id = OLD.id AND OLD.state <> 'rejected' GROUP BY l.reason ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns;
                    INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT NEW.opened_at / 86400000, l.reason, SUM(l.quantity), 1 FROM return_lines l WHERE l.return_id = NEW.id AND NEW.state <> 'rejected' GROUP BY l.reason ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns;
                    RETURN NULL;
                END $$;

CREATE TRIGGER shipment_lines_units AFTER INSERT OR DELETE OR UPDATE OF quantity, shipment_id ON shipment_lines FOR EACH ROW EXECUTE FUNCTION shipshape_shipment_lines_units();

CREATE TRIGGER shipments_units AFTER UPDATE OF shipped_at ON shipments FOR EACH ROW WHEN (OLD.shipped_at / 86400000 <> NEW.shipped_at / 86400000) EXECUTE FUNCTION shipshape_shipments_units();

CREATE TRIGGER return_lines_reasons_insert AFTER INSERT ON return_lines REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION shipshape_return_lines_reasons();

CREATE TRIGGER return_lines_reasons_update AFTER UPDATE ON return_lines REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION shipshape_return_lines_reasons();

CREATE TRIGGER return_lines_reasons_delete AFTER DELETE ON return_lines REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION shipshape_return_lines_reasons();

CREATE TRIGGER returns_reasons AFTER UPDATE OF state, opened_at ON returns FOR EACH ROW WHEN ((OLD.state = 'rejected') <> (NEW.state = 'rejected') OR OLD.opened_at / 86400000 <> NEW.opened_at / 86400000) EXECUTE FUNCTION shipshape_returns_reasons();

INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, SUM(R.quantity) FROM shipment_lines R, shipments s WHERE s.id = R.shipment_id GROUP BY s.shipped_at / 86400000;

INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT rt.opened_at / 86400000, R.reason, SUM(R.quantity), SUM(CASE WHEN R.sku = (SELECT MIN(x.sku) FROM return_lines x WHERE x.return_id = R.return_id AND x.reason = R.reason) THEN 1 ELSE 0 END) FROM return_lines R, returns rt WHERE rt.id = R.return_id AND rt.state <> 'rejected' GROUP BY rt.opened_at / 86400000, R.reason;

GRANT SELECT ON daily_shipped_units, daily_return_reasons TO shipshape_warehouse, shipshape_support, shipshape_admin;

-- migrate:down
DROP TRIGGER returns_reasons ON returns;

DROP TRIGGER return_lines_reasons_delete ON return_lines;

DROP TRIGGER return_lines_reasons_update ON return_lines;

DROP TRIGGER return_lines_reasons_insert ON return_lines;

DROP TRIGGER shipments_units ON shipments;

DROP TRIGGER shipment_lines_units ON shipment_lines;

DROP FUNCTION shipshape_returns_reasons();

DROP FUNCTION shipshape_return_lines_reasons();

DROP FUNCTION shipshape_shipments_units();

DROP FUNCTION shipshape_shipment_lines_units();

DROP TABLE daily_return_reasons;

DROP TABLE daily_shipped_units;
