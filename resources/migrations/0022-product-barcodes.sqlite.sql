-- Shipshape schema migration 22, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 22, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Products gain an optional GTIN/EAN barcode (docs/warehouse.md): GTIN-8, UPC-A (12), EAN-13 or GTIN-14,
-- digits only, unique when present (a scanner must name one product). The CHECK repeats core's Gtin rule,
-- check digit included: the code padded with zeros to 14 digits (which keeps its GS1 sum), weights 3 and 1
-- alternating from the left, the sum a multiple of 10.
-- name: product barcodes
-- migrate:up
ALTER TABLE products ADD COLUMN barcode TEXT CHECK (barcode IS NULL OR (length(barcode) IN (8, 12, 13, 14)
                    AND barcode NOT GLOB '*[^0-9]*'
                    AND (CAST(substr(substr('0000000000000' || barcode, -14), 1, 1) AS INTEGER) * 3 + CAST(substr(substr('0000000000000' || barcode, -14), 2, 1) AS INTEGER)
                         + CAST(substr(substr('0000000000000' || barcode, -14), 3, 1) AS INTEGER) * 3 + CAST(substr(substr('0000000000000' || barcode, -14), 4, 1) AS INTEGER)
                         + CAST(substr(substr('0000000000000' || barcode, -14), 5, 1) AS INTEGER) * 3 + CAST(substr(substr('0000000000000' || barcode, -14), 6, 1) AS INTEGER)
                         + CAST(substr(substr('0000000000000' || barcode, -14), 7, 1) AS INTEGER) * 3 + CAST(substr(substr('0000000000000' || barcode, -14), 8, 1) AS INTEGER)
                         + CAST(substr(substr('0000000000000' || barcode, -14), 9, 1) AS INTEGER) * 3 + CAST(substr(substr('0000000000000' || barcode, -14), 10, 1) AS INTEGER)
                         + CAST(substr(substr('0000000000000' || barcode, -14), 11, 1) AS INTEGER) * 3 + CAST(substr(substr('0000000000000' || barcode, -14), 12, 1) AS INTEGER)
                         + CAST(substr(substr('0000000000000' || barcode, -14), 13, 1) AS INTEGER) * 3 + CAST(substr(substr('0000000000000' || barcode, -14), 14, 1) AS INTEGER)) % 10 = 0));

CREATE UNIQUE INDEX products_barcode ON products (barcode) WHERE barcode IS NOT NULL;
-- migrate:down
DROP INDEX products_barcode;

ALTER TABLE products DROP COLUMN barcode;
