// `orders place|show|mark-paid|ship|deliver|cancel|modify`: the happy paths and the lifecycle.

#include "CliFixture.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliOrders : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-A"_s, u"29.99"_s, 10));
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-B"_s, u"5.00"_s, 20));
    }

    qint64 reserved(const QString &sku) { return product(sku).value(u"reserved"_s).toInteger(-1); }
    qint64 onHand(const QString &sku) { return product(sku).value(u"onHand"_s).toInteger(-1); }

    static QStringList statusChain(const QJsonObject &order)
    {
        QStringList chain;
        for (const QJsonValue &entry : order.value(u"timeline"_s).toArray()) {
            const QJsonObject object = entry.toObject();
            chain << (object.value(u"from"_s).isNull() ? u"-"_s : object.value(u"from"_s).toString()) + u">"_s
                            + object.value(u"to"_s).toString();
        }
        return chain;
    }
};

TEST_F(CliOrders, PlaceFromFileAndShow)
{
    const QString file = cli.writeFile(u"order.json"_s, toJsonBytes(placeRequest(u"SKU-A"_s, 2)));
    const CliResult placed = cli.run({u"orders"_s, u"place"_s, file});
    ASSERT_EQ(placed.exitCode, ExitOk) << placed;
    EXPECT_TRUE(placed.outText().contains(u"Placed order #"_s)) << placed;

    const QJsonArray list = ordersList();
    ASSERT_EQ(list.size(), 1);
    const qint64 number = list.at(0).toObject().value(u"number"_s).toInteger();

    const QJsonObject shown = order(number);
    EXPECT_FALSE(shown.value(u"id"_s).toString().isEmpty());
    EXPECT_EQ(shown.value(u"number"_s).toInteger(), number);
    EXPECT_EQ(shown.value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(shown.value(u"currency"_s).toString(), u"USD"_s);
    EXPECT_EQ(shown.value(u"total"_s).toString(), u"59.98"_s);

    const QJsonObject customer = shown.value(u"customer"_s).toObject();
    EXPECT_EQ(customer.value(u"name"_s).toString(), u"Ada Lovelace"_s);
    EXPECT_EQ(customer.value(u"email"_s).toString(), u"ada@example.com"_s);

    const QJsonArray items = shown.value(u"items"_s).toArray();
    ASSERT_EQ(items.size(), 1);
    const QJsonObject item = items.at(0).toObject();
    EXPECT_EQ(item.value(u"sku"_s).toString(), u"SKU-A"_s);
    EXPECT_EQ(item.value(u"quantity"_s).toInteger(), 2);
    EXPECT_EQ(item.value(u"unitPrice"_s).toString(), u"29.99"_s);
    EXPECT_EQ(item.value(u"lineTotal"_s).toString(), u"59.98"_s);

    const QJsonObject address = shown.value(u"shippingAddress"_s).toObject();
    EXPECT_EQ(address.value(u"street"_s).toString(), u"1 Main St"_s);
    EXPECT_EQ(address.value(u"city"_s).toString(), u"Springfield"_s);
    EXPECT_EQ(address.value(u"state"_s).toString(), u"IL"_s);
    EXPECT_EQ(address.value(u"zip"_s).toString(), u"62701"_s);

    const QJsonArray timeline = shown.value(u"timeline"_s).toArray();
    ASSERT_EQ(timeline.size(), 1);
    const QJsonObject placedEntry = timeline.at(0).toObject();
    for (const QString &key : {u"at"_s, u"actor"_s, u"from"_s, u"to"_s, u"reason"_s})
        EXPECT_TRUE(placedEntry.contains(key)) << "timeline entry lacks " << key.toStdString();
    EXPECT_FALSE(placedEntry.value(u"at"_s).toString().isEmpty());
    EXPECT_FALSE(placedEntry.value(u"actor"_s).toString().isEmpty());
    EXPECT_TRUE(placedEntry.value(u"from"_s).isNull());
    EXPECT_EQ(placedEntry.value(u"to"_s).toString(), u"pending"_s);

    // Placing reserves stock; nothing leaves the shelf yet.
    EXPECT_EQ(reserved(u"SKU-A"_s), 2);
    EXPECT_EQ(onHand(u"SKU-A"_s), 10);

    const CliResult text = cli.run({u"orders"_s, u"show"_s, QString::number(number)});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"Ada Lovelace"_s)) << text;
}

