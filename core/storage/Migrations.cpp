#include "storage/Migration.h"

#include "dashboard/DailyAggregates.h"

using namespace Qt::Literals::StringLiterals;

// Times are stored as milliseconds since the Unix epoch (UTC) and money as integer minor units:
// both are exact and sort and compare correctly on both engines.

namespace shipshape {
namespace {

Migration catalogueAndCustomers()
{
    return {1, u"catalogue and customers"_s,
            {
                    uR"(CREATE TABLE counters (
                    name TEXT PRIMARY KEY,
                    value BIGINT NOT NULL))"_s,
                    uR"(INSERT INTO counters (name, value) VALUES ('order_number', 1000))"_s,
                    uR"(CREATE TABLE customers (
                    id ${AUTO_ID},
                    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'),
                    created_at BIGINT NOT NULL))"_s,
                    uR"(CREATE UNIQUE INDEX customers_email ON customers (lower(email)))"_s,
                    uR"(CREATE INDEX customers_name ON customers (name))"_s,
                    uR"(CREATE TABLE products (
                    sku TEXT PRIMARY KEY CHECK (length(sku) BETWEEN 1 AND 64),
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                    price_minor BIGINT NOT NULL CHECK (price_minor >= 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    on_hand BIGINT NOT NULL CHECK (on_hand >= 0),
                    reserved BIGINT NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
                    low_stock_threshold BIGINT NOT NULL DEFAULT 5 CHECK (low_stock_threshold >= 0),
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL))"_s,
            },
            {
                    u"DROP TABLE products"_s,
                    u"DROP TABLE customers"_s,
                    u"DROP TABLE counters"_s,
            }};
}

Migration ordersAndLedgers()
{
    return {2, u"orders, timeline, stock ledger and payments"_s,
            {
                    uR"(CREATE TABLE orders (
                    number ${ASSIGNED_ID},
                    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
                    customer_id BIGINT NOT NULL REFERENCES customers (id),
                    customer_name TEXT NOT NULL,
                    customer_email TEXT NOT NULL,
                    status TEXT NOT NULL
                        CHECK (status IN ('pending', 'confirmed', 'shipped', 'delivered', 'cancelled')),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    total_minor BIGINT NOT NULL CHECK (total_minor >= 0),
                    line_count BIGINT NOT NULL CHECK (line_count >= 1),
                    paid_minor BIGINT NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
                    refunded_minor BIGINT NOT NULL DEFAULT 0 CHECK (refunded_minor BETWEEN 0 AND paid_minor),
                    payment_method TEXT NOT NULL
                        CHECK (payment_method IN ('invoice', 'bank_transfer', 'cash', 'card')),
                    ship_street TEXT NOT NULL CHECK (length(ship_street) BETWEEN 1 AND 200),
                    ship_city TEXT NOT NULL CHECK (length(ship_city) BETWEEN 1 AND 100),
                    ship_state TEXT NOT NULL CHECK (length(ship_state) BETWEEN 1 AND 100),
                    ship_zip TEXT NOT NULL CHECK (length(ship_zip) BETWEEN 1 AND 20),
                    ship_country TEXT NOT NULL CHECK (length(ship_country) = 2),
                    carrier TEXT,
                    tracking_number TEXT,
                    cancel_reason TEXT
                        CHECK (cancel_reason IN ('customer', 'declined', 'fraud', 'inventory', 'staff', 'other',
                                                 'expired')),
                    reservation_expires_at BIGINT,
                    placed_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    version BIGINT NOT NULL DEFAULT 1,
                    CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)),
                    CHECK (status NOT IN ('shipped', 'delivered') OR tracking_number IS NOT NULL),
                    CHECK (reservation_expires_at IS NULL OR status = 'pending')))"_s,
                    u"CREATE INDEX orders_placed ON orders (placed_at)"_s,
                    u"CREATE INDEX orders_status_number ON orders (status, number)"_s,
                    u"CREATE INDEX orders_customer_number ON orders (customer_id, number)"_s,
                    u"CREATE INDEX orders_total ON orders (total_minor, number)"_s,
                    u"CREATE INDEX orders_customer_email ON orders (customer_email)"_s,
                    u"CREATE INDEX orders_tracking ON orders (tracking_number) WHERE tracking_number IS NOT NULL"_s,
                    u"CREATE INDEX orders_expiry ON orders (reservation_expires_at) WHERE reservation_expires_at IS NOT NULL"_s,
                    uR"(CREATE TABLE order_lines (
                    order_number BIGINT NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
                    position BIGINT NOT NULL CHECK (position >= 1),
                    sku TEXT NOT NULL REFERENCES products (sku),
                    product_name TEXT NOT NULL,
                    quantity BIGINT NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
                    unit_price_minor BIGINT NOT NULL CHECK (unit_price_minor >= 0),
                    line_total_minor BIGINT NOT NULL CHECK (line_total_minor = quantity * unit_price_minor),
                    PRIMARY KEY (order_number, position),
                    UNIQUE (order_number, sku)))"_s,
                    u"CREATE INDEX order_lines_sku ON order_lines (sku)"_s,
                    uR"(CREATE TABLE order_events (
                    id ${AUTO_ID},
                    order_number BIGINT NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    event TEXT NOT NULL,
                    from_status TEXT,
                    to_status TEXT,
                    reason TEXT NOT NULL DEFAULT '',
                    details TEXT NOT NULL DEFAULT '{}'))"_s,
                    u"CREATE INDEX order_events_order ON order_events (order_number, id)"_s,
                    uR"(CREATE TABLE stock_movements (
                    id ${AUTO_ID},
                    sku TEXT NOT NULL REFERENCES products (sku),
                    kind TEXT NOT NULL
                        CHECK (kind IN ('initial', 'reserve', 'release', 'consume', 'replenish', 'correction')),
                    on_hand_delta BIGINT NOT NULL,
                    reserved_delta BIGINT NOT NULL,
                    on_hand_after BIGINT NOT NULL CHECK (on_hand_after >= 0),
                    reserved_after BIGINT NOT NULL CHECK (reserved_after BETWEEN 0 AND on_hand_after),
                    order_number BIGINT REFERENCES orders (number),
                    actor TEXT NOT NULL,
                    reason TEXT NOT NULL DEFAULT '',
                    at BIGINT NOT NULL))"_s,
                    u"CREATE INDEX stock_movements_sku ON stock_movements (sku, id)"_s,
                    u"CREATE INDEX stock_movements_order ON stock_movements (order_number) WHERE order_number IS NOT NULL"_s,
                    uR"(CREATE TABLE payments (
                    id ${AUTO_ID},
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    method TEXT NOT NULL CHECK (method IN ('invoice', 'bank_transfer', 'cash', 'card')),
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    reference TEXT NOT NULL DEFAULT '',
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL))"_s,
                    u"CREATE INDEX payments_order ON payments (order_number)"_s,
            },
            {
                    u"DROP TABLE payments"_s,
                    u"DROP TABLE stock_movements"_s,
                    u"DROP TABLE order_events"_s,
                    u"DROP TABLE order_lines"_s,
                    u"DROP TABLE orders"_s,
            }};
}

