// `returns open|receive|refund|reject|exchange|list|show` and the returns in `orders show --json`: returns (RMA)
// and exchanges from the command line (docs/fulfillment.md, "Returns" and "Exchanges").

#include "CliFixture.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliReturns : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-A"_s, u"29.99"_s, 10));
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-B"_s, u"5.00"_s, 20));
    }

    // Three of SKU-A and four of SKU-B, paid by invoice and shipped: 3 × 29.99 + 4 × 5.00 = 109.97.
    QString shippedOrder()
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
        const CliResult shipped = cli.run({u"orders"_s, u"ship"_s, ref, u"--tracking"_s, u"1ZALL"_s});
        EXPECT_EQ(shipped.exitCode, ExitOk) << shipped;
        return ref;
    }
    qint64 onHand(const QString &sku) { return product(sku).value(u"onHand"_s).toInteger(-1); }
};

TEST_F(CliReturns, OpenReceiveRefundAndShowAReturn)
{
    const QString ref = shippedOrder();
    const CliResult opened = cli.run({u"--json"_s, u"returns"_s, u"open"_s, ref, u"--line"_s, u"SKU-A:2:damaged"_s,
            u"--line"_s, u"SKU-B:1:other"_s, u"--note"_s, u"wrong colour"_s});
    ASSERT_EQ(opened.exitCode, ExitOk) << opened;
    const QJsonObject created = opened.jsonObject();
    const QString id = QString::number(created.value(u"id"_s).toInteger());
    EXPECT_EQ(created.value(u"state"_s).toString(), u"requested"_s);
    EXPECT_EQ(created.value(u"lines"_s).toArray().size(), 2);
    EXPECT_EQ(created.value(u"lines"_s).toArray().at(1).toObject().value(u"note"_s).toString(), u"wrong colour"_s);

    const qint64 before = onHand(u"SKU-A"_s);
    const CliResult received = cli.run({u"--json"_s, u"returns"_s, u"receive"_s, id, u"--restock"_s, u"SKU-A:1"_s,
            u"--write-off"_s, u"SKU-A:1"_s, u"--restock"_s, u"SKU-B:1"_s});
    ASSERT_EQ(received.exitCode, ExitOk) << received;
    EXPECT_EQ(received.jsonObject().value(u"state"_s).toString(), u"received"_s);
    EXPECT_EQ(onHand(u"SKU-A"_s), before + 1);

    // Two of three 29.99 and one of four 5.00, less a 1.00 restocking fee: 59.98 + 5.00 − 1.00 = 63.98.
    const CliResult refunded = cli.run({u"--json"_s, u"returns"_s, u"refund"_s, id, u"--restocking-fee"_s, u"1.00"_s,
            u"--method"_s, u"bank_transfer"_s, u"--reference"_s, u"RF-9"_s});
    ASSERT_EQ(refunded.exitCode, ExitOk) << refunded;
    EXPECT_EQ(refunded.jsonObject().value(u"state"_s).toString(), u"closed"_s);
    EXPECT_EQ(refunded.jsonObject().value(u"refunded"_s).toString(), u"63.98"_s);
    const CliResult twice = cli.run({u"returns"_s, u"refund"_s, id, u"--method"_s, u"bank_transfer"_s});
    EXPECT_EQ(twice.exitCode, ExitConflict) << twice;

    const CliResult order = cli.run({u"--json"_s, u"orders"_s, u"show"_s, ref});
    ASSERT_EQ(order.exitCode, ExitOk) << order;
    const QJsonObject shown = order.jsonObject();
    EXPECT_EQ(shown.value(u"refunded"_s).toString(), u"63.98"_s);
    const QJsonArray orderReturns = shown.value(u"returns"_s).toArray();
    ASSERT_EQ(orderReturns.size(), 1);
    const QJsonObject first = orderReturns.at(0).toObject();
    EXPECT_EQ(first.value(u"state"_s).toString(), u"closed"_s);
    EXPECT_EQ(first.value(u"refunded"_s).toString(), u"63.98"_s);
    const QJsonObject line = first.value(u"lines"_s).toArray().at(0).toObject();
    EXPECT_EQ(line.value(u"sku"_s).toString(), u"SKU-A"_s);
    EXPECT_EQ(line.value(u"quantity"_s).toInteger(), 2);
    EXPECT_EQ(line.value(u"reason"_s).toString(), u"damaged"_s);
    EXPECT_EQ(line.value(u"restocked"_s).toInteger(), 1);
    EXPECT_EQ(line.value(u"writtenOff"_s).toInteger(), 1);

    const CliResult listed = cli.run({u"--json"_s, u"returns"_s, u"list"_s, u"--state"_s, u"closed"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    EXPECT_EQ(listed.jsonArray().size(), 1);
    const CliResult none = cli.run({u"--json"_s, u"returns"_s, u"list"_s, u"--state"_s, u"requested"_s});
    ASSERT_EQ(none.exitCode, ExitOk) << none;
    EXPECT_EQ(none.jsonArray().size(), 0);
    const CliResult orderText = cli.run({u"orders"_s, u"show"_s, ref});
    ASSERT_EQ(orderText.exitCode, ExitOk) << orderText;
    EXPECT_TRUE(orderText.outText().contains(u"Returns:"_s)) << orderText;
    EXPECT_TRUE(orderText.outText().contains(u"refunded 63.98"_s)) << orderText;
    const CliResult text = cli.run({u"returns"_s, u"show"_s, id});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"Refunded 63.98 USD"_s)) << text;
}

