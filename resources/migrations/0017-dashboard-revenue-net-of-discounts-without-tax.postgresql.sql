-- Shipshape schema migration 17, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 17, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- The dashboard's revenue excludes tax and is net of discounts and refunds (docs/dashboard.md). daily_stats
-- gains tax_kept_minor: the tax in the money an order kept (paid - refunded), all of the order's tax when it
-- kept its total or more, none when it kept nothing, in between the tax in proportion to what it kept,
-- rounded half up (orders over 2,000,000,000 minor units count their whole tax, so the product cannot
-- overflow 64 bits). Revenue is then paid - refunded - tax_kept. daily_product_sales.revenue_minor becomes the
-- lines' net of discounts without tax (a tax-inclusive line's tax is taken out). The order and line
-- triggers are replaced with the same statements carrying the new column, and both aggregates are
-- recomputed from their source rows.
-- name: dashboard revenue net of discounts and without tax
-- migrate:up
ALTER TABLE daily_stats ADD COLUMN tax_kept_minor BIGINT NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION shipshape_stats_orders() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor, tax_kept_minor) SELECT OLD.placed_at / 86400000, OLD.currency, -(1), -(CASE WHEN OLD.status = 'pending' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'confirmed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'shipped' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'delivered' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'cancelled' THEN 1 ELSE 0 END), -(CASE WHEN OLD.cancel_reason = 'expired' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('confirmed', 'shipped', 'delivered') OR (OLD.status = 'cancelled' AND OLD.paid_minor > 0) THEN 1 ELSE 0 END), -(OLD.paid_minor), -(OLD.refunded_minor), -(CASE WHEN (OLD.paid_minor - OLD.refunded_minor) <= 0 THEN 0 WHEN (OLD.paid_minor - OLD.refunded_minor) >= OLD.total_minor THEN OLD.tax_minor WHEN OLD.total_minor <= 2000000000 THEN (2 * OLD.tax_minor * (OLD.paid_minor - OLD.refunded_minor) + OLD.total_minor) / (2 * OLD.total_minor) ELSE OLD.tax_minor END) WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor, tax_kept_minor = daily_stats.tax_kept_minor + excluded.tax_kept_minor;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor, tax_kept_minor) SELECT NEW.placed_at / 86400000, NEW.currency, 1, CASE WHEN NEW.status = 'pending' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'confirmed' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'shipped' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'delivered' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'cancelled' THEN 1 ELSE 0 END, CASE WHEN NEW.cancel_reason = 'expired' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('confirmed', 'shipped', 'delivered') OR (NEW.status = 'cancelled' AND NEW.paid_minor > 0) THEN 1 ELSE 0 END, NEW.paid_minor, NEW.refunded_minor, CASE WHEN (NEW.paid_minor - NEW.refunded_minor) <= 0 THEN 0 WHEN (NEW.paid_minor - NEW.refunded_minor) >= NEW.total_minor THEN NEW.tax_minor WHEN NEW.total_minor <= 2000000000 THEN (2 * NEW.tax_minor * (NEW.paid_minor - NEW.refunded_minor) + NEW.total_minor) / (2 * NEW.total_minor) ELSE NEW.tax_minor END WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor, tax_kept_minor = daily_stats.tax_kept_minor + excluded.tax_kept_minor;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;

CREATE OR REPLACE FUNCTION shipshape_sales_orders() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT OLD.placed_at / 86400000, OLD.currency, l.sku, -(l.quantity), -(l.line_total_minor - l.discount_minor - CASE WHEN OLD.prices_include_tax = 1 THEN l.tax_minor ELSE 0 END) FROM order_lines l WHERE l.order_number = OLD.number AND OLD.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT NEW.placed_at / 86400000, NEW.currency, l.sku, l.quantity, l.line_total_minor - l.discount_minor - CASE WHEN NEW.prices_include_tax = 1 THEN l.tax_minor ELSE 0 END FROM order_lines l WHERE l.order_number = NEW.number AND NEW.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;

CREATE OR REPLACE FUNCTION shipshape_sales_order_lines() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, OLD.sku, -(OLD.quantity), -(OLD.line_total_minor - OLD.discount_minor - CASE WHEN o.prices_include_tax = 1 THEN OLD.tax_minor ELSE 0 END) FROM orders o WHERE o.number = OLD.order_number AND o.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, NEW.sku, NEW.quantity, NEW.line_total_minor - NEW.discount_minor - CASE WHEN o.prices_include_tax = 1 THEN NEW.tax_minor ELSE 0 END FROM orders o WHERE o.number = NEW.order_number AND o.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;

DROP TRIGGER orders_stats_update ON orders;

CREATE TRIGGER orders_stats_update AFTER UPDATE ON orders FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.paid_minor IS DISTINCT FROM NEW.paid_minor OR OLD.refunded_minor IS DISTINCT FROM NEW.refunded_minor OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.placed_at IS DISTINCT FROM NEW.placed_at OR COALESCE(OLD.cancel_reason, '') IS DISTINCT FROM COALESCE(NEW.cancel_reason, '') OR OLD.tax_minor IS DISTINCT FROM NEW.tax_minor OR OLD.total_minor IS DISTINCT FROM NEW.total_minor) EXECUTE FUNCTION shipshape_stats_orders();

