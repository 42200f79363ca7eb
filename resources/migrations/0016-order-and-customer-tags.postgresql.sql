-- Shipshape schema migration 16, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 16, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Tags on orders and customers: free text as typed (1-40 characters, trimmed, no control characters), many
-- per order or customer, unique per order or customer ignoring case. Core computes tag_key, the case-folded
-- tag (QString::toCaseFolded), and matches on it; the schema holds what it can check on both engines: the
-- text's shape, and for an all-ASCII tag that the key is its lower case. (tag_key, owner) indexes answer
-- "orders tagged T" from the index alone.
--
-- Who may tag: support and admin (the people who take and look after orders), as with notes; every role
-- reads. A tag is added or removed, never rewritten (no UPDATE grant). As the authority (migration 13): a
-- tag row names its writer, and adding or removing an order's tag is a change of the order, so the check at
-- commit requires the order's timeline row from the same transaction (core writes "tagged: …").
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
                        AND tag !~ '[\x01-\x1f\x7f-\x9f]'),
                    CONSTRAINT order_tags_key CHECK (length(tag_key) BETWEEN 1 AND 80
                        AND (tag_key = lower(tag) OR tag ~ '[^ -~]')));

CREATE INDEX order_tags_by_key ON order_tags (tag_key, order_number);

CREATE TABLE customer_tags (
                    customer_id BIGINT NOT NULL REFERENCES customers (id),
                    tag TEXT NOT NULL,
                    tag_key TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    PRIMARY KEY (customer_id, tag_key),
                    CONSTRAINT customer_tags_tag CHECK (length(tag) BETWEEN 1 AND 40 AND tag = trim(tag)
                        AND tag !~ '[\x01-\x1f\x7f-\x9f]'),
                    CONSTRAINT customer_tags_key CHECK (length(tag_key) BETWEEN 1 AND 80
                        AND (tag_key = lower(tag) OR tag ~ '[^ -~]')));

CREATE INDEX customer_tags_by_key ON customer_tags (tag_key, customer_id);

GRANT SELECT ON order_tags, customer_tags TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT INSERT, DELETE ON order_tags, customer_tags TO shipshape_support, shipshape_admin;

CREATE TRIGGER order_tags_writer BEFORE INSERT OR UPDATE ON order_tags FOR EACH ROW EXECUTE FUNCTION shipshape_guard_writer('actor');

CREATE TRIGGER customer_tags_writer BEFORE INSERT OR UPDATE ON customer_tags FOR EACH ROW EXECUTE FUNCTION shipshape_guard_writer('actor');

CREATE CONSTRAINT TRIGGER order_tags_checked AFTER INSERT OR UPDATE OR DELETE ON order_tags DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION shipshape_check_at_commit('order', 'changes', 'order_number');

-- migrate:down
DROP TRIGGER order_tags_checked ON order_tags;

DROP TRIGGER customer_tags_writer ON customer_tags;

DROP TRIGGER order_tags_writer ON order_tags;

DROP TABLE customer_tags;

DROP TABLE order_tags;
