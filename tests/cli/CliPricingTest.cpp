// Discounts, shipping and taxes from the command line (docs/pricing.md): `taxes` manages the shop's rates,
// `orders place` takes discounts and a shipping fee, `orders show --json` reports every part, `orders edit`
// takes the changes to the lines (add, remove, quantities) and `--preview` writes nothing, and bad input exits
// 3 naming the field (4 for an order that can no longer change) with nothing written.

#include "CliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliPricing : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-A"_s, u"19.99"_s, 10));
        const CliResult rate = cli.run({u"taxes"_s, u"set"_s, u"US"_s, u"19"_s, u"--name"_s, u"Sales tax"_s});
        ASSERT_EQ(rate.exitCode, ExitOk) << rate;
    }

    static QJsonObject discountedRequest()
    {
        QJsonObject request = placeRequest(u"SKU-A"_s, 2, u"19.99"_s);
        request.insert(u"discounts"_s,
                QJsonArray{QJsonObject{{u"type"_s, u"percent"_s}, {u"value"_s, u"10"_s}, {u"code"_s, u"WINTER"_s}}});
        request.insert(u"shipping"_s, QJsonObject{{u"method"_s, u"Parcel"_s}, {u"amount"_s, u"4.95"_s}});
        return request;
    }
};

TEST_F(CliPricing, TaxesAreListedSetAndRemoved)
{
    const CliResult listed = cli.run({u"--json"_s, u"taxes"_s, u"list"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    const QJsonObject list = listed.jsonObject();
    EXPECT_FALSE(list.value(u"pricesIncludeTax"_s).toBool());
    ASSERT_EQ(list.value(u"rates"_s).toArray().size(), 1);
    EXPECT_EQ(list.value(u"rates"_s).toArray().first().toObject().value(u"rate"_s).toString(), u"19"_s);

    const CliResult tooHigh = cli.run({u"taxes"_s, u"set"_s, u"DE"_s, u"100.5"_s, u"--name"_s, u"VAT"_s});
    EXPECT_EQ(tooHigh.exitCode, ExitInvalid) << tooHigh;
    EXPECT_TRUE(tooHigh.errText().contains(u"100.5"_s)) << tooHigh;
    const CliResult missing = cli.run({u"taxes"_s, u"remove"_s, u"DE"_s});
    EXPECT_EQ(missing.exitCode, ExitNotFound) << missing;

    const CliResult inclusive = cli.run({u"taxes"_s, u"prices"_s, u"inclusive"_s});
    ASSERT_EQ(inclusive.exitCode, ExitOk) << inclusive;
    EXPECT_TRUE(inclusive.outText().contains(u"include tax"_s)) << inclusive;
    const CliResult removed = cli.run({u"taxes"_s, u"remove"_s, u"us"_s});
    EXPECT_EQ(removed.exitCode, ExitOk) << removed;
}

TEST_F(CliPricing, PlacedOrdersReportEveryPartOfTheirMoney)
{
    const qint64 number = placeOrder(discountedRequest());
    ASSERT_GT(number, 0);
    const QJsonObject json = order(QString::number(number));
    // 39.98 − 4.00 (10 %) = 35.98; 19 % tax = 6.8362 → 6.84; shipping 4.95.
    EXPECT_EQ(json.value(u"subtotal"_s).toString(), u"39.98"_s);
    EXPECT_EQ(json.value(u"discountTotal"_s).toString(), u"4.00"_s);
    EXPECT_EQ(json.value(u"shippingTotal"_s).toString(), u"4.95"_s);
    EXPECT_EQ(json.value(u"taxTotal"_s).toString(), u"6.84"_s);
    EXPECT_EQ(json.value(u"total"_s).toString(), u"47.77"_s);
    EXPECT_EQ(json.value(u"balanceDue"_s).toString(), u"47.77"_s);
    const QJsonObject item = json.value(u"items"_s).toArray().first().toObject();
    EXPECT_EQ(item.value(u"discount"_s).toString(), u"4.00"_s);
    EXPECT_EQ(item.value(u"tax"_s).toString(), u"6.84"_s);

    const CliResult shown = cli.run({u"orders"_s, u"show"_s, QString::number(number)});
    ASSERT_EQ(shown.exitCode, ExitOk) << shown;
    EXPECT_TRUE(shown.outText().contains(u"Discount 10 % (WINTER)"_s)) << shown;
    EXPECT_TRUE(shown.outText().contains(u"Shipping: Parcel"_s)) << shown;
    EXPECT_TRUE(shown.outText().contains(u"Sales tax 19 % of"_s)) << shown;
}

TEST_F(CliPricing, APreviewWritesNothingAndTheEditMatchesIt)
{
    const qint64 number = placeOrder(discountedRequest());
    ASSERT_GT(number, 0);
    const QByteArray change
            = R"({"discounts": [], "shipping": {"method": "Express", "amount": "9.90"}, "note": "rush"})";
    const QByteArray before = snapshot({u"SKU-A"_s});
    const CliResult preview = runWithFile({u"orders"_s, u"modify"_s, QString::number(number), u"--preview"_s}, change);
    ASSERT_EQ(preview.exitCode, ExitOk) << preview;
    EXPECT_EQ(snapshot({u"SKU-A"_s}), before);
    const QJsonObject previewed = preview.jsonObject();
    // 39.98 + 7.60 tax (7.5962) + 9.90.
    EXPECT_EQ(previewed.value(u"after"_s).toObject().value(u"total"_s).toString(), u"57.48"_s);
    EXPECT_EQ(previewed.value(u"before"_s).toObject().value(u"total"_s).toString(), u"47.77"_s);
    EXPECT_TRUE(previewed.value(u"stock"_s).toArray().isEmpty());

    const CliResult text
            = runWithFile({u"orders"_s, u"modify"_s, QString::number(number), u"--preview"_s}, change, false);
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"nothing was changed"_s)) << text;

    const CliResult edited = runWithFile({u"orders"_s, u"modify"_s, QString::number(number)}, change);
    ASSERT_EQ(edited.exitCode, ExitOk) << edited;
    EXPECT_EQ(edited.jsonObject().value(u"total"_s).toString(), u"57.48"_s);
}

