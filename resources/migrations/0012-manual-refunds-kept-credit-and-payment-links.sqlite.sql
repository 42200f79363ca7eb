-- Shipshape schema migration 12, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 12, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- Refunds made outside Shipshape (method, reference; no provider attempt), credit kept for the customer,
-- the refund owed in the payment state, and Stripe Checkout payment links (docs/payments.md).
-- name: manual refunds, kept credit and payment links
-- migrate:up
CREATE TABLE refunds_v10 (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    attempt_id BIGINT UNIQUE REFERENCES payment_attempts (id),
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    reason TEXT NOT NULL DEFAULT '',
                    provider_id TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    method TEXT NOT NULL DEFAULT 'card'
                        CHECK (method IN ('card', 'bank_transfer', 'cash', 'other')),
                    reference TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 200),
                    CONSTRAINT refunds_card_iff_attempt CHECK ((method = 'card') = (attempt_id IS NOT NULL)));

INSERT INTO refunds_v10 (id, order_number, attempt_id, amount_minor, currency, reason, provider_id, actor, at, method, reference) SELECT id, order_number, attempt_id, amount_minor, currency, reason, provider_id, actor, at, 'card', '' FROM refunds;

DROP TABLE refunds;

ALTER TABLE refunds_v10 RENAME TO refunds;

CREATE INDEX refunds_order ON refunds (order_number);

ALTER TABLE orders ADD COLUMN credit_minor BIGINT NOT NULL DEFAULT 0 CHECK (credit_minor >= 0 AND refunded_minor + credit_minor <= paid_minor);

DROP INDEX orders_payment_state;

CREATE INDEX orders_payment_state ON orders ((CASE WHEN paid_minor - refunded_minor - credit_minor > (CASE WHEN status = 'cancelled' THEN 0 ELSE total_minor END) THEN 4 WHEN refunded_minor > 0 THEN 3 WHEN credit_minor > 0 THEN 5 WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor THEN 1 ELSE 2 END), number);

CREATE TABLE payment_links (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    idempotency_key TEXT NOT NULL UNIQUE,
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    status TEXT NOT NULL CHECK (status IN ('creating', 'open', 'paid', 'expired', 'failed')),
                    session_id TEXT UNIQUE,
                    url TEXT,
                    payment_intent TEXT,
                    recipient_email TEXT NOT NULL CHECK (length(recipient_email) BETWEEN 3 AND 254),
                    expires_at BIGINT NOT NULL,
                    message TEXT NOT NULL DEFAULT '',
                    created_at BIGINT NOT NULL CHECK (expires_at > created_at),
                    finished_at BIGINT,
                    actor TEXT NOT NULL,
                    CHECK (status IN ('creating', 'failed') OR session_id IS NOT NULL),
                    CHECK (status <> 'open' OR url IS NOT NULL),
                    CHECK ((status = 'paid') = (payment_intent IS NOT NULL)),
                    CHECK ((status IN ('creating', 'open')) = (finished_at IS NULL)));

CREATE INDEX payment_links_order ON payment_links (order_number, id);

CREATE UNIQUE INDEX payment_links_one_live ON payment_links (order_number) WHERE status IN ('creating', 'open');

CREATE INDEX payment_links_live ON payment_links (status, id) WHERE status IN ('creating', 'open');

ALTER TABLE drafts ADD COLUMN payment_link BIGINT NOT NULL DEFAULT 0 CHECK (payment_link IN (0, 1) AND (payment_link = 0 OR payment_method = 'card'));

CREATE TABLE notification_outbox_v10 (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
                    event TEXT NOT NULL
                        CHECK (event IN ('placed', 'confirmed', 'shipped', 'delivered', 'cancelled', 'refunded', 'payment_link')),
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

INSERT INTO notification_outbox_v10 (id, order_number, event, recipient_email, recipient_name, subject, body_text, body_html, status, attempts, round_attempts, next_attempt_at, claimed_by, claimed_until, last_error, provider_message_id, created_at, updated_at, sent_at) SELECT id, order_number, event, recipient_email, recipient_name, subject, body_text, body_html, status, attempts, round_attempts, next_attempt_at, claimed_by, claimed_until, last_error, provider_message_id, created_at, updated_at, sent_at FROM notification_outbox;

DROP TABLE notification_outbox;

ALTER TABLE notification_outbox_v10 RENAME TO notification_outbox;

CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);

CREATE INDEX notification_outbox_order ON notification_outbox (order_number, id);

CREATE INDEX notification_outbox_status_id ON notification_outbox (status, id);

CREATE TRIGGER notification_outbox_stats_insert AFTER INSERT ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_update AFTER UPDATE ON notification_outbox WHEN OLD.status <> NEW.status OR OLD.created_at <> NEW.created_at BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_delete AFTER DELETE ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

-- migrate:down
CREATE TABLE notification_outbox_v3 (
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

INSERT INTO notification_outbox_v3 (id, order_number, event, recipient_email, recipient_name, subject, body_text, body_html, status, attempts, round_attempts, next_attempt_at, claimed_by, claimed_until, last_error, provider_message_id, created_at, updated_at, sent_at) SELECT id, order_number, event, recipient_email, recipient_name, subject, body_text, body_html, status, attempts, round_attempts, next_attempt_at, claimed_by, claimed_until, last_error, provider_message_id, created_at, updated_at, sent_at FROM notification_outbox WHERE event <> 'payment_link';

DROP TABLE notification_outbox;

ALTER TABLE notification_outbox_v3 RENAME TO notification_outbox;

CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);

CREATE INDEX notification_outbox_order ON notification_outbox (order_number, id);

CREATE INDEX notification_outbox_status_id ON notification_outbox (status, id);

CREATE TRIGGER notification_outbox_stats_insert AFTER INSERT ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_update AFTER UPDATE ON notification_outbox WHEN OLD.status <> NEW.status OR OLD.created_at <> NEW.created_at BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_delete AFTER DELETE ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

ALTER TABLE drafts DROP COLUMN payment_link;

DROP TABLE payment_links;

DROP INDEX orders_payment_state;

CREATE INDEX orders_payment_state ON orders ((CASE WHEN refunded_minor > 0 THEN 3 WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor THEN 1 ELSE 2 END), number);

ALTER TABLE orders DROP COLUMN credit_minor;

DELETE FROM refunds WHERE attempt_id IS NULL;

CREATE TABLE refunds_v4 (
                    id INTEGER PRIMARY KEY,
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    attempt_id BIGINT NOT NULL UNIQUE REFERENCES payment_attempts (id),
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    reason TEXT NOT NULL DEFAULT '',
                    provider_id TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL);

INSERT INTO refunds_v4 (id, order_number, attempt_id, amount_minor, currency, reason, provider_id, actor, at) SELECT id, order_number, attempt_id, amount_minor, currency, reason, provider_id, actor, at FROM refunds;

DROP TABLE refunds;

ALTER TABLE refunds_v4 RENAME TO refunds;

CREATE INDEX refunds_order ON refunds (order_number);

