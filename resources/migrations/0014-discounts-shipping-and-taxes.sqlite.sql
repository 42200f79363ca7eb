-- Shipshape schema migration 14, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 14, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- An order's money beyond its lines (docs/pricing.md): discounts (on a line or the whole order, spread
-- over the lines), a shipping fee, and tax per line at the rate copied onto the order when it was priced.
-- Tax rates by destination and product tax class, and whether the shop's prices include tax. Orders placed
-- before this migration have no discount, shipping or tax, so their totals still hold.
-- name: discounts, shipping and taxes
-- migrate:up
ALTER TABLE products ADD COLUMN tax_class TEXT NOT NULL DEFAULT 'standard' CHECK (length(tax_class) BETWEEN 1 AND 40);

CREATE TABLE tax_rates (
                    id INTEGER PRIMARY KEY,
                    country TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
                    region TEXT NOT NULL DEFAULT '' CHECK (length(region) <= 40),
                    tax_class TEXT NOT NULL CHECK (length(tax_class) BETWEEN 1 AND 40),
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
                    rate_ppm BIGINT NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
                    updated_at BIGINT NOT NULL,
                    UNIQUE (country, region, tax_class));

CREATE TABLE shop_pricing (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    prices_include_tax BIGINT NOT NULL DEFAULT 0 CHECK (prices_include_tax IN (0, 1)));

INSERT INTO shop_pricing (id, prices_include_tax) VALUES (1, 0);

ALTER TABLE order_lines ADD COLUMN discount_minor BIGINT NOT NULL DEFAULT 0 CHECK (discount_minor BETWEEN 0 AND line_total_minor);

ALTER TABLE order_lines ADD COLUMN tax_minor BIGINT NOT NULL DEFAULT 0 CHECK (tax_minor >= 0);

ALTER TABLE order_lines ADD COLUMN tax_rate_ppm BIGINT NOT NULL DEFAULT 0 CHECK (tax_rate_ppm BETWEEN 0 AND 1000000);

ALTER TABLE order_lines ADD COLUMN tax_name TEXT NOT NULL DEFAULT '' CHECK (length(tax_name) <= 60);

ALTER TABLE orders ADD COLUMN discount_minor BIGINT NOT NULL DEFAULT 0 CHECK (discount_minor >= 0);

ALTER TABLE orders ADD COLUMN shipping_minor BIGINT NOT NULL DEFAULT 0 CHECK (shipping_minor >= 0);

ALTER TABLE orders ADD COLUMN shipping_method TEXT NOT NULL DEFAULT '' CHECK (length(shipping_method) <= 100);

ALTER TABLE orders ADD COLUMN tax_minor BIGINT NOT NULL DEFAULT 0 CHECK (tax_minor >= 0);

ALTER TABLE orders ADD COLUMN prices_include_tax BIGINT NOT NULL DEFAULT 0
                    CHECK (prices_include_tax IN (0, 1)
                           AND total_minor >= shipping_minor + (CASE WHEN prices_include_tax = 1 THEN 0 ELSE tax_minor END));

CREATE TABLE order_discounts (
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    position BIGINT NOT NULL CHECK (position >= 0),
                    kind TEXT NOT NULL CHECK (kind IN ('percent', 'amount')),
                    percent_ppm BIGINT CHECK (percent_ppm BETWEEN 0 AND 1000000),
                    value_minor BIGINT CHECK (value_minor >= 0),
                    sku TEXT NOT NULL DEFAULT '',
                    code TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 60),
                    reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
                    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
                    PRIMARY KEY (order_number, position),
                    CHECK ((kind = 'percent' AND percent_ppm IS NOT NULL AND value_minor IS NULL)
                           OR (kind = 'amount' AND value_minor IS NOT NULL AND percent_ppm IS NULL)),
                    CHECK (code <> '' OR reason <> ''));
-- migrate:down
DROP TABLE order_discounts;

ALTER TABLE orders DROP COLUMN prices_include_tax;

ALTER TABLE orders DROP COLUMN tax_minor;

ALTER TABLE orders DROP COLUMN shipping_method;

ALTER TABLE orders DROP COLUMN shipping_minor;

ALTER TABLE orders DROP COLUMN discount_minor;

ALTER TABLE order_lines DROP COLUMN tax_name;

ALTER TABLE order_lines DROP COLUMN tax_rate_ppm;

ALTER TABLE order_lines DROP COLUMN tax_minor;

ALTER TABLE order_lines DROP COLUMN discount_minor;

DROP TABLE shop_pricing;

DROP TABLE tax_rates;

ALTER TABLE products DROP COLUMN tax_class;
