-- Shipshape schema migration 14, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 14, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- An order's money beyond its lines (docs/pricing.md): discounts (on a line or the whole order, spread
-- over the lines), a shipping fee, and tax per line at the rate copied onto the order when it was priced.
-- Tax rates by destination and product tax class, and whether the shop's prices include tax. Orders placed
-- before this migration have no discount, shipping or tax, so their totals still hold. The server's check of
-- each order at commit (migration 13) now checks the new total; only support changes an order's money, only
-- admins the tax rates and the shop's pricing.
-- name: discounts, shipping and taxes
-- migrate:up
ALTER TABLE products ADD COLUMN tax_class TEXT NOT NULL DEFAULT 'standard' CHECK (length(tax_class) BETWEEN 1 AND 40);

CREATE TABLE tax_rates (
                    id BIGSERIAL PRIMARY KEY,
                    country TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
                    region TEXT NOT NULL DEFAULT '' CHECK (length(region) <= 40),
                    tax_class TEXT NOT NULL CHECK (length(tax_class) BETWEEN 1 AND 40),
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
                    rate_ppm BIGINT NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
                    updated_at BIGINT NOT NULL,
                    UNIQUE (country, region, tax_class));

CREATE TABLE shop_pricing (
                    id BIGINT PRIMARY KEY CHECK (id = 1),
                    prices_include_tax BIGINT NOT NULL DEFAULT 0 CHECK (prices_include_tax IN (0, 1)));

INSERT INTO shop_pricing (id, prices_include_tax) VALUES (1, 0);

ALTER TABLE order_lines ADD COLUMN discount_minor BIGINT NOT NULL DEFAULT 0 CHECK (discount_minor BETWEEN 0 AND line_total_minor);

ALTER TABLE order_lines ADD COLUMN tax_minor BIGINT NOT NULL DEFAULT 0 CHECK (tax_minor >= 0);

ALTER TABLE order_lines ADD COLUMN tax_rate_ppm BIGINT NOT NULL DEFAULT 0 CHECK (tax_rate_ppm BETWEEN 0 AND 1000000);

ALTER TABLE order_lines ADD COLUMN tax_name TEXT NOT NULL DEFAULT '' CHECK (length(tax_name) <= 60);

ALTER TABLE orders ADD COLUMN discount_minor BIGINT NOT NULL DEFAULT 0 CHECK (discount_minor >= 0);

ALTER TABLE orders ADD COLUMN shipping_minor BIGINT NOT NULL DEFAULT 0 CHECK (shipping_minor >= 0);

ALTER TABLE orders ADD COLUMN shipping_method TEXT NOT NULL DEFAULT '' CHECK (length(shipping_method) <= 100);

ALTER TABLE orders ADD COLUMN tax_minor BIGINT NOT NULL DEFAULT 0 CHECK (tax_minor >= 0);

ALTER TABLE orders ADD COLUMN prices_include_tax BIGINT NOT NULL DEFAULT 0 CHECK (prices_include_tax IN (0, 1));

ALTER TABLE orders ADD CONSTRAINT orders_total_covers_shipping_and_tax
                    CHECK (total_minor >= shipping_minor + (CASE WHEN prices_include_tax = 1 THEN 0 ELSE tax_minor END));

CREATE TABLE order_discounts (
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    position BIGINT NOT NULL CHECK (position >= 0),
                    kind TEXT NOT NULL CHECK (kind IN ('percent', 'amount')),
                    percent_ppm BIGINT CHECK (percent_ppm BETWEEN 0 AND 1000000),
                    value_minor BIGINT CHECK (value_minor >= 0),
                    sku TEXT NOT NULL DEFAULT '',
                    code TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 60),
                    reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
                    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
                    PRIMARY KEY (order_number, position),
                    CHECK ((kind = 'percent' AND percent_ppm IS NOT NULL AND value_minor IS NULL)
                           OR (kind = 'amount' AND value_minor IS NOT NULL AND percent_ppm IS NULL)),
                    CHECK (code <> '' OR reason <> ''));

