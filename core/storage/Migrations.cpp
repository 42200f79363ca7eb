#include "storage/Migration.h"

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

} // namespace

const QList<Migration> &allMigrations()
{
    static const QList<Migration> migrations{catalogueAndCustomers(), ordersAndLedgers()};
    return migrations;
}

int latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

} // namespace shipshape
