#include "demo/DemoDataGenerator.h"

#include "common/Logging.h"
#include "common/Money.h"
#include "common/Time.h"
#include "common/Uuid.h"
#include "dashboard/DailyAggregates.h"
#include "payment/PaymentMethod.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr std::array kFirstNames{u"Olivia", u"Liam", u"Emma", u"Noah", u"Ava", u"Elijah", u"Sophia", u"James",
        u"Isabella", u"Lucas", u"Mia", u"Mateo", u"Amelia", u"Benjamin", u"Harper", u"Oliver", u"Evelyn", u"Henry",
        u"Chloé", u"Jürgen", u"Zoë", u"Siobhán", u"Hiroshi", u"Priya", u"Mohammed", u"Ana", u"Wei", u"Fatima", u"Lars",
        u"Ingrid"};
constexpr std::array kLastNames{u"Smith", u"Johnson", u"Williams", u"Brown", u"Jones", u"Garcia", u"Miller", u"Davis",
        u"Rodriguez", u"Martinez", u"Hernandez", u"Lopez", u"O'Brien", u"Nguyen", u"Müller", u"Kowalski", u"Tanaka",
        u"Patel", u"Andersson", u"Rossi", u"Dubois", u"Kim", u"Silva", u"Cohen", u"Novak"};
constexpr std::array kAdjectives{u"Classic", u"Organic", u"Deluxe", u"Compact", u"Vintage", u"Rugged", u"Everyday",
        u"Premium", u"Eco", u"Travel", u"Ultra-light", u"Handmade", u"Smart", u"Cozy"};
constexpr std::array kProducts{u"Tee", u"Hoodie", u"Mug", u"Backpack", u"Water Bottle", u"Notebook", u"Desk Lamp",
        u"Headphones", u"Sneakers", u"Scarf", u"Candle", u"Yoga Mat", u"Tote Bag", u"Phone Case", u"Sunglasses",
        u"Wallet", u"Blanket", u"French Press", u"Plant Pot", u"Umbrella"};
constexpr std::array kStreets{u"Main St", u"Oak Ave", u"Maple Dr", u"Cedar Ln", u"Pine St", u"Elm St",
        u"Washington Blvd", u"Lake View Rd", u"Park Ave", u"Sunset Blvd", u"Hillcrest Rd", u"River Rd"};
struct City {
    const char16_t *name;
    const char16_t *state;
    const char16_t *zip;
};
constexpr std::array kCities{City{u"San Francisco", u"CA", u"94102"}, City{u"Portland", u"OR", u"97205"},
        City{u"Austin", u"TX", u"73301"}, City{u"Chicago", u"IL", u"60601"}, City{u"Boston", u"MA", u"02108"},
        City{u"Denver", u"CO", u"80202"}, City{u"Seattle", u"WA", u"98101"}, City{u"Miami", u"FL", u"33101"},
        City{u"Brooklyn", u"NY", u"11201"}, City{u"Madison", u"WI", u"53703"}};
constexpr std::array kCarriers{u"UPS", u"FedEx", u"USPS", u"DHL"};
constexpr std::array kMethods{u"invoice", u"bank_transfer", u"cash"};
struct Decline {
    const char16_t *code;
    const char16_t *message;
};
constexpr std::array kDeclines{Decline{u"insufficient_funds", u"Your card has insufficient funds."},
        Decline{u"generic_decline", u"Your card was declined."},
        Decline{u"insufficient_funds", u"Your card has insufficient funds."},
        Decline{u"expired_card", u"Your card has expired."},
        Decline{u"incorrect_cvc", u"Your card's security code is incorrect."},
        Decline{u"do_not_honor", u"Your card was declined."}};

// Card placements wait for the provider: most take around a second, a few hit a slow moment.
qint64 cardPlacementDuration(QRandomGenerator &random)
{
    qint64 ms = 650 + random.bounded(0, 900);
    if (random.bounded(100u) < 4)
        ms += random.bounded(400, 4000);
    return ms;
}

