-- Shipshape schema migration 3, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 3, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
-- name: notification outbox
-- migrate:up
CREATE TABLE notification_outbox (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
                    event TEXT NOT NULL
                        CHECK (event IN ('placed', 'confirmed', 'shipped', 'delivered', 'cancelled', 'refunded')),
                    recipient_email TEXT NOT NULL CHECK (length(recipient_email) BETWEEN 3 AND 254),
                    recipient_name TEXT NOT NULL DEFAULT '',
                    subject TEXT NOT NULL,
                    body_text TEXT NOT NULL,
                    body_html TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sending', 'retry', 'sent', 'failed')),
                    attempts BIGINT NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                    round_attempts BIGINT NOT NULL DEFAULT 0 CHECK (round_attempts BETWEEN 0 AND attempts),
                    next_attempt_at BIGINT NOT NULL,
                    claimed_by TEXT,
                    claimed_until BIGINT,
                    last_error TEXT NOT NULL DEFAULT '',
                    provider_message_id TEXT,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    sent_at BIGINT,
                    CHECK ((status = 'sending') = (claimed_until IS NOT NULL)),
                    CHECK ((status = 'sent') = (sent_at IS NOT NULL)));

CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);

CREATE INDEX notification_outbox_order ON notification_outbox (order_number, id);

-- migrate:down
DROP TABLE notification_outbox;

