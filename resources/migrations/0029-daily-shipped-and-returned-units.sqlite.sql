-- Shipshape schema migration 29, SQLite. Frozen: this is the text databases received when they were migrated
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

CREATE TRIGGER shipment_lines_units_insert AFTER INSERT ON shipment_lines BEGIN INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, NEW.quantity FROM shipments s WHERE s.id = NEW.shipment_id ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units; END;

CREATE TRIGGER shipment_lines_units_update AFTER UPDATE OF quantity, shipment_id ON shipment_lines BEGIN INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, -OLD.quantity FROM shipments s WHERE s.id = OLD.shipment_id ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units; INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, NEW.quantity FROM shipments s WHERE s.id = NEW.shipment_id ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units; END;

CREATE TRIGGER shipment_lines_units_delete AFTER DELETE ON shipment_lines BEGIN INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, -OLD.quantity FROM shipments s WHERE s.id = OLD.shipment_id ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units; END;

CREATE TRIGGER shipments_units_update AFTER UPDATE OF shipped_at ON shipments WHEN OLD.shipped_at / 86400000 <> NEW.shipped_at / 86400000 BEGIN INSERT INTO daily_shipped_units (day, units) SELECT OLD.shipped_at / 86400000, -SUM(l.quantity) FROM shipment_lines l WHERE l.shipment_id = OLD.id HAVING COUNT(*) > 0 ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units; INSERT INTO daily_shipped_units (day, units) SELECT NEW.shipped_at / 86400000, SUM(l.quantity) FROM shipment_lines l WHERE l.shipment_id = NEW.id HAVING COUNT(*) > 0 ON CONFLICT (day) DO UPDATE SET units = daily_shipped_units.units + excluded.units; END;

CREATE TRIGGER return_lines_reasons_insert AFTER INSERT ON return_lines BEGIN INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT r.opened_at / 86400000, NEW.reason, NEW.quantity, (CASE WHEN EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = NEW.return_id AND x.reason = NEW.reason AND x.sku <> NEW.sku) THEN 0 ELSE 1 END) FROM returns r WHERE r.id = NEW.return_id AND r.state <> 'rejected' ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns; END;

CREATE TRIGGER return_lines_reasons_update AFTER UPDATE OF quantity, reason, return_id ON return_lines BEGIN INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT r.opened_at / 86400000, OLD.reason, -OLD.quantity, -(CASE WHEN EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = OLD.return_id AND x.reason = OLD.reason AND x.sku <> OLD.sku) THEN 0 ELSE 1 END) FROM returns r WHERE r.id = OLD.return_id AND r.state <> 'rejected' ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns; INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT r.opened_at / 86400000, NEW.reason, NEW.quantity, (CASE WHEN EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = NEW.return_id AND x.reason = NEW.reason AND x.sku <> NEW.sku) THEN 0 ELSE 1 END) FROM returns r WHERE r.id = NEW.return_id AND r.state <> 'rejected' ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns; END;

CREATE TRIGGER return_lines_reasons_delete AFTER DELETE ON return_lines BEGIN INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT r.opened_at / 86400000, OLD.reason, -OLD.quantity, -(CASE WHEN EXISTS (SELECT 1 FROM return_lines x WHERE x.return_id = OLD.return_id AND x.reason = OLD.reason AND x.sku <> OLD.sku) THEN 0 ELSE 1 END) FROM returns r WHERE r.id = OLD.return_id AND r.state <> 'rejected' ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns; END;

CREATE TRIGGER returns_reasons_update AFTER UPDATE OF state, opened_at ON returns WHEN (OLD.state = 'rejected') <> (NEW.state = 'rejected') OR OLD.opened_at / 86400000 <> NEW.opened_at / 86400000 BEGIN INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT OLD.opened_at / 86400000, l.reason, -SUM(l.quantity), -1 FROM return_lines l WHERE l.return_id = OLD.id AND OLD.state <> 'rejected' GROUP BY l.reason ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns; INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT NEW.opened_at / 86400000, l.reason, SUM(l.quantity), 1 FROM return_lines l WHERE l.return_id = NEW.id AND NEW.state <> 'rejected' GROUP BY l.reason ON CONFLICT (day, reason) DO UPDATE SET units = daily_return_reasons.units + excluded.units, returns = daily_return_reasons.returns + excluded.returns; END;

INSERT INTO daily_shipped_units (day, units) SELECT s.shipped_at / 86400000, SUM(R.quantity) FROM shipment_lines R, shipments s WHERE s.id = R.shipment_id GROUP BY s.shipped_at / 86400000;

INSERT INTO daily_return_reasons (day, reason, units, returns) SELECT rt.opened_at / 86400000, R.reason, SUM(R.quantity), SUM(CASE WHEN R.sku = (SELECT MIN(x.sku) FROM return_lines x WHERE x.return_id = R.return_id AND x.reason = R.reason) THEN 1 ELSE 0 END) FROM return_lines R, returns rt WHERE rt.id = R.return_id AND rt.state <> 'rejected' GROUP BY rt.opened_at / 86400000, R.reason;
-- migrate:down
DROP TRIGGER shipment_lines_units_insert;

DROP TRIGGER shipment_lines_units_update;

DROP TRIGGER shipment_lines_units_delete;

DROP TRIGGER shipments_units_update;

DROP TRIGGER return_lines_reasons_insert;

DROP TRIGGER return_lines_reasons_update;

DROP TRIGGER return_lines_reasons_delete;

DROP TRIGGER returns_reasons_update;

DROP TABLE daily_return_reasons;

DROP TABLE daily_shipped_units;
