-- Shipshape schema migration 14, PostgreSQL: a placeholder on the tags branch only. The order pricing work
-- (issue 13) brings the real migration 14; on merge this file and its SQLite twin are deleted and the real
-- one takes their place, so that migration 15 (order and customer tags) follows it.
-- name: reserved for the order pricing migration
-- migrate:up
SELECT 1;

-- migrate:down
SELECT 1;