// Card payments and refunds go through a provider over the network, so each call is recorded as an
// attempt before it is sent and resolved after: a crash in between leaves a row to reconcile.
Migration cardPaymentsAndRefunds()
{
    return {4, u"card payment attempts and refunds"_s,
            {
                    uR"(CREATE TABLE payment_attempts (
                    id ${AUTO_ID},
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    kind TEXT NOT NULL CHECK (kind IN ('charge', 'refund')),
                    idempotency_key TEXT NOT NULL UNIQUE,
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    payment_method TEXT NOT NULL DEFAULT '',
                    payment_intent TEXT,
                    provider_id TEXT,
                    status TEXT NOT NULL
                        CHECK (status IN ('started', 'succeeded', 'failed', 'processing', 'unknown')),
                    decline_code TEXT NOT NULL DEFAULT '',
                    error_code TEXT NOT NULL DEFAULT '',
                    message TEXT NOT NULL DEFAULT '',
                    reason TEXT NOT NULL DEFAULT '',
                    started_at BIGINT NOT NULL,
                    finished_at BIGINT,
                    duration_ms BIGINT CHECK (duration_ms IS NULL OR duration_ms >= 0),
                    actor TEXT NOT NULL,
                    CHECK (kind = 'charge' OR payment_intent IS NOT NULL)))"_s,
                    u"CREATE INDEX payment_attempts_order ON payment_attempts (order_number, id)"_s,
                    u"CREATE INDEX payment_attempts_open ON payment_attempts (status, started_at) "
                    "WHERE status IN ('started', 'processing', 'unknown')"_s,
                    u"CREATE INDEX payment_attempts_started ON payment_attempts (started_at)"_s,
                    uR"(CREATE TABLE refunds (
                    id ${AUTO_ID},
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    attempt_id BIGINT NOT NULL UNIQUE REFERENCES payment_attempts (id),
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    reason TEXT NOT NULL DEFAULT '',
                    provider_id TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL))"_s,
                    u"CREATE INDEX refunds_order ON refunds (order_number)"_s,
            },
            {
                    u"DROP TABLE refunds"_s,
                    u"DROP TABLE payment_attempts"_s,
            }};
}

Migration notificationOutbox()
{
    // The transactional outbox for customer emails: a row is written in the same transaction as the
    // order change and sent later by a dispatcher. `attempts` counts every claim; `round_attempts`
    // restarts when staff retry a failed row; `claimed_until` lets a crashed dispatcher's claim expire.
    return {3, u"notification outbox"_s,
            {
                    uR"(CREATE TABLE notification_outbox (
                    id ${AUTO_ID},
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
                    CHECK ((status = 'sent') = (sent_at IS NOT NULL))))"_s,
                    u"CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at)"_s,
                    u"CREATE INDEX notification_outbox_order ON notification_outbox (order_number, id)"_s,
            },
            {
                    u"DROP TABLE notification_outbox"_s,
            }};
}

