-- Shipshape schema migration 6, SQLite. Frozen: this is the text databases received when they were migrated
-- to version 6, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
-- name: dashboard: placement log and daily aggregates
-- migrate:up
CREATE TABLE placement_log (
                    id INTEGER PRIMARY KEY,
                    at BIGINT NOT NULL,
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    outcome TEXT NOT NULL
                        CHECK (outcome IN ('confirmed', 'pending', 'declined', 'out_of_stock', 'conflict', 'failed')),
                    duration_ms BIGINT NOT NULL CHECK (duration_ms >= 0),
                    order_number BIGINT REFERENCES orders (number) ON DELETE CASCADE,
                    payment_method TEXT NOT NULL DEFAULT '',
                    error TEXT NOT NULL DEFAULT '',
                    actor TEXT NOT NULL,
                    CHECK ((outcome IN ('confirmed', 'pending', 'declined')) = (order_number IS NOT NULL)));

CREATE INDEX placement_log_at ON placement_log (at);

CREATE UNIQUE INDEX placement_log_order ON placement_log (order_number) WHERE order_number IS NOT NULL;

CREATE INDEX payment_attempts_failed ON payment_attempts (started_at) WHERE kind = 'charge' AND status = 'failed';

CREATE TABLE daily_stats (
                    day BIGINT NOT NULL,
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    orders_placed BIGINT NOT NULL DEFAULT 0,
                    orders_pending BIGINT NOT NULL DEFAULT 0,
                    orders_confirmed_now BIGINT NOT NULL DEFAULT 0,
                    orders_shipped BIGINT NOT NULL DEFAULT 0,
                    orders_delivered BIGINT NOT NULL DEFAULT 0,
                    orders_cancelled BIGINT NOT NULL DEFAULT 0,
                    orders_expired BIGINT NOT NULL DEFAULT 0,
                    orders_confirmed BIGINT NOT NULL DEFAULT 0,
                    paid_minor BIGINT NOT NULL DEFAULT 0,
                    refunded_minor BIGINT NOT NULL DEFAULT 0,
                    payment_attempts BIGINT NOT NULL DEFAULT 0,
                    payment_failures BIGINT NOT NULL DEFAULT 0,
                    placement_attempts BIGINT NOT NULL DEFAULT 0,
                    placements_confirmed BIGINT NOT NULL DEFAULT 0,
                    placements_pending BIGINT NOT NULL DEFAULT 0,
                    placements_declined BIGINT NOT NULL DEFAULT 0,
                    placements_out_of_stock BIGINT NOT NULL DEFAULT 0,
                    placements_conflict BIGINT NOT NULL DEFAULT 0,
                    placements_failed BIGINT NOT NULL DEFAULT 0,
                    PRIMARY KEY (day, currency));

CREATE TABLE daily_placement_times (
                    day BIGINT NOT NULL,
                    duration_ms BIGINT NOT NULL,
                    placements BIGINT NOT NULL,
                    PRIMARY KEY (day, duration_ms));

CREATE TABLE daily_product_sales (
                    day BIGINT NOT NULL,
                    currency TEXT NOT NULL,
                    sku TEXT NOT NULL,
                    quantity BIGINT NOT NULL,
                    revenue_minor BIGINT NOT NULL,
                    PRIMARY KEY (day, currency, sku));

CREATE TABLE daily_email_stats (
                    day BIGINT PRIMARY KEY,
                    emails_queued BIGINT NOT NULL DEFAULT 0,
                    emails_sent BIGINT NOT NULL DEFAULT 0,
                    emails_failed BIGINT NOT NULL DEFAULT 0,
                    emails_waiting BIGINT NOT NULL DEFAULT 0);

CREATE TRIGGER orders_stats_insert AFTER INSERT ON orders BEGIN INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor) SELECT NEW.placed_at / 86400000, NEW.currency, 1, CASE WHEN NEW.status = 'pending' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'confirmed' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'shipped' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'delivered' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'cancelled' THEN 1 ELSE 0 END, CASE WHEN NEW.cancel_reason = 'expired' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('confirmed', 'shipped', 'delivered') OR (NEW.status = 'cancelled' AND NEW.paid_minor > 0) THEN 1 ELSE 0 END, NEW.paid_minor, NEW.refunded_minor WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor; END;