template <typename Array>
QString pick(const Array &array, QRandomGenerator &random)
{
    return QString::fromUtf16(array[random.bounded(static_cast<quint32>(array.size()))]);
}

struct DemoProduct {
    QString sku;
    QString name;
    qint64 priceMinor = 0;
    qint64 threshold = 5;
    qint64 reservedOpen = 0;
    qint64 consumed = 0;
};

struct DemoCustomer {
    qint64 id = 0;
    QString name;
    QString email;
};

QString trackingNumber(const QString &carrier, QRandomGenerator &random)
{
    static constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString tracking = carrier == u"UPS"_s ? u"1Z"_s : QString();
    const int length = carrier == u"UPS"_s ? 16 : 12;
    for (int i = 0; i < length; ++i)
        tracking += QChar(kAlphabet[random.bounded(carrier == u"UPS"_s ? 34u : 10u)]);
    return tracking;
}

QVariant nullValue()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

Result<DemoDataReport> DemoDataGenerator::generate(
        Database &database, const DemoDataOptions &options, const Progress &progress)
{
    if (options.orders < 0 || options.products < 1 || options.customers < 1)
        return fail(Error::invalid(u"orders"_s, QString::number(options.orders), tr("Counts must be positive.")));
    bool empty = false;
    {
        // Its own scope: the read is finished before the marker below is written.
        auto existing = database.query(u"SELECT (SELECT COUNT(*) FROM products) + (SELECT COUNT(*) FROM orders) + "
                                       "(SELECT COUNT(*) FROM customers)"_s);
        if (!existing)
            return fail(existing.error());
        empty = existing->next() && existing->singleInteger() == 0;
    }
    if (!empty)
        return fail(Error::conflict(tr("Demo data goes only into an empty database; %1 already has data.")
                                            .arg(database.url().displayName())));
    // Committed before the first order, removed after the last index and aggregate is back: readers in other
    // processes (a benchmark, the app) can tell a finished shop from one still being written.
    if (auto marked = database.query(u"INSERT INTO counters (name, value) VALUES ('demo_data_incomplete', 1)"_s);
            !marked)
        return fail(marked.error());

    QRandomGenerator random(options.seed);
    // Card payments, placement times and refused attempts draw from their own sequence, so that the
    // rest of the shop stays what it was for a given seed.
    QRandomGenerator payments(options.seed ^ 0x5eed'ca4du);
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const qint64 nowMs = toStorage(now);
    const QString actor = u"demo-data"_s;
    DemoDataReport report;

    // Demo data is disposable: skip the per-commit fsync while generating, restore it afterwards.
    // Building the secondary indexes once at the end (sorted) is several times cheaper than keeping
    // them up to date row by row, so on SQLite they are dropped and re-created from their own
    // definitions in sqlite_master (the migrations stay the only place that defines them). The triggers
    // on those tables go too: the order count and the dashboard's daily aggregates they keep are
    // computed once at the end, the aggregates from the same definitions the triggers use.
    const bool sqlite = database.dialect().isSqlite();
    QStringList deferredIndexes;
    QStringList deferredTriggers;
    if (sqlite) {
        (void) database.execute(u"PRAGMA synchronous=OFF"_s);
        (void) database.execute(u"PRAGMA cache_size=-524288"_s);
        // payment_attempts keeps its indexes: it is small, and the placement log is filled by a join on it.
        auto indexes = database.query(u"SELECT name, sql, type FROM sqlite_master WHERE sql IS NOT NULL AND ("
                                      "(type = 'index' AND tbl_name IN ('orders', 'order_lines', 'order_events', "
                                      "'payments', 'placement_log')) OR (type = 'trigger' AND tbl_name IN ('orders', "
                                      "'order_lines', 'payment_attempts', 'placement_log')))"_s);
        if (!indexes)
            return fail(indexes.error());
        QStringList drops;
        while (indexes->next()) {
            const bool trigger = indexes->text(u"type") == u"trigger"_s;
            // Names come from sqlite_master, i.e. from our own migrations.
            drops << (trigger ? u"DROP TRIGGER "_s : u"DROP INDEX "_s) + indexes->text(u"name");
            (trigger ? deferredTriggers : deferredIndexes) << indexes->text(u"sql");
        }
        if (auto read = indexes->status(); !read)
            return fail(read.error());
        database.finishStatements();
        for (const QString &drop : std::as_const(drops)) {
            if (auto dropped = database.execute(drop); !dropped)
                return fail(dropped.error());
        }
    }
    const auto restore = [&]() -> Status {
        Status result;
        for (const QString &definition : std::as_const(deferredIndexes)) {
            if (auto created = database.execute(definition); !created && result)
                result = created;
        }
        deferredIndexes.clear();
        if (!deferredTriggers.isEmpty()) {
            for (const QString &definition : std::as_const(deferredTriggers)) {
                if (auto created = database.execute(definition); !created && result)
                    result = created;
            }
            deferredTriggers.clear();
            if (auto rebuilt = DailyAggregates::rebuild(database); !rebuilt && result)
                result = rebuilt;
        }
        if (sqlite) {
            // The order-count triggers were off during the load (also when it failed half-way).
            if (auto counted = database.execute(
                        u"UPDATE counters SET value = (SELECT COUNT(*) FROM orders) WHERE name = 'orders'"_s);
                    !counted && result)
                result = counted;
            (void) database.execute(u"PRAGMA cache_size=-65536"_s);
            (void) database.execute(u"PRAGMA synchronous=FULL"_s);
        }
        return result;
    };
    // On an early error return the indexes still come back; the error already being returned wins.
    auto restoreOnError = qScopeGuard([&] { (void) restore(); });

    QList<DemoProduct> products;
    products.reserve(options.products);
    for (int i = 0; i < options.products; ++i) {
        DemoProduct product;
        product.sku = u"SKU-%1"_s.arg(10001 + i);
        product.name = pick(kAdjectives, random) + u' ' + pick(kProducts, random);
        // Prices from 4.99 to 249.99, ending in .99 or .49 like real shelves.
        product.priceMinor = qint64(random.bounded(4, 250)) * 100 + (random.bounded(2) ? 99 : 49) - 100;
        product.threshold = random.bounded(3, 20);
        products.append(product);
    }

    const qint64 createdMs = nowMs - qint64(200) * 24 * 3600 * 1000;
    QList<DemoCustomer> customers;
    customers.reserve(options.customers);
    {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return fail(transaction.error());
        // Stock is set once the history is known; lines need the products to exist first.
        BulkInserter productRows(database, u"products"_s,
                {u"sku"_s, u"name"_s, u"price_minor"_s, u"currency"_s, u"on_hand"_s, u"reserved"_s,
                        u"low_stock_threshold"_s, u"created_at"_s, u"updated_at"_s});
        for (const DemoProduct &product : std::as_const(products)) {
            if (auto added = productRows.add({product.sku, product.name, product.priceMinor, u"USD"_s, 0, 0,
                        product.threshold, createdMs, createdMs});
                    !added)
                return fail(added.error());
        }
        if (auto flushed = productRows.flush(); !flushed)
            return fail(flushed.error());
        BulkInserter inserter(database, u"customers"_s, {u"id"_s, u"uuid"_s, u"name"_s, u"email"_s, u"created_at"_s});
        for (int i = 0; i < options.customers; ++i) {
            const QString first = pick(kFirstNames, random);
            const QString last = pick(kLastNames, random);
            DemoCustomer customer{i + 1, first + u' ' + last, QString()};
            QString local = (first + u'.' + last).toLower();
            local.remove(u'\'');
            customer.email = u"%1.%2@example.com"_s.arg(local).arg(i + 1);
            const QDateTime created = now.addDays(-200).addSecs(random.bounded(86400 * 20));
            if (auto added = inserter.add(
                        {customer.id, makeUuidV7(created, random), customer.name, customer.email, toStorage(created)});
                    !added)
                return fail(added.error());
            customers.append(customer);
        }
        if (auto flushed = inserter.flush(); !flushed)
            return fail(flushed.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
    }

    // Order times: evenly spread over 180 days with jitter, ascending so numbers follow time.
    const qint64 spanMs = qint64(180) * 24 * 3600 * 1000;
    const qint64 holdMs = qint64(options.holdMinutes) * 60 * 1000;
    const QStringList orderColumns{u"number"_s, u"uuid"_s, u"customer_id"_s, u"customer_name"_s, u"customer_email"_s,
            u"status"_s, u"currency"_s, u"total_minor"_s, u"line_count"_s, u"paid_minor"_s, u"refunded_minor"_s,
            u"payment_method"_s, u"ship_street"_s, u"ship_city"_s, u"ship_state"_s, u"ship_zip"_s, u"ship_country"_s,
            u"carrier"_s, u"tracking_number"_s, u"cancel_reason"_s, u"reservation_expires_at"_s, u"placed_at"_s,
            u"updated_at"_s, u"version"_s};
    const QStringList lineColumns{u"order_number"_s, u"position"_s, u"sku"_s, u"product_name"_s, u"quantity"_s,
            u"unit_price_minor"_s, u"line_total_minor"_s, u"shipped_quantity"_s};
    // A shipped order went out as one parcel, numbered like the order (migration 19).
    const QStringList shipmentColumns{u"id"_s, u"order_number"_s, u"carrier"_s, u"tracking_number"_s, u"shipped_at"_s,
            u"shipped_by"_s, u"delivered_at"_s, u"delivered_by"_s};
    const QStringList shipmentLineColumns{u"shipment_id"_s, u"order_number"_s, u"sku"_s, u"quantity"_s};
    const QStringList eventColumns{u"order_number"_s, u"at"_s, u"actor"_s, u"event"_s, u"from_status"_s, u"to_status"_s,
            u"reason"_s, u"details"_s};
    const QStringList paymentColumns{
            u"order_number"_s, u"method"_s, u"amount_minor"_s, u"currency"_s, u"reference"_s, u"actor"_s, u"at"_s};
    const QStringList attemptColumns{u"order_number"_s, u"kind"_s, u"idempotency_key"_s, u"amount_minor"_s,
            u"currency"_s, u"payment_method"_s, u"payment_intent"_s, u"provider_id"_s, u"status"_s, u"decline_code"_s,
            u"error_code"_s, u"message"_s, u"started_at"_s, u"finished_at"_s, u"duration_ms"_s, u"actor"_s};

    const Currency usd = *Currency::fromCode(u"USD"_s);
    QHash<QString, QString> paidReasons;
    for (const char16_t *method : kMethods)
        paidReasons.insert(QString::fromUtf16(method),
                tr("Paid by %1")
                        .arg(PaymentMethods::displayName(*PaymentMethods::fromKey(QString::fromUtf16(method)))));
    paidReasons.insert(u"card"_s, tr("Card charged"));
    constexpr qint64 kOrdersPerTransaction = 25000;
    qint64 number = 1000;
    for (qint64 batchStart = 0; batchStart < options.orders; batchStart += kOrdersPerTransaction) {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return fail(transaction.error());
        BulkInserter orderRows(database, u"orders"_s, orderColumns, 32);
        BulkInserter lineRows(database, u"order_lines"_s, lineColumns, 64);
        BulkInserter eventRows(database, u"order_events"_s, eventColumns, 64);
        BulkInserter paymentRows(database, u"payments"_s, paymentColumns, 64);
        BulkInserter attemptRows(database, u"payment_attempts"_s, attemptColumns, 32);
        BulkInserter shipmentRows(database, u"shipments"_s, shipmentColumns, 64);
        BulkInserter shipmentLineRows(database, u"shipment_lines"_s, shipmentLineColumns, 64);
        const qint64 firstNumber = number + 1;
        const qint64 batchEnd = qMin(options.orders, batchStart + kOrdersPerTransaction);
        for (qint64 i = batchStart; i < batchEnd; ++i) {
            ++number;
            const qint64 slot = spanMs / qMax<qint64>(options.orders, 1);
            qint64 placedMs = nowMs - spanMs + i * slot + qint64(random.bounded(quint32(qMax<qint64>(slot, 1))));
            placedMs = qMin(placedMs, nowMs - 1000);
            const qint64 ageMs = nowMs - placedMs;
            const DemoCustomer &customer = customers.at(random.bounded(qsizetype(customers.size())));

            // Status mix by age: fresh orders wait, recent ones are in the warehouse, old ones arrived.
            const quint32 roll = random.bounded(100u);
            QString status;
            if (ageMs < holdMs)
                status = roll < 55 ? u"pending"_s : u"confirmed"_s;
            else if (ageMs < qint64(24) * 3600 * 1000)
                status = roll < 60 ? u"confirmed"_s : roll < 93 ? u"shipped"_s : u"cancelled"_s;
            else if (ageMs < qint64(5) * 24 * 3600 * 1000)
                status = roll < 12  ? u"confirmed"_s
                        : roll < 60 ? u"shipped"_s
                        : roll < 94 ? u"delivered"_s
                                    : u"cancelled"_s;
            else
                status = roll < 93 ? u"delivered"_s : u"cancelled"_s;

            // A quarter of the shop pays by card when the order is placed; about one card in twelve is
            // declined, which cancels the order on the spot.
            const bool card = (status == u"confirmed"_s || status == u"shipped"_s || status == u"delivered"_s)
                    && payments.bounded(4u) == 0;
            const bool declined = card && payments.bounded(12u) == 0;
            const bool wouldHaveShipped = status == u"shipped"_s || status == u"delivered"_s;
            if (declined)
                status = u"cancelled"_s;

            const quint32 lineRoll = random.bounded(100u);
            // A tiny catalogue cannot fill four distinct lines.
            const int lineCount = std::min(lineRoll < 45 ? 1
                            : lineRoll < 75              ? 2
                            : lineRoll < 90              ? 3
                                                         : 4,
                    int(products.size()));
            qint64 total = 0;
            QList<int> chosen;
            for (int position = 1; position <= lineCount; ++position) {
                int productIndex = int(random.bounded(qsizetype(products.size())));
                while (chosen.contains(productIndex))
                    productIndex = (productIndex + 1) % int(products.size());
                chosen.append(productIndex);
                DemoProduct &product = products[productIndex];
                const qint64 quantity = random.bounded(100u) < 75 ? 1 : random.bounded(2, 5);
                const qint64 lineTotal = quantity * product.priceMinor;
                total += lineTotal;
                if (status == u"pending"_s || status == u"confirmed"_s)
                    product.reservedOpen += quantity;
                else if (status == u"shipped"_s || status == u"delivered"_s)
                    product.consumed += quantity;
                const bool inParcel = status == u"shipped"_s || status == u"delivered"_s;
                if (auto added = lineRows.add({number, position, product.sku, product.name, quantity,
                            product.priceMinor, lineTotal, inParcel ? quantity : 0});
                        !added)
                    return fail(added.error());
                if (inParcel) {
                    if (auto added = shipmentLineRows.add({number, number, product.sku, quantity}); !added)
                        return fail(added.error());
                }
            }

            const QString manualMethod = pick(kMethods, random);
            const QString method = card ? u"card"_s : manualMethod;
            const City &city = kCities[random.bounded(quint32(kCities.size()))];
            const QString street = u"%1 %2"_s.arg(random.bounded(1, 9999)).arg(pick(kStreets, random));
            const bool paid = status != u"pending"_s && status != u"cancelled"_s;
            QString carrier;
            QString tracking;
            QVariant cancelReason = nullValue();
            QVariant expires = QVariant(QMetaType::fromType<qint64>());
            if (status == u"pending"_s)
                expires = placedMs + holdMs;

            // Timeline: placed, then paid, shipped, delivered or cancelled at plausible later times. A card
            // is charged while the order is placed.
            const qint64 placementMs = card ? qMin(cardPlacementDuration(payments), qMax<qint64>(ageMs / 2, 0)) : 0;
            const qint64 manualPaidMs = placedMs + qMin<qint64>(ageMs / 4, qint64(random.bounded(5, 180)) * 60 * 1000);
            const qint64 paidMs = card ? placedMs + placementMs : manualPaidMs;
            const qint64 shippedMs
                    = paidMs + qMin<qint64>((nowMs - paidMs) / 3, qint64(random.bounded(2, 48)) * 3600 * 1000);
            const qint64 deliveredMs
                    = shippedMs + qMin<qint64>((nowMs - shippedMs) / 2, qint64(random.bounded(24, 120)) * 3600 * 1000);
            qint64 updatedMs = placedMs;
            const auto addEvent = [&](qint64 at, const QString &event, const QVariant &from, const QString &to,
                                          const QString &reason, const QString &details = u"{}"_s) {
                updatedMs = at;
                ++report.timelineEntries;
                return eventRows.add({number, at, actor, event, from, to, reason, details});
            };
            const QString totalText = Money(total, usd).toDecimalString();
            if (auto added = addEvent(placedMs, u"OrderPlaced"_s, nullValue(), u"pending"_s, u""_s); !added)
                return fail(added.error());
            if (paid) {
                if (auto added = addEvent(paidMs, u"PaymentProcessed"_s, u"pending"_s, u"confirmed"_s,
                            paidReasons.value(method),
                            u"{\"amount\":\"%1\",\"currency\":\"USD\",\"method\":\"%2\"}"_s.arg(totalText, method));
                        !added)
                    return fail(added.error());
                if (auto added = paymentRows.add({number, method, total, u"USD"_s,
                            card ? u"pi_demo%1"_s.arg(number) : u""_s, actor, paidMs});
                        !added)
                    return fail(added.error());
            }
            if (wouldHaveShipped && declined) {
                // Drawn and dropped, so that the orders after this one stay the same for the seed.
                (void) trackingNumber(pick(kCarriers, random), random);
            }
            if (status == u"shipped"_s || status == u"delivered"_s) {
                carrier = pick(kCarriers, random);
                tracking = trackingNumber(carrier, random);
                if (auto added = addEvent(shippedMs, u"OrderShipped"_s, u"confirmed"_s, u"shipped"_s, u""_s,
                            u"{\"carrier\":\"%1\",\"trackingNumber\":\"%2\"}"_s.arg(carrier, tracking));
                        !added)
                    return fail(added.error());
            }
            if (status == u"delivered"_s) {
                if (auto added = addEvent(deliveredMs, u"OrderDelivered"_s, u"shipped"_s, u"delivered"_s, u""_s);
                        !added)
                    return fail(added.error());
            }
            if (status == u"shipped"_s || status == u"delivered"_s) {
                const bool delivered = status == u"delivered"_s;
                if (auto added = shipmentRows.add({number, number, carrier, tracking, shippedMs, actor,
                            delivered ? QVariant(deliveredMs) : QVariant(QMetaType::fromType<qint64>()),
                            delivered ? QVariant(actor) : nullValue()});
                        !added)
                    return fail(added.error());
            }
            if (card) {
                const Decline &decline = kDeclines[payments.bounded(quint32(kDeclines.size()))];
                const QString intent = u"pi_demo%1"_s.arg(number);
                if (auto added = attemptRows.add({number, u"charge"_s, u"demo-charge-%1"_s.arg(number), total, u"USD"_s,
                            u"pm_card_visa"_s, intent, declined ? nullValue() : QVariant(u"ch_demo%1"_s.arg(number)),
                            declined ? u"failed"_s : u"succeeded"_s,
                            declined ? QString::fromUtf16(decline.code) : u""_s, declined ? u"card_declined"_s : u""_s,
                            declined ? QString::fromUtf16(decline.message) : u""_s, placedMs + placementMs / 8, paidMs,
                            placementMs - placementMs / 8, actor});
                        !added)
                    return fail(added.error());
                if (declined) {
                    if (auto added = addEvent(paidMs, u"PaymentFailed"_s, u"pending"_s, u"pending"_s,
                                QString::fromUtf16(decline.message));
                            !added)
                        return fail(added.error());
                }
            }
            if (status == u"cancelled"_s) {
                const quint32 why = declined ? 0 : random.bounded(100u);
                const QString reason = why < 50 ? u"customer"_s
                        : why < 75              ? u"expired"_s
                        : why < 88              ? u"inventory"_s
                        : why < 94              ? u"fraud"_s
                                                : u"staff"_s;
                cancelReason = declined ? u"declined"_s : reason;
                const qint64 cancelledMs = declined || reason != u"expired"_s ? paidMs : placedMs + holdMs;
                if (auto added = addEvent(
                            cancelledMs, u"OrderCancelled"_s, u"pending"_s, u"cancelled"_s, cancelReason.toString());
                        !added)
                    return fail(added.error());
            }

            if (auto added = orderRows.add({number, makeUuidV7(fromStorage(placedMs), random), customer.id,
                        customer.name, customer.email, status, u"USD"_s, total, qint64(chosen.size()), paid ? total : 0,
                        0, method, street, QString::fromUtf16(city.name), QString::fromUtf16(city.state),
                        QString::fromUtf16(city.zip), u"US"_s, carrier.isEmpty() ? nullValue() : QVariant(carrier),
                        tracking.isEmpty() ? nullValue() : QVariant(tracking), cancelReason, expires, placedMs,
                        updatedMs, 1});
                    !added)
                return fail(added.error());
            report.lines += chosen.size();
        }
        // Parents before children, for the foreign keys.
        for (BulkInserter *inserter :
                {&orderRows, &lineRows, &eventRows, &paymentRows, &attemptRows, &shipmentRows, &shipmentLineRows}) {
            if (auto flushed = inserter->flush(); !flushed)
                return fail(flushed.error());
        }
        // The placement log of the batch in two statements rather than a bound row per order: a card
        // placement lasted until its charge's answer; a manual one a few hundred milliseconds, and now
        // and then a few seconds (a spread made from the order number, so that it is the same every time).
        // Every hundredth order comes with a refused attempt just before it.
        if (auto logged = database.query(
                    u"INSERT INTO placement_log (at, currency, outcome, duration_ms, order_number, payment_method, "
                    "error, actor) SELECT o.placed_at, o.currency, CASE WHEN a.status = 'succeeded' THEN 'confirmed' "
                    "WHEN a.status = 'failed' THEN 'declined' ELSE 'pending' END, "
                    "CASE WHEN a.finished_at IS NOT NULL THEN a.finished_at - o.placed_at "
                    "ELSE 70 + (o.number * 7919) % 261 "
                    "+ CASE WHEN (o.number * 104729) % 100 < 4 THEN 400 + (o.number * 1299709) % 3600 ELSE 0 END "
                    "END, o.number, o.payment_method, '', ? FROM orders o LEFT JOIN payment_attempts a "
                    "ON a.order_number = o.number AND a.kind = 'charge' WHERE o.number BETWEEN ? AND ?"_s,
                    {actor, firstNumber, number});
                !logged)
            return fail(logged.error());
        if (auto refused = database.query(
                    u"INSERT INTO placement_log (at, currency, outcome, duration_ms, order_number, payment_method, "
                    "error, actor) SELECT o.placed_at - 1000 - o.number % 50000, o.currency, 'out_of_stock', "
                    "40 + (o.number * 31) % 210, NULL, CASE o.number % 3 WHEN 0 THEN 'invoice' "
                    "WHEN 1 THEN 'bank_transfer' ELSE 'cash' END, ?, ? FROM orders o "
                    "WHERE o.number BETWEEN ? AND ? AND o.number % 100 = 37"_s,
                    {tr("Out of stock"), actor, firstNumber, number});
                !refused)
            return fail(refused.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        if (progress)
            progress(batchEnd, options.orders);
    }

    // Stock: what is left on the shelf covers every open reservation; a tenth of the catalogue runs low.
    {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return fail(transaction.error());
        BulkInserter movementRows(database, u"stock_movements"_s,
                {u"sku"_s, u"kind"_s, u"on_hand_delta"_s, u"reserved_delta"_s, u"on_hand_after"_s, u"reserved_after"_s,
                        u"actor"_s, u"reason"_s, u"at"_s});
        const QString history
                = tr("Demo data: history of %n order(s)", nullptr, int(qMin<qint64>(options.orders, INT_MAX)));
        for (DemoProduct &product : products) {
            const bool low = random.bounded(10u) == 0;
            const qint64 spare = low ? random.bounded(0, int(product.threshold) + 1) : random.bounded(25, 600);
            const qint64 onHand = product.reservedOpen + spare;
            const qint64 initial = onHand + product.consumed;
            if (auto stocked
                    = database.query(u"UPDATE products SET on_hand = ?, reserved = ?, updated_at = ? WHERE sku = ?"_s,
                            {onHand, product.reservedOpen, nowMs, product.sku});
                    !stocked)
                return fail(stocked.error());
            if (auto added
                    = movementRows.add({product.sku, u"initial"_s, initial, 0, initial, 0, actor, history, createdMs});
                    !added)
                return fail(added.error());
            if (product.consumed > 0) {
                if (auto added = movementRows.add(
                            {product.sku, u"consume"_s, -product.consumed, 0, onHand, 0, actor, history, nowMs});
                        !added)
                    return fail(added.error());
            }
            if (product.reservedOpen > 0) {
                if (auto added = movementRows.add({product.sku, u"reserve"_s, 0, product.reservedOpen, onHand,
                            product.reservedOpen, actor, history, nowMs});
                        !added)
                    return fail(added.error());
            }
        }
        if (auto flushed = movementRows.flush(); !flushed)
            return fail(flushed.error());
        if (auto counter = database.query(u"UPDATE counters SET value = ? WHERE name = 'order_number'"_s, {number});
                !counter)
            return fail(counter.error());
        // Customers were written with explicit ids: PostgreSQL's identity sequence must move past them.
        if (auto synced = database.syncGeneratedIds(u"customers"_s); !synced)
            return fail(synced.error());
        if (auto synced = database.syncGeneratedIds(u"shipments"_s); !synced)
            return fail(synced.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
    }
    restoreOnError.dismiss();
    if (auto restored = restore(); !restored)
        return fail(restored.error());
    if (auto finished = database.query(u"DELETE FROM counters WHERE name = 'demo_data_incomplete'"_s); !finished)
        return fail(finished.error());
    report.orders = options.orders;
    report.products = products.size();
    report.customers = customers.size();
    qCInfo(lcDemo) << "Generated" << report.orders << "orders," << report.lines << "lines";
    return report;
}

Status DemoDataGenerator::checkComplete(Database &database)
{
    auto marker = database.query(u"SELECT COUNT(*) FROM counters WHERE name = 'demo_data_incomplete'"_s);
    if (!marker)
        return fail(marker.error());
    const bool incomplete = marker->next() && marker->singleInteger() > 0;
    if (incomplete) {
        return fail(Error::conflict(tr("The database %1 is incomplete: its demo data is still being written by "
                                       "another process, or its generation was interrupted. Wait for it to finish, "
                                       "or delete the file and generate it again.")
                                            .arg(database.url().displayName())));
    }
    return {};
}

} // namespace shipshape
