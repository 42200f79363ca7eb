// Bad input: every rejected command exits 3 (invalid), 7 (not found) or 4 (conflict), says what is wrong,
// and leaves the database exactly as it was.

#include "CliFixture.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

const QStringList kSkus{u"SKU-A"_s, u"SKU-B"_s};

class CliValidation : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-A"_s, u"29.99"_s, 10));
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-B"_s, u"5.00"_s, 20));
        // One existing order, so that "unchanged" covers orders, lines and reservations too.
        m_existing = placeOrder(placeRequest(u"SKU-B"_s, 2, u"5.00"_s, u"existing@example.com"_s));
        ASSERT_GT(m_existing, 0);
        m_before = snapshot(kSkus);
    }

    void expectUnchanged() { EXPECT_EQ(snapshot(kSkus), m_before) << "a rejected command changed the database"; }

    // Places the raw request with --json; expects the exit code, a JSON error on stderr, nothing on stdout,
    // and an unchanged database. Returns error{...}.
    QJsonObject expectRejectedPlace(const QByteArray &request, int exitCode)
    {
        const CliResult result = runWithFile({u"orders"_s, u"place"_s}, request);
        EXPECT_EQ(result.exitCode, exitCode) << result;
        EXPECT_TRUE(result.out.isEmpty()) << result;
        const QJsonObject error = result.errorJson().value(u"error"_s).toObject();
        EXPECT_FALSE(error.value(u"code"_s).toString().isEmpty()) << result;
        EXPECT_FALSE(error.value(u"message"_s).toString().isEmpty()) << result;
        expectUnchanged();
        return error;
    }

    static QByteArray withQuantity(const QByteArray &quantityJson)
    {
        QJsonObject request = placeRequest(u"SKU-A"_s, 1);
        QJsonArray items = request.value(u"items"_s).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(u"quantity"_s, parseJson(quantityJson).value_or(QJsonValue()));
        items.replace(0, item);
        request.insert(u"items"_s, items);
        return toJsonBytes(request);
    }

    qint64 m_existing = 0;
    QByteArray m_before;
};

TEST_F(CliValidation, MalformedJson)
{
    const QJsonObject error = expectRejectedPlace(R"({"customer": {"name": "Ada", )", ExitInvalid);
    EXPECT_EQ(error.value(u"code"_s).toString(), u"invalid_input"_s);
    EXPECT_TRUE(error.value(u"message"_s).toString().contains(u"JSON"_s))
            << error.value(u"message"_s).toString().toStdString();

    // Plain-text error too.
    const CliResult text = runWithFile({u"orders"_s, u"place"_s}, "not json at all", false);
    EXPECT_EQ(text.exitCode, ExitInvalid) << text;
    EXPECT_TRUE(text.errText().contains(u"JSON"_s)) << text;
    expectUnchanged();
}

TEST_F(CliValidation, NonObjectJson)
{
    for (const QByteArray &request :
            {QByteArray("[1, 2, 3]"), QByteArray("42"), QByteArray(R"("order")"), QByteArray("")}) {
        SCOPED_TRACE(request.toStdString());
        expectRejectedPlace(request, ExitInvalid);
    }
}

TEST_F(CliValidation, MissingFile)
{
    const CliResult result = cli.run({u"orders"_s, u"place"_s, cli.directory() + u"/does-not-exist.json"_s});
    EXPECT_EQ(result.exitCode, ExitInvalid) << result;
    expectUnchanged();
}

TEST_F(CliValidation, UnknownSku)
{
    const QJsonObject error = expectRejectedPlace(toJsonBytes(placeRequest(u"NOPE-9"_s)), ExitNotFound);
    EXPECT_EQ(error.value(u"field"_s).toString(), u"items[0].productId"_s);
    EXPECT_TRUE(error.value(u"message"_s).toString().contains(u"NOPE-9"_s));
}