// PostgreSQL only (on SQLite the version is just recorded): the staff group roles and what each may do,
// enforced by the server; and triggers that NOTIFY other clients of every committed change.
// See docs/postgresql.md. Roles are cluster-wide, so they are created only if missing and never dropped.
Migration staffRolesAndChangeNotifications()
{
    return {5, u"staff roles, server-side permissions and change notifications"_s,
            {
                    uR"(${POSTGRES_ONLY}DO $$
                DECLARE
                    group_role TEXT;
                BEGIN
                    FOREACH group_role IN ARRAY ARRAY['shipshape_warehouse', 'shipshape_support', 'shipshape_admin'] LOOP
                        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = group_role) THEN
                            BEGIN
                                EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
                            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                                NULL; -- created meanwhile by a migration of another database
                            END;
                        END IF;
                    END LOOP;
                END $$)"_s,
                    u"${POSTGRES_ONLY}GRANT USAGE ON SCHEMA public TO shipshape_warehouse, shipshape_support, shipshape_admin"_s,
                    u"${POSTGRES_ONLY}GRANT SELECT ON ALL TABLES IN SCHEMA public TO shipshape_warehouse, shipshape_support, shipshape_admin"_s,
                    u"${POSTGRES_ONLY}GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO shipshape_warehouse, shipshape_support, shipshape_admin"_s,
                    // Admin: every row of every table (schema changes stay with the owner who runs migrate).
                    u"${POSTGRES_ONLY}GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO shipshape_admin"_s,
                    u"${POSTGRES_ONLY}REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM shipshape_admin"_s,
                    // Support: orders, customers, payments and refunds; stock only through `reserved`.
                    u"${POSTGRES_ONLY}GRANT INSERT ON customers, orders, order_events, stock_movements, payments TO shipshape_support"_s,
                    u"${POSTGRES_ONLY}GRANT INSERT, DELETE ON order_lines TO shipshape_support"_s,
                    u"${POSTGRES_ONLY}GRANT UPDATE ON orders TO shipshape_support"_s,
                    u"${POSTGRES_ONLY}GRANT UPDATE (value) ON counters TO shipshape_support"_s,
                    u"${POSTGRES_ONLY}GRANT UPDATE (reserved, updated_at) ON products TO shipshape_support"_s,
                    u"${POSTGRES_ONLY}GRANT INSERT, UPDATE ON payment_attempts, refunds TO shipshape_support"_s,
                    // Warehouse: stock and products, shipping and delivery (the order guard below limits which
                    // columns and transitions), the ledger and timeline rows that go with them.
                    u"${POSTGRES_ONLY}GRANT INSERT ON products, stock_movements, order_events TO shipshape_warehouse"_s,
                    u"${POSTGRES_ONLY}GRANT UPDATE (on_hand, reserved, low_stock_threshold, updated_at) ON products TO shipshape_warehouse"_s,
                    u"${POSTGRES_ONLY}GRANT UPDATE ON orders TO shipshape_warehouse"_s,
                    // Both write the customer emails their changes cause.
                    u"${POSTGRES_ONLY}GRANT INSERT, UPDATE ON notification_outbox TO shipshape_warehouse, shipshape_support"_s,
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_is_admin(login NAME) RETURNS BOOLEAN
                LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
                    SELECT pg_has_role(login, 'shipshape_admin', 'MEMBER')
                        OR pg_has_role(login, (SELECT relowner FROM pg_class WHERE oid = 'public.orders'::regclass), 'MEMBER')
                $$)"_s,
                    // State- and column-level rules on orders that GRANTs cannot express.
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_guard_order_update() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                DECLARE
                    is_support BOOLEAN := pg_has_role(current_user, 'shipshape_support', 'MEMBER');
                    is_warehouse BOOLEAN := pg_has_role(current_user, 'shipshape_warehouse', 'MEMBER');
                BEGIN
                    IF shipshape_is_admin(current_user) THEN
                        RETURN NEW;
                    END IF;
                    IF NEW.status IN ('shipped', 'delivered') AND NEW.status IS DISTINCT FROM OLD.status AND NOT is_warehouse THEN
                        RAISE EXCEPTION 'permission denied: only warehouse staff may ship or deliver orders'
                            USING ERRCODE = '42501';
                    END IF;
                    IF NOT is_support THEN
                        IF NEW.status IS DISTINCT FROM OLD.status
                           AND NOT ((OLD.status = 'confirmed' AND NEW.status = 'shipped')
                                    OR (OLD.status = 'shipped' AND NEW.status = 'delivered')) THEN
                            RAISE EXCEPTION 'permission denied: warehouse staff may only ship and deliver orders'
                                USING ERRCODE = '42501';
                        END IF;
                        IF (NEW.uuid, NEW.customer_id, NEW.customer_name, NEW.customer_email, NEW.currency,
                            NEW.total_minor, NEW.line_count, NEW.paid_minor, NEW.refunded_minor, NEW.payment_method,
                            NEW.ship_street, NEW.ship_city, NEW.ship_state, NEW.ship_zip, NEW.ship_country,
                            NEW.cancel_reason, NEW.placed_at)
                           IS DISTINCT FROM
                           (OLD.uuid, OLD.customer_id, OLD.customer_name, OLD.customer_email, OLD.currency,
                            OLD.total_minor, OLD.line_count, OLD.paid_minor, OLD.refunded_minor, OLD.payment_method,
                            OLD.ship_street, OLD.ship_city, OLD.ship_state, OLD.ship_zip, OLD.ship_country,
                            OLD.cancel_reason, OLD.placed_at) THEN
                            RAISE EXCEPTION 'permission denied: warehouse staff may not change prices, lines, payments or addresses'
                                USING ERRCODE = '42501';
                        END IF;
                    END IF;
                    RETURN NEW;
                END $$)"_s,
                    u"${POSTGRES_ONLY}CREATE TRIGGER orders_guard BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION shipshape_guard_order_update()"_s,
                    // Support moves stock only by reserving and releasing it.
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_guard_stock_movement() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF NEW.kind NOT IN ('reserve', 'release') AND NOT shipshape_is_admin(current_user)
                       AND NOT pg_has_role(current_user, 'shipshape_warehouse', 'MEMBER') THEN
                        RAISE EXCEPTION 'permission denied: only warehouse staff may change stock on hand'
                            USING ERRCODE = '42501';
                    END IF;
                    RETURN NEW;
                END $$)"_s,
                    u"${POSTGRES_ONLY}CREATE TRIGGER stock_movements_guard BEFORE INSERT ON stock_movements FOR EACH ROW EXECUTE FUNCTION shipshape_guard_stock_movement()"_s,
                    // LISTEN/NOTIFY: delivered to other clients when (and only if) the transaction commits.
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_notify_order() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('shipshape_changes', 'order:' || NEW.number);
                    RETURN NULL;
                END $$)"_s,
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_notify_stock() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('shipshape_changes', 'stock:' || NEW.sku);
                    RETURN NULL;
                END $$)"_s,
                    u"${POSTGRES_ONLY}CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION shipshape_notify_order()"_s,
                    u"${POSTGRES_ONLY}CREATE TRIGGER products_notify AFTER INSERT OR UPDATE ON products FOR EACH ROW EXECUTE FUNCTION shipshape_notify_stock()"_s,
                    // Staff management: CREATE ROLE cannot take its password as a bound value, so the client
                    // calls these SECURITY DEFINER functions with bound arguments and they quote with %I/%L.
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_check_staff_change(login TEXT, staff_role TEXT) RETURNS void
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF NOT shipshape_is_admin(session_user) THEN
                        RAISE EXCEPTION 'permission denied: only a Shipshape admin may manage staff' USING ERRCODE = '42501';
                    END IF;
                    IF login IS NULL OR login !~ '^[a-z_][a-z0-9_]{0,62}$' OR login LIKE 'pg\_%' OR login LIKE 'shipshape\_%' THEN
                        RAISE EXCEPTION 'invalid staff login name: %', login USING ERRCODE = '22023';
                    END IF;
                    IF staff_role IS NOT NULL AND staff_role NOT IN ('shipshape_warehouse', 'shipshape_support', 'shipshape_admin') THEN
                        RAISE EXCEPTION 'unknown staff role: %', staff_role USING ERRCODE = '22023';
                    END IF;
                END $$)"_s,
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_is_staff_login(login TEXT) RETURNS BOOLEAN
                LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
                    SELECT EXISTS (SELECT FROM pg_roles r WHERE r.rolname = login AND NOT r.rolsuper
                                   AND (pg_has_role(r.oid, 'shipshape_warehouse', 'MEMBER')
                                        OR pg_has_role(r.oid, 'shipshape_support', 'MEMBER')
                                        OR pg_has_role(r.oid, 'shipshape_admin', 'MEMBER')))
                $$)"_s,
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_staff_add(login TEXT, password TEXT, staff_role TEXT) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    PERFORM shipshape_check_staff_change(login, staff_role);
                    IF staff_role IS NULL THEN
                        RAISE EXCEPTION 'a staff login needs a role' USING ERRCODE = '22023';
                    END IF;
                    IF password IS NULL OR length(password) < 8 THEN
                        RAISE EXCEPTION 'a staff password needs at least 8 characters' USING ERRCODE = '22023';
                    END IF;
                    IF EXISTS (SELECT FROM pg_roles WHERE rolname = login) THEN
                        RAISE EXCEPTION 'the login % already exists', login USING ERRCODE = '42710';
                    END IF;
                    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, password, staff_role);
                END $$)"_s,
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_staff_set_role(login TEXT, staff_role TEXT) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                DECLARE
                    group_role TEXT;
                BEGIN
                    PERFORM shipshape_check_staff_change(login, staff_role);
                    IF NOT shipshape_is_staff_login(login) THEN
                        RAISE EXCEPTION 'no staff login %', login USING ERRCODE = '42704';
                    END IF;
                    FOREACH group_role IN ARRAY ARRAY['shipshape_warehouse', 'shipshape_support', 'shipshape_admin'] LOOP
                        IF group_role <> staff_role AND pg_has_role(login, group_role, 'MEMBER') THEN
                            EXECUTE format('REVOKE %I FROM %I', group_role, login);
                        END IF;
                    END LOOP;
                    EXECUTE format('GRANT %I TO %I', staff_role, login);
                END $$)"_s,
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_staff_disable(login TEXT) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    PERFORM shipshape_check_staff_change(login, NULL);
                    IF NOT shipshape_is_staff_login(login) THEN
                        RAISE EXCEPTION 'no staff login %', login USING ERRCODE = '42704';
                    END IF;
                    EXECUTE format('ALTER ROLE %I NOLOGIN', login);
                END $$)"_s,
                    u"${POSTGRES_ONLY}REVOKE ALL ON FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT), "
                    u"shipshape_staff_set_role(TEXT, TEXT), "
                    "shipshape_staff_disable(TEXT) FROM PUBLIC"_s,
                    u"${POSTGRES_ONLY}GRANT EXECUTE ON FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT), "
                    u"shipshape_staff_set_role(TEXT, TEXT), "
                    "shipshape_staff_disable(TEXT) TO shipshape_admin"_s,
            },
            {
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_staff_disable(TEXT)"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_staff_set_role(TEXT, TEXT)"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT)"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_is_staff_login(TEXT)"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_check_staff_change(TEXT, TEXT)"_s,
                    u"${POSTGRES_ONLY}DROP TRIGGER products_notify ON products"_s,
                    u"${POSTGRES_ONLY}DROP TRIGGER orders_notify ON orders"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_notify_stock()"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_notify_order()"_s,
                    u"${POSTGRES_ONLY}DROP TRIGGER stock_movements_guard ON stock_movements"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_guard_stock_movement()"_s,
                    u"${POSTGRES_ONLY}DROP TRIGGER orders_guard ON orders"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_guard_order_update()"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_is_admin(NAME)"_s,
                    u"${POSTGRES_ONLY}REVOKE ALL ON ALL TABLES IN SCHEMA public FROM shipshape_warehouse, shipshape_support, shipshape_admin"_s,
                    u"${POSTGRES_ONLY}REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM shipshape_warehouse, shipshape_support, shipshape_admin"_s,
                    u"${POSTGRES_ONLY}REVOKE USAGE ON SCHEMA public FROM shipshape_warehouse, shipshape_support, shipshape_admin"_s,
            }};
}

