-- Shipshape schema migration 22, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 22, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Products gain an optional GTIN/EAN barcode (docs/warehouse.md): GTIN-8, UPC-A (12), EAN-13 or GTIN-14,
-- digits only, unique when present (a scanner must name one product). The CHECK repeats core's Gtin rule,
-- check digit included: the code padded with zeros to 14 digits (which keeps its GS1 sum), weights 3 and 1
-- alternating from the left, the sum a multiple of 10.
-- On PostgreSQL this CHECK keeps a staff login sending its own SQL to well-formed codes (migration 13's
-- authority; CASE, because AND does not promise to test the pattern before casting the digits). Warehouse,
-- which adds products, may also change a product's barcode (a column GRANT like migration 5's).
-- name: product barcodes
-- migrate:up
ALTER TABLE products ADD COLUMN barcode TEXT CHECK (barcode IS NULL OR CASE WHEN barcode ~ '^([0-9]{8}|[0-9]{12,14})$'
                    THEN (CAST(substr(lpad(barcode, 14, '0'), 1, 1) AS INTEGER) * 3 + CAST(substr(lpad(barcode, 14, '0'), 2, 1) AS INTEGER)
                         + CAST(substr(lpad(barcode, 14, '0'), 3, 1) AS INTEGER) * 3 + CAST(substr(lpad(barcode, 14, '0'), 4, 1) AS INTEGER)
                         + CAST(substr(lpad(barcode, 14, '0'), 5, 1) AS INTEGER) * 3 + CAST(substr(lpad(barcode, 14, '0'), 6, 1) AS INTEGER)
                         + CAST(substr(lpad(barcode, 14, '0'), 7, 1) AS INTEGER) * 3 + CAST(substr(lpad(barcode, 14, '0'), 8, 1) AS INTEGER)
                         + CAST(substr(lpad(barcode, 14, '0'), 9, 1) AS INTEGER) * 3 + CAST(substr(lpad(barcode, 14, '0'), 10, 1) AS INTEGER)
                         + CAST(substr(lpad(barcode, 14, '0'), 11, 1) AS INTEGER) * 3 + CAST(substr(lpad(barcode, 14, '0'), 12, 1) AS INTEGER)
                         + CAST(substr(lpad(barcode, 14, '0'), 13, 1) AS INTEGER) * 3 + CAST(substr(lpad(barcode, 14, '0'), 14, 1) AS INTEGER)) % 10 = 0
                    ELSE FALSE END);

CREATE UNIQUE INDEX products_barcode ON products (barcode) WHERE barcode IS NOT NULL;

GRANT UPDATE (barcode) ON products TO shipshape_warehouse;
-- migrate:down
REVOKE UPDATE (barcode) ON products FROM shipshape_warehouse;

DROP INDEX products_barcode;

ALTER TABLE products DROP COLUMN barcode;
