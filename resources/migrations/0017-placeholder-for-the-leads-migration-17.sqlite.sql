-- Shipshape schema migration 17, SQLite. PLACEHOLDER on branch editorprice only: versions must be consecutive
-- and migration 17 is the lead's. Drop this file (both dialects and its line in core/CMakeLists.txt) when
-- merging; never ship it.
-- name: placeholder for the leads migration 17
-- migrate:up
SELECT 1;
-- migrate:down
SELECT 1;
