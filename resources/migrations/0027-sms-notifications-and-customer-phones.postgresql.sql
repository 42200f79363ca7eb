-- Shipshape schema migration 27, PostgreSQL. Frozen: this is the text databases received when they were
-- migrated to version 27, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- SMS status messages (docs/notifications.md, "SMS"). customers.phone is the customer's mobile number in
-- E.164 (+ and 6 to 15 digits, the first not 0; libphonenumber checks the number itself before it is stored);
-- customers.sms_opted_out_at is when the customer said STOP (Twilio's error 21610), NULL while they have not.
-- The outbox carries SMS rows beside emails: channel says which, recipient_phone is the number an SMS goes to
-- (and only an SMS has one), an SMS is only ever a status message (placed … refunded). recipient_email keeps the
-- customer's email on SMS rows too, so every row still names its customer the same way. The dashboard's email
-- figures count emails only (shipshape_stats_emails looks at the channel).
--
-- As the authority (migrations 13, 19, 21 and 24): support may set a customer's phone, support and warehouse
-- may record an opt-out (the dispatcher does when Twilio answers 21610), but only an admin clears one: STOP is
-- the customer's word. An SMS row is queued only to its order's customer's phone, and only while that customer
-- has not opted out; its channel and number never change afterwards. SMSSent/SMSFailed timeline rows are, like
-- EmailSent/EmailFailed, not changes of the order (the order's check at commit leaves them out).
-- name: sms notifications and customer phones
-- migrate:up
ALTER TABLE customers ADD COLUMN phone TEXT CHECK (phone IS NULL OR phone ~ '^\+[1-9][0-9]{5,14}$');

ALTER TABLE customers ADD COLUMN sms_opted_out_at BIGINT;

ALTER TABLE notification_outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms'));

ALTER TABLE notification_outbox ADD COLUMN recipient_phone TEXT;

ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_sms CHECK ((channel = 'sms') = (recipient_phone IS NOT NULL)
                    AND (recipient_phone IS NULL OR recipient_phone ~ '^\+[1-9][0-9]{5,14}$')
                    AND (channel = 'email' OR event IN ('placed', 'confirmed', 'shipped', 'delivered', 'cancelled', 'refunded')));

GRANT UPDATE (phone, sms_opted_out_at) ON customers TO shipshape_support;

GRANT UPDATE (sms_opted_out_at) ON customers TO shipshape_warehouse;

CREATE OR REPLACE FUNCTION shipshape_guard_customer_sms() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF OLD.sms_opted_out_at IS NOT NULL AND NEW.sms_opted_out_at IS DISTINCT FROM OLD.sms_opted_out_at
                       AND NOT shipshape_is_admin(current_user) THEN
                        RAISE EXCEPTION 'customer %: only an admin clears or changes an SMS opt-out', OLD.id
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN NEW;
                END $$;

CREATE TRIGGER customers_sms_guard BEFORE UPDATE OF sms_opted_out_at ON customers FOR EACH ROW EXECUTE FUNCTION shipshape_guard_customer_sms();

CREATE OR REPLACE FUNCTION shipshape_guard_outbox_sms() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' THEN
                        IF NEW.channel IS DISTINCT FROM OLD.channel OR NEW.recipient_phone IS DISTINCT FROM OLD.recipient_phone THEN
                            RAISE EXCEPTION 'outbox row %: its channel and phone number never change', OLD.id
                                USING ERRCODE = 'check_violation';
                        END IF;
                        RETURN NEW;
                    END IF;
                    IF NEW.channel = 'sms' AND NOT EXISTS (
                            SELECT FROM orders o JOIN customers c ON c.id = o.customer_id
                            WHERE o.number = NEW.order_number AND c.phone = NEW.recipient_phone AND c.sms_opted_out_at IS NULL) THEN
                        RAISE EXCEPTION 'order %: an SMS goes only to its customer''s phone, and not after they opted out', NEW.order_number
                            USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                END $$;

CREATE TRIGGER notification_outbox_sms_guard BEFORE INSERT OR UPDATE ON notification_outbox FOR EACH ROW EXECUTE FUNCTION shipshape_guard_outbox_sms();

CREATE OR REPLACE FUNCTION shipshape_stats_emails() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        IF OLD.channel = 'email' THEN
                            INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting;
                        END IF;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        IF NEW.channel = 'email' THEN
                            INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting;
                        END IF;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;

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

-- migrate:down
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
                    WHERE order_number = order_no AND event NOT IN ('EmailSent', 'EmailFailed');
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

CREATE OR REPLACE FUNCTION shipshape_stats_emails() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;

DROP TRIGGER notification_outbox_sms_guard ON notification_outbox;

DROP FUNCTION shipshape_guard_outbox_sms();

DROP TRIGGER customers_sms_guard ON customers;

DROP FUNCTION shipshape_guard_customer_sms();

REVOKE UPDATE (sms_opted_out_at) ON customers FROM shipshape_warehouse;

REVOKE UPDATE (phone, sms_opted_out_at) ON customers FROM shipshape_support;

DELETE FROM notification_outbox WHERE channel = 'sms';

ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_sms;

ALTER TABLE notification_outbox DROP COLUMN recipient_phone;

ALTER TABLE notification_outbox DROP COLUMN channel;

ALTER TABLE customers DROP COLUMN sms_opted_out_at;

ALTER TABLE customers DROP COLUMN phone;