TEST_F(CliReturns, BadInputNamesTheLineAndWritesNothing)
{
    const QString ref = shippedOrder();
    const CliResult badReason = cli.run({u"returns"_s, u"open"_s, ref, u"--line"_s, u"SKU-A:1:meh"_s});
    EXPECT_EQ(badReason.exitCode, ExitInvalid) << badReason;
    EXPECT_TRUE(badReason.errText().contains(u"SKU-A:1:meh"_s) || badReason.errText().contains(u"SKU-A"_s))
            << badReason;
    const CliResult tooMany = cli.run({u"returns"_s, u"open"_s, ref, u"--line"_s, u"SKU-A:4:damaged"_s});
    EXPECT_EQ(tooMany.exitCode, ExitInvalid) << tooMany;
    EXPECT_TRUE(tooMany.errText().contains(u"SKU-A"_s)) << tooMany;
    const CliResult none = cli.run({u"--json"_s, u"returns"_s, u"list"_s});
    ASSERT_EQ(none.exitCode, ExitOk) << none;
    EXPECT_EQ(none.jsonArray().size(), 0);

    const CliResult opened = cli.run({u"--json"_s, u"returns"_s, u"open"_s, ref, u"--line"_s, u"SKU-B:2:wrong_item"_s});
    ASSERT_EQ(opened.exitCode, ExitOk) << opened;
    const QString id = QString::number(opened.jsonObject().value(u"id"_s).toInteger());
    const CliResult overReceived = cli.run({u"returns"_s, u"receive"_s, id, u"--restock"_s, u"SKU-B:3"_s});
    EXPECT_EQ(overReceived.exitCode, ExitInvalid) << overReceived;
    EXPECT_TRUE(overReceived.errText().contains(u"SKU-B"_s)) << overReceived;
    const CliResult notReceived = cli.run({u"returns"_s, u"refund"_s, id, u"--method"_s, u"cash"_s});
    EXPECT_EQ(notReceived.exitCode, ExitConflict) << notReceived;
    const CliResult rejected = cli.run({u"returns"_s, u"reject"_s, id, u"--reason"_s, u"no proof"_s});
    ASSERT_EQ(rejected.exitCode, ExitOk) << rejected;
    const CliResult receiveRejected = cli.run({u"returns"_s, u"receive"_s, id, u"--restock"_s, u"SKU-B:1"_s});
    EXPECT_EQ(receiveRejected.exitCode, ExitConflict) << receiveRejected;
    const CliResult badId = cli.run({u"returns"_s, u"show"_s, u"seven"_s});
    EXPECT_EQ(badId.exitCode, ExitInvalid) << badId;
    const CliResult missing = cli.run({u"returns"_s, u"show"_s, u"999"_s});
    EXPECT_EQ(missing.exitCode, ExitNotFound) << missing;
}

