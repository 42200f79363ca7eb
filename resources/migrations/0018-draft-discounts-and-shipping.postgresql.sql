-- Shipshape schema migration 18, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 18, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Discounts and a shipping fee on draft orders (the desktop order editor, docs/pricing.md). Like the rest of a
-- draft they are kept as typed, so that nothing typed is lost: a value that is not yet a number, a discount
-- without its code or reason yet. Core's quote names what is wrong and placing refuses it; the order's own
-- tables (migration 14) hold the rules of a placed order. What the schema holds here: the kind, the lengths
-- core allows, a line discount naming a product (NULL: the whole order), one row per position, and the
-- rows go with their draft.
--
-- Who may write them: as with the draft's lines (migration 7), support and admin, the logins that take
-- orders; every role reads. The shipping columns are the drafts row's, whose writer guard (migration 13)
-- already requires updated_by to name the login that writes it.
-- name: draft discounts and shipping
-- migrate:up
ALTER TABLE drafts ADD COLUMN shipping_method TEXT NOT NULL DEFAULT '' CHECK (length(shipping_method) <= 100);

ALTER TABLE drafts ADD COLUMN shipping_amount TEXT NOT NULL DEFAULT '' CHECK (length(shipping_amount) <= 30);

CREATE TABLE draft_discounts (
                    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
                    position BIGINT NOT NULL CHECK (position >= 1),
                    kind TEXT NOT NULL CHECK (kind IN ('percent', 'amount')),
                    value TEXT NOT NULL DEFAULT '' CHECK (length(value) <= 30),
                    sku TEXT REFERENCES products (sku),
                    code TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 60),
                    reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
                    PRIMARY KEY (draft_id, position));

GRANT SELECT ON draft_discounts TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT INSERT, UPDATE, DELETE ON draft_discounts TO shipshape_support, shipshape_admin;
-- migrate:down
DROP TABLE draft_discounts;

ALTER TABLE drafts DROP COLUMN shipping_amount;

ALTER TABLE drafts DROP COLUMN shipping_method;