CREATE TRIGGER orders_stats_update AFTER UPDATE ON orders WHEN OLD.status <> NEW.status OR OLD.paid_minor <> NEW.paid_minor OR OLD.refunded_minor <> NEW.refunded_minor OR OLD.currency <> NEW.currency OR OLD.placed_at <> NEW.placed_at OR COALESCE(OLD.cancel_reason, '') <> COALESCE(NEW.cancel_reason, '') BEGIN INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor) SELECT OLD.placed_at / 86400000, OLD.currency, -(1), -(CASE WHEN OLD.status = 'pending' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'confirmed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'shipped' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'delivered' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'cancelled' THEN 1 ELSE 0 END), -(CASE WHEN OLD.cancel_reason = 'expired' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('confirmed', 'shipped', 'delivered') OR (OLD.status = 'cancelled' AND OLD.paid_minor > 0) THEN 1 ELSE 0 END), -(OLD.paid_minor), -(OLD.refunded_minor) WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor; INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor) SELECT NEW.placed_at / 86400000, NEW.currency, 1, CASE WHEN NEW.status = 'pending' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'confirmed' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'shipped' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'delivered' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'cancelled' THEN 1 ELSE 0 END, CASE WHEN NEW.cancel_reason = 'expired' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('confirmed', 'shipped', 'delivered') OR (NEW.status = 'cancelled' AND NEW.paid_minor > 0) THEN 1 ELSE 0 END, NEW.paid_minor, NEW.refunded_minor WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor; END;

CREATE TRIGGER orders_sales_update AFTER UPDATE ON orders WHEN (OLD.status = 'cancelled') <> (NEW.status = 'cancelled') OR OLD.currency <> NEW.currency OR OLD.placed_at <> NEW.placed_at BEGIN INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT OLD.placed_at / 86400000, OLD.currency, l.sku, -(l.quantity), -(l.line_total_minor) FROM order_lines l WHERE l.order_number = OLD.number AND OLD.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor; INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT NEW.placed_at / 86400000, NEW.currency, l.sku, l.quantity, l.line_total_minor FROM order_lines l WHERE l.order_number = NEW.number AND NEW.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor; END;

CREATE TRIGGER orders_stats_delete BEFORE DELETE ON orders BEGIN INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor) SELECT OLD.placed_at / 86400000, OLD.currency, -(1), -(CASE WHEN OLD.status = 'pending' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'confirmed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'shipped' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'delivered' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'cancelled' THEN 1 ELSE 0 END), -(CASE WHEN OLD.cancel_reason = 'expired' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('confirmed', 'shipped', 'delivered') OR (OLD.status = 'cancelled' AND OLD.paid_minor > 0) THEN 1 ELSE 0 END), -(OLD.paid_minor), -(OLD.refunded_minor) WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor; INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT OLD.placed_at / 86400000, OLD.currency, l.sku, -(l.quantity), -(l.line_total_minor) FROM order_lines l WHERE l.order_number = OLD.number AND OLD.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor; END;

CREATE TRIGGER order_lines_sales_insert AFTER INSERT ON order_lines BEGIN INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, NEW.sku, NEW.quantity, NEW.line_total_minor FROM orders o WHERE o.number = NEW.order_number AND o.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor; END;

CREATE TRIGGER order_lines_sales_update AFTER UPDATE ON order_lines BEGIN INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, OLD.sku, -(OLD.quantity), -(OLD.line_total_minor) FROM orders o WHERE o.number = OLD.order_number AND o.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor; INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, NEW.sku, NEW.quantity, NEW.line_total_minor FROM orders o WHERE o.number = NEW.order_number AND o.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor; END;

CREATE TRIGGER order_lines_sales_delete AFTER DELETE ON order_lines BEGIN INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, OLD.sku, -(OLD.quantity), -(OLD.line_total_minor) FROM orders o WHERE o.number = OLD.order_number AND o.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor; END;

CREATE TRIGGER payment_attempts_stats_insert AFTER INSERT ON payment_attempts BEGIN INSERT INTO daily_stats (day, currency, payment_attempts, payment_failures) SELECT NEW.started_at / 86400000, NEW.currency, 1, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END WHERE NEW.kind = 'charge' ON CONFLICT (day, currency) DO UPDATE SET payment_attempts = daily_stats.payment_attempts + excluded.payment_attempts, payment_failures = daily_stats.payment_failures + excluded.payment_failures; END;

CREATE TRIGGER payment_attempts_stats_update AFTER UPDATE ON payment_attempts BEGIN INSERT INTO daily_stats (day, currency, payment_attempts, payment_failures) SELECT OLD.started_at / 86400000, OLD.currency, -(1), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END) WHERE OLD.kind = 'charge' ON CONFLICT (day, currency) DO UPDATE SET payment_attempts = daily_stats.payment_attempts + excluded.payment_attempts, payment_failures = daily_stats.payment_failures + excluded.payment_failures; INSERT INTO daily_stats (day, currency, payment_attempts, payment_failures) SELECT NEW.started_at / 86400000, NEW.currency, 1, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END WHERE NEW.kind = 'charge' ON CONFLICT (day, currency) DO UPDATE SET payment_attempts = daily_stats.payment_attempts + excluded.payment_attempts, payment_failures = daily_stats.payment_failures + excluded.payment_failures; END;