TEST_F(CliValidation, UnknownCustomerId)
{
    QJsonObject request = placeRequest(u"SKU-A"_s);
    request.remove(u"customer"_s);
    request.insert(u"customerId"_s, u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"_s);
    const QJsonObject error = expectRejectedPlace(toJsonBytes(request), ExitNotFound);
    EXPECT_EQ(error.value(u"field"_s).toString(), u"customerId"_s);
    EXPECT_TRUE(error.value(u"message"_s).toString().contains(u"customer"_s, Qt::CaseInsensitive));

    request.insert(u"customerId"_s, u"not-a-uuid"_s);
    expectRejectedPlace(toJsonBytes(request), ExitInvalid);
}

struct QuantityCase {
    const char *name;
    const char *json;
};

class CliQuantity : public CliValidation, public ::testing::WithParamInterface<QuantityCase> {};

TEST_P(CliQuantity, BadQuantityIsRejectedWithField)
{
    const QJsonObject error = expectRejectedPlace(withQuantity(GetParam().json), ExitInvalid);
    EXPECT_EQ(error.value(u"code"_s).toString(), u"invalid_input"_s);
    EXPECT_EQ(error.value(u"field"_s).toString(), u"items[0].quantity"_s);
    EXPECT_TRUE(error.value(u"message"_s).toString().contains(u"quantity"_s, Qt::CaseInsensitive));
}

INSTANTIATE_TEST_SUITE_P(Quantities, CliQuantity,
        ::testing::Values(QuantityCase{"zero", "0"}, QuantityCase{"negative", "-1"}, QuantityCase{"fraction", "2.5"},
                QuantityCase{"string", R"("3")"}, QuantityCase{"million", "1000000"}, QuantityCase{"null", "null"},
                QuantityCase{"huge", "1e300"}),
        [](const ::testing::TestParamInfo<QuantityCase> &param) { return std::string(param.param.name); });

TEST_F(CliValidation, MissingShippingCity)
{
    QJsonObject request = placeRequest(u"SKU-A"_s);
    QJsonObject address = request.value(u"shippingAddress"_s).toObject();
    address.remove(u"city"_s);
    request.insert(u"shippingAddress"_s, address);
    const QJsonObject error = expectRejectedPlace(toJsonBytes(request), ExitInvalid);
    EXPECT_EQ(error.value(u"field"_s).toString(), u"shippingAddress.city"_s);

    request.remove(u"shippingAddress"_s);
    EXPECT_EQ(
            expectRejectedPlace(toJsonBytes(request), ExitInvalid).value(u"field"_s).toString(), u"shippingAddress"_s);
}

TEST_F(CliValidation, LineBreakInStreet)
{
    for (const QString &street : {u"1 Main St\r\nX-Injected: yes"_s, u"1 Main St\nApt 2"_s, u"1 Main\rSt"_s}) {
        SCOPED_TRACE(street.toStdString());
        QJsonObject request = placeRequest(u"SKU-A"_s);
        QJsonObject address = request.value(u"shippingAddress"_s).toObject();
        address.insert(u"street"_s, street);
        request.insert(u"shippingAddress"_s, address);
        const QJsonObject error = expectRejectedPlace(toJsonBytes(request), ExitInvalid);
        EXPECT_EQ(error.value(u"field"_s).toString(), u"shippingAddress.street"_s);
    }
}

TEST_F(CliValidation, UnknownOrCardPaymentMethod)
{
    QJsonObject request = placeRequest(u"SKU-A"_s);
    request.insert(u"paymentMethod"_s, QJsonObject{{u"type"_s, u"bitcoin"_s}});
    EXPECT_EQ(expectRejectedPlace(toJsonBytes(request), ExitInvalid).value(u"field"_s).toString(),
            u"paymentMethod.type"_s);
    request.insert(u"paymentMethod"_s, QJsonObject{{u"type"_s, u"card"_s}});
    EXPECT_EQ(expectRejectedPlace(toJsonBytes(request), ExitInvalid).value(u"field"_s).toString(),
            u"paymentMethod.token"_s);
    // A well-formed card order without a Stripe key configured: unavailable, nothing written.
    request.insert(u"paymentMethod"_s, QJsonObject{{u"type"_s, u"card"_s}, {u"token"_s, u"pm_card_visa"_s}});
    expectRejectedPlace(toJsonBytes(request), 6);
}

TEST_F(CliValidation, DuplicateSkuLines)
{
    QJsonObject request = placeRequest(u"SKU-A"_s);
    QJsonArray items = request.value(u"items"_s).toArray();
    items.append(items.at(0));
    request.insert(u"items"_s, items);
    expectRejectedPlace(toJsonBytes(request), ExitInvalid);
}

TEST_F(CliValidation, BadCustomerEmail)
{
    expectRejectedPlace(toJsonBytes(placeRequest(u"SKU-A"_s, 1, u"29.99"_s, u"not an email"_s)), ExitInvalid);
}

TEST_F(CliValidation, OutOfStockIsConflictAndStockUnchanged)
{
    const QJsonObject error = expectRejectedPlace(toJsonBytes(placeRequest(u"SKU-A"_s, 11)), ExitConflict);
    EXPECT_EQ(error.value(u"code"_s).toString(), u"conflict"_s);
    EXPECT_TRUE(error.value(u"message"_s).toString().contains(u"SKU-A"_s));
    const QJsonObject shown = product(u"SKU-A"_s);
    EXPECT_EQ(shown.value(u"onHand"_s).toInteger(-1), 10);
    EXPECT_EQ(shown.value(u"reserved"_s).toInteger(-1), 0);

    // A later line failing must not keep the earlier line's reservation.
    QJsonObject twoLines = placeRequest(u"SKU-A"_s, 1);
    QJsonArray items = twoLines.value(u"items"_s).toArray();
    items.append(QJsonObject{{u"productId"_s, u"SKU-B"_s}, {u"quantity"_s, 19}});
    twoLines.insert(u"items"_s, items);
    expectRejectedPlace(toJsonBytes(twoLines), ExitConflict);
}

TEST_F(CliValidation, StalePriceIsConflict)
{
    const QJsonObject error = expectRejectedPlace(toJsonBytes(placeRequest(u"SKU-A"_s, 1, u"1.00"_s)), ExitConflict);
    EXPECT_EQ(error.value(u"field"_s).toString(), u"items[0].price"_s);
    EXPECT_TRUE(error.value(u"message"_s).toString().contains(u"29.99"_s));

    // A price that is not a decimal at all is invalid input, not a conflict.
    expectRejectedPlace(toJsonBytes(placeRequest(u"SKU-A"_s, 1, u"cheap"_s)), ExitInvalid);
}

TEST_F(CliValidation, SqlMetacharactersInSku)
{
    const QString evil = u"'; DROP TABLE products;--"_s;
    const QJsonObject error = expectRejectedPlace(toJsonBytes(placeRequest(evil)), ExitNotFound);
    EXPECT_EQ(error.value(u"code"_s).toString(), u"not_found"_s);

    const CliResult show = cli.run({u"products"_s, u"show"_s, evil});
    EXPECT_EQ(show.exitCode, ExitNotFound) << show;
    const CliResult add
            = cli.run({u"products"_s, u"add"_s, u"--sku"_s, evil, u"--name"_s, u"x"_s, u"--price"_s, u"1.00"_s});
    EXPECT_EQ(add.exitCode, ExitInvalid) << add;
    const CliResult search = cli.run({u"--json"_s, u"products"_s, u"list"_s, u"--search"_s, evil});
    EXPECT_EQ(search.exitCode, ExitOk) << search;
    EXPECT_EQ(search.jsonArray().size(), 0) << search;
    const CliResult orderSearch = cli.run({u"--json"_s, u"orders"_s, u"list"_s, u"--search"_s, u"' OR 1=1 --"_s});
    EXPECT_EQ(orderSearch.exitCode, ExitOk) << orderSearch;
    EXPECT_EQ(orderSearch.jsonArray().size(), 0) << orderSearch;

    // The catalogue is intact.
    expectUnchanged();
    EXPECT_EQ(product(u"SKU-A"_s).value(u"onHand"_s).toInteger(-1), 10);
}

TEST_F(CliValidation, MarkupAndQuotesInNameAreStoredVerbatim)
{
    const QString name = u"<script>alert('x')</script> \"Bobby\" O'Brien & <b>Co</b>"_s;
    QJsonObject request = placeRequest(u"SKU-A"_s, 1, u"29.99"_s, u"bobby@example.com"_s);
    request.insert(u"customer"_s, QJsonObject{{u"name"_s, name}, {u"email"_s, u"bobby@example.com"_s}});
    const qint64 number = placeOrder(request);
    ASSERT_GT(number, 0);
    EXPECT_EQ(order(number).value(u"customer"_s).toObject().value(u"name"_s).toString(), name);

    const CliResult list = cli.run({u"--json"_s, u"customers"_s, u"list"_s, u"--search"_s, u"Bobby"_s});
    ASSERT_EQ(list.exitCode, ExitOk) << list;
    ASSERT_EQ(list.jsonArray().size(), 1) << list;
    EXPECT_EQ(list.jsonArray().at(0).toObject().value(u"name"_s).toString(), name);

    const CliResult text = cli.run({u"orders"_s, u"show"_s, QString::number(number)});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(name)) << text;
}

