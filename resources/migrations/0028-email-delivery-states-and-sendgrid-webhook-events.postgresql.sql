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
-- order what the outbox says; nor may it write a new email with a report already on it (found by
-- RoleAttackTest's every-column sweep). sendgrid_webhook_events: support and admin insert, every role reads, nobody
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
                    -- A new email has not been sent, so nothing can have been reported about it yet.
                    IF TG_OP = 'INSERT' THEN
                        IF NEW.delivery_state IS NOT NULL OR NEW.delivery_reason <> '' OR NEW.delivery_at IS NOT NULL THEN
                            RAISE EXCEPTION 'refused by the server: email % of order % is written with a delivery report before it was sent', NEW.id, NEW.order_number
                                USING ERRCODE = '23514';
                        END IF;
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

CREATE CONSTRAINT TRIGGER notification_outbox_delivery_checked AFTER INSERT OR UPDATE ON notification_outbox DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION shipshape_check_email_delivery();
-- What SendGrid reports about an email (EmailDelivered, EmailBounced, EmailDropped, EmailSpamReport) is, like
-- EmailSent, a row on the order's timeline that does not change the order: the commit-time check does not count
-- it among the order's changes (it arrives after the order's last change, so counting it would refuse it).
-- Which timeline rows change the order, in one place: a message's fate does not. A later migration that adds
-- such an event replaces only this function.
CREATE FUNCTION shipshape_event_changes_order(event TEXT) RETURNS BOOLEAN
                LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
                    SELECT event NOT IN ('EmailSent', 'EmailFailed', 'SMSSent', 'SMSFailed', 'EmailDelivered',
                                         'EmailBounced', 'EmailDropped', 'EmailSpamReport')
                $$;