CREATE TRIGGER payment_attempts_stats_delete AFTER DELETE ON payment_attempts BEGIN INSERT INTO daily_stats (day, currency, payment_attempts, payment_failures) SELECT OLD.started_at / 86400000, OLD.currency, -(1), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END) WHERE OLD.kind = 'charge' ON CONFLICT (day, currency) DO UPDATE SET payment_attempts = daily_stats.payment_attempts + excluded.payment_attempts, payment_failures = daily_stats.payment_failures + excluded.payment_failures; END;

CREATE TRIGGER placement_log_stats_insert AFTER INSERT ON placement_log BEGIN INSERT INTO daily_stats (day, currency, placement_attempts, placements_confirmed, placements_pending, placements_declined, placements_out_of_stock, placements_conflict, placements_failed) SELECT NEW.at / 86400000, NEW.currency, 1, CASE WHEN NEW.outcome = 'confirmed' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'pending' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'declined' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'out_of_stock' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'conflict' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'failed' THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET placement_attempts = daily_stats.placement_attempts + excluded.placement_attempts, placements_confirmed = daily_stats.placements_confirmed + excluded.placements_confirmed, placements_pending = daily_stats.placements_pending + excluded.placements_pending, placements_declined = daily_stats.placements_declined + excluded.placements_declined, placements_out_of_stock = daily_stats.placements_out_of_stock + excluded.placements_out_of_stock, placements_conflict = daily_stats.placements_conflict + excluded.placements_conflict, placements_failed = daily_stats.placements_failed + excluded.placements_failed; INSERT INTO daily_placement_times (day, duration_ms, placements) SELECT NEW.at / 86400000, (NEW.duration_ms + 9) / 10 * 10, 1 WHERE TRUE ON CONFLICT (day, duration_ms) DO UPDATE SET placements = daily_placement_times.placements + excluded.placements; END;