DROP TRIGGER orders_sales_update ON orders;

CREATE TRIGGER orders_sales_update AFTER UPDATE ON orders FOR EACH ROW WHEN ((OLD.status = 'cancelled') IS DISTINCT FROM (NEW.status = 'cancelled') OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.placed_at IS DISTINCT FROM NEW.placed_at OR OLD.prices_include_tax IS DISTINCT FROM NEW.prices_include_tax) EXECUTE FUNCTION shipshape_sales_orders();

DELETE FROM daily_stats;

DELETE FROM daily_product_sales;

INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor, tax_kept_minor) SELECT R.placed_at / 86400000, R.currency, SUM(1), SUM(CASE WHEN R.status = 'pending' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'confirmed' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'shipped' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'delivered' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'cancelled' THEN 1 ELSE 0 END), SUM(CASE WHEN R.cancel_reason = 'expired' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status IN ('confirmed', 'shipped', 'delivered') OR (R.status = 'cancelled' AND R.paid_minor > 0) THEN 1 ELSE 0 END), SUM(R.paid_minor), SUM(R.refunded_minor), SUM(CASE WHEN (R.paid_minor - R.refunded_minor) <= 0 THEN 0 WHEN (R.paid_minor - R.refunded_minor) >= R.total_minor THEN R.tax_minor WHEN R.total_minor <= 2000000000 THEN (2 * R.tax_minor * (R.paid_minor - R.refunded_minor) + R.total_minor) / (2 * R.total_minor) ELSE R.tax_minor END) FROM orders R WHERE TRUE GROUP BY R.placed_at / 86400000, R.currency ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor, tax_kept_minor = daily_stats.tax_kept_minor + excluded.tax_kept_minor;

INSERT INTO daily_stats (day, currency, payment_attempts, payment_failures) SELECT R.started_at / 86400000, R.currency, SUM(1), SUM(CASE WHEN R.status = 'failed' THEN 1 ELSE 0 END) FROM payment_attempts R WHERE R.kind = 'charge' GROUP BY R.started_at / 86400000, R.currency ON CONFLICT (day, currency) DO UPDATE SET payment_attempts = daily_stats.payment_attempts + excluded.payment_attempts, payment_failures = daily_stats.payment_failures + excluded.payment_failures;

INSERT INTO daily_stats (day, currency, placement_attempts, placements_confirmed, placements_pending, placements_declined, placements_out_of_stock, placements_conflict, placements_failed) SELECT R.at / 86400000, R.currency, SUM(1), SUM(CASE WHEN R.outcome = 'confirmed' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'pending' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'declined' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'out_of_stock' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'conflict' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'failed' THEN 1 ELSE 0 END) FROM placement_log R WHERE TRUE GROUP BY R.at / 86400000, R.currency ON CONFLICT (day, currency) DO UPDATE SET placement_attempts = daily_stats.placement_attempts + excluded.placement_attempts, placements_confirmed = daily_stats.placements_confirmed + excluded.placements_confirmed, placements_pending = daily_stats.placements_pending + excluded.placements_pending, placements_declined = daily_stats.placements_declined + excluded.placements_declined, placements_out_of_stock = daily_stats.placements_out_of_stock + excluded.placements_out_of_stock, placements_conflict = daily_stats.placements_conflict + excluded.placements_conflict, placements_failed = daily_stats.placements_failed + excluded.placements_failed;

INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, R.sku, SUM(R.quantity), SUM(R.line_total_minor - R.discount_minor - CASE WHEN o.prices_include_tax = 1 THEN R.tax_minor ELSE 0 END) FROM order_lines R, orders o WHERE o.number = R.order_number AND o.status <> 'cancelled' GROUP BY o.placed_at / 86400000, o.currency, R.sku ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;

-- migrate:down
CREATE OR REPLACE FUNCTION shipshape_stats_orders() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor) SELECT OLD.placed_at / 86400000, OLD.currency, -(1), -(CASE WHEN OLD.status = 'pending' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'confirmed' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'shipped' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'delivered' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status = 'cancelled' THEN 1 ELSE 0 END), -(CASE WHEN OLD.cancel_reason = 'expired' THEN 1 ELSE 0 END), -(CASE WHEN OLD.status IN ('confirmed', 'shipped', 'delivered') OR (OLD.status = 'cancelled' AND OLD.paid_minor > 0) THEN 1 ELSE 0 END), -(OLD.paid_minor), -(OLD.refunded_minor) WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor) SELECT NEW.placed_at / 86400000, NEW.currency, 1, CASE WHEN NEW.status = 'pending' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'confirmed' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'shipped' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'delivered' THEN 1 ELSE 0 END, CASE WHEN NEW.status = 'cancelled' THEN 1 ELSE 0 END, CASE WHEN NEW.cancel_reason = 'expired' THEN 1 ELSE 0 END, CASE WHEN NEW.status IN ('confirmed', 'shipped', 'delivered') OR (NEW.status = 'cancelled' AND NEW.paid_minor > 0) THEN 1 ELSE 0 END, NEW.paid_minor, NEW.refunded_minor WHERE TRUE ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;

CREATE OR REPLACE FUNCTION shipshape_sales_orders() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT OLD.placed_at / 86400000, OLD.currency, l.sku, -(l.quantity), -(l.line_total_minor) FROM order_lines l WHERE l.order_number = OLD.number AND OLD.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT NEW.placed_at / 86400000, NEW.currency, l.sku, l.quantity, l.line_total_minor FROM order_lines l WHERE l.order_number = NEW.number AND NEW.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;

CREATE OR REPLACE FUNCTION shipshape_sales_order_lines() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, OLD.sku, -(OLD.quantity), -(OLD.line_total_minor) FROM orders o WHERE o.number = OLD.order_number AND o.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, NEW.sku, NEW.quantity, NEW.line_total_minor FROM orders o WHERE o.number = NEW.order_number AND o.status <> 'cancelled' ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$;

DROP TRIGGER orders_stats_update ON orders;

CREATE TRIGGER orders_stats_update AFTER UPDATE ON orders FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.paid_minor IS DISTINCT FROM NEW.paid_minor OR OLD.refunded_minor IS DISTINCT FROM NEW.refunded_minor OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.placed_at IS DISTINCT FROM NEW.placed_at OR COALESCE(OLD.cancel_reason, '') IS DISTINCT FROM COALESCE(NEW.cancel_reason, '')) EXECUTE FUNCTION shipshape_stats_orders();

DROP TRIGGER orders_sales_update ON orders;

CREATE TRIGGER orders_sales_update AFTER UPDATE ON orders FOR EACH ROW WHEN ((OLD.status = 'cancelled') IS DISTINCT FROM (NEW.status = 'cancelled') OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.placed_at IS DISTINCT FROM NEW.placed_at) EXECUTE FUNCTION shipshape_sales_orders();

ALTER TABLE daily_stats DROP COLUMN tax_kept_minor;

DELETE FROM daily_stats;