TEST_F(CliOrders, PlaceFromStdin)
{
    const CliResult placed = cli.run(
            {u"--json"_s, u"orders"_s, u"place"_s, u"-"_s}, toJsonBytes(placeRequest(u"SKU-B"_s, 3, u"5.00"_s)));
    ASSERT_EQ(placed.exitCode, ExitOk) << placed;
    const QJsonObject result = placed.jsonObject();
    EXPECT_EQ(result.value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(result.value(u"total"_s).toString(), u"15.00"_s);
    EXPECT_EQ(reserved(u"SKU-B"_s), 3);
}

TEST_F(CliOrders, PriceMayBeOmittedOrGivenAsJsonNumber)
{
    EXPECT_GT(placeOrder(placeRequest(u"SKU-A"_s, 1, QJsonValue(QJsonValue::Undefined))), 0);
    EXPECT_GT(placeOrder(placeRequest(u"SKU-A"_s, 1, 29.99)), 0);
    EXPECT_EQ(reserved(u"SKU-A"_s), 2);
}

TEST_F(CliOrders, ShowByNumberHashAndUuid)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s));
    ASSERT_GT(number, 0);
    const QJsonObject byNumber = order(number);
    const QString id = byNumber.value(u"id"_s).toString();
    ASSERT_EQ(id.size(), 36) << id.toStdString();

    EXPECT_EQ(order(u"#%1"_s.arg(number)).value(u"id"_s).toString(), id);
    EXPECT_EQ(order(id).value(u"number"_s).toInteger(), number);
    EXPECT_EQ(order(id.toUpper()).value(u"number"_s).toInteger(), number);

    // Not found has its own exit code (it was 3, "invalid input", before 7 existed).
    const CliResult missing = cli.run({u"orders"_s, u"show"_s, QString::number(number + 1000)});
    EXPECT_EQ(missing.exitCode, ExitNotFound) << missing;
    const CliResult missingUuid = cli.run({u"orders"_s, u"show"_s, u"00000000-0000-4000-8000-000000000000"_s});
    EXPECT_EQ(missingUuid.exitCode, ExitNotFound) << missingUuid;
    const CliResult garbage = cli.run({u"orders"_s, u"show"_s, u"yesterday"_s});
    EXPECT_EQ(garbage.exitCode, ExitInvalid) << garbage;
}

TEST_F(CliOrders, FullLifecycle)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 2));
    ASSERT_GT(number, 0);
    const QString ref = QString::number(number);

    const CliResult paid = cli.run({u"--json"_s, u"orders"_s, u"mark-paid"_s, ref, u"--reference"_s, u"INV-1"_s});
    ASSERT_EQ(paid.exitCode, ExitOk) << paid;
    EXPECT_EQ(paid.jsonObject().value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(paid.jsonObject().value(u"balanceDue"_s).toString(), u"0.00"_s);
    EXPECT_EQ(order(number).value(u"timeline"_s).toArray().size(), 2);
    EXPECT_EQ(reserved(u"SKU-A"_s), 2) << "a paid order keeps its reservation";

    const CliResult shipped
            = cli.run({u"orders"_s, u"ship"_s, ref, u"--tracking"_s, u"1Z999"_s, u"--carrier"_s, u"UPS"_s});
    ASSERT_EQ(shipped.exitCode, ExitOk) << shipped;
    QJsonObject now = order(number);
    EXPECT_EQ(now.value(u"status"_s).toString(), u"shipped"_s);
    EXPECT_EQ(now.value(u"trackingNumber"_s).toString(), u"1Z999"_s);
    EXPECT_EQ(now.value(u"carrier"_s).toString(), u"UPS"_s);
    EXPECT_EQ(now.value(u"timeline"_s).toArray().size(), 3);
    EXPECT_EQ(onHand(u"SKU-A"_s), 8) << "shipping consumes the stock";
    EXPECT_EQ(reserved(u"SKU-A"_s), 0);

    const CliResult delivered = cli.run({u"orders"_s, u"deliver"_s, ref});
    ASSERT_EQ(delivered.exitCode, ExitOk) << delivered;
    now = order(number);
    EXPECT_EQ(now.value(u"status"_s).toString(), u"delivered"_s);
    EXPECT_EQ(statusChain(now),
            (QStringList{u"->pending"_s, u"pending>confirmed"_s, u"confirmed>shipped"_s, u"shipped>delivered"_s}));

    const QByteArray before = snapshot({u"SKU-A"_s});
    const CliResult cancel = cli.run({u"orders"_s, u"cancel"_s, ref, u"--reason"_s, u"customer"_s});
    EXPECT_EQ(cancel.exitCode, ExitConflict) << cancel;
    EXPECT_EQ(order(number).value(u"status"_s).toString(), u"delivered"_s);
    EXPECT_EQ(order(number).value(u"timeline"_s).toArray().size(), 4);

    const CliResult deliverAgain = cli.run({u"orders"_s, u"deliver"_s, ref});
    EXPECT_EQ(deliverAgain.exitCode, ExitConflict) << deliverAgain;
    EXPECT_EQ(snapshot({u"SKU-A"_s}), before);
}