GRANT SELECT ON tax_rates, shop_pricing, order_discounts TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT INSERT, UPDATE, DELETE ON tax_rates TO shipshape_admin;

GRANT UPDATE ON shop_pricing TO shipshape_admin;

GRANT INSERT, DELETE ON order_discounts TO shipshape_support;

GRANT INSERT, UPDATE, DELETE ON order_discounts TO shipshape_admin;

GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO shipshape_warehouse, shipshape_support, shipshape_admin;

CREATE FUNCTION shipshape_guard_order_money() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF shipshape_is_owner(current_user) THEN
                        RETURN NEW;
                    END IF;
                    IF NEW.prices_include_tax <> OLD.prices_include_tax THEN
                        PERFORM shipshape_refuse(format('permission denied: whether the prices of order %s include tax never changes', OLD.number));
                    END IF;
                    IF (NEW.discount_minor, NEW.shipping_minor, NEW.shipping_method, NEW.tax_minor)
                       IS DISTINCT FROM (OLD.discount_minor, OLD.shipping_minor, OLD.shipping_method, OLD.tax_minor)
                       AND NOT shipshape_is_admin(current_user) AND NOT pg_has_role(current_user, 'shipshape_support', 'MEMBER') THEN
                        PERFORM shipshape_refuse(format('permission denied: only support staff may change the discounts, shipping or tax of order %s', OLD.number));
                    END IF;
                    RETURN NEW;
                END $$;

CREATE TRIGGER orders_money_guard BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION shipshape_guard_order_money();

