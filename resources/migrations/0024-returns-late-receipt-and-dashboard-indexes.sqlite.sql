-- Shipshape schema migration 24, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 24, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- The dashboard's return rate and top return reasons (docs/dashboard.md) read the returns opened and the
-- shipments sent in a period: these indexes make that a range instead of a read of every return and every
-- shipment, and give the Returns page's filter on the opening time (older than N days, the dashboard's
-- drill-down to a period) the same range. A late receipt (docs/fulfillment.md) needs no schema change on
-- SQLite: return_lines' CHECK (restocked + written_off <= quantity) already bounds every receipt together.
-- name: returns late receipt and dashboard indexes
-- migrate:up
CREATE INDEX returns_opened_at ON returns (opened_at, id);

CREATE INDEX shipments_shipped_at ON shipments (shipped_at, id);
-- migrate:down
DROP INDEX shipments_shipped_at;

DROP INDEX returns_opened_at;