TEST_F(CliOrders, CancelPendingReleasesStock)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 4));
    ASSERT_GT(number, 0);
    EXPECT_EQ(reserved(u"SKU-A"_s), 4);
    const CliResult cancel = cli.run({u"--json"_s, u"orders"_s, u"cancel"_s, QString::number(number), u"--reason"_s,
            u"customer"_s, u"--note"_s, u"changed mind"_s});
    ASSERT_EQ(cancel.exitCode, ExitOk) << cancel;
    EXPECT_EQ(cancel.jsonObject().value(u"status"_s).toString(), u"cancelled"_s);
    EXPECT_EQ(cancel.jsonObject().value(u"cancelReason"_s).toString(), u"customer"_s);
    EXPECT_EQ(reserved(u"SKU-A"_s), 0);
    EXPECT_EQ(onHand(u"SKU-A"_s), 10);

    const CliResult badReason
            = cli.run({u"orders"_s, u"cancel"_s, QString::number(number), u"--reason"_s, u"expired"_s});
    EXPECT_EQ(badReason.exitCode, ExitInvalid) << "expired is for the worker only\n" << badReason;
}

TEST_F(CliOrders, ModifyItemsAdjustsReservations)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 2));
    ASSERT_GT(number, 0);
    EXPECT_EQ(reserved(u"SKU-A"_s), 2);

    const QJsonObject grow{{u"items"_s,
            QJsonArray{QJsonObject{{u"productId"_s, u"SKU-A"_s}, {u"quantity"_s, 5}},
                    QJsonObject{{u"productId"_s, u"SKU-B"_s}, {u"quantity"_s, 1}}}}};
    const CliResult grown = runWithFile({u"orders"_s, u"modify"_s, QString::number(number)}, toJsonBytes(grow));
    ASSERT_EQ(grown.exitCode, ExitOk) << grown;
    EXPECT_EQ(grown.jsonObject().value(u"total"_s).toString(), u"154.95"_s) << grown; // 5 × 29.99 + 5.00
    EXPECT_EQ(reserved(u"SKU-A"_s), 5);
    EXPECT_EQ(reserved(u"SKU-B"_s), 1);

    // From standard input this time.
    const QJsonObject shrink{{u"items"_s, QJsonArray{QJsonObject{{u"productId"_s, u"SKU-B"_s}, {u"quantity"_s, 2}}}}};
    const CliResult shrunk
            = cli.run({u"--json"_s, u"orders"_s, u"modify"_s, QString::number(number), u"-"_s}, toJsonBytes(shrink));
    ASSERT_EQ(shrunk.exitCode, ExitOk) << shrunk;
    EXPECT_EQ(reserved(u"SKU-A"_s), 0) << "a removed line releases its stock";
    EXPECT_EQ(reserved(u"SKU-B"_s), 2);

    const QJsonObject shown = order(number);
    EXPECT_EQ(shown.value(u"total"_s).toString(), u"10.00"_s);
    ASSERT_EQ(shown.value(u"items"_s).toArray().size(), 1);
    EXPECT_EQ(shown.value(u"items"_s).toArray().at(0).toObject().value(u"sku"_s).toString(), u"SKU-B"_s);
    EXPECT_EQ(shown.value(u"timeline"_s).toArray().size(), 3);
    EXPECT_EQ(shown.value(u"status"_s).toString(), u"pending"_s);
}

TEST_F(CliOrders, SetStockBelowReservedIsConflict)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 4));
    ASSERT_GT(number, 0);
    const QByteArray before = snapshot({u"SKU-A"_s});
    const CliResult result = cli.run({u"products"_s, u"set-stock"_s, u"SKU-A"_s, u"3"_s, u"--reason"_s, u"count"_s});
    EXPECT_EQ(result.exitCode, ExitConflict) << result;
    EXPECT_EQ(snapshot({u"SKU-A"_s}), before);

    const CliResult exact = cli.run({u"products"_s, u"set-stock"_s, u"SKU-A"_s, u"4"_s, u"--reason"_s, u"count"_s});
    EXPECT_EQ(exact.exitCode, ExitOk) << exact;
    EXPECT_EQ(product(u"SKU-A"_s).value(u"available"_s).toInteger(-1), 0);
}