TEST_F(CliValidation, ShipPendingOrderIsConflict)
{
    const CliResult result
            = cli.run({u"--json"_s, u"orders"_s, u"ship"_s, QString::number(m_existing), u"--tracking"_s, u"1Z999"_s});
    EXPECT_EQ(result.exitCode, ExitConflict) << result;
    EXPECT_EQ(result.errorJson().value(u"error"_s).toObject().value(u"code"_s).toString(), u"conflict"_s) << result;
    expectUnchanged();

    const CliResult deliver = cli.run({u"orders"_s, u"deliver"_s, QString::number(m_existing)});
    EXPECT_EQ(deliver.exitCode, ExitConflict) << deliver;
    expectUnchanged();
}

TEST_F(CliValidation, BadTrackingNumber)
{
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(m_existing)}).exitCode, ExitOk);
    m_before = snapshot(kSkus);
    const CliResult result
            = cli.run({u"orders"_s, u"ship"_s, QString::number(m_existing), u"--tracking"_s, u"<b>1Z</b>"_s});
    EXPECT_EQ(result.exitCode, ExitInvalid) << result;
    expectUnchanged();
}

TEST_F(CliValidation, ProductAddRejectsBadCurrencyAndPrice)
{
    const auto add = [&](const QString &sku, const QStringList &extra) {
        return cli.run(
                QStringList{u"--json"_s, u"products"_s, u"add"_s, u"--sku"_s, sku, u"--name"_s, u"Gadget"_s} + extra);
    };
    const CliResult currency = add(u"NEW-1"_s, {u"--price"_s, u"29.99"_s, u"--currency"_s, u"XYZ"_s});
    EXPECT_EQ(currency.exitCode, ExitInvalid) << currency;
    EXPECT_TRUE(currency.errorJson().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"XYZ"_s))
            << currency;

    const CliResult decimals = add(u"NEW-2"_s, {u"--price"_s, u"1.999"_s});
    EXPECT_EQ(decimals.exitCode, ExitInvalid) << decimals;
    EXPECT_EQ(decimals.errorJson().value(u"error"_s).toObject().value(u"field"_s).toString(), u"price"_s) << decimals;

    for (const QString &price : {u"-1.00"_s, u"abc"_s, u"1,000.50"_s, u""_s}) {
        const CliResult bad = add(u"NEW-3"_s, {u"--price"_s, price});
        EXPECT_EQ(bad.exitCode, ExitInvalid) << bad;
    }
    // --price is a required option: leaving it out is a usage error (it was 3 from core).
    const CliResult noPrice = add(u"NEW-4"_s, {});
    EXPECT_EQ(noPrice.exitCode, ExitUsage) << noPrice;
    const CliResult badStock = add(u"NEW-5"_s, {u"--price"_s, u"1.00"_s, u"--stock"_s, u"-4"_s});
    EXPECT_EQ(badStock.exitCode, ExitInvalid) << badStock;
    const CliResult badSku = add(u"has space"_s, {u"--price"_s, u"1.00"_s});
    EXPECT_EQ(badSku.exitCode, ExitInvalid) << badSku;

    expectUnchanged();

    // A decimal comma is a decimal point ("2,50" as typed in most of Europe), never a thousands separator.
    const CliResult comma = add(u"NEW-6"_s, {u"--price"_s, u"2,50"_s});
    ASSERT_EQ(comma.exitCode, 0) << comma;
    EXPECT_EQ(comma.json().toObject().value(u"price"_s).toString(), u"2.50"_s) << comma;
}

TEST_F(CliValidation, JsonErrorsAreSingleJsonObjects)
{
    const CliResult result = runWithFile({u"orders"_s, u"place"_s}, withQuantity("0"));
    ASSERT_EQ(result.exitCode, ExitInvalid) << result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(result.err, &parseError);
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << result;
    ASSERT_TRUE(document.isObject()) << result;
    const QJsonObject error = document.object().value(u"error"_s).toObject();
    EXPECT_EQ(error.value(u"code"_s).toString(), u"invalid_input"_s);
    EXPECT_EQ(error.value(u"field"_s).toString(), u"items[0].quantity"_s);
    EXPECT_EQ(error.value(u"value"_s).toString(), u"0"_s);
    EXPECT_FALSE(error.value(u"message"_s).toString().isEmpty());
}

} // namespace
} // namespace shipshape::clitest
