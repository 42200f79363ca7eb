-- Shipshape schema migration 28, PostgreSQL. Frozen: this is the text databases received when they were migrated
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
--
-- As the authority: the server answers SendGrid under a support (or admin) login, which already may update
-- the outbox (migration 5). A staff login that changes an email's delivery state, reason or time must, in
-- the same transaction, write the order's timeline row that says so (EmailDelivered, EmailBounced,
-- EmailDropped, EmailSpamReport naming the email, the state and the reason), checked at commit; so support sees on the
-- order what the outbox says. sendgrid_webhook_events: support and admin insert, every role reads, nobody
-- but the owner updates or deletes a row (a processed event that could be forgotten could be applied twice).
-- name: email delivery states and sendgrid webhook events
-- migrate:up
ALTER TABLE notification_outbox ADD COLUMN delivery_state TEXT;

ALTER TABLE notification_outbox ADD COLUMN delivery_reason TEXT NOT NULL DEFAULT '';

ALTER TABLE notification_outbox ADD COLUMN delivery_at BIGINT;

ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_delivery_state_check
                    CHECK (delivery_state IS NULL OR (delivery_state IN ('delivered', 'bounced', 'dropped', 'spam_report') AND status = 'sent'));

ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_delivery_reason_check CHECK (length(delivery_reason) <= 1000);

ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_delivery_at_check CHECK ((delivery_at IS NULL) = (delivery_state IS NULL));

CREATE INDEX notification_outbox_provider_message ON notification_outbox (provider_message_id) WHERE provider_message_id IS NOT NULL;

CREATE INDEX notification_outbox_delivery ON notification_outbox (delivery_state, id) WHERE delivery_state IS NOT NULL;

CREATE TABLE sendgrid_webhook_events (
                    event_id TEXT PRIMARY KEY CHECK (length(event_id) BETWEEN 1 AND 255),
                    event TEXT NOT NULL CHECK (length(event) BETWEEN 1 AND 100),
                    received_at BIGINT NOT NULL,
                    notification_id BIGINT REFERENCES notification_outbox (id));

CREATE INDEX sendgrid_webhook_events_received ON sendgrid_webhook_events (received_at);

GRANT SELECT ON sendgrid_webhook_events TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT INSERT ON sendgrid_webhook_events TO shipshape_support, shipshape_admin;

CREATE FUNCTION shipshape_check_email_delivery() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF shipshape_is_owner(session_user) THEN
                        RETURN NULL;
                    END IF;
                    IF (NEW.delivery_state, NEW.delivery_reason, NEW.delivery_at) IS NOT DISTINCT FROM (OLD.delivery_state, OLD.delivery_reason, OLD.delivery_at) THEN
                        RETURN NULL;
                    END IF;
                    IF NEW.delivery_state IS NULL OR NOT EXISTS (
                           SELECT FROM order_events e
                           WHERE e.order_number = NEW.order_number AND e.transaction_id = txid_current()
                             AND e.event = CASE NEW.delivery_state WHEN 'delivered' THEN 'EmailDelivered' WHEN 'bounced' THEN 'EmailBounced'
                                                                   WHEN 'dropped' THEN 'EmailDropped' WHEN 'spam_report' THEN 'EmailSpamReport' END
                             AND e.details::jsonb ->> 'notificationId' = NEW.id::TEXT
                             AND e.details::jsonb ->> 'state' = NEW.delivery_state
                             AND e.details::jsonb ->> 'reason' = NEW.delivery_reason) THEN
                        RAISE EXCEPTION 'refused by the server: email % of order % changed its delivery state without its timeline row', NEW.id, NEW.order_number
                            USING ERRCODE = '23514';
                    END IF;
                    RETURN NULL;
                END $$;

CREATE CONSTRAINT TRIGGER notification_outbox_delivery_checked AFTER UPDATE ON notification_outbox DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION shipshape_check_email_delivery();
-- migrate:down
DROP TRIGGER notification_outbox_delivery_checked ON notification_outbox;

DROP FUNCTION shipshape_check_email_delivery();

DROP TABLE sendgrid_webhook_events;

DROP INDEX notification_outbox_delivery;

DROP INDEX notification_outbox_provider_message;

ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_delivery_at_check;

ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_delivery_reason_check;

ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_delivery_state_check;

ALTER TABLE notification_outbox DROP COLUMN delivery_at;

ALTER TABLE notification_outbox DROP COLUMN delivery_reason;

ALTER TABLE notification_outbox DROP COLUMN delivery_state;