TEST_F(CliOrders, ModifyShippingAddressOfPaidOrder)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 1));
    ASSERT_GT(number, 0);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(number)}).exitCode, ExitOk);

    const QJsonObject move{{u"shippingAddress"_s,
            QJsonObject{{u"street"_s, u"2 Elm St"_s}, {u"city"_s, u"Shelbyville"_s}, {u"state"_s, u"IL"_s},
                    {u"zip"_s, u"62565"_s}}}};
    const CliResult moved = runWithFile({u"orders"_s, u"modify"_s, QString::number(number)}, toJsonBytes(move));
    ASSERT_EQ(moved.exitCode, ExitOk) << moved;
    const QJsonObject shown = order(number);
    EXPECT_EQ(shown.value(u"shippingAddress"_s).toObject().value(u"city"_s).toString(), u"Shelbyville"_s);
    EXPECT_EQ(shown.value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(reserved(u"SKU-A"_s), 1);
}

TEST_F(CliOrders, ModifyAfterShipmentIsConflict)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 1));
    ASSERT_GT(number, 0);
    const QString ref = QString::number(number);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, ref}).exitCode, ExitOk);
    ASSERT_EQ(cli.run({u"orders"_s, u"ship"_s, ref, u"--tracking"_s, u"1Z1"_s}).exitCode, ExitOk);

    const QByteArray before = snapshot({u"SKU-A"_s, u"SKU-B"_s});
    const QJsonObject change{{u"items"_s, QJsonArray{QJsonObject{{u"productId"_s, u"SKU-B"_s}, {u"quantity"_s, 1}}}}};
    const CliResult modified = runWithFile({u"orders"_s, u"modify"_s, ref}, toJsonBytes(change));
    EXPECT_EQ(modified.exitCode, ExitConflict) << modified;
    EXPECT_EQ(snapshot({u"SKU-A"_s, u"SKU-B"_s}), before);
}

TEST_F(CliOrders, ModifyWithNothingToChangeIsInvalid)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 1));
    ASSERT_GT(number, 0);
    const CliResult empty = runWithFile({u"orders"_s, u"modify"_s, QString::number(number)}, "{}");
    EXPECT_EQ(empty.exitCode, ExitInvalid) << empty;
    const CliResult same = runWithFile(
            {u"orders"_s, u"modify"_s, QString::number(number)}, R"({"items":[{"productId":"SKU-A","quantity":1}]})");
    EXPECT_EQ(same.exitCode, ExitInvalid) << same;
    EXPECT_EQ(order(number).value(u"timeline"_s).toArray().size(), 1);
}

TEST_F(CliOrders, ListFiltersByStatus)
{
    const qint64 first = placeOrder(placeRequest(u"SKU-A"_s, 1));
    const qint64 second = placeOrder(placeRequest(u"SKU-B"_s, 1, u"5.00"_s, u"bob@example.com"_s));
    ASSERT_GT(first, 0);
    ASSERT_GT(second, 0);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(first)}).exitCode, ExitOk);

    const CliResult pending = cli.run({u"--json"_s, u"orders"_s, u"list"_s, u"--status"_s, u"pending"_s});
    ASSERT_EQ(pending.exitCode, ExitOk) << pending;
    ASSERT_EQ(pending.jsonArray().size(), 1) << pending;
    EXPECT_EQ(pending.jsonArray().at(0).toObject().value(u"number"_s).toInteger(), second);

    const CliResult all = cli.run({u"--json"_s, u"orders"_s, u"list"_s});
    ASSERT_EQ(all.exitCode, ExitOk) << all;
    ASSERT_EQ(all.jsonArray().size(), 2);
    EXPECT_EQ(all.jsonArray().at(0).toObject().value(u"number"_s).toInteger(), second) << "newest first";

    const CliResult bad = cli.run({u"orders"_s, u"list"_s, u"--status"_s, u"lost"_s});
    EXPECT_EQ(bad.exitCode, ExitInvalid) << bad;
}