DELETE FROM daily_product_sales;

INSERT INTO daily_stats (day, currency, orders_placed, orders_pending, orders_confirmed_now, orders_shipped, orders_delivered, orders_cancelled, orders_expired, orders_confirmed, paid_minor, refunded_minor) SELECT R.placed_at / 86400000, R.currency, SUM(1), SUM(CASE WHEN R.status = 'pending' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'confirmed' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'shipped' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'delivered' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status = 'cancelled' THEN 1 ELSE 0 END), SUM(CASE WHEN R.cancel_reason = 'expired' THEN 1 ELSE 0 END), SUM(CASE WHEN R.status IN ('confirmed', 'shipped', 'delivered') OR (R.status = 'cancelled' AND R.paid_minor > 0) THEN 1 ELSE 0 END), SUM(R.paid_minor), SUM(R.refunded_minor) FROM orders R WHERE TRUE GROUP BY R.placed_at / 86400000, R.currency ON CONFLICT (day, currency) DO UPDATE SET orders_placed = daily_stats.orders_placed + excluded.orders_placed, orders_pending = daily_stats.orders_pending + excluded.orders_pending, orders_confirmed_now = daily_stats.orders_confirmed_now + excluded.orders_confirmed_now, orders_shipped = daily_stats.orders_shipped + excluded.orders_shipped, orders_delivered = daily_stats.orders_delivered + excluded.orders_delivered, orders_cancelled = daily_stats.orders_cancelled + excluded.orders_cancelled, orders_expired = daily_stats.orders_expired + excluded.orders_expired, orders_confirmed = daily_stats.orders_confirmed + excluded.orders_confirmed, paid_minor = daily_stats.paid_minor + excluded.paid_minor, refunded_minor = daily_stats.refunded_minor + excluded.refunded_minor;

INSERT INTO daily_stats (day, currency, payment_attempts, payment_failures) SELECT R.started_at / 86400000, R.currency, SUM(1), SUM(CASE WHEN R.status = 'failed' THEN 1 ELSE 0 END) FROM payment_attempts R WHERE R.kind = 'charge' GROUP BY R.started_at / 86400000, R.currency ON CONFLICT (day, currency) DO UPDATE SET payment_attempts = daily_stats.payment_attempts + excluded.payment_attempts, payment_failures = daily_stats.payment_failures + excluded.payment_failures;

INSERT INTO daily_stats (day, currency, placement_attempts, placements_confirmed, placements_pending, placements_declined, placements_out_of_stock, placements_conflict, placements_failed) SELECT R.at / 86400000, R.currency, SUM(1), SUM(CASE WHEN R.outcome = 'confirmed' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'pending' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'declined' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'out_of_stock' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'conflict' THEN 1 ELSE 0 END), SUM(CASE WHEN R.outcome = 'failed' THEN 1 ELSE 0 END) FROM placement_log R WHERE TRUE GROUP BY R.at / 86400000, R.currency ON CONFLICT (day, currency) DO UPDATE SET placement_attempts = daily_stats.placement_attempts + excluded.placement_attempts, placements_confirmed = daily_stats.placements_confirmed + excluded.placements_confirmed, placements_pending = daily_stats.placements_pending + excluded.placements_pending, placements_declined = daily_stats.placements_declined + excluded.placements_declined, placements_out_of_stock = daily_stats.placements_out_of_stock + excluded.placements_out_of_stock, placements_conflict = daily_stats.placements_conflict + excluded.placements_conflict, placements_failed = daily_stats.placements_failed + excluded.placements_failed;

INSERT INTO daily_product_sales (day, currency, sku, quantity, revenue_minor) SELECT o.placed_at / 86400000, o.currency, R.sku, SUM(R.quantity), SUM(R.line_total_minor) FROM order_lines R, orders o WHERE o.number = R.order_number AND o.status <> 'cancelled' GROUP BY o.placed_at / 86400000, o.currency, R.sku ON CONFLICT (day, currency, sku) DO UPDATE SET quantity = daily_product_sales.quantity + excluded.quantity, revenue_minor = daily_product_sales.revenue_minor + excluded.revenue_minor;