// Orders an agent is still putting together (the seed's cart that "persists across sessions"). A draft
// may be incomplete, so its text columns may be empty; what the schema can still promise is bounded
// lengths, a known payment method and sane lines: a real product, a quantity an order could take,
// one line per SKU. order_placements remembers which order an idempotent placement created, so a
// draft placed twice (a crash between placing and deleting it, two desktops) yields one order.
Migration draftOrders()
{
    return {7, u"draft orders and idempotent placement"_s,
            {
                    uR"(CREATE TABLE drafts (
                    id TEXT PRIMARY KEY CHECK (length(id) = 36),
                    customer_id TEXT NOT NULL DEFAULT '' CHECK (length(customer_id) IN (0, 36)),
                    customer_name TEXT NOT NULL DEFAULT '' CHECK (length(customer_name) <= 200),
                    customer_email TEXT NOT NULL DEFAULT '' CHECK (length(customer_email) <= 254),
                    ship_street TEXT NOT NULL DEFAULT '' CHECK (length(ship_street) <= 200),
                    ship_city TEXT NOT NULL DEFAULT '' CHECK (length(ship_city) <= 100),
                    ship_state TEXT NOT NULL DEFAULT '' CHECK (length(ship_state) <= 100),
                    ship_zip TEXT NOT NULL DEFAULT '' CHECK (length(ship_zip) <= 20),
                    ship_country TEXT NOT NULL DEFAULT '' CHECK (length(ship_country) <= 2),
                    payment_method TEXT NOT NULL DEFAULT 'invoice'
                        CHECK (payment_method IN ('invoice', 'bank_transfer', 'cash', 'card')),
                    payment_token TEXT NOT NULL DEFAULT '' CHECK (length(payment_token) <= 210),
                    placement_attempt BIGINT NOT NULL DEFAULT 1 CHECK (placement_attempt >= 1),
                    created_by TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_by TEXT NOT NULL,
                    updated_at BIGINT NOT NULL CHECK (updated_at >= created_at),
                    version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1)))"_s,
                    u"CREATE INDEX drafts_updated ON drafts (updated_at, id)"_s,
                    uR"(CREATE TABLE draft_lines (
                    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
                    position BIGINT NOT NULL CHECK (position >= 1),
                    sku TEXT NOT NULL REFERENCES products (sku),
                    quantity BIGINT NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
                    PRIMARY KEY (draft_id, position),
                    UNIQUE (draft_id, sku)))"_s,
                    uR"(CREATE TABLE order_placements (
                    placement_key TEXT PRIMARY KEY CHECK (length(placement_key) BETWEEN 1 AND 100),
                    order_number BIGINT NOT NULL UNIQUE REFERENCES orders (number),
                    placed_at BIGINT NOT NULL))"_s,
                    // Tables created after migration 5 need their own grants: everyone reads; support (who
                    // place orders) and admins write drafts; placements are only ever inserted.
                    u"${POSTGRES_ONLY}GRANT SELECT ON drafts, draft_lines, order_placements TO shipshape_warehouse, shipshape_support, shipshape_admin"_s,
                    u"${POSTGRES_ONLY}GRANT INSERT, UPDATE, DELETE ON drafts, draft_lines TO shipshape_support, shipshape_admin"_s,
                    u"${POSTGRES_ONLY}GRANT INSERT ON order_placements TO shipshape_support, shipshape_admin"_s,
            },
            {
                    u"DROP TABLE order_placements"_s,
                    u"DROP TABLE draft_lines"_s,
                    u"DROP TABLE drafts"_s,
            }};
}