TEST_F(CliReturns, ExchangeAReturnForACheaperReplacementFromStandardInput)
{
    const QString ref = shippedOrder();
    const CliResult opened = cli.run({u"--json"_s, u"returns"_s, u"open"_s, ref, u"--line"_s, u"SKU-A:1:wrong_item"_s});
    ASSERT_EQ(opened.exitCode, ExitOk) << opened;
    const QString id = QString::number(opened.jsonObject().value(u"id"_s).toInteger());

    // Bad input: not JSON, no items, an unknown product (exit 3 naming the field), out of stock (exit 4), an
    // unknown return: nothing is written.
    const QByteArray before = snapshot({u"SKU-A"_s, u"SKU-B"_s});
    const CliResult notJson = cli.run({u"returns"_s, u"exchange"_s, id, u"-"_s}, "{items");
    EXPECT_EQ(notJson.exitCode, ExitInvalid) << notJson;
    const CliResult noItems = cli.run({u"returns"_s, u"exchange"_s, id, u"-"_s}, R"({"items": []})");
    EXPECT_EQ(noItems.exitCode, ExitInvalid) << noItems;
    EXPECT_TRUE(noItems.errText().contains(u"items"_s)) << noItems;
    const CliResult badAddress = cli.run({u"returns"_s, u"exchange"_s, id, u"-"_s},
            R"({"items": [{"productId": "SKU-B", "quantity": 1}], "shippingAddress": {"street": ""}})");
    EXPECT_EQ(badAddress.exitCode, ExitInvalid) << badAddress;
    EXPECT_TRUE(badAddress.errText().contains(u"shippingAddress"_s)) << badAddress;
    const CliResult tooMany = cli.run(
            {u"returns"_s, u"exchange"_s, id, u"-"_s}, R"({"items": [{"productId": "SKU-B", "quantity": 99}]})");
    EXPECT_EQ(tooMany.exitCode, ExitConflict) << tooMany;
    const CliResult noReturn = cli.run(
            {u"returns"_s, u"exchange"_s, u"999"_s, u"-"_s}, R"({"items": [{"productId": "SKU-B", "quantity": 1}]})");
    EXPECT_EQ(noReturn.exitCode, ExitNotFound) << noReturn;
    const CliResult badId = cli.run({u"returns"_s, u"exchange"_s, u"seven"_s, u"-"_s}, R"({"items": []})");
    EXPECT_EQ(badId.exitCode, ExitInvalid) << badId;
    const CliResult noFile = cli.run({u"returns"_s, u"exchange"_s, id});
    EXPECT_EQ(noFile.exitCode, ExitUsage) << noFile;
    EXPECT_EQ(snapshot({u"SKU-A"_s, u"SKU-B"_s}), before);

    // One SKU-A (29.99) comes back; two SKU-B (10.00) go out: 19.99 is owed back on the original order.
    const CliResult exchanged = cli.run({u"--json"_s, u"returns"_s, u"exchange"_s, id, u"-"_s},
            R"({"items": [{"productId": "SKU-B", "quantity": 2}]})");
    ASSERT_EQ(exchanged.exitCode, ExitOk) << exchanged;
    const QJsonObject result = exchanged.jsonObject();
    EXPECT_EQ(result.value(u"value"_s).toString(), u"29.99"_s);
    EXPECT_EQ(result.value(u"credit"_s).toString(), u"10.00"_s);
    EXPECT_EQ(result.value(u"due"_s).toString(), u"0.00"_s);
    EXPECT_EQ(result.value(u"refundOwed"_s).toString(), u"19.99"_s);
    const QJsonObject replacement = result.value(u"replacement"_s).toObject();
    const qint64 replacementNumber = replacement.value(u"number"_s).toInteger();
    EXPECT_EQ(replacement.value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(replacement.value(u"replacesReturn"_s).toInteger(), id.toLongLong());
    EXPECT_EQ(replacement.value(u"customer"_s).toObject().value(u"email"_s).toString(), u"ada@example.com"_s);

    // Linked both ways in orders show and returns show.
    const QJsonObject shown = order(ref);
    EXPECT_EQ(shown.value(u"refundOwed"_s).toString(), u"19.99"_s);
    EXPECT_EQ(shown.value(u"returns"_s).toArray().at(0).toObject().value(u"replacementOrder"_s).toInteger(),
            replacementNumber);
    EXPECT_EQ(order(replacementNumber).value(u"replacesReturn"_s).toInteger(), id.toLongLong());
    const CliResult text = cli.run({u"returns"_s, u"show"_s, id});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"Exchanged for order %1"_s.arg(replacementNumber))) << text;

    // Once per return; an exchanged return is not refunded as well.
    const qsizetype orders = ordersList().size();
    const CliResult twice = cli.run(
            {u"returns"_s, u"exchange"_s, id, u"-"_s}, R"({"items": [{"productId": "SKU-B", "quantity": 1}]})");
    EXPECT_EQ(twice.exitCode, ExitConflict) << twice;
    EXPECT_EQ(ordersList().size(), orders);
    const CliResult received = cli.run({u"returns"_s, u"receive"_s, id, u"--restock"_s, u"SKU-A:1"_s});
    ASSERT_EQ(received.exitCode, ExitOk) << received;
    const CliResult refund = cli.run({u"returns"_s, u"refund"_s, id, u"--method"_s, u"cash"_s});
    EXPECT_EQ(refund.exitCode, ExitConflict) << refund;
}