TEST_F(CliOrders, ListFiltersByPaymentStateAndCancelReason)
{
    const qint64 paid = placeOrder(placeRequest(u"SKU-A"_s, 1));
    const qint64 unpaid = placeOrder(placeRequest(u"SKU-B"_s, 1, u"5.00"_s, u"bob@example.com"_s));
    const qint64 cancelled = placeOrder(placeRequest(u"SKU-A"_s, 1, u"29.99"_s, u"carol@example.com"_s));
    ASSERT_GT(paid, 0);
    ASSERT_GT(unpaid, 0);
    ASSERT_GT(cancelled, 0);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(paid)}).exitCode, ExitOk);
    ASSERT_EQ(cli.run({u"orders"_s, u"cancel"_s, QString::number(cancelled), u"--reason"_s, u"inventory"_s}).exitCode,
            ExitOk);
    const auto numbers = [&](const QStringList &options) {
        const CliResult listed = cli.run(QStringList{u"--json"_s, u"orders"_s, u"list"_s} + options);
        EXPECT_EQ(listed.exitCode, ExitOk) << listed;
        QList<qint64> result;
        for (const QJsonValue &row : listed.jsonArray())
            result << row.toObject().value(u"number"_s).toInteger();
        return result;
    };

    EXPECT_EQ(numbers({u"--payment-state"_s, u"paid"_s}), (QList<qint64>{paid}));
    EXPECT_EQ(numbers({u"--payment-state"_s, u"unpaid"_s}), (QList<qint64>{cancelled, unpaid}));
    EXPECT_TRUE(numbers({u"--payment-state"_s, u"refunded"_s}).isEmpty());
    EXPECT_EQ(numbers({u"--cancel-reason"_s, u"inventory"_s}), (QList<qint64>{cancelled}));
    EXPECT_EQ(numbers({u"--cancel-reason"_s, u"customer,inventory"_s}), (QList<qint64>{cancelled}));
    EXPECT_TRUE(numbers({u"--cancel-reason"_s, u"fraud"_s}).isEmpty());
    EXPECT_EQ(numbers({u"--payment-state"_s, u"unpaid"_s, u"--search"_s, u"bob@"_s}), (QList<qint64>{unpaid}));

    const CliResult badState = cli.run({u"orders"_s, u"list"_s, u"--payment-state"_s, u"half"_s});
    EXPECT_EQ(badState.exitCode, ExitInvalid) << badState;
    EXPECT_TRUE(badState.errText().contains(u"half"_s)) << badState;
    const CliResult badReason = cli.run({u"orders"_s, u"list"_s, u"--cancel-reason"_s, u"customer,bored"_s});
    EXPECT_EQ(badReason.exitCode, ExitInvalid) << badReason;
    EXPECT_TRUE(badReason.errText().contains(u"bored"_s)) << badReason;
}

TEST_F(CliOrders, ListANamedSet)
{
    const qint64 paid = placeOrder(placeRequest(u"SKU-A"_s, 1));
    const qint64 unpaid = placeOrder(placeRequest(u"SKU-B"_s, 1, u"5.00"_s, u"bob@example.com"_s));
    const qint64 cancelled = placeOrder(placeRequest(u"SKU-A"_s, 1, u"29.99"_s, u"carol@example.com"_s));
    ASSERT_GT(paid, 0);
    ASSERT_GT(unpaid, 0);
    ASSERT_GT(cancelled, 0);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(paid)}).exitCode, ExitOk);
    ASSERT_EQ(cli.run({u"orders"_s, u"cancel"_s, QString::number(cancelled), u"--reason"_s, u"inventory"_s}).exitCode,
            ExitOk);
    const auto numbers = [&](const QStringList &options) {
        const CliResult listed = cli.run(QStringList{u"--json"_s, u"orders"_s, u"list"_s} + options);
        EXPECT_EQ(listed.exitCode, ExitOk) << listed;
        QList<qint64> result;
        for (const QJsonValue &row : listed.jsonArray())
            result << row.toObject().value(u"number"_s).toInteger();
        return result;
    };

    EXPECT_EQ(numbers({u"--set"_s, u"to_ship"_s}), (QList<qint64>{paid}));
    EXPECT_EQ(numbers({u"--set"_s, u"holds_stock"_s}), (QList<qint64>{unpaid, paid}));
    // Unlike --payment-state unpaid, the set leaves the cancelled order out.
    EXPECT_EQ(numbers({u"--set"_s, u"unpaid"_s}), (QList<qint64>{unpaid}));
    EXPECT_EQ(numbers({u"--set"_s, u"paid"_s}), (QList<qint64>{paid}));
    // Other options narrow the set.
    EXPECT_EQ(numbers({u"--set"_s, u"holds_stock"_s, u"--search"_s, u"bob@"_s}), (QList<qint64>{unpaid}));

    const CliResult unknown = cli.run({u"orders"_s, u"list"_s, u"--set"_s, u"lost"_s});
    EXPECT_EQ(unknown.exitCode, ExitUsage) << unknown;
    EXPECT_TRUE(unknown.errText().contains(u"lost"_s)) << unknown;
    EXPECT_TRUE(unknown.errText().contains(u"holds_stock, to_ship, unpaid, paid, sold, not_cancelled"_s)) << unknown;
    EXPECT_TRUE(unknown.outText().isEmpty()) << unknown;
    const CliResult unknownJson = cli.run({u"--json"_s, u"orders"_s, u"list"_s, u"--set"_s, u"lost"_s});
    EXPECT_EQ(unknownJson.exitCode, ExitUsage) << unknownJson;

    // A set already says which statuses and payment state: redefining them is refused, not merged silently.
    const CliResult both = cli.run({u"orders"_s, u"list"_s, u"--set"_s, u"to_ship"_s, u"--status"_s, u"pending"_s});
    EXPECT_EQ(both.exitCode, ExitUsage) << both;
    EXPECT_TRUE(both.errText().contains(u"--status"_s)) << both;

    // The help lists every set with what it holds.
    const CliResult help = cli.run({u"help"_s, u"orders"_s, u"list"_s});
    ASSERT_EQ(help.exitCode, ExitOk) << help;
    for (const QString &key : {u"holds_stock"_s, u"to_ship"_s, u"sold"_s})
        EXPECT_TRUE(help.outText().contains(key)) << help;
}