// Indexes for the order list's filters and its free-text search (docs/search.md): every kind of
// search and filter is answered from an index range instead of a scan of every order.
Migration orderSearchAndFilterIndexes()
{
    return {8, u"order search and filter indexes"_s,
            {
                    // A status filter together with a customer search (name or email): counted and listed
                    // from the index alone.
                    u"CREATE INDEX orders_status_customer ON orders (status, customer_id, number)"_s,
                    // SKU search: the orders holding a SKU without reading the lines.
                    u"DROP INDEX order_lines_sku"_s,
                    u"CREATE INDEX order_lines_sku ON order_lines (sku, order_number)"_s,
                    // The payment-state filter; OrderRepository filters on exactly this expression.
                    u"CREATE INDEX orders_payment_state ON orders ((CASE WHEN refunded_minor > 0 THEN 3 "
                    "WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor THEN 1 ELSE 2 END), number)"_s,
                    u"CREATE INDEX orders_cancel_reason ON orders (cancel_reason, number) "
                    "WHERE cancel_reason IS NOT NULL"_s,
                    // Nothing looks orders up by the copied email any more (customers are searched in their
                    // own table); the index only cost every placement a write and demo data its build.
                    u"DROP INDEX orders_customer_email"_s,
                    // Customer search by part of a name or email on SQLite: a trigram index over the
                    // customers table only (thousands of rows, not one per order), kept by triggers.
                    u"${SQLITE_ONLY}CREATE VIRTUAL TABLE customers_search USING fts5(name, email, "
                    "content='customers', content_rowid='id', tokenize='trigram')"_s,
                    u"${SQLITE_ONLY}INSERT INTO customers_search (customers_search) VALUES ('rebuild')"_s,
                    uR"(${SQLITE_ONLY}CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
                BEGIN
                    INSERT INTO customers_search (rowid, name, email) VALUES (new.id, new.name, new.email);
                END)"_s,
                    uR"(${SQLITE_ONLY}CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
                BEGIN
                    INSERT INTO customers_search (customers_search, rowid, name, email)
                        VALUES ('delete', old.id, old.name, old.email);
                END)"_s,
                    uR"(${SQLITE_ONLY}CREATE TRIGGER customers_search_update AFTER UPDATE OF name, email ON customers
                BEGIN
                    INSERT INTO customers_search (customers_search, rowid, name, email)
                        VALUES ('delete', old.id, old.name, old.email);
                    INSERT INTO customers_search (rowid, name, email) VALUES (new.id, new.name, new.email);
                END)"_s,
                    // The number of orders, kept by the database itself, so that the unfiltered list (the
                    // first thing the app shows) need not count a million rows before its first page.
                    u"INSERT INTO counters (name, value) SELECT 'orders', COUNT(*) FROM orders"_s,
                    uR"(${SQLITE_ONLY}CREATE TRIGGER orders_count_insert AFTER INSERT ON orders
                BEGIN
                    UPDATE counters SET value = value + 1 WHERE name = 'orders';
                END)"_s,
                    uR"(${SQLITE_ONLY}CREATE TRIGGER orders_count_delete AFTER DELETE ON orders
                BEGIN
                    UPDATE counters SET value = value - 1 WHERE name = 'orders';
                END)"_s,
                    // On PostgreSQL once per statement (a bulk insert adds its row count in one update).
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_count_inserted_orders() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE counters SET value = value + (SELECT COUNT(*) FROM inserted_orders) WHERE name = 'orders';
                    RETURN NULL;
                END $$)"_s,
                    uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_count_deleted_orders() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE counters SET value = value - (SELECT COUNT(*) FROM deleted_orders) WHERE name = 'orders';
                    RETURN NULL;
                END $$)"_s,
                    u"${POSTGRES_ONLY}CREATE TRIGGER orders_count_insert AFTER INSERT ON orders "
                    "REFERENCING NEW TABLE AS inserted_orders FOR EACH STATEMENT "
                    "EXECUTE FUNCTION shipshape_count_inserted_orders()"_s,
                    u"${POSTGRES_ONLY}CREATE TRIGGER orders_count_delete AFTER DELETE ON orders "
                    "REFERENCING OLD TABLE AS deleted_orders FOR EACH STATEMENT "
                    "EXECUTE FUNCTION shipshape_count_deleted_orders()"_s,
                    // Tracking-number prefixes with LIKE 'prefix%' whatever the server's collation.
                    u"${POSTGRES_ONLY}CREATE INDEX orders_tracking_pattern ON orders (tracking_number "
                    u"text_pattern_ops) "
                    "WHERE tracking_number IS NOT NULL"_s,
            },
            {
                    u"${POSTGRES_ONLY}DROP INDEX orders_tracking_pattern"_s,
                    u"${SQLITE_ONLY}DROP TRIGGER orders_count_delete"_s,
                    u"${SQLITE_ONLY}DROP TRIGGER orders_count_insert"_s,
                    u"${POSTGRES_ONLY}DROP TRIGGER orders_count_delete ON orders"_s,
                    u"${POSTGRES_ONLY}DROP TRIGGER orders_count_insert ON orders"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_count_deleted_orders()"_s,
                    u"${POSTGRES_ONLY}DROP FUNCTION shipshape_count_inserted_orders()"_s,
                    u"DELETE FROM counters WHERE name = 'orders'"_s,
                    u"${SQLITE_ONLY}DROP TRIGGER customers_search_update"_s,
                    u"${SQLITE_ONLY}DROP TRIGGER customers_search_delete"_s,
                    u"${SQLITE_ONLY}DROP TRIGGER customers_search_insert"_s,
                    u"${SQLITE_ONLY}DROP TABLE customers_search"_s,
                    u"CREATE INDEX orders_customer_email ON orders (customer_email)"_s,
                    u"DROP INDEX orders_cancel_reason"_s,
                    u"DROP INDEX orders_payment_state"_s,
                    u"DROP INDEX order_lines_sku"_s,
                    u"CREATE INDEX order_lines_sku ON order_lines (sku)"_s,
                    u"DROP INDEX orders_status_customer"_s,
            }};
}