// The issue's shape: {"add", "remove", "quantities", "prices", "reason"}, resolved against the order's lines.
TEST_F(CliPricing, OrdersEditAddsRemovesAndRequantifiesLines)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-B"_s, u"5.00"_s, 10));
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 2, u"19.99"_s));
    ASSERT_GT(number, 0);
    const QString ref = QString::number(number);
    const QByteArray change = R"({"add": [{"productId": "SKU-B", "quantity": 1}], "quantities": {"SKU-A": 3},
        "prices": {"SKU-A": "15.00"}, "reason": "price match with the shop next door"})";

    const QByteArray before = snapshot({u"SKU-A"_s, u"SKU-B"_s});
    const CliResult preview = runWithFile({u"orders"_s, u"edit"_s, ref, u"--preview"_s}, change);
    ASSERT_EQ(preview.exitCode, ExitOk) << preview;
    EXPECT_EQ(snapshot({u"SKU-A"_s, u"SKU-B"_s}), before);
    // 3 × 15.00 + 5.00 = 50.00, 19 % tax 9.50 (per line: 8.55 + 0.95).
    const QJsonObject after = preview.jsonObject().value(u"after"_s).toObject();
    EXPECT_EQ(after.value(u"total"_s).toString(), u"59.50"_s) << preview;
    EXPECT_EQ(after.value(u"taxTotal"_s).toString(), u"9.50"_s) << preview;
    EXPECT_EQ(preview.jsonObject().value(u"stock"_s).toArray().size(), 2) << preview; // +1 SKU-A, +1 SKU-B

    const CliResult edited = runWithFile({u"orders"_s, u"edit"_s, ref}, change);
    ASSERT_EQ(edited.exitCode, ExitOk) << edited;
    const QJsonObject order = edited.jsonObject();
    EXPECT_EQ(order.value(u"total"_s).toString(), u"59.50"_s);
    EXPECT_EQ(order.value(u"balanceDue"_s).toString(), u"59.50"_s); // an invoice order waits for mark-paid
    EXPECT_EQ(order.value(u"items"_s).toArray().size(), 2);

    const CliResult removed = runWithFile({u"orders"_s, u"edit"_s, ref}, R"({"remove": ["SKU-B"]})", false);
    ASSERT_EQ(removed.exitCode, ExitOk) << removed;
    EXPECT_TRUE(removed.outText().contains(u"total now USD 53.55"_s)) << removed; // 45.00 + 8.55
    EXPECT_TRUE(removed.outText().contains(u"SKU-A"_s)) << "prints the new order\n" << removed;

    const CliResult shown = cli.run({u"--json"_s, u"orders"_s, u"show"_s, ref});
    const QJsonArray items = shown.jsonObject().value(u"items"_s).toArray();
    ASSERT_EQ(items.size(), 1) << shown;
    EXPECT_EQ(items.at(0).toObject().value(u"quantity"_s).toInteger(), 3);
    EXPECT_EQ(items.at(0).toObject().value(u"unitPrice"_s).toString(), u"15.00"_s) << "the override stays";
}

