-- Shipshape schema migration 28, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 28, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- SendGrid's signed Event Webhook (POST /v1/webhooks/sendgrid, docs/api.md): what became of a sent email
-- after SendGrid took it. notification_outbox gains its delivery state (delivered, bounced, dropped,
-- spam_report), the reason SendGrid gave ("550 5.2.2 mailbox full") and when it happened (SendGrid's event
-- time, UTC milliseconds); only a sent email has one, and a state always comes with its time. Emails are
-- found by the message id SendGrid answered the send with (provider_message_id, now indexed).
-- sendgrid_webhook_events holds the ids (sg_event_id) of the events already processed, so that an event
-- SendGrid delivers again (it retries anything but a 2xx for 24 hours) is acknowledged and changes nothing;
-- the row is written in the transaction that applies the event. notification_id names the email it was
-- about (NULL: an email this shop does not know, or an event type it does not handle).
-- name: email delivery states and sendgrid webhook events
-- migrate:up
ALTER TABLE notification_outbox ADD COLUMN delivery_state TEXT
                    CHECK (delivery_state IS NULL OR (delivery_state IN ('delivered', 'bounced', 'dropped', 'spam_report') AND status = 'sent'));

ALTER TABLE notification_outbox ADD COLUMN delivery_reason TEXT NOT NULL DEFAULT '' CHECK (length(delivery_reason) <= 1000);

ALTER TABLE notification_outbox ADD COLUMN delivery_at BIGINT CHECK ((delivery_at IS NULL) = (delivery_state IS NULL));

CREATE INDEX notification_outbox_provider_message ON notification_outbox (provider_message_id) WHERE provider_message_id IS NOT NULL;

CREATE INDEX notification_outbox_delivery ON notification_outbox (delivery_state, id) WHERE delivery_state IS NOT NULL;

CREATE TABLE sendgrid_webhook_events (
                    event_id TEXT PRIMARY KEY CHECK (length(event_id) BETWEEN 1 AND 255),
                    event TEXT NOT NULL CHECK (length(event) BETWEEN 1 AND 100),
                    received_at BIGINT NOT NULL,
                    notification_id BIGINT REFERENCES notification_outbox (id));

CREATE INDEX sendgrid_webhook_events_received ON sendgrid_webhook_events (received_at);
-- migrate:down
DROP TABLE sendgrid_webhook_events;

DROP INDEX notification_outbox_delivery;

DROP INDEX notification_outbox_provider_message;

ALTER TABLE notification_outbox DROP COLUMN delivery_at;

ALTER TABLE notification_outbox DROP COLUMN delivery_reason;

ALTER TABLE notification_outbox DROP COLUMN delivery_state;