// The outbox page lists emails newest first, optionally of one status: without this index SQLite sorts
// every email of that status for each page (3.1 s at 500,000 emails; 0.01 s with it).
Migration outboxBrowsingIndex()
{
    return {9, u"outbox browsing index"_s,
            {u"CREATE INDEX notification_outbox_status_id ON notification_outbox (status, id)"_s},
            {u"DROP INDEX notification_outbox_status_id"_s}};
}

// Version 10: money a support agent settles by hand. Refunds made outside Shipshape (bank transfer,
// cash, other) join the refunds ledger without a provider attempt; a cancelled order may keep what was
// paid as the customer's credit (orders.credit_minor); card payment links (Stripe Checkout Sessions)
// are recorded like payment attempts, before the request is sent; the outbox learns the payment-link
// email. SQLite cannot change a column's NOT NULL or a CHECK in place, so `refunds` and
// `notification_outbox` are rebuilt there (create, copy, drop, rename) inside the migration's
// transaction; PostgreSQL alters them.
const QString kRefundsV10 = uR"(CREATE TABLE refunds_v10 (
                    id ${AUTO_ID},
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
                    CONSTRAINT refunds_card_iff_attempt CHECK ((method = 'card') = (attempt_id IS NOT NULL))))"_s;

const QString kRefundsV4 = uR"(CREATE TABLE refunds_v4 (
                    id ${AUTO_ID},
                    order_number BIGINT NOT NULL REFERENCES orders (number),
                    attempt_id BIGINT NOT NULL UNIQUE REFERENCES payment_attempts (id),
                    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    reason TEXT NOT NULL DEFAULT '',
                    provider_id TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    at BIGINT NOT NULL))"_s;

QString outboxTable(const QString &name, const QString &events)
{
    return uR"(CREATE TABLE %1 (
                    id ${AUTO_ID},
                    order_number BIGINT NOT NULL REFERENCES orders (number) ON DELETE CASCADE,
                    event TEXT NOT NULL
                        CHECK (event IN (%2)),
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
                    CHECK ((status = 'sent') = (sent_at IS NOT NULL))))"_s.arg(name, events);
}

const QString kEventsV3 = u"'placed', 'confirmed', 'shipped', 'delivered', 'cancelled', 'refunded'"_s;
const QString kEventsV10 = kEventsV3 + u", 'payment_link'"_s;
const QString kOutboxColumns = u"id, order_number, event, recipient_email, recipient_name, subject, body_text, "
                               "body_html, status, attempts, round_attempts, next_attempt_at, claimed_by, "
                               "claimed_until, last_error, provider_message_id, created_at, updated_at, sent_at"_s;