CREATE OR REPLACE FUNCTION shipshape_order_violation(order_no BIGINT, changed BOOLEAN) RETURNS TEXT
                LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                DECLARE
                    o orders%ROWTYPE;
                    e RECORD;
                    previous TEXT;
                    seen BIGINT := 0;
                    changes BIGINT;
                    last_change_at BIGINT;
                    lines BIGINT;
                    lines_total BIGINT;
                    line_discounts BIGINT;
                    line_tax BIGINT;
                    amount BIGINT;
                    other BIGINT;
                BEGIN
                    SELECT * INTO o FROM orders WHERE number = order_no;
                    IF NOT FOUND THEN
                        RETURN NULL;
                    END IF;
                    -- The header agrees with the lines (docs/pricing.md): total = Σ line net + shipping + tax when prices
                    -- exclude tax; the order's discount and tax are its lines', and its discount rows add up to them;
                    -- each line's tax is the rate copied onto it applied to its net, rounded half away from zero.
                    SELECT COUNT(*), COALESCE(SUM(line_total_minor - discount_minor), 0), COALESCE(SUM(discount_minor), 0), COALESCE(SUM(tax_minor), 0)
                    INTO lines, lines_total, line_discounts, line_tax FROM order_lines WHERE order_number = order_no;
                    IF lines < 1 OR o.line_count <> lines OR o.discount_minor <> line_discounts OR o.tax_minor <> line_tax
                       OR o.total_minor <> lines_total + o.shipping_minor + (CASE WHEN o.prices_include_tax = 1 THEN 0 ELSE line_tax END) THEN
                        RETURN format('order %s has line_count %s, total %s, discount %s, shipping %s and tax %s, but %s lines come to %s net, with discounts of %s and tax of %s',
                                      order_no, o.line_count, o.total_minor, o.discount_minor, o.shipping_minor, o.tax_minor, lines, lines_total, line_discounts, line_tax);
                    END IF;
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM order_discounts WHERE order_number = order_no;
                    IF amount <> o.discount_minor THEN
                        RETURN format('order %s has discounts of %s, but its discount rows add up to %s', order_no, o.discount_minor, amount);
                    END IF;
                    IF EXISTS (SELECT FROM order_lines l WHERE l.order_number = order_no
                               AND l.tax_minor <> (CASE WHEN o.prices_include_tax = 1
                                   THEN (l.line_total_minor - l.discount_minor)
                                        - div((l.line_total_minor - l.discount_minor)::NUMERIC * 2000000 + (1000000 + l.tax_rate_ppm), 2 * (1000000 + l.tax_rate_ppm::NUMERIC))
                                   ELSE div((l.line_total_minor - l.discount_minor)::NUMERIC * l.tax_rate_ppm * 2 + 1000000, 2000000) END)) THEN
                        RETURN format('order %s has a line whose tax is not its rate applied to its net', order_no);
                    END IF;
                    -- The timeline: placed first, then only along the lifecycle, ending at the status.
                    FOR e IN SELECT id, event, from_status, to_status, at FROM order_events
                             WHERE order_number = order_no AND (to_status IS NOT NULL OR event = 'OrderPlaced') ORDER BY id LOOP
                        seen := seen + 1;
                        IF seen = 1 AND (e.event <> 'OrderPlaced' OR e.from_status IS NOT NULL OR e.to_status IS DISTINCT FROM 'pending' OR e.at <> o.placed_at) THEN
                            RETURN format('order %s does not begin with its placement at %s', order_no, o.placed_at);
                        END IF;
                        IF seen > 1 AND e.event = 'OrderPlaced' THEN
                            RETURN format('order %s is placed twice on its timeline', order_no);
                        END IF;
                        IF seen > 1 AND (e.from_status IS DISTINCT FROM previous
                                         OR (e.from_status <> e.to_status
                                             AND (e.from_status, e.to_status) NOT IN (('pending', 'confirmed'), ('pending', 'cancelled'), ('confirmed', 'shipped'),
                                                                                      ('confirmed', 'cancelled'), ('shipped', 'delivered')))) THEN
                            RETURN format('order %s: timeline row %s moves from %s to %s after %s', order_no, e.id, e.from_status, e.to_status, previous);
                        END IF;
                        previous := e.to_status;
                    END LOOP;
                    IF seen = 0 THEN
                        RETURN format('order %s has no placement on its timeline', order_no);
                    END IF;
                    IF previous IS DISTINCT FROM o.status THEN
                        RETURN format('order %s is %s, but its timeline ends at %s', order_no, o.status, previous);
                    END IF;
                    -- Every change leaves a timeline row, in the same transaction.
                    SELECT COUNT(*), MAX(at) INTO changes, last_change_at FROM order_events
                    WHERE order_number = order_no AND shipshape_event_changes_order(event);
                    IF o.version < 1 OR o.version > changes OR o.updated_at < o.placed_at OR o.updated_at < last_change_at THEN
                        RETURN format('order %s at version %s (updated %s) has %s change rows on its timeline', order_no, o.version, o.updated_at, changes);
                    END IF;
                    IF changed AND NOT EXISTS (SELECT FROM order_events WHERE order_number = order_no AND transaction_id = txid_current()) THEN
                        RETURN format('order %s changed without a row on its timeline', order_no);
                    END IF;
                    -- Money moves only with its rows.
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM payments WHERE order_number = order_no;
                    IF o.paid_minor <> amount THEN
                        RETURN format('order %s has paid %s, but its payments add up to %s', order_no, o.paid_minor, amount);
                    END IF;
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM refunds WHERE order_number = order_no;
                    IF o.refunded_minor <> amount THEN
                        RETURN format('order %s has refunded %s, but its refunds add up to %s', order_no, o.refunded_minor, amount);
                    END IF;
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM payments WHERE order_number = order_no AND method = 'card';
                    SELECT COALESCE(SUM(amount_minor), 0) INTO other FROM payment_attempts
                    WHERE order_number = order_no AND kind = 'charge' AND status = 'succeeded';
                    IF amount <> other THEN
                        RETURN format('order %s has card payments of %s, but Stripe charged %s', order_no, amount, other);
                    END IF;
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM refunds WHERE order_number = order_no AND method = 'card';
                    SELECT COALESCE(SUM(amount_minor), 0) INTO other FROM payment_attempts
                    WHERE order_number = order_no AND kind = 'refund' AND status = 'succeeded';
                    IF amount <> other THEN
                        RETURN format('order %s has card refunds of %s, but Stripe refunded %s', order_no, amount, other);
                    END IF;
                    IF EXISTS (SELECT FROM refunds r LEFT JOIN payment_attempts a ON a.id = r.attempt_id
                               WHERE r.order_number = order_no AND r.method = 'card'
                                 AND (a.id IS NULL OR a.kind <> 'refund' OR a.status <> 'succeeded' OR a.order_number <> r.order_number
                                      OR a.amount_minor <> r.amount_minor)) THEN
                        RETURN format('order %s has a card refund that is not its succeeded refund attempt', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM payments WHERE order_number = order_no AND currency <> o.currency)
                       OR EXISTS (SELECT FROM refunds WHERE order_number = order_no AND currency <> o.currency)
                       OR EXISTS (SELECT FROM payment_attempts WHERE order_number = order_no AND currency <> o.currency)
                       OR EXISTS (SELECT FROM payment_links WHERE order_number = order_no AND currency <> o.currency) THEN
                        RETURN format('order %s has money in another currency than %s', order_no, o.currency);
                    END IF;
                    -- An unpaid hold: exactly the pending orders paid by hand or placed for a payment link hold stock until an expiry.
                    IF (o.reservation_expires_at IS NOT NULL)
                       <> (o.status = 'pending' AND (o.payment_method <> 'card'
                                                     OR EXISTS (SELECT FROM payment_links WHERE order_number = order_no AND status IN ('creating', 'open'))
                                                     OR EXISTS (SELECT FROM order_events WHERE order_number = order_no AND event = 'OrderPlaced'
                                                                AND details::JSONB ->> 'paymentLink' = 'true')))
                       OR o.reservation_expires_at < o.placed_at OR o.reservation_expires_at > o.placed_at + 86400000 THEN
                        RETURN format('order %s (%s, %s) has a stock hold until %s', order_no, o.status, o.payment_method,
                                      COALESCE(o.reservation_expires_at::TEXT, 'never'));
                    END IF;
                    -- Its stock: held while open for what is not yet shipped, taken as it ships, by the ledger's rows for it.
                    FOR e IN SELECT COALESCE(l.sku, m.sku) AS sku, COALESCE(l.quantity, 0) AS quantity,
                                    COALESCE(l.shipped_quantity, 0) AS shipped,
                                    COALESCE(m.reserved, 0) AS reserved, COALESCE(m.consumed, 0) AS consumed
                             FROM (SELECT sku, quantity, shipped_quantity FROM order_lines WHERE order_number = order_no) l
                             FULL JOIN (SELECT sku, SUM(reserved_delta) AS reserved, -SUM(CASE WHEN kind = 'returned' THEN 0 ELSE on_hand_delta END) AS consumed
                                        FROM stock_movements WHERE order_number = order_no GROUP BY sku) m ON m.sku = l.sku LOOP
                        IF e.reserved <> (CASE WHEN o.status IN ('pending', 'confirmed') THEN e.quantity - e.shipped ELSE 0 END)
                           OR e.consumed <> e.shipped THEN
                            RETURN format('order %s (%s) has %s of %s with %s shipped, but the stock ledger holds %s and took %s', order_no,
                                          o.status, e.quantity, e.sku, e.shipped, e.reserved, e.consumed);
                        END IF;
                    END LOOP;
                    -- Its shipments (migration 19): each line's shipped quantity is what its parcels hold; only a confirmed
                    -- order ships part of its lines, a shipped or delivered one has shipped every unit, and it is delivered
                    -- exactly when every parcel is.
                    IF EXISTS (SELECT FROM (SELECT sku, shipped_quantity FROM order_lines WHERE order_number = order_no) l
                               FULL JOIN (SELECT sl.sku, SUM(sl.quantity) AS quantity FROM shipment_lines sl
                                          WHERE sl.order_number = order_no GROUP BY sl.sku) s ON s.sku = l.sku
                               WHERE COALESCE(l.shipped_quantity, -1) <> COALESCE(s.quantity, 0)) THEN
                        RETURN format('order %s has shipped quantities that are not what its shipments hold', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM shipments s WHERE s.order_number = order_no
                               AND NOT EXISTS (SELECT FROM shipment_lines sl WHERE sl.shipment_id = s.id)) THEN
                        RETURN format('order %s has a shipment without lines', order_no);
                    END IF;
                    SELECT COUNT(*) INTO amount FROM shipments WHERE order_number = order_no;
                    SELECT COUNT(*) INTO other FROM shipments WHERE order_number = order_no AND delivered_at IS NOT NULL;
                    IF (o.status IN ('pending', 'cancelled') AND amount > 0)
                       OR (o.status IN ('shipped', 'delivered')
                           AND (amount = 0 OR EXISTS (SELECT FROM order_lines WHERE order_number = order_no AND shipped_quantity <> quantity)))
                       OR (o.status = 'confirmed' AND amount > 0
                           AND NOT EXISTS (SELECT FROM order_lines WHERE order_number = order_no AND shipped_quantity < quantity))
                       OR (o.status = 'shipped' AND other = amount)
                       OR (o.status = 'delivered' AND other <> amount) THEN
                        RETURN format('order %s is %s with %s shipments of which %s delivered, and its lines say otherwise',
                                      order_no, o.status, amount, other);
                    END IF;
                    -- Its returns (migration 21): only shipped units come back, never more than shipped over the returns
                    -- not rejected; what was restocked and written off is on the stock ledger, by return and SKU; a
                    -- closed return's refund is its lines' plus the shipping less the restocking fee, no line gives back
                    -- more than it cost, the shipping goes back once, and the returns never give back more than the total.
                    IF EXISTS (SELECT FROM (SELECT rl.sku, SUM(rl.quantity) AS quantity FROM return_lines rl JOIN returns r ON r.id = rl.return_id
                                            WHERE rl.order_number = order_no AND r.state <> 'rejected' GROUP BY rl.sku) x
                               LEFT JOIN order_lines l ON l.order_number = order_no AND l.sku = x.sku
                               WHERE x.quantity > COALESCE(l.shipped_quantity, 0)) THEN
                        RETURN format('order %s has returns of more than it shipped', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM return_lines rl JOIN returns r ON r.id = rl.return_id
                               WHERE rl.order_number = order_no
                                 AND ((r.state IN ('requested', 'rejected') AND (rl.restocked <> 0 OR rl.written_off <> 0 OR rl.refund_minor IS NOT NULL))
                                      OR (r.state = 'received' AND rl.refund_minor IS NOT NULL)
                                      OR (r.state = 'closed' AND rl.refund_minor IS NULL)))
                       OR EXISTS (SELECT FROM returns r WHERE r.order_number = order_no
                                  AND (NOT EXISTS (SELECT FROM return_lines rl WHERE rl.return_id = r.id)
                                       OR (r.state IN ('received', 'closed')
                                           AND NOT EXISTS (SELECT FROM return_lines rl WHERE rl.return_id = r.id AND rl.restocked + rl.written_off > 0)))) THEN
                        RETURN format('order %s has a return whose lines do not agree with its state', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM (SELECT return_id, sku, restocked, written_off FROM return_lines WHERE order_number = order_no) rl
                               FULL JOIN (SELECT return_id, sku, SUM(on_hand_delta) AS restocked, SUM(written_off) AS written_off
                                          FROM stock_movements WHERE order_number = order_no AND kind IN ('returned', 'damaged')
                                          GROUP BY return_id, sku) m ON m.return_id = rl.return_id AND m.sku = rl.sku
                               WHERE COALESCE(rl.restocked, -1) <> COALESCE(m.restocked, 0) OR COALESCE(rl.written_off, -1) <> COALESCE(m.written_off, 0)) THEN
                        RETURN format('order %s has returns whose restocked and written-off units are not on the stock ledger', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM returns r WHERE r.order_number = order_no AND r.state = 'closed'
                               AND (r.refund_minor <> (SELECT SUM(rl.refund_minor) FROM return_lines rl WHERE rl.return_id = r.id)
                                                     + r.shipping_refund_minor - r.restocking_fee_minor
                                    OR r.restocking_fee_minor > (SELECT SUM(rl.refund_minor) FROM return_lines rl WHERE rl.return_id = r.id)))
                       OR EXISTS (SELECT FROM (SELECT rl.sku, SUM(rl.refund_minor) AS refund, SUM(rl.restocked + rl.written_off) AS units
                                               FROM return_lines rl WHERE rl.order_number = order_no AND rl.refund_minor IS NOT NULL GROUP BY rl.sku) x
                                  LEFT JOIN order_lines l ON l.order_number = order_no AND l.sku = x.sku
                                  WHERE l.sku IS NULL OR x.units > l.quantity
                                     OR x.refund > l.line_total_minor - l.discount_minor + (CASE WHEN o.prices_include_tax = 1 THEN 0 ELSE l.tax_minor END))
                       OR (SELECT COALESCE(SUM(shipping_refund_minor), 0) FROM returns WHERE order_number = order_no) > o.shipping_minor
                       OR (SELECT COALESCE(SUM(COALESCE(refund_minor, 0) + COALESCE(exchange_value_minor, 0)), 0) FROM returns WHERE order_number = order_no) > o.total_minor THEN
                        RETURN format('order %s has a return refund that its lines, shipping and total do not allow', order_no);
                    END IF;
                    -- Its exchanges (migration 24): what an exchanged return credits is at most what its lines cost, and
                    -- counts against the total like a refund; a replacement is in the currency of the order whose return
                    -- it replaces, and its credit is at most its total.
                    IF EXISTS (SELECT FROM returns r WHERE r.order_number = order_no AND r.replacement_order IS NOT NULL
                               AND r.exchange_value_minor > (SELECT COALESCE(SUM(l.line_total_minor - l.discount_minor + (CASE WHEN o.prices_include_tax = 1 THEN 0 ELSE l.tax_minor END)), 0)
                                                             FROM return_lines rl JOIN order_lines l ON l.order_number = rl.order_number AND l.sku = rl.sku
                                                             WHERE rl.return_id = r.id)) THEN
                        RETURN format('order %s has an exchanged return credited with more than its lines cost', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM returns r JOIN orders m ON m.number = r.order_number
                               WHERE r.replacement_order = order_no AND (m.currency <> o.currency OR r.exchange_credit_minor > o.total_minor)) THEN
                        RETURN format('order %s replaces a return with a credit that its currency or total does not allow', order_no);
                    END IF;
                    -- Its emails went to its customer because it did what they say.
                    IF EXISTS (SELECT FROM notification_outbox n
                               WHERE n.order_number = order_no
                                 AND (n.recipient_email <> o.customer_email OR (n.status = 'sent' AND n.attempts < 1)
                                      OR NOT EXISTS (SELECT FROM order_events e2 WHERE e2.order_number = order_no
                                                     AND e2.event = CASE n.event WHEN 'placed' THEN 'OrderPlaced' WHEN 'confirmed' THEN 'PaymentProcessed'
                                                                                 WHEN 'shipped' THEN 'OrderShipped' WHEN 'delivered' THEN 'OrderDelivered'
                                                                                 WHEN 'cancelled' THEN 'OrderCancelled' WHEN 'refunded' THEN 'RefundIssued'
                                                                                 WHEN 'payment_link' THEN 'PaymentLinkSent' WHEN 'return_opened' THEN 'ReturnOpened'
                                                                                 WHEN 'return_received' THEN 'ReturnReceived' WHEN 'return_exchanged' THEN 'ReturnExchanged' END))) THEN
                        RETURN format('order %s has an email that is not its customer''s or not about what it did', order_no);
                    END IF;
                    IF (SELECT value FROM counters WHERE name = 'order_number') < order_no THEN
                        RETURN format('order %s is beyond the order number counter', order_no);
                    END IF;
                    RETURN NULL;
                END $$;

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