// A late receipt takes the units the first one missed; the list filters by reason and age; `report kpis`
// counts the return against the shipped units.
TEST_F(CliReturns, LateReceiptListFiltersAndTheReportsReturnRate)
{
    const QString ref = shippedOrder();
    const CliResult opened = cli.run({u"--json"_s, u"returns"_s, u"open"_s, ref, u"--line"_s, u"SKU-A:2:damaged"_s,
            u"--line"_s, u"SKU-B:2:no_longer_needed"_s});
    ASSERT_EQ(opened.exitCode, ExitOk) << opened;
    const QString id = QString::number(opened.jsonObject().value(u"id"_s).toInteger());
    const CliResult first = cli.run({u"returns"_s, u"receive"_s, id, u"--restock"_s, u"SKU-A:1"_s});
    ASSERT_EQ(first.exitCode, ExitOk) << first;
    EXPECT_TRUE(first.outText().contains(u"Outstanding: 3 not received"_s)) << first;
    const CliResult tooMany = cli.run({u"returns"_s, u"receive"_s, id, u"--restock"_s, u"SKU-A:2"_s});
    EXPECT_EQ(tooMany.exitCode, ExitInvalid) << tooMany;
    EXPECT_TRUE(tooMany.errText().contains(u"SKU-A"_s)) << tooMany;
    const qint64 before = onHand(u"SKU-B"_s);
    const CliResult late = cli.run({u"--json"_s, u"returns"_s, u"receive"_s, id, u"--write-off"_s, u"SKU-A:1"_s,
            u"--restock"_s, u"SKU-B:2"_s});
    ASSERT_EQ(late.exitCode, ExitOk) << late;
    EXPECT_EQ(late.jsonObject().value(u"state"_s).toString(), u"received"_s);
    EXPECT_EQ(onHand(u"SKU-B"_s), before + 2);
    const CliResult again = cli.run({u"returns"_s, u"receive"_s, id, u"--restock"_s, u"SKU-B:1"_s});
    EXPECT_EQ(again.exitCode, ExitConflict) << again;

    const auto listed = [&](const QStringList &options) {
        const CliResult result = cli.run(QStringList{u"--json"_s, u"returns"_s, u"list"_s} + options);
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        return result.exitCode == ExitOk ? result.jsonArray().size() : -1;
    };
    EXPECT_EQ(listed({u"--reason"_s, u"damaged"_s}), 1);
    EXPECT_EQ(listed({u"--reason"_s, u"wrong_item"_s}), 0);
    EXPECT_EQ(listed({u"--older-than"_s, u"0"_s}), 1);
    EXPECT_EQ(listed({u"--older-than"_s, u"7"_s}), 0);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    EXPECT_EQ(listed({u"--from"_s, today, u"--to"_s, today}), 1);
    const CliResult badReason = cli.run({u"returns"_s, u"list"_s, u"--reason"_s, u"meh"_s});
    EXPECT_EQ(badReason.exitCode, ExitInvalid) << badReason;
    EXPECT_TRUE(badReason.errText().contains(u"meh"_s)) << badReason;
    const CliResult badAge = cli.run({u"returns"_s, u"list"_s, u"--older-than"_s, u"soon"_s});
    EXPECT_EQ(badAge.exitCode, ExitInvalid) << badAge;
    EXPECT_TRUE(badAge.errText().contains(u"older-than"_s)) << badAge;

    const QDate day = QDateTime::currentDateTimeUtc().date();
    const CliResult report = cli.run({u"--json"_s, u"report"_s, u"kpis"_s, u"--from"_s,
            day.addDays(-1).toString(Qt::ISODate), u"--to"_s, day.addDays(1).toString(Qt::ISODate)});
    ASSERT_EQ(report.exitCode, ExitOk) << report;
    const QJsonObject current = report.jsonObject().value(u"current"_s).toObject();
    EXPECT_EQ(current.value(u"unitsShipped"_s).toInteger(), 7);
    EXPECT_EQ(current.value(u"unitsReturned"_s).toInteger(), 4);
    EXPECT_EQ(current.value(u"returnRateBasisPoints"_s).toInteger(), 5714);
    const QJsonArray reasons = report.jsonObject().value(u"topReturnReasons"_s).toArray();
    ASSERT_EQ(reasons.size(), 2);
    EXPECT_EQ(reasons.at(0).toObject().value(u"reason"_s).toString(), u"damaged"_s);
}

} // namespace
} // namespace shipshape::clitest