// The warehouse guard of migration 5, with credit_minor among the money columns only support may change.
QString orderGuard(bool withCredit)
{
    return uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION shipshape_guard_order_update() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                DECLARE
                    is_support BOOLEAN := pg_has_role(current_user, 'shipshape_support', 'MEMBER');
                    is_warehouse BOOLEAN := pg_has_role(current_user, 'shipshape_warehouse', 'MEMBER');
                BEGIN
                    IF shipshape_is_admin(current_user) THEN
                        RETURN NEW;
                    END IF;
                    IF NEW.status IN ('shipped', 'delivered') AND NEW.status IS DISTINCT FROM OLD.status AND NOT is_warehouse THEN
                        RAISE EXCEPTION 'permission denied: only warehouse staff may ship or deliver orders'
                            USING ERRCODE = '42501';
                    END IF;
                    IF NOT is_support THEN
                        IF NEW.status IS DISTINCT FROM OLD.status
                           AND NOT ((OLD.status = 'confirmed' AND NEW.status = 'shipped')
                                    OR (OLD.status = 'shipped' AND NEW.status = 'delivered')) THEN
                            RAISE EXCEPTION 'permission denied: warehouse staff may only ship and deliver orders'
                                USING ERRCODE = '42501';
                        END IF;
                        IF (NEW.uuid, NEW.customer_id, NEW.customer_name, NEW.customer_email, NEW.currency,
                            NEW.total_minor, NEW.line_count, NEW.paid_minor, NEW.refunded_minor, NEW.payment_method,
                            NEW.ship_street, NEW.ship_city, NEW.ship_state, NEW.ship_zip, NEW.ship_country,
                            NEW.cancel_reason, NEW.placed_at%1)
                           IS DISTINCT FROM
                           (OLD.uuid, OLD.customer_id, OLD.customer_name, OLD.customer_email, OLD.currency,
                            OLD.total_minor, OLD.line_count, OLD.paid_minor, OLD.refunded_minor, OLD.payment_method,
                            OLD.ship_street, OLD.ship_city, OLD.ship_state, OLD.ship_zip, OLD.ship_country,
                            OLD.cancel_reason, OLD.placed_at%2) THEN
                            RAISE EXCEPTION 'permission denied: warehouse staff may not change prices, lines, payments or addresses'
                                USING ERRCODE = '42501';
                        END IF;
                    END IF;
                    RETURN NEW;
                END $$)"_s.arg(
            withCredit ? u", NEW.credit_minor"_s : QString(), withCredit ? u", OLD.credit_minor"_s : QString());
}

