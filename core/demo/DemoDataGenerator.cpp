#include "demo/DemoDataGenerator.h"

#include "common/Logging.h"
#include "common/Money.h"
#include "common/Time.h"
#include "common/Uuid.h"
#include "demo/DemoBulkLoad.h"
#include "demo/DemoExchanges.h"
#include "demo/DemoParcels.h"
#include "demo/DemoReturns.h"
#include "demo/DemoStockLedger.h"
#include "payment/PaymentMethod.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <deque>

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
};

struct DemoCustomer {
    qint64 id = 0;
    QString name;
    QString email;
};

QVariant nullValue()
{
    return QVariant(QMetaType::fromType<QString>());
}

// A step `wantedMs` after `fromMs`, or half the time left before `nowMs` if that is less.
qint64 later(qint64 fromMs, qint64 nowMs, qint64 wantedMs)
{
    return fromMs + qMax<qint64>(1, qMin(wantedMs, (nowMs - fromMs) / 2));
}

} // namespace

Result<DemoDataReport> DemoDataGenerator::generate(
        Database &database, const DemoDataOptions &options, const Progress &progress)
{
    if (options.orders < 0 || options.products < 1 || options.customers < 1)
        return fail(Error::invalid(u"orders"_s, QString::number(options.orders), tr("Counts must be positive.")));
    if (options.partlyShippedPercent < 0 || options.returnedPercent < 0
            || options.partlyShippedPercent + options.returnedPercent > 100) {
        return fail(Error::invalid(u"returned"_s, QString::number(options.returnedPercent),
                tr("The partly shipped (%1 %) and returned (%2 %) shares are from 0 and together at most 100 %.")
                        .arg(options.partlyShippedPercent)
                        .arg(options.returnedPercent)));
    }
    if (options.exchangedPercent < 0 || options.exchangedPercent > options.returnedPercent) {
        return fail(Error::invalid(u"exchanged"_s, QString::number(options.exchangedPercent),
                tr("The exchanged share is part of the returned one: from 0 to %1 %.").arg(options.returnedPercent)));
    }
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

    DemoBulkLoad bulkLoad(database);
    if (auto begun = bulkLoad.begin(); !begun)
        return fail(begun.error());

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
            u"return_credit_minor"_s, u"payment_method"_s, u"ship_street"_s, u"ship_city"_s, u"ship_state"_s,
            u"ship_zip"_s, u"ship_country"_s, u"carrier"_s, u"tracking_number"_s, u"cancel_reason"_s,
            u"reservation_expires_at"_s, u"placed_at"_s, u"updated_at"_s, u"version"_s};
    const QStringList lineColumns{u"order_number"_s, u"position"_s, u"sku"_s, u"product_name"_s, u"quantity"_s,
            u"unit_price_minor"_s, u"line_total_minor"_s, u"shipped_quantity"_s};
    // Parcels are numbered in the order they were sent (migration 19).
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
    // Parcels, returns and exchanges draw from their own sequence too.
    QRandomGenerator mix(options.seed ^ 0x6d1c'5eedu);
    DemoReturns afterSales(database, actor);
    qint64 nextShipmentId = 1;
    QHash<QString, int> productBySku;
    for (int i = 0; i < products.size(); ++i)
        productBySku.insert(products.at(i).sku, i);
    const qint64 hourMs = qint64(3600) * 1000;
    DemoStockLedger stockLedger(options.orders);
    QList<DemoOrderLine> catalogue;
    for (const DemoProduct &product : std::as_const(products))
        catalogue.append({product.sku, product.name, 1, product.priceMinor});
    DemoExchanges exchanges(mix, catalogue, nowMs, actor);
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
        // Originals whose exchange came later: their last change is the exchange (or the receipt after it).
        QList<std::pair<qint64, qint64>> touchedOriginals;
        for (qint64 i = batchStart; i < batchEnd; ++i) {
            ++number;
            const qint64 slot = spanMs / qMax<qint64>(options.orders, 1);
            qint64 placedMs = nowMs - spanMs + i * slot + qint64(random.bounded(quint32(qMax<qint64>(slot, 1))));
            placedMs = qMin(placedMs, nowMs - 1000);
            const qint64 ageMs = nowMs - placedMs;
            if (exchanges.due(placedMs)) {
                auto placed = exchanges.placeNext(number, placedMs,
                        {orderRows, lineRows, eventRows, shipmentRows, shipmentLineRows}, afterSales, stockLedger,
                        nextShipmentId, report);
                if (!placed)
                    return fail(placed.error());
                touchedOriginals.append(*placed);
                continue;
            }
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
            qint64 units = 0;
            QList<int> chosen;
            QList<DemoOrderLine> lines;
            for (int position = 1; position <= lineCount; ++position) {
                int productIndex = int(random.bounded(qsizetype(products.size())));
                while (chosen.contains(productIndex))
                    productIndex = (productIndex + 1) % int(products.size());
                chosen.append(productIndex);
                const DemoProduct &product = products.at(productIndex);
                const qint64 quantity = random.bounded(100u) < 75 ? 1 : random.bounded(2, 5);
                total += quantity * product.priceMinor;
                units += quantity;
                lines.append({product.sku, product.name, quantity, product.priceMinor});
            }
            // Partly shipped: what would have gone out whole went out in one or two parcels with units still
            // to ship (backordered), so the order stays confirmed holding their reservation.
            const bool wasDelivered = status == u"delivered"_s;
            const bool partly = (status == u"shipped"_s || status == u"delivered"_s) && units >= 2
                    && report.partlyShipped * 100 < qint64(options.partlyShippedPercent) * (i + 1);
            QList<DemoParcel> parcels;
            if (status == u"shipped"_s || status == u"delivered"_s) {
                const qint64 shippedUnits = partly ? mix.bounded(1, int(units)) : units;
                const qint64 firstParcel = partly && shippedUnits >= 2 && mix.bounded(2u)
                        ? mix.bounded(1, int(shippedUnits))
                        : shippedUnits;
                parcels = DemoParcels::split(lines, shippedUnits, firstParcel);
            }
            if (partly) {
                status = u"confirmed"_s;
                ++report.partlyShipped;
            }
            DemoStockLedger::Quantities held;
            for (qsizetype position = 0; position < lines.size(); ++position)
                held.append({chosen.at(position), lines.at(position).quantity});
            stockLedger.add(placedMs, number, held, DemoStockLedger::Reserve);
            for (qsizetype position = 0; position < lines.size(); ++position) {
                const DemoOrderLine &line = lines.at(position);
                qint64 shipped = 0;
                for (const DemoParcel &parcel : std::as_const(parcels)) {
                    for (const auto &[sku, quantity] : parcel)
                        shipped += sku == line.sku ? quantity : 0;
                }
                if (auto added = lineRows.add({number, position + 1, line.sku, line.name, line.quantity,
                            line.unitPriceMinor, line.quantity * line.unitPriceMinor, shipped});
                        !added)
                    return fail(added.error());
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
                (void) DemoParcels::trackingNumber(DemoParcels::carrier(random), random);
            }
            if (!parcels.isEmpty()) {
                // Each parcel: its own carrier and tracking number, an OrderShipped row and, once it arrived, an
                // OrderDelivered row (OrderFulfillment::ship and deliver); the order shows the latest parcel's.
                struct Sent {
                    qint64 id;
                    QString carrier;
                    QString tracking;
                    qint64 shippedMs;
                    qint64 deliveredMs;
                };
                QList<Sent> sent;
                for (qsizetype p = 0; p < parcels.size(); ++p) {
                    QRandomGenerator &draw = p == 0 ? random : mix;
                    const QString parcelCarrier = DemoParcels::carrier(draw);
                    const QString parcelTracking = DemoParcels::trackingNumber(parcelCarrier, draw);
                    const qint64 at = p == 0 ? shippedMs : later(shippedMs, nowMs, qint64(mix.bounded(1, 20)) * hourMs);
                    sent.append({nextShipmentId++, parcelCarrier, parcelTracking, at, 0});
                }
                // Delivered orders (and partly shipped ones that old) have every parcel delivered.
                if (wasDelivered) {
                    sent[0].deliveredMs = qMax(deliveredMs, sent.last().shippedMs + 1);
                    for (qsizetype p = 1; p < sent.size(); ++p)
                        sent[p].deliveredMs
                                = later(sent[p - 1].deliveredMs, nowMs, qint64(mix.bounded(1, 24)) * hourMs);
                }
                carrier = sent.last().carrier;
                tracking = sent.last().tracking;
                for (qsizetype p = 0; p < sent.size(); ++p) {
                    const bool complete = !partly && p == sent.size() - 1;
                    if (auto added = addEvent(sent[p].shippedMs, u"OrderShipped"_s, u"confirmed"_s,
                                complete ? u"shipped"_s : u"confirmed"_s, u""_s,
                                DemoParcels::details(
                                        sent[p].id, sent[p].carrier, sent[p].tracking, parcels[p], complete));
                            !added)
                        return fail(added.error());
                }
                for (qsizetype p = 0; p < sent.size(); ++p) {
                    if (sent[p].deliveredMs == 0)
                        continue;
                    const bool last = !partly && p == sent.size() - 1;
                    if (auto added = addEvent(sent[p].deliveredMs, u"OrderDelivered"_s,
                                partly ? u"confirmed"_s : u"shipped"_s, last ? u"delivered"_s : status, u""_s,
                                DemoParcels::details(
                                        sent[p].id, sent[p].carrier, sent[p].tracking, parcels[p], std::nullopt));
                            !added)
                        return fail(added.error());
                }
                for (qsizetype p = 0; p < sent.size(); ++p) {
                    if (auto added = shipmentRows.add(
                                {sent[p].id, number, sent[p].carrier, sent[p].tracking, sent[p].shippedMs, actor,
                                        sent[p].deliveredMs > 0 ? QVariant(sent[p].deliveredMs)
                                                                : QVariant(QMetaType::fromType<qint64>()),
                                        sent[p].deliveredMs > 0 ? QVariant(actor) : nullValue()});
                            !added)
                        return fail(added.error());
                    DemoStockLedger::Quantities consumed;
                    for (const auto &[sku, quantity] : std::as_const(parcels[p]))
                        consumed.append({productBySku.value(sku), quantity});
                    stockLedger.add(sent[p].shippedMs, number, consumed, DemoStockLedger::Consume);
                    for (const auto &[sku, quantity] : std::as_const(parcels[p])) {
                        if (auto added = shipmentLineRows.add({sent[p].id, number, sku, quantity}); !added)
                            return fail(added.error());
                    }
                }
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
                stockLedger.add(cancelledMs, number, held, DemoStockLedger::Release);
                if (auto added = addEvent(
                            cancelledMs, u"OrderCancelled"_s, u"pending"_s, u"cancelled"_s, cancelReason.toString());
                        !added)
                    return fail(added.error());
            }

            // Returns: of delivered orders, some time after they arrived; a few are exchanged for a replacement,
            // which is written with the order that replaces it (the first placed after the exchange).
            qint64 refunded = 0;
            if (status == u"delivered"_s && deliveredMs < nowMs - 6 * hourMs
                    && (report.returns + exchanges.waiting()) * 100 < qint64(options.returnedPercent) * (i + 1)) {
                const bool exchange
                        = (report.exchanges + exchanges.waiting()) * 100 < qint64(options.exchangedPercent) * (i + 1)
                        && deliveredMs < nowMs - 48 * hourMs;
                DemoReturnPlan plan = DemoReturns::plan(mix, number, method, lines, deliveredMs, nowMs, exchange);
                if (exchange) {
                    exchanges.schedule({plan, later(plan.openedMs, nowMs, qint64(mix.bounded(1, 24)) * hourMs),
                            customer.id, customer.name, customer.email,
                            {street, QString::fromUtf16(city.name), QString::fromUtf16(city.state),
                                    QString::fromUtf16(city.zip)}});
                } else {
                    auto last = afterSales.write(plan, eventRows, report.timelineEntries);
                    if (!last)
                        return fail(last.error());
                    updatedMs = qMax(updatedMs, *last);
                    refunded = plan.refundedMs > 0 ? plan.refundMinor() : 0;
                    ++report.returns;
                }
            }

            if (auto added
                    = orderRows.add({number, makeUuidV7(fromStorage(placedMs), random), customer.id, customer.name,
                            customer.email, status, u"USD"_s, total, qint64(chosen.size()), paid ? total : 0, refunded,
                            refunded, method, street, QString::fromUtf16(city.name), QString::fromUtf16(city.state),
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
        if (auto flushed = afterSales.flush(); !flushed)
            return fail(flushed.error());
        for (const auto &[original, at] : std::as_const(touchedOriginals)) {
            if (auto touched = database.query(
                        u"UPDATE orders SET updated_at = ? WHERE number = ? AND updated_at < ?"_s, {at, original, at});
                    !touched)
                return fail(touched.error());
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
        // Exchanges no order came late enough to replace stay open returns.
        if (std::deque<DemoPendingExchange> left = exchanges.takeWaiting(); !left.empty()) {
            BulkInserter eventRows(database, u"order_events"_s,
                    {u"order_number"_s, u"at"_s, u"actor"_s, u"event"_s, u"from_status"_s, u"to_status"_s, u"reason"_s,
                            u"details"_s});
            QList<std::pair<qint64, qint64>> touched;
            for (const DemoPendingExchange &pending : left) {
                auto last = afterSales.write(pending.plan, eventRows, report.timelineEntries);
                if (!last)
                    return fail(last.error());
                touched.append({pending.plan.orderNumber, *last});
                ++report.returns;
            }
            if (auto flushed = eventRows.flush(); !flushed)
                return fail(flushed.error());
            if (auto flushed = afterSales.flush(); !flushed)
                return fail(flushed.error());
            for (const auto &[original, at] : std::as_const(touched)) {
                if (auto updated
                        = database.query(u"UPDATE orders SET updated_at = ? WHERE number = ? AND updated_at < ?"_s,
                                {at, original, at});
                        !updated)
                    return fail(updated.error());
            }
        }
        // What is left beyond the open reservations: a tenth of the catalogue runs low.
        QStringList skus;
        QList<qint64> spare;
        for (const DemoProduct &product : std::as_const(products)) {
            const bool low = random.bounded(10u) == 0;
            skus.append(product.sku);
            spare.append(low ? random.bounded(0, int(product.threshold) + 1) : random.bounded(25, 600));
        }
        const QString history
                = tr("Demo data: history of %n order(s)", nullptr, int(qMin<qint64>(options.orders, INT_MAX)));
        if (auto written
                = stockLedger.write(database, skus, spare, afterSales.movements(), actor, history, createdMs, nowMs);
                !written)
            return fail(written.error());
        if (auto counter = database.query(u"UPDATE counters SET value = ? WHERE name = 'order_number'"_s, {number});
                !counter)
            return fail(counter.error());
        // Customers were written with explicit ids: PostgreSQL's identity sequence must move past them.
        if (auto synced = database.syncGeneratedIds(u"customers"_s); !synced)
            return fail(synced.error());
        for (const QString &table : {u"shipments"_s, u"returns"_s, u"refunds"_s}) {
            if (auto synced = database.syncGeneratedIds(table); !synced)
                return fail(synced.error());
        }
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
    }
    if (auto finished = bulkLoad.finish(); !finished)
        return fail(finished.error());
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