CREATE OR REPLACE FUNCTION shipshape_order_violation(order_no BIGINT, changed BOOLEAN) RETURNS TEXT
                LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                DECLARE
                    o orders%ROWTYPE;
                    e RECORD;
                    previous TEXT;
                    seen BIGINT := 0;
                    changes BIGINT;
                    last_change_at BIGINT;
                    lines BIGINT;
                    lines_total BIGINT;
                    line_discounts BIGINT;
                    line_tax BIGINT;
                    amount BIGINT;
                    other BIGINT;
                BEGIN
                    SELECT * INTO o FROM orders WHERE number = order_no;
                    IF NOT FOUND THEN
                        RETURN NULL;
                    END IF;
                    -- The header agrees with the lines (docs/pricing.md): total = Σ line net + shipping + tax when prices
                    -- exclude tax; the order's discount and tax are its lines', and its discount rows add up to them;
                    -- each line's tax is the rate copied onto it applied to its net, rounded half away from zero.
                    SELECT COUNT(*), COALESCE(SUM(line_total_minor - discount_minor), 0), COALESCE(SUM(discount_minor), 0), COALESCE(SUM(tax_minor), 0)
                    INTO lines, lines_total, line_discounts, line_tax FROM order_lines WHERE order_number = order_no;
                    IF lines < 1 OR o.line_count <> lines OR o.discount_minor <> line_discounts OR o.tax_minor <> line_tax
                       OR o.total_minor <> lines_total + o.shipping_minor + (CASE WHEN o.prices_include_tax = 1 THEN 0 ELSE line_tax END) THEN
                        RETURN format('order %s has line_count %s, total %s, discount %s, shipping %s and tax %s, but %s lines come to %s net, with discounts of %s and tax of %s',
                                      order_no, o.line_count, o.total_minor, o.discount_minor, o.shipping_minor, o.tax_minor, lines, lines_total, line_discounts, line_tax);
                    END IF;
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM order_discounts WHERE order_number = order_no;
                    IF amount <> o.discount_minor THEN
                        RETURN format('order %s has discounts of %s, but its discount rows add up to %s', order_no, o.discount_minor, amount);
                    END IF;
                    IF EXISTS (SELECT FROM order_lines l WHERE l.order_number = order_no
                               AND l.tax_minor <> (CASE WHEN o.prices_include_tax = 1
                                   THEN (l.line_total_minor - l.discount_minor)
                                        - div((l.line_total_minor - l.discount_minor)::NUMERIC * 2000000 + (1000000 + l.tax_rate_ppm), 2 * (1000000 + l.tax_rate_ppm::NUMERIC))
                                   ELSE div((l.line_total_minor - l.discount_minor)::NUMERIC * l.tax_rate_ppm * 2 + 1000000, 2000000) END)) THEN
                        RETURN format('order %s has a line whose tax is not its rate applied to its net', order_no);
                    END IF;
                    -- The timeline: placed first, then only along the lifecycle, ending at the status.
                    FOR e IN SELECT id, event, from_status, to_status, at FROM order_events
                             WHERE order_number = order_no AND (to_status IS NOT NULL OR event = 'OrderPlaced') ORDER BY id LOOP
                        seen := seen + 1;
                        IF seen = 1 AND (e.event <> 'OrderPlaced' OR e.from_status IS NOT NULL OR e.to_status IS DISTINCT FROM 'pending' OR e.at <> o.placed_at) THEN
                            RETURN format('order %s does not begin with its placement at %s', order_no, o.placed_at);
                        END IF;
                        IF seen > 1 AND e.event = 'OrderPlaced' THEN
                            RETURN format('order %s is placed twice on its timeline', order_no);
                        END IF;
                        IF seen > 1 AND (e.from_status IS DISTINCT FROM previous
                                         OR (e.from_status <> e.to_status
                                             AND (e.from_status, e.to_status) NOT IN (('pending', 'confirmed'), ('pending', 'cancelled'), ('confirmed', 'shipped'),
                                                                                      ('confirmed', 'cancelled'), ('shipped', 'delivered')))) THEN
                            RETURN format('order %s: timeline row %s moves from %s to %s after %s', order_no, e.id, e.from_status, e.to_status, previous);
                        END IF;
                        previous := e.to_status;
                    END LOOP;
                    IF seen = 0 THEN
                        RETURN format('order %s has no placement on its timeline', order_no);
                    END IF;
                    IF previous IS DISTINCT FROM o.status THEN
                        RETURN format('order %s is %s, but its timeline ends at %s', order_no, o.status, previous);
                    END IF;
                    -- Every change leaves a timeline row, in the same transaction.
                    SELECT COUNT(*), MAX(at) INTO changes, last_change_at FROM order_events
                    WHERE order_number = order_no AND event NOT IN ('EmailSent', 'EmailFailed', 'SMSSent', 'SMSFailed');
                    IF o.version < 1 OR o.version > changes OR o.updated_at < o.placed_at OR o.updated_at < last_change_at THEN
                        RETURN format('order %s at version %s (updated %s) has %s change rows on its timeline', order_no, o.version, o.updated_at, changes);
                    END IF;
                    IF changed AND NOT EXISTS (SELECT FROM order_events WHERE order_number = order_no AND transaction_id = txid_current()) THEN
                        RETURN format('order %s changed without a row on its timeline', order_no);
                    END IF;
                    -- Money moves only with its rows.
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM payments WHERE order_number = order_no;
                    IF o.paid_minor <> amount THEN
                        RETURN format('order %s has paid %s, but its payments add up to %s', order_no, o.paid_minor, amount);
                    END IF;
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM refunds WHERE order_number = order_no;
                    IF o.refunded_minor <> amount THEN
                        RETURN format('order %s has refunded %s, but its refunds add up to %s', order_no, o.refunded_minor, amount);
                    END IF;
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM payments WHERE order_number = order_no AND method = 'card';
                    SELECT COALESCE(SUM(amount_minor), 0) INTO other FROM payment_attempts
                    WHERE order_number = order_no AND kind = 'charge' AND status = 'succeeded';
                    IF amount <> other THEN
                        RETURN format('order %s has card payments of %s, but Stripe charged %s', order_no, amount, other);
                    END IF;
                    SELECT COALESCE(SUM(amount_minor), 0) INTO amount FROM refunds WHERE order_number = order_no AND method = 'card';
                    SELECT COALESCE(SUM(amount_minor), 0) INTO other FROM payment_attempts
                    WHERE order_number = order_no AND kind = 'refund' AND status = 'succeeded';
                    IF amount <> other THEN
                        RETURN format('order %s has card refunds of %s, but Stripe refunded %s', order_no, amount, other);
                    END IF;
                    IF EXISTS (SELECT FROM refunds r LEFT JOIN payment_attempts a ON a.id = r.attempt_id
                               WHERE r.order_number = order_no AND r.method = 'card'
                                 AND (a.id IS NULL OR a.kind <> 'refund' OR a.status <> 'succeeded' OR a.order_number <> r.order_number
                                      OR a.amount_minor <> r.amount_minor)) THEN
                        RETURN format('order %s has a card refund that is not its succeeded refund attempt', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM payments WHERE order_number = order_no AND currency <> o.currency)
                       OR EXISTS (SELECT FROM refunds WHERE order_number = order_no AND currency <> o.currency)
                       OR EXISTS (SELECT FROM payment_attempts WHERE order_number = order_no AND currency <> o.currency)
                       OR EXISTS (SELECT FROM payment_links WHERE order_number = order_no AND currency <> o.currency) THEN
                        RETURN format('order %s has money in another currency than %s', order_no, o.currency);
                    END IF;
                    -- An unpaid hold: exactly the pending orders paid by hand or placed for a payment link hold stock until an expiry.
                    IF (o.reservation_expires_at IS NOT NULL)
                       <> (o.status = 'pending' AND (o.payment_method <> 'card'
                                                     OR EXISTS (SELECT FROM payment_links WHERE order_number = order_no AND status IN ('creating', 'open'))
                                                     OR EXISTS (SELECT FROM order_events WHERE order_number = order_no AND event = 'OrderPlaced'
                                                                AND details::JSONB ->> 'paymentLink' = 'true')))
                       OR o.reservation_expires_at < o.placed_at OR o.reservation_expires_at > o.placed_at + 86400000 THEN
                        RETURN format('order %s (%s, %s) has a stock hold until %s', order_no, o.status, o.payment_method,
                                      COALESCE(o.reservation_expires_at::TEXT, 'never'));
                    END IF;
                    -- Its stock: held while open for what is not yet shipped, taken as it ships, by the ledger's rows for it.
                    FOR e IN SELECT COALESCE(l.sku, m.sku) AS sku, COALESCE(l.quantity, 0) AS quantity,
                                    COALESCE(l.shipped_quantity, 0) AS shipped,
                                    COALESCE(m.reserved, 0) AS reserved, COALESCE(m.consumed, 0) AS consumed
                             FROM (SELECT sku, quantity, shipped_quantity FROM order_lines WHERE order_number = order_no) l
                             FULL JOIN (SELECT sku, SUM(reserved_delta) AS reserved, -SUM(CASE WHEN kind = 'returned' THEN 0 ELSE on_hand_delta END) AS consumed
                                        FROM stock_movements WHERE order_number = order_no GROUP BY sku) m ON m.sku = l.sku LOOP
                        IF e.reserved <> (CASE WHEN o.status IN ('pending', 'confirmed') THEN e.quantity - e.shipped ELSE 0 END)
                           OR e.consumed <> e.shipped THEN
                            RETURN format('order %s (%s) has %s of %s with %s shipped, but the stock ledger holds %s and took %s', order_no,
                                          o.status, e.quantity, e.sku, e.shipped, e.reserved, e.consumed);
                        END IF;
                    END LOOP;
                    -- Its shipments (migration 19): each line's shipped quantity is what its parcels hold; only a confirmed
                    -- order ships part of its lines, a shipped or delivered one has shipped every unit, and it is delivered
                    -- exactly when every parcel is.
                    IF EXISTS (SELECT FROM (SELECT sku, shipped_quantity FROM order_lines WHERE order_number = order_no) l
                               FULL JOIN (SELECT sl.sku, SUM(sl.quantity) AS quantity FROM shipment_lines sl
                                          WHERE sl.order_number = order_no GROUP BY sl.sku) s ON s.sku = l.sku
                               WHERE COALESCE(l.shipped_quantity, -1) <> COALESCE(s.quantity, 0)) THEN
                        RETURN format('order %s has shipped quantities that are not what its shipments hold', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM shipments s WHERE s.order_number = order_no
                               AND NOT EXISTS (SELECT FROM shipment_lines sl WHERE sl.shipment_id = s.id)) THEN
                        RETURN format('order %s has a shipment without lines', order_no);
                    END IF;
                    SELECT COUNT(*) INTO amount FROM shipments WHERE order_number = order_no;
                    SELECT COUNT(*) INTO other FROM shipments WHERE order_number = order_no AND delivered_at IS NOT NULL;
                    IF (o.status IN ('pending', 'cancelled') AND amount > 0)
                       OR (o.status IN ('shipped', 'delivered')
                           AND (amount = 0 OR EXISTS (SELECT FROM order_lines WHERE order_number = order_no AND shipped_quantity <> quantity)))
                       OR (o.status = 'confirmed' AND amount > 0
                           AND NOT EXISTS (SELECT FROM order_lines WHERE order_number = order_no AND shipped_quantity < quantity))
                       OR (o.status = 'shipped' AND other = amount)
                       OR (o.status = 'delivered' AND other <> amount) THEN
                        RETURN format('order %s is %s with %s shipments of which %s delivered, and its lines say otherwise',
                                      order_no, o.status, amount, other);
                    END IF;
                    -- Its returns (migration 21): only shipped units come back, never more than shipped over the returns
                    -- not rejected; what was restocked and written off is on the stock ledger, by return and SKU; a
                    -- closed return's refund is its lines' plus the shipping less the restocking fee, no line gives back
                    -- more than it cost, the shipping goes back once, and the returns never give back more than the total.
                    IF EXISTS (SELECT FROM (SELECT rl.sku, SUM(rl.quantity) AS quantity FROM return_lines rl JOIN returns r ON r.id = rl.return_id
                                            WHERE rl.order_number = order_no AND r.state <> 'rejected' GROUP BY rl.sku) x
                               LEFT JOIN order_lines l ON l.order_number = order_no AND l.sku = x.sku
                               WHERE x.quantity > COALESCE(l.shipped_quantity, 0)) THEN
                        RETURN format('order %s has returns of more than it shipped', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM return_lines rl JOIN returns r ON r.id = rl.return_id
                               WHERE rl.order_number = order_no
                                 AND ((r.state IN ('requested', 'rejected') AND (rl.restocked <> 0 OR rl.written_off <> 0 OR rl.refund_minor IS NOT NULL))
                                      OR (r.state = 'received' AND rl.refund_minor IS NOT NULL)
                                      OR (r.state = 'closed' AND rl.refund_minor IS NULL)))
                       OR EXISTS (SELECT FROM returns r WHERE r.order_number = order_no
                                  AND (NOT EXISTS (SELECT FROM return_lines rl WHERE rl.return_id = r.id)
                                       OR (r.state IN ('received', 'closed')
                                           AND NOT EXISTS (SELECT FROM return_lines rl WHERE rl.return_id = r.id AND rl.restocked + rl.written_off > 0)))) THEN
                        RETURN format('order %s has a return whose lines do not agree with its state', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM (SELECT return_id, sku, restocked, written_off FROM return_lines WHERE order_number = order_no) rl
                               FULL JOIN (SELECT return_id, sku, SUM(on_hand_delta) AS restocked, SUM(written_off) AS written_off
                                          FROM stock_movements WHERE order_number = order_no AND kind IN ('returned', 'damaged')
                                          GROUP BY return_id, sku) m ON m.return_id = rl.return_id AND m.sku = rl.sku
                               WHERE COALESCE(rl.restocked, -1) <> COALESCE(m.restocked, 0) OR COALESCE(rl.written_off, -1) <> COALESCE(m.written_off, 0)) THEN
                        RETURN format('order %s has returns whose restocked and written-off units are not on the stock ledger', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM returns r WHERE r.order_number = order_no AND r.state = 'closed'
                               AND (r.refund_minor <> (SELECT SUM(rl.refund_minor) FROM return_lines rl WHERE rl.return_id = r.id)
                                                     + r.shipping_refund_minor - r.restocking_fee_minor
                                    OR r.restocking_fee_minor > (SELECT SUM(rl.refund_minor) FROM return_lines rl WHERE rl.return_id = r.id)))
                       OR EXISTS (SELECT FROM (SELECT rl.sku, SUM(rl.refund_minor) AS refund, SUM(rl.restocked + rl.written_off) AS units
                                               FROM return_lines rl WHERE rl.order_number = order_no AND rl.refund_minor IS NOT NULL GROUP BY rl.sku) x
                                  LEFT JOIN order_lines l ON l.order_number = order_no AND l.sku = x.sku
                                  WHERE l.sku IS NULL OR x.units > l.quantity
                                     OR x.refund > l.line_total_minor - l.discount_minor + (CASE WHEN o.prices_include_tax = 1 THEN 0 ELSE l.tax_minor END))
                       OR (SELECT COALESCE(SUM(shipping_refund_minor), 0) FROM returns WHERE order_number = order_no) > o.shipping_minor
                       OR (SELECT COALESCE(SUM(COALESCE(refund_minor, 0) + COALESCE(exchange_value_minor, 0)), 0) FROM returns WHERE order_number = order_no) > o.total_minor THEN
                        RETURN format('order %s has a return refund that its lines, shipping and total do not allow', order_no);
                    END IF;
                    -- Its exchanges (migration 24): what an exchanged return credits is at most what its lines cost, and
                    -- counts against the total like a refund; a replacement is in the currency of the order whose return
                    -- it replaces, and its credit is at most its total.
                    IF EXISTS (SELECT FROM returns r WHERE r.order_number = order_no AND r.replacement_order IS NOT NULL
                               AND r.exchange_value_minor > (SELECT COALESCE(SUM(l.line_total_minor - l.discount_minor + (CASE WHEN o.prices_include_tax = 1 THEN 0 ELSE l.tax_minor END)), 0)
                                                             FROM return_lines rl JOIN order_lines l ON l.order_number = rl.order_number AND l.sku = rl.sku
                                                             WHERE rl.return_id = r.id)) THEN
                        RETURN format('order %s has an exchanged return credited with more than its lines cost', order_no);
                    END IF;
                    IF EXISTS (SELECT FROM returns r JOIN orders m ON m.number = r.order_number
                               WHERE r.replacement_order = order_no AND (m.currency <> o.currency OR r.exchange_credit_minor > o.total_minor)) THEN
                        RETURN format('order %s replaces a return with a credit that its currency or total does not allow', order_no);
                    END IF;
                    -- Its emails went to its customer because it did what they say.
                    IF EXISTS (SELECT FROM notification_outbox n
                               WHERE n.order_number = order_no
                                 AND (n.recipient_email <> o.customer_email OR (n.status = 'sent' AND n.attempts < 1)
                                      OR NOT EXISTS (SELECT FROM order_events e2 WHERE e2.order_number = order_no
                                                     AND e2.event = CASE n.event WHEN 'placed' THEN 'OrderPlaced' WHEN 'confirmed' THEN 'PaymentProcessed'
                                                                                 WHEN 'shipped' THEN 'OrderShipped' WHEN 'delivered' THEN 'OrderDelivered'
                                                                                 WHEN 'cancelled' THEN 'OrderCancelled' WHEN 'refunded' THEN 'RefundIssued'
                                                                                 WHEN 'payment_link' THEN 'PaymentLinkSent' WHEN 'return_opened' THEN 'ReturnOpened'
                                                                                 WHEN 'return_received' THEN 'ReturnReceived' WHEN 'return_exchanged' THEN 'ReturnExchanged' END))) THEN
                        RETURN format('order %s has an email that is not its customer''s or not about what it did', order_no);
                    END IF;
                    IF (SELECT value FROM counters WHERE name = 'order_number') < order_no THEN
                        RETURN format('order %s is beyond the order number counter', order_no);
                    END IF;
                    RETURN NULL;
                END $$;

DROP FUNCTION shipshape_event_changes_order(TEXT);