TEST_F(CliPricing, BadEditsExitNamingTheFieldAndWriteNothing)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 2, u"19.99"_s));
    ASSERT_GT(number, 0);
    const QString ref = QString::number(number);
    const QByteArray before = snapshot({u"SKU-A"_s});
    const auto expectInvalid = [&](const QByteArray &change, const QString &field, int exitCode = ExitInvalid) {
        const CliResult result = runWithFile({u"orders"_s, u"edit"_s, ref}, change);
        EXPECT_EQ(result.exitCode, exitCode) << change.toStdString() << '\n' << result;
        EXPECT_TRUE(result.errText().contains(field)) << field.toStdString() << '\n' << result;
    };
    expectInvalid(R"({"quantities": {"SKU-Z": 2}})", u"quantities.SKU-Z"_s);
    expectInvalid(R"({"quantities": {"SKU-A": -1}})", u"quantities.SKU-A"_s);
    expectInvalid(R"({"remove": ["SKU-Z"]})", u"remove[0]"_s);
    expectInvalid(R"({"remove": ["SKU-A"]})", u"remove"_s); // nothing would be left: cancel instead
    expectInvalid(R"({"prices": {"SKU-A": "-1.00"}, "reason": "oops"})", u"prices.SKU-A"_s);
    expectInvalid(R"({"prices": {"SKU-A": "1.00"}})", u"note"_s); // an override needs a reason
    expectInvalid(R"({"items": [{"productId": "SKU-A", "quantity": 1}], "add": [{"productId": "SKU-A",
        "quantity": 1}]})",
            u"items"_s);
    expectInvalid(R"({"discounts": [{"type": "percent", "value": "101", "reason": "x"}]})", u"discounts[0].value"_s);
    expectInvalid(R"({"add": [{"productId": "SKU-A", "quantity": 0}]})", u"add[0].quantity"_s);
    EXPECT_EQ(snapshot({u"SKU-A"_s}), before);

    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, ref}).exitCode, ExitOk);
    ASSERT_EQ(cli.run({u"orders"_s, u"ship"_s, ref, u"--tracking"_s, u"1Z999"_s, u"--carrier"_s, u"UPS"_s}).exitCode,
            ExitOk);
    const QByteArray shipped = snapshot({u"SKU-A"_s});
    expectInvalid(R"({"quantities": {"SKU-A": 1}})", u"is shipped and can no longer be modified"_s, ExitConflict);
    EXPECT_EQ(snapshot({u"SKU-A"_s}), shipped);
}

TEST_F(CliPricing, BadDiscountsExitThreeNamingTheFieldAndWriteNothing)
{
    const QByteArray before = snapshot({u"SKU-A"_s});
    QJsonObject request = placeRequest(u"SKU-A"_s, 1, u"19.99"_s);
    request.insert(u"discounts"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"percent"_s}, {u"value"_s, u"120"_s}, {u"reason"_s, u"oops"_s}}});
    const CliResult overHundred = runWithFile({u"orders"_s, u"place"_s}, QJsonDocument(request).toJson());
    EXPECT_EQ(overHundred.exitCode, ExitInvalid) << overHundred;
    EXPECT_TRUE(overHundred.errText().contains(u"discounts[0].value"_s)) << overHundred;

    request.insert(u"discounts"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"amount"_s}, {u"value"_s, u"25.00"_s}, {u"sku"_s, u"SKU-A"_s},
                    {u"reason"_s, u"too much"_s}}});
    const CliResult overLine = runWithFile({u"orders"_s, u"place"_s}, QJsonDocument(request).toJson());
    EXPECT_EQ(overLine.exitCode, ExitInvalid) << overLine;

    request.remove(u"discounts"_s);
    request.insert(u"shipping"_s, QJsonObject{{u"method"_s, u"Parcel"_s}, {u"amount"_s, u"-1.00"_s}});
    const CliResult negativeShipping = runWithFile({u"orders"_s, u"place"_s}, QJsonDocument(request).toJson());
    EXPECT_EQ(negativeShipping.exitCode, ExitInvalid) << negativeShipping;
    EXPECT_TRUE(negativeShipping.errText().contains(u"shipping.amount"_s)) << negativeShipping;
    EXPECT_EQ(snapshot({u"SKU-A"_s}), before);
}

} // namespace
} // namespace shipshape::clitest
