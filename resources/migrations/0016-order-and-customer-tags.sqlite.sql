-- Shipshape schema migration 16, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 16, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Tags on orders and customers: free text as typed (1-40 characters, trimmed, no control characters), many
-- per order or customer, unique per order or customer ignoring case. Core computes tag_key, the case-folded
-- tag (QString::toCaseFolded), and matches on it; the schema holds what it can check on both engines: the
-- text's shape, and for an all-ASCII tag that the key is its lower case. (tag_key, owner) indexes answer
-- "orders tagged T" from the index alone.
-- name: order and customer tags
-- migrate:up
CREATE TABLE order_tags (
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    tag TEXT NOT NULL,
                    tag_key TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    PRIMARY KEY (order_number, tag_key),
                    CONSTRAINT order_tags_tag CHECK (length(tag) BETWEEN 1 AND 40 AND tag = trim(tag)
                        AND tag NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
                    CONSTRAINT order_tags_key CHECK (length(tag_key) BETWEEN 1 AND 80
                        AND (tag_key = lower(tag) OR tag GLOB '*[^ -~]*'))) WITHOUT ROWID;

CREATE INDEX order_tags_by_key ON order_tags (tag_key, order_number);

CREATE TABLE customer_tags (
                    customer_id BIGINT NOT NULL REFERENCES customers (id),
                    tag TEXT NOT NULL,
                    tag_key TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    PRIMARY KEY (customer_id, tag_key),
                    CONSTRAINT customer_tags_tag CHECK (length(tag) BETWEEN 1 AND 40 AND tag = trim(tag)
                        AND tag NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')),
                    CONSTRAINT customer_tags_key CHECK (length(tag_key) BETWEEN 1 AND 80
                        AND (tag_key = lower(tag) OR tag GLOB '*[^ -~]*'))) WITHOUT ROWID;

CREATE INDEX customer_tags_by_key ON customer_tags (tag_key, customer_id);

-- migrate:down
DROP TABLE customer_tags;

DROP TABLE order_tags;
