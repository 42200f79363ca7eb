-- Shipshape schema migration 9, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 9, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
-- name: outbox browsing index
-- migrate:up
CREATE INDEX notification_outbox_status_id ON notification_outbox (status, id);

-- migrate:down
DROP INDEX notification_outbox_status_id;