TEST_F(CliOrders, ShowPrintsEachPaymentWithItsReference)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 1));
    ASSERT_GT(number, 0);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(number), u"--reference"_s, u"INV-1"_s}).exitCode,
            ExitOk);
    const CliResult text = cli.run({u"orders"_s, u"show"_s, QString::number(number)});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    const QString out = text.outText();
    const qsizetype payments = out.indexOf(u"Payments:"_s);
    ASSERT_GE(payments, 0) << text;
    const QString paymentLine = out.mid(payments).section(u'\n', 1, 1);
    EXPECT_TRUE(paymentLine.contains(u"INV-1"_s)) << text;
    EXPECT_TRUE(paymentLine.contains(u"29.99"_s)) << text;
    EXPECT_TRUE(paymentLine.contains(u"Invoice"_s)) << text;
}

TEST_F(CliOrders, UnknownCustomerFilterIsNotFound)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 1));
    ASSERT_GT(number, 0);
    const CliResult result = cli.run(
            {u"--json"_s, u"orders"_s, u"list"_s, u"--customer"_s, u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"_s});
    EXPECT_EQ(result.exitCode, ExitNotFound) << result;
    EXPECT_EQ(result.errorJson().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s) << result;

    const QString customerId = order(number).value(u"customer"_s).toObject().value(u"id"_s).toString();
    ASSERT_FALSE(customerId.isEmpty());
    const CliResult known = cli.run({u"--json"_s, u"orders"_s, u"list"_s, u"--customer"_s, customerId});
    EXPECT_EQ(known.exitCode, ExitOk) << known;
    EXPECT_EQ(known.jsonArray().size(), 1) << known;
}

TEST_F(CliOrders, StatusMayBeGivenMoreThanOnce)
{
    const qint64 pending = placeOrder(placeRequest(u"SKU-A"_s, 1));
    const qint64 confirmed = placeOrder(placeRequest(u"SKU-B"_s, 1, u"5.00"_s, u"bob@example.com"_s));
    const qint64 cancelled = placeOrder(placeRequest(u"SKU-B"_s, 1, u"5.00"_s, u"carol@example.com"_s));
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(confirmed)}).exitCode, ExitOk);
    ASSERT_EQ(cli.run({u"orders"_s, u"cancel"_s, QString::number(cancelled), u"--reason"_s, u"staff"_s}).exitCode,
            ExitOk);
    const CliResult listed = cli.run(
            {u"--json"_s, u"orders"_s, u"list"_s, u"--status"_s, u"pending"_s, u"--status"_s, u"confirmed"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    QList<qint64> numbers;
    for (const QJsonValue &row : listed.jsonArray())
        numbers << row.toObject().value(u"number"_s).toInteger();
    EXPECT_EQ(numbers, (QList<qint64>{confirmed, pending}));
}

} // namespace
} // namespace shipshape::clitest
