// `orders ship --line`, `orders deliver --shipment`, `orders cancel-lines` and `orders list --fulfillment`:
// parcels from the command line (docs/fulfillment.md).

#include "CliFixture.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliFulfillment : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-A"_s, u"29.99"_s, 10));
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-B"_s, u"5.00"_s, 20));
    }

    // Three of SKU-A and four of SKU-B, paid: 3 × 29.99 + 4 × 5.00 = 109.97.
    QString paidOrder()
    {
        QJsonObject request = placeRequest(u"SKU-A"_s, 3);
        QJsonArray items = request.value(u"items"_s).toArray();
        items.append(QJsonObject{{u"productId"_s, u"SKU-B"_s}, {u"quantity"_s, 4}, {u"price"_s, u"5.00"_s}});
        request.insert(u"items"_s, items);
        const qint64 number = placeOrder(request);
        EXPECT_GT(number, 0);
        const QString ref = QString::number(number);
        const CliResult paid = cli.run({u"orders"_s, u"mark-paid"_s, ref});
        EXPECT_EQ(paid.exitCode, ExitOk) << paid;
        return ref;
    }
    qint64 reserved(const QString &sku) { return product(sku).value(u"reserved"_s).toInteger(-1); }
    qint64 onHand(const QString &sku) { return product(sku).value(u"onHand"_s).toInteger(-1); }
};

