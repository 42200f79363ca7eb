-- Shipshape schema migration 24, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 24, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Exchanges on returns (docs/fulfillment.md, "Exchanges"): a return that is requested or received (not
-- rejected, not refunded) can be exchanged once for a replacement order placed in the same transaction.
-- returns.replacement_order links the return to it (UNIQUE: an order replaces at most one return, and the
-- order knows it is a replacement through this join); exchange_value_minor is what the returned units really
-- cost (the same running share as a return's refund), exchange_credit_minor the part of it that pays for the
-- replacement (at most the replacement's total); the rest lowers what the customer owes on the original order,
-- like a return's refund. exchanged_at/exchanged_by say when and by whom. CHECKs tie the columns together and
-- keep an exchanged return from being rejected or refunded. The outbox's event CHECK gains `return_exchanged`
-- (rebuilt with its indexes and dashboard triggers as migration 21 left them).
-- name: exchanges on returns
-- migrate:up
ALTER TABLE returns ADD COLUMN replacement_order BIGINT REFERENCES orders (number)
                    CHECK (replacement_order IS NULL OR (replacement_order <> order_number AND state IN ('requested', 'received')));

ALTER TABLE returns ADD COLUMN exchange_value_minor BIGINT
                    CHECK ((exchange_value_minor IS NULL) = (replacement_order IS NULL) AND COALESCE(exchange_value_minor, 0) >= 0);

ALTER TABLE returns ADD COLUMN exchange_credit_minor BIGINT
                    CHECK ((exchange_credit_minor IS NULL) = (replacement_order IS NULL)
                           AND COALESCE(exchange_credit_minor, 0) BETWEEN 0 AND COALESCE(exchange_value_minor, 0));

ALTER TABLE returns ADD COLUMN exchanged_at BIGINT
                    CHECK ((exchanged_at IS NULL) = (replacement_order IS NULL) AND COALESCE(exchanged_at, opened_at) >= opened_at);

ALTER TABLE returns ADD COLUMN exchanged_by TEXT CHECK ((exchanged_by IS NULL) = (replacement_order IS NULL));

CREATE UNIQUE INDEX returns_replacement_order ON returns (replacement_order) WHERE replacement_order IS NOT NULL;

CREATE TABLE notification_outbox_v24 (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
                    event TEXT NOT NULL
                        CHECK (event IN ('placed', 'confirmed', 'shipped', 'delivered', 'cancelled', 'refunded', 'payment_link', 'return_opened', 'return_received', 'return_exchanged')),
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

INSERT INTO notification_outbox_v24 (id, order_number, event, recipient_email, recipient_name, subject, body_text, body_html, status, attempts, round_attempts, next_attempt_at, claimed_by, claimed_until, last_error, provider_message_id, created_at, updated_at, sent_at) SELECT id, order_number, event, recipient_email, recipient_name, subject, body_text, body_html, status, attempts, round_attempts, next_attempt_at, claimed_by, claimed_until, last_error, provider_message_id, created_at, updated_at, sent_at FROM notification_outbox;

DROP TABLE notification_outbox;

ALTER TABLE notification_outbox_v24 RENAME TO notification_outbox;

CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);

CREATE INDEX notification_outbox_order ON notification_outbox (order_number, id);

CREATE INDEX notification_outbox_status_id ON notification_outbox (status, id);

CREATE TRIGGER notification_outbox_stats_insert AFTER INSERT ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_update AFTER UPDATE ON notification_outbox WHEN OLD.status <> NEW.status OR OLD.created_at <> NEW.created_at BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_delete AFTER DELETE ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;
-- migrate:down
CREATE TABLE notification_outbox_v21b (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
                    event TEXT NOT NULL
                        CHECK (event IN ('placed', 'confirmed', 'shipped', 'delivered', 'cancelled', 'refunded', 'payment_link', 'return_opened', 'return_received')),
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

INSERT INTO notification_outbox_v21b (id, order_number, event, recipient_email, recipient_name, subject, body_text, body_html, status, attempts, round_attempts, next_attempt_at, claimed_by, claimed_until, last_error, provider_message_id, created_at, updated_at, sent_at) SELECT id, order_number, event, recipient_email, recipient_name, subject, body_text, body_html, status, attempts, round_attempts, next_attempt_at, claimed_by, claimed_until, last_error, provider_message_id, created_at, updated_at, sent_at FROM notification_outbox WHERE event <> 'return_exchanged';

DROP TABLE notification_outbox;

ALTER TABLE notification_outbox_v21b RENAME TO notification_outbox;

CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);

CREATE INDEX notification_outbox_order ON notification_outbox (order_number, id);

CREATE INDEX notification_outbox_status_id ON notification_outbox (status, id);

CREATE TRIGGER notification_outbox_stats_insert AFTER INSERT ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_update AFTER UPDATE ON notification_outbox WHEN OLD.status <> NEW.status OR OLD.created_at <> NEW.created_at BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_delete AFTER DELETE ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;


DROP INDEX returns_replacement_order;

UPDATE returns SET replacement_order = NULL, exchange_value_minor = NULL, exchange_credit_minor = NULL, exchanged_at = NULL, exchanged_by = NULL;

ALTER TABLE returns DROP COLUMN exchanged_by;

ALTER TABLE returns DROP COLUMN exchanged_at;

ALTER TABLE returns DROP COLUMN exchange_credit_minor;

ALTER TABLE returns DROP COLUMN exchange_value_minor;

ALTER TABLE returns DROP COLUMN replacement_order;
