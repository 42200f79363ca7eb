-- Shipshape schema migration 27, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 27, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- SMS status messages (docs/notifications.md, "SMS"). customers.phone is the customer's mobile number in
-- E.164 (+ and 6 to 15 digits, the first not 0; libphonenumber checks the number itself before it is stored);
-- customers.sms_opted_out_at is when the customer said STOP (Twilio's error 21610), NULL while they have not.
-- The outbox carries SMS rows beside emails: channel says which, recipient_phone is the number an SMS goes to
-- (and only an SMS has one), an SMS is only ever a status message (placed … refunded). recipient_email keeps the
-- customer's email on SMS rows too, so every row still names its customer the same way. The dashboard's email
-- figures count emails only: the triggers that keep daily_email_stats are made again with channel = 'email'.
-- name: sms notifications and customer phones
-- migrate:up
ALTER TABLE customers ADD COLUMN phone TEXT CHECK (phone IS NULL OR (length(phone) BETWEEN 7 AND 16 AND phone GLOB '+[1-9]*' AND NOT substr(phone, 2) GLOB '*[^0-9]*'));

ALTER TABLE customers ADD COLUMN sms_opted_out_at BIGINT;

ALTER TABLE notification_outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms'));

ALTER TABLE notification_outbox ADD COLUMN recipient_phone TEXT CHECK ((channel = 'sms') = (recipient_phone IS NOT NULL)
                    AND (recipient_phone IS NULL OR (length(recipient_phone) BETWEEN 7 AND 16 AND recipient_phone GLOB '+[1-9]*'
                                                     AND NOT substr(recipient_phone, 2) GLOB '*[^0-9]*'))
                    AND (channel = 'email' OR event IN ('placed', 'confirmed', 'shipped', 'delivered', 'cancelled', 'refunded')));

DROP TRIGGER notification_outbox_stats_insert;

DROP TRIGGER notification_outbox_stats_update;

DROP TRIGGER notification_outbox_stats_delete;

CREATE TRIGGER notification_outbox_stats_insert AFTER INSERT ON notification_outbox WHEN NEW.channel = 'email' BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_update AFTER UPDATE ON notification_outbox WHEN (OLD.status <> NEW.status OR OLD.created_at <> NEW.created_at) AND NEW.channel = 'email' BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_delete AFTER DELETE ON notification_outbox WHEN OLD.channel = 'email' BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

-- migrate:down
DROP TRIGGER notification_outbox_stats_insert;

DROP TRIGGER notification_outbox_stats_update;

DROP TRIGGER notification_outbox_stats_delete;

DELETE FROM notification_outbox WHERE channel = 'sms';

ALTER TABLE notification_outbox DROP COLUMN recipient_phone;

ALTER TABLE notification_outbox DROP COLUMN channel;

CREATE TRIGGER notification_outbox_stats_insert AFTER INSERT ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_update AFTER UPDATE ON notification_outbox WHEN OLD.status <> NEW.status OR OLD.created_at <> NEW.created_at BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_delete AFTER DELETE ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

ALTER TABLE customers DROP COLUMN sms_opted_out_at;

ALTER TABLE customers DROP COLUMN phone;