CREATE TRIGGER placement_log_stats_update AFTER UPDATE ON placement_log BEGIN INSERT INTO daily_stats (day, currency, placement_attempts, placements_confirmed, placements_pending, placements_declined, placements_out_of_stock, placements_conflict, placements_failed) SELECT OLD.at / 86400000, OLD.currency, -(1), -(CASE WHEN OLD.outcome = 'confirmed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'pending' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'declined' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'out_of_stock' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'conflict' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'failed' THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET placement_attempts = daily_stats.placement_attempts + excluded.placement_attempts, placements_confirmed = daily_stats.placements_confirmed + excluded.placements_confirmed, placements_pending = daily_stats.placements_pending + excluded.placements_pending, placements_declined = daily_stats.placements_declined + excluded.placements_declined, placements_out_of_stock = daily_stats.placements_out_of_stock + excluded.placements_out_of_stock, placements_conflict = daily_stats.placements_conflict + excluded.placements_conflict, placements_failed = daily_stats.placements_failed + excluded.placements_failed; INSERT INTO daily_placement_times (day, duration_ms, placements) SELECT OLD.at / 86400000, (OLD.duration_ms + 9) / 10 * 10, -(1) WHERE TRUE ON CONFLICT (day, duration_ms) DO UPDATE SET placements = daily_placement_times.placements + excluded.placements; INSERT INTO daily_stats (day, currency, placement_attempts, placements_confirmed, placements_pending, placements_declined, placements_out_of_stock, placements_conflict, placements_failed) SELECT NEW.at / 86400000, NEW.currency, 1, CASE WHEN NEW.outcome = 'confirmed' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'pending' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'declined' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'out_of_stock' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'conflict' THEN 1 ELSE 0 END, CASE WHEN NEW.outcome = 'failed' THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET placement_attempts = daily_stats.placement_attempts + excluded.placement_attempts, placements_confirmed = daily_stats.placements_confirmed + excluded.placements_confirmed, placements_pending = daily_stats.placements_pending + excluded.placements_pending, placements_declined = daily_stats.placements_declined + excluded.placements_declined, placements_out_of_stock = daily_stats.placements_out_of_stock + excluded.placements_out_of_stock, placements_conflict = daily_stats.placements_conflict + excluded.placements_conflict, placements_failed = daily_stats.placements_failed + excluded.placements_failed; INSERT INTO daily_placement_times (day, duration_ms, placements) SELECT NEW.at / 86400000, (NEW.duration_ms + 9) / 10 * 10, 1 WHERE TRUE ON CONFLICT (day, duration_ms) DO UPDATE SET placements = daily_placement_times.placements + excluded.placements; END;

CREATE TRIGGER placement_log_stats_delete AFTER DELETE ON placement_log BEGIN INSERT INTO daily_stats (day, currency, placement_attempts, placements_confirmed, placements_pending, placements_declined, placements_out_of_stock, placements_conflict, placements_failed) SELECT OLD.at / 86400000, OLD.currency, -(1), -(CASE WHEN OLD.outcome = 'confirmed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'pending' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'declined' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'out_of_stock' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'conflict' THEN 1 ELSE 0 END), -(CASE WHEN OLD.outcome = 'failed' THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET placement_attempts = daily_stats.placement_attempts + excluded.placement_attempts, placements_confirmed = daily_stats.placements_confirmed + excluded.placements_confirmed, placements_pending = daily_stats.placements_pending + excluded.placements_pending, placements_declined = daily_stats.placements_declined + excluded.placements_declined, placements_out_of_stock = daily_stats.placements_out_of_stock + excluded.placements_out_of_stock, placements_conflict = daily_stats.placements_conflict + excluded.placements_conflict, placements_failed = daily_stats.placements_failed + excluded.placements_failed; INSERT INTO daily_placement_times (day, duration_ms, placements) SELECT OLD.at / 86400000, (OLD.duration_ms + 9) / 10 * 10, -(1) WHERE TRUE ON CONFLICT (day, duration_ms) DO UPDATE SET placements = daily_placement_times.placements + excluded.placements; END;

CREATE TRIGGER notification_outbox_stats_insert AFTER INSERT ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_update AFTER UPDATE ON notification_outbox WHEN OLD.status <> NEW.status OR OLD.created_at <> NEW.created_at BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT NEW.created_at / 86400000, 1, CASE WHEN NEW.status = 'sent' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'failed' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

CREATE TRIGGER notification_outbox_stats_delete AFTER DELETE ON notification_outbox BEGIN INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT OLD.created_at / 86400000, -(1), -(CASE WHEN OLD.status = 'sent' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'failed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) WHERE TRUE ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting; END;

DELETE FROM daily_stats;

DELETE FROM daily_placement_times;

DELETE FROM daily_product_sales;

DELETE FROM daily_email_stats;

INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor) SELECT R.placed_at / 86400000, R.currency, SUM(1), SUM(CASE WHEN R.status = 'pending' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'confirmed' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'shipped' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'delivered' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'cancelled' THEN 1 ELSE 0 END), SUM(CASE WHEN R.cancel_reason = 'expired' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status IN ('confirmed', 'shipped', 'delivered') OR (R.status = 'cancelled' AND R.paid_minor > 0) THEN 1 ELSE 0 END), SUM(R.paid_minor), SUM(R.refunded_minor) FROM orders R WHERE TRUE GROUP BY R.placed_at / 86400000, R.currency ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor;

INSERT INTO daily_stats (day, currency, payment_attempts, payment_failures) SELECT R.started_at / 86400000, R.currency, SUM(1), SUM(CASE WHEN R.status = 'failed' THEN 1 ELSE 0 END) FROM payment_attempts R WHERE R.kind = 'charge' GROUP BY R.started_at / 86400000, R.currency ON CONFLICT (day, currency) DO UPDATE SET payment_attempts = daily_stats.payment_attempts + excluded.payment_attempts, payment_failures = daily_stats.payment_failures + excluded.payment_failures;

INSERT INTO daily_stats (day, currency, placement_attempts, placements_confirmed, placements_pending, placements_declined, placements_out_of_stock, placements_conflict, placements_failed) SELECT R.at / 86400000, R.currency, SUM(1), SUM(CASE WHEN R.outcome = 'confirmed' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'pending' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'declined' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'out_of_stock' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'conflict' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'failed' THEN 1 ELSE 0 END) FROM placement_log R WHERE TRUE GROUP BY R.at / 86400000, R.currency ON CONFLICT (day, currency) DO UPDATE SET placement_attempts = daily_stats.placement_attempts + excluded.placement_attempts, placements_confirmed = daily_stats.placements_confirmed + excluded.placements_confirmed, placements_pending = daily_stats.placements_pending + excluded.placements_pending, placements_declined = daily_stats.placements_declined + excluded.placements_declined, placements_out_of_stock = daily_stats.placements_out_of_stock + excluded.placements_out_of_stock, placements_conflict = daily_stats.placements_conflict + excluded.placements_conflict, placements_failed = daily_stats.placements_failed + excluded.placements_failed;

INSERT INTO daily_placement_times (day, duration_ms, placements) SELECT R.at / 86400000, (R.duration_ms + 9) / 10 * 10, SUM(1) FROM placement_log R WHERE TRUE GROUP BY R.at / 86400000, (R.duration_ms + 9) / 10 * 10 ON CONFLICT (day, duration_ms) DO UPDATE SET placements = daily_placement_times.placements + excluded.placements;

INSERT INTO daily_email_stats (day, emails_queued, emails_sent, emails_failed, emails_waiting) SELECT R.created_at / 86400000, SUM(1), SUM(CASE WHEN R.status = 'sent' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'failed' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END) FROM notification_outbox R WHERE TRUE GROUP BY R.created_at / 86400000 ON CONFLICT (day) DO UPDATE SET emails_queued = daily_email_stats.emails_queued + excluded.emails_queued, emails_sent = daily_email_stats.emails_sent + excluded.emails_sent, emails_failed = daily_email_stats.emails_failed + excluded.emails_failed, emails_waiting = daily_email_stats.emails_waiting + excluded.emails_waiting;

INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, R.sku, SUM(R.quantity), SUM(R.line_total_minor) FROM order_lines R, orders o WHERE o.number = R.order_number AND o.status <> 'cancelled' GROUP BY o.placed_at / 86400000, o.currency, R.sku ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;

-- migrate:down
DROP TRIGGER notification_outbox_stats_delete;

DROP TRIGGER notification_outbox_stats_update;

DROP TRIGGER notification_outbox_stats_insert;

DROP TRIGGER placement_log_stats_delete;

DROP TRIGGER placement_log_stats_update;

DROP TRIGGER placement_log_stats_insert;

DROP TRIGGER payment_attempts_stats_delete;

DROP TRIGGER payment_attempts_stats_update;

DROP TRIGGER payment_attempts_stats_insert;

DROP TRIGGER order_lines_sales_delete;

DROP TRIGGER order_lines_sales_update;

DROP TRIGGER order_lines_sales_insert;

DROP TRIGGER orders_stats_delete;

DROP TRIGGER orders_sales_update;

DROP TRIGGER orders_stats_update;

DROP TRIGGER orders_stats_insert;

DROP INDEX payment_attempts_failed;

DROP TABLE daily_email_stats;

DROP TABLE daily_product_sales;

DROP TABLE daily_placement_times;

DROP TABLE daily_stats;

DROP TABLE placement_log;