Migration manualRefundsCreditAndPaymentLinks()
{
    // The dashboard's email triggers (migration 6) go with the rebuilt outbox table on SQLite.
    const QStringList outboxTriggers = DailyAggregates::sqliteTriggerStatements(u"notification_outbox"_s);
    Migration migration{10, u"manual refunds, kept credit and payment links"_s,
            {
                    // Refunds: a card refund keeps its attempt; one made outside Shipshape has none but a
                    // method and the staff's reference (the bank transfer's, a receipt number).
                    u"${SQLITE_ONLY}"_s + kRefundsV10,
                    u"${SQLITE_ONLY}INSERT INTO refunds_v10 (id, order_number, attempt_id, amount_minor, currency, "
                    "reason, provider_id, actor, at, method, reference) SELECT id, order_number, attempt_id, "
                    "amount_minor, currency, reason, provider_id, actor, at, 'card', '' FROM refunds"_s,
                    u"${SQLITE_ONLY}DROP TABLE refunds"_s,
                    u"${SQLITE_ONLY}ALTER TABLE refunds_v10 RENAME TO refunds"_s,
                    u"${SQLITE_ONLY}CREATE INDEX refunds_order ON refunds (order_number)"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE refunds ALTER COLUMN attempt_id DROP NOT NULL"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE refunds ADD COLUMN method TEXT NOT NULL DEFAULT 'card' "
                    "CHECK (method IN ('card', 'bank_transfer', 'cash', 'other'))"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE refunds ADD COLUMN reference TEXT NOT NULL DEFAULT '' "
                    "CHECK (length(reference) <= 200)"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE refunds ADD CONSTRAINT refunds_card_iff_attempt "
                    "CHECK ((method = 'card') = (attempt_id IS NOT NULL))"_s,
                    // What the customer paid and the shop keeps for them, instead of refunding it (see
                    // docs/payments.md). Money returned and money kept together never exceed money paid.
                    u"ALTER TABLE orders ADD COLUMN credit_minor BIGINT NOT NULL DEFAULT 0 "
                    "CHECK (credit_minor >= 0 AND refunded_minor + credit_minor <= paid_minor)"_s,
                    // The payment-state filter learns "refund owed" (4) and "credit" (5);
                    // OrderRepository filters on exactly this expression.
                    u"DROP INDEX orders_payment_state"_s,
                    u"CREATE INDEX orders_payment_state ON orders ((CASE "
                    "WHEN paid_minor - refunded_minor - credit_minor > "
                    "(CASE WHEN status = 'cancelled' THEN 0 ELSE total_minor END) THEN 4 "
                    "WHEN refunded_minor > 0 THEN 3 WHEN credit_minor > 0 THEN 5 "
                    "WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor THEN 1 ELSE 2 END), number)"_s,
                    // A Stripe Checkout Session per link, recorded (with its idempotency key and expiry) before
                    // the request is sent, so that a lost answer is replayed with the same key and body. At
                    // most one link of an order is live (being created or open) at a time.
                    uR"(CREATE TABLE payment_links (
                    id ${AUTO_ID},
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
                    CHECK ((status IN ('creating', 'open')) = (finished_at IS NULL))))"_s,
                    u"CREATE INDEX payment_links_order ON payment_links (order_number, id)"_s,
                    u"CREATE UNIQUE INDEX payment_links_one_live ON payment_links (order_number) "
                    "WHERE status IN ('creating', 'open')"_s,
                    u"CREATE INDEX payment_links_live ON payment_links (status, id) WHERE status IN ('creating', 'open')"_s,
                    // A draft can be placed with a payment link instead of a card token.
                    u"ALTER TABLE drafts ADD COLUMN payment_link BIGINT NOT NULL DEFAULT 0 "
                    "CHECK (payment_link IN (0, 1) AND (payment_link = 0 OR payment_method = 'card'))"_s,
                    // The outbox's event list gains the payment-link email.
                    u"${SQLITE_ONLY}"_s + outboxTable(u"notification_outbox_v10"_s, kEventsV10),
                    u"${SQLITE_ONLY}INSERT INTO notification_outbox_v10 (%1) SELECT %1 FROM notification_outbox"_s.arg(
                            kOutboxColumns),
                    u"${SQLITE_ONLY}DROP TABLE notification_outbox"_s,
                    u"${SQLITE_ONLY}ALTER TABLE notification_outbox_v10 RENAME TO notification_outbox"_s,
                    u"${SQLITE_ONLY}CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at)"_s,
                    u"${SQLITE_ONLY}CREATE INDEX notification_outbox_order ON notification_outbox (order_number, id)"_s,
                    u"${SQLITE_ONLY}CREATE INDEX notification_outbox_status_id ON notification_outbox (status, id)"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_event_check"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_event_check "
                    "CHECK (event IN (%1))"_s.arg(kEventsV10),
                    // Grants: everyone reads links; support (who take orders and refund) and admins write
                    // them. refunds, payments and orders keep their table grants from migration 5.
                    u"${POSTGRES_ONLY}GRANT SELECT ON payment_links TO shipshape_warehouse, shipshape_support, shipshape_admin"_s,
                    u"${POSTGRES_ONLY}GRANT INSERT, UPDATE ON payment_links TO shipshape_support"_s,
                    u"${POSTGRES_ONLY}GRANT INSERT, UPDATE, DELETE ON payment_links TO shipshape_admin"_s,
                    u"${POSTGRES_ONLY}GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO shipshape_warehouse, shipshape_support, shipshape_admin"_s,
                    orderGuard(true),
            },
            {
                    orderGuard(false),
                    u"${POSTGRES_ONLY}DELETE FROM notification_outbox WHERE event = 'payment_link'"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_event_check"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_event_check "
                    "CHECK (event IN (%1))"_s.arg(kEventsV3),
                    u"${SQLITE_ONLY}"_s + outboxTable(u"notification_outbox_v3"_s, kEventsV3),
                    u"${SQLITE_ONLY}INSERT INTO notification_outbox_v3 (%1) SELECT %1 FROM notification_outbox "
                    "WHERE event <> 'payment_link'"_s.arg(kOutboxColumns),
                    u"${SQLITE_ONLY}DROP TABLE notification_outbox"_s,
                    u"${SQLITE_ONLY}ALTER TABLE notification_outbox_v3 RENAME TO notification_outbox"_s,
                    u"${SQLITE_ONLY}CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at)"_s,
                    u"${SQLITE_ONLY}CREATE INDEX notification_outbox_order ON notification_outbox (order_number, id)"_s,
                    u"${SQLITE_ONLY}CREATE INDEX notification_outbox_status_id ON notification_outbox (status, id)"_s,
                    u"ALTER TABLE drafts DROP COLUMN payment_link"_s,
                    u"DROP TABLE payment_links"_s,
                    u"DROP INDEX orders_payment_state"_s,
                    u"CREATE INDEX orders_payment_state ON orders ((CASE WHEN refunded_minor > 0 THEN 3 "
                    "WHEN paid_minor = 0 THEN 0 WHEN paid_minor < total_minor THEN 1 ELSE 2 END), number)"_s,
                    u"ALTER TABLE orders DROP COLUMN credit_minor"_s,
                    // Refunds made outside Shipshape have no place in the older schema.
                    u"DELETE FROM refunds WHERE attempt_id IS NULL"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE refunds DROP CONSTRAINT refunds_card_iff_attempt"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE refunds DROP COLUMN reference"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE refunds DROP COLUMN method"_s,
                    u"${POSTGRES_ONLY}ALTER TABLE refunds ALTER COLUMN attempt_id SET NOT NULL"_s,
                    u"${SQLITE_ONLY}"_s + kRefundsV4,
                    u"${SQLITE_ONLY}INSERT INTO refunds_v4 (id, order_number, attempt_id, amount_minor, currency, "
                    "reason, provider_id, actor, at) SELECT id, order_number, attempt_id, amount_minor, currency, "
                    "reason, provider_id, actor, at FROM refunds"_s,
                    u"${SQLITE_ONLY}DROP TABLE refunds"_s,
                    u"${SQLITE_ONLY}ALTER TABLE refunds_v4 RENAME TO refunds"_s,
                    u"${SQLITE_ONLY}CREATE INDEX refunds_order ON refunds (order_number)"_s,
            }};
    for (QStringList *steps : {&migration.up, &migration.down}) {
        const qsizetype after = steps->indexOf(
                u"${SQLITE_ONLY}CREATE INDEX notification_outbox_status_id ON notification_outbox (status, id)"_s);
        Q_ASSERT(after >= 0);
        for (qsizetype i = 0; i < outboxTriggers.size(); ++i)
            steps->insert(after + 1 + i, outboxTriggers.at(i));
    }
    return migration;
}

} // namespace

const QList<Migration> &allMigrations()
{
    static const QList<Migration> migrations{catalogueAndCustomers(), ordersAndLedgers(), notificationOutbox(),
            cardPaymentsAndRefunds(), staffRolesAndChangeNotifications(), DailyAggregates::migration(), draftOrders(),
            orderSearchAndFilterIndexes(), outboxBrowsingIndex(), manualRefundsCreditAndPaymentLinks()};
    return migrations;
}

int latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

} // namespace shipshape