TEST_F(CliFulfillment, ShipByLineThenTheRestThenDeliverEachParcel)
{
    const QString ref = paidOrder();
    const CliResult first = cli.run({u"--json"_s, u"orders"_s, u"ship"_s, ref, u"--tracking"_s, u"1ZFIRST"_s,
            u"--carrier"_s, u"UPS"_s, u"--line"_s, u"SKU-A:2"_s, u"--line"_s, u"SKU-B:1"_s});
    ASSERT_EQ(first.exitCode, ExitOk) << first;
    QJsonObject now = first.jsonObject();
    EXPECT_EQ(now.value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(now.value(u"fulfillmentState"_s).toString(), u"partially_shipped"_s);
    const QJsonArray parcels = now.value(u"shipments"_s).toArray();
    ASSERT_EQ(parcels.size(), 1);
    const QJsonObject parcel = parcels.at(0).toObject();
    EXPECT_EQ(parcel.value(u"tracking"_s).toString(), u"1ZFIRST"_s);
    EXPECT_EQ(parcel.value(u"carrier"_s).toString(), u"UPS"_s);
    EXPECT_TRUE(parcel.value(u"deliveredAt"_s).isNull());
    EXPECT_FALSE(parcel.value(u"shippedAt"_s).toString().isEmpty());
    EXPECT_EQ(parcel.value(u"lines"_s).toArray(),
            (QJsonArray{QJsonObject{{u"sku"_s, u"SKU-A"_s}, {u"quantity"_s, 2}},
                    QJsonObject{{u"sku"_s, u"SKU-B"_s}, {u"quantity"_s, 1}}}));
    EXPECT_EQ(onHand(u"SKU-A"_s), 8);
    EXPECT_EQ(reserved(u"SKU-A"_s), 1);
    EXPECT_EQ(reserved(u"SKU-B"_s), 3);

    // The text lists the parcel.
    const CliResult shown = cli.run({u"orders"_s, u"show"_s, ref});
    ASSERT_EQ(shown.exitCode, ExitOk) << shown;
    EXPECT_TRUE(shown.outText().contains(u"Shipments:"_s)) << shown;
    EXPECT_TRUE(shown.outText().contains(u"UPS 1ZFIRST"_s)) << shown;
    EXPECT_TRUE(shown.outText().contains(u"partially shipped"_s)) << shown;

    // The current syntax: everything still unshipped.
    const CliResult rest = cli.run({u"--json"_s, u"orders"_s, u"ship"_s, ref, u"--tracking"_s, u"1ZREST"_s});
    ASSERT_EQ(rest.exitCode, ExitOk) << rest;
    now = rest.jsonObject();
    EXPECT_EQ(now.value(u"status"_s).toString(), u"shipped"_s);
    EXPECT_EQ(now.value(u"fulfillmentState"_s).toString(), u"shipped"_s);
    EXPECT_EQ(now.value(u"trackingNumber"_s).toString(), u"1ZREST"_s);
    const qint64 firstId = now.value(u"shipments"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();

    const CliResult one
            = cli.run({u"--json"_s, u"orders"_s, u"deliver"_s, ref, u"--shipment"_s, QString::number(firstId)});
    ASSERT_EQ(one.exitCode, ExitOk) << one;
    EXPECT_EQ(one.jsonObject().value(u"fulfillmentState"_s).toString(), u"partially_delivered"_s);
    const CliResult again = cli.run({u"orders"_s, u"deliver"_s, ref, u"--shipment"_s, QString::number(firstId)});
    EXPECT_EQ(again.exitCode, ExitInvalid) << again;
    const CliResult unknown = cli.run({u"orders"_s, u"deliver"_s, ref, u"--shipment"_s, u"99999"_s});
    EXPECT_EQ(unknown.exitCode, ExitInvalid) << unknown;
    EXPECT_TRUE(unknown.errText().contains(u"99999"_s)) << unknown;

    const CliResult all = cli.run({u"--json"_s, u"orders"_s, u"deliver"_s, ref});
    ASSERT_EQ(all.exitCode, ExitOk) << all;
    EXPECT_EQ(all.jsonObject().value(u"status"_s).toString(), u"delivered"_s);
    EXPECT_EQ(all.jsonObject().value(u"fulfillmentState"_s).toString(), u"delivered"_s);
}

TEST_F(CliFulfillment, BadLinesExitThreeNamingTheLineAndChangeNothing)
{
    const QString ref = paidOrder();
    const QByteArray before = snapshot({u"SKU-A"_s, u"SKU-B"_s});
    for (const QStringList &lines : {QStringList{u"SKU-A:4"_s}, QStringList{u"SKU-A:2"_s, u"SKU-A:2"_s},
                 QStringList{u"SKU-C:1"_s}, QStringList{u"SKU-A"_s}, QStringList{u"SKU-A:0"_s}}) {
        QStringList arguments{u"orders"_s, u"ship"_s, ref, u"--tracking"_s, u"1ZBAD"_s};
        for (const QString &line : lines)
            arguments << u"--line"_s << line;
        const CliResult refused = cli.run(arguments);
        EXPECT_EQ(refused.exitCode, ExitInvalid) << refused;
        EXPECT_TRUE(refused.errText().contains(lines.constFirst().section(u':', 0, 0))) << refused;
    }
    const CliResult noShipment = cli.run({u"orders"_s, u"deliver"_s, ref, u"--shipment"_s, u"seven"_s});
    EXPECT_EQ(noShipment.exitCode, ExitInvalid) << noShipment;
    EXPECT_EQ(snapshot({u"SKU-A"_s, u"SKU-B"_s}), before);
}

TEST_F(CliFulfillment, CancelLinesReleasesStockOwesTheRefundAndBlocksAWholeCancel)
{
    const QString ref = paidOrder();
    ASSERT_EQ(cli.run({u"orders"_s, u"ship"_s, ref, u"--tracking"_s, u"1ZFIRST"_s, u"--line"_s, u"SKU-A:1"_s}).exitCode,
            ExitOk);
    const QByteArray before = snapshot({u"SKU-A"_s, u"SKU-B"_s});
    const CliResult whole = cli.run({u"orders"_s, u"cancel"_s, ref, u"--reason"_s, u"customer"_s});
    EXPECT_EQ(whole.exitCode, ExitConflict) << whole;
    EXPECT_TRUE(whole.errText().contains(u"partly shipped"_s)) << whole;
    const CliResult shippedUnits
            = cli.run({u"orders"_s, u"cancel-lines"_s, ref, u"--line"_s, u"SKU-A:3"_s, u"--reason"_s, u"inventory"_s});
    EXPECT_EQ(shippedUnits.exitCode, ExitInvalid) << shippedUnits;
    EXPECT_TRUE(shippedUnits.errText().contains(u"SKU-A"_s)) << shippedUnits;
    const CliResult noReason
            = cli.run({u"orders"_s, u"cancel-lines"_s, ref, u"--line"_s, u"SKU-A:1"_s, u"--reason"_s, u"whim"_s});
    EXPECT_NE(noReason.exitCode, ExitOk) << noReason;
    EXPECT_EQ(snapshot({u"SKU-A"_s, u"SKU-B"_s}), before);

    // The preview is the same cancel, rolled back: the figures the cancel gives, and nothing written.
    const CliResult preview = cli.run({u"--json"_s, u"orders"_s, u"cancel-lines"_s, ref, u"--line"_s, u"SKU-B:4"_s,
            u"--line"_s, u"SKU-A:1"_s, u"--reason"_s, u"inventory"_s, u"--preview"_s});
    ASSERT_EQ(preview.exitCode, ExitOk) << preview;
    EXPECT_EQ(preview.jsonObject().value(u"after"_s).toObject().value(u"total"_s).toString(), u"59.98"_s);
    EXPECT_EQ(preview.jsonObject().value(u"refundOwed"_s).toString(), u"49.99"_s);
    EXPECT_EQ(preview.jsonObject().value(u"stock"_s).toArray().size(), 2);
    EXPECT_EQ(snapshot({u"SKU-A"_s, u"SKU-B"_s}), before);

    const CliResult cancelled = cli.run({u"--json"_s, u"orders"_s, u"cancel-lines"_s, ref, u"--line"_s, u"SKU-B:4"_s,
            u"--line"_s, u"SKU-A:1"_s, u"--reason"_s, u"inventory"_s, u"--note"_s, u"supplier"_s});
    ASSERT_EQ(cancelled.exitCode, ExitOk) << cancelled;
    const QJsonObject now = cancelled.jsonObject();
    EXPECT_EQ(now.value(u"total"_s).toString(), u"59.98"_s);
    EXPECT_EQ(now.value(u"refundOwed"_s).toString(), u"49.99"_s);
    EXPECT_EQ(now.value(u"items"_s).toArray().size(), 1);
    EXPECT_EQ(reserved(u"SKU-B"_s), 0);
    EXPECT_EQ(reserved(u"SKU-A"_s), 1);

    const CliResult partly = cli.run({u"--json"_s, u"orders"_s, u"list"_s, u"--fulfillment"_s, u"partially_shipped"_s});
    ASSERT_EQ(partly.exitCode, ExitOk) << partly;
    ASSERT_EQ(partly.jsonArray().size(), 1);
    EXPECT_EQ(partly.jsonArray().at(0).toObject().value(u"number"_s).toInteger(), ref.toLongLong());
    const CliResult badState = cli.run({u"orders"_s, u"list"_s, u"--fulfillment"_s, u"lost"_s});
    EXPECT_NE(badState.exitCode, ExitOk) << badState;
}

} // namespace
} // namespace shipshape::clitest