CREATE CONSTRAINT TRIGGER order_discounts_checked AFTER INSERT OR UPDATE OR DELETE ON order_discounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION shipshape_check_at_commit('order', 'changes', 'order_number');

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
                    -- Its stock: held while open, taken when shipped, by the ledger's rows for it.
                    FOR e IN SELECT COALESCE(l.sku, m.sku) AS sku, COALESCE(l.quantity, 0) AS quantity,
                                    COALESCE(m.reserved, 0) AS reserved, COALESCE(m.consumed, 0) AS consumed
                             FROM (SELECT sku, quantity FROM order_lines WHERE order_number = order_no) l
                             FULL JOIN (SELECT sku, SUM(reserved_delta) AS reserved, -SUM(on_hand_delta) AS consumed
                                        FROM stock_movements WHERE order_number = order_no GROUP BY sku) m ON m.sku = l.sku LOOP
                        IF e.reserved <> (CASE WHEN o.status IN ('pending', 'confirmed') THEN e.quantity ELSE 0 END)
                           OR e.consumed <> (CASE WHEN o.status IN ('shipped', 'delivered') THEN e.quantity ELSE 0 END) THEN
                            RETURN format('order %s (%s) has %s of %s, but the stock ledger holds %s and took %s', order_no, o.status,
                                          e.quantity, e.sku, e.reserved, e.consumed);
                        END IF;
                    END LOOP;
                    -- Its emails went to its customer because it did what they say.
                    IF EXISTS (SELECT FROM notification_outbox n
                               WHERE n.order_number = order_no
                                 AND (n.recipient_email <> o.customer_email OR (n.status = 'sent' AND n.attempts < 1)
                                      OR NOT EXISTS (SELECT FROM order_events e2 WHERE e2.order_number = order_no
                                                     AND e2.event = CASE n.event WHEN 'placed' THEN 'OrderPlaced' WHEN 'confirmed' THEN 'PaymentProcessed'
                                                                                 WHEN 'shipped' THEN 'OrderShipped' WHEN 'delivered' THEN 'OrderDelivered'
                                                                                 WHEN 'cancelled' THEN 'OrderCancelled' WHEN 'refunded' THEN 'RefundIssued'
                                                                                 WHEN 'payment_link' THEN 'PaymentLinkSent' END))) THEN
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
                    amount BIGINT;
                    other BIGINT;
                BEGIN
                    SELECT * INTO o FROM orders WHERE number = order_no;
                    IF NOT FOUND THEN
                        RETURN NULL;
                    END IF;
                    -- The header agrees with the lines.
                    SELECT COUNT(*), COALESCE(SUM(line_total_minor), 0) INTO lines, lines_total FROM order_lines WHERE order_number = order_no;
                    IF lines < 1 OR o.line_count <> lines OR o.total_minor <> lines_total THEN
                        RETURN format('order %s has line_count %s and total %s, but %s lines totalling %s', order_no, o.line_count, o.total_minor, lines, lines_total);
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
                    -- Its stock: held while open, taken when shipped, by the ledger's rows for it.
                    FOR e IN SELECT COALESCE(l.sku, m.sku) AS sku, COALESCE(l.quantity, 0) AS quantity,
                                    COALESCE(m.reserved, 0) AS reserved, COALESCE(m.consumed, 0) AS consumed
                             FROM (SELECT sku, quantity FROM order_lines WHERE order_number = order_no) l
                             FULL JOIN (SELECT sku, SUM(reserved_delta) AS reserved, -SUM(on_hand_delta) AS consumed
                                        FROM stock_movements WHERE order_number = order_no GROUP BY sku) m ON m.sku = l.sku LOOP
                        IF e.reserved <> (CASE WHEN o.status IN ('pending', 'confirmed') THEN e.quantity ELSE 0 END)
                           OR e.consumed <> (CASE WHEN o.status IN ('shipped', 'delivered') THEN e.quantity ELSE 0 END) THEN
                            RETURN format('order %s (%s) has %s of %s, but the stock ledger holds %s and took %s', order_no, o.status,
                                          e.quantity, e.sku, e.reserved, e.consumed);
                        END IF;
                    END LOOP;
                    -- Its emails went to its customer because it did what they say.
                    IF EXISTS (SELECT FROM notification_outbox n
                               WHERE n.order_number = order_no
                                 AND (n.recipient_email <> o.customer_email OR (n.status = 'sent' AND n.attempts < 1)
                                      OR NOT EXISTS (SELECT FROM order_events e2 WHERE e2.order_number = order_no
                                                     AND e2.event = CASE n.event WHEN 'placed' THEN 'OrderPlaced' WHEN 'confirmed' THEN 'PaymentProcessed'
                                                                                 WHEN 'shipped' THEN 'OrderShipped' WHEN 'delivered' THEN 'OrderDelivered'
                                                                                 WHEN 'cancelled' THEN 'OrderCancelled' WHEN 'refunded' THEN 'RefundIssued'
                                                                                 WHEN 'payment_link' THEN 'PaymentLinkSent' END))) THEN
                        RETURN format('order %s has an email that is not its customer''s or not about what it did', order_no);
                    END IF;
                    IF (SELECT value FROM counters WHERE name = 'order_number') < order_no THEN
                        RETURN format('order %s is beyond the order number counter', order_no);
                    END IF;
                    RETURN NULL;
                END $$;


DROP TRIGGER order_discounts_checked ON order_discounts;

DROP TRIGGER orders_money_guard ON orders;

DROP FUNCTION shipshape_guard_order_money();

DROP TABLE order_discounts;

ALTER TABLE orders DROP CONSTRAINT orders_total_covers_shipping_and_tax;

ALTER TABLE orders DROP COLUMN prices_include_tax;

ALTER TABLE orders DROP COLUMN tax_minor;

ALTER TABLE orders DROP COLUMN shipping_method;

ALTER TABLE orders DROP COLUMN shipping_minor;

ALTER TABLE orders DROP COLUMN discount_minor;

ALTER TABLE order_lines DROP COLUMN tax_name;

ALTER TABLE order_lines DROP COLUMN tax_rate_ppm;

ALTER TABLE order_lines DROP COLUMN tax_minor;

ALTER TABLE order_lines DROP COLUMN discount_minor;

DROP TABLE shop_pricing;

DROP TABLE tax_rates;

ALTER TABLE products DROP COLUMN tax_class;
