#include "Printers.h"

#include "orders/OrderRequestJson.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

// The seed design's example request, with a placeholder for the items.
QByteArray request(const QByteArray &items,
        const QByteArray &customer = R"("customer": {"name": "Ada Lovelace", "email": "ada@example.com"})",
        const QByteArray &address = R"({"street": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701"})",
        const QByteArray &payment = R"({"type": "invoice"})")
{
    return "{" + customer + R"(, "items": )" + items + R"(, "shippingAddress": )" + address + R"(, "paymentMethod": )"
            + payment + "}";
}

void expectInvalid(const QByteArray &json, const QString &field)
{
    auto parsed = OrderRequestJson::parsePlace(json);
    ASSERT_FALSE(parsed) << json.toStdString();
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput) << json.toStdString();
    EXPECT_EQ(parsed.error().field, field) << json.toStdString() << " → " << describe(parsed.error());
    EXPECT_FALSE(parsed.error().message.isEmpty());
}

} // namespace

TEST(OrderRequestJsonTest, ParsesTheSeedShape)
{
    auto parsed = OrderRequestJson::parsePlace(request(
            R"([{"productId": "TEE-1", "quantity": 2, "price": "29.99"}, {"productId": "MUG-1", "quantity": 1, "price": 29.99},
            {"sku": "CAP-1", "quantity": 3}])",
            R"("customer": {"name": "Ada Lovelace", "email": "ada@example.com"})",
            R"({"street": " 1 Main St ", "city": "Springfield", "state": "IL", "zip": "62701", "country": "de"})",
            R"({"type": "bank_transfer", "token": "tok_1"})"));
    ASSERT_TRUE(parsed) << describe(parsed.error());
    EXPECT_EQ(parsed->customer.name, u"Ada Lovelace"_s);
    EXPECT_EQ(parsed->customer.email, u"ada@example.com"_s);
    EXPECT_TRUE(parsed->customer.id.isEmpty());
    ASSERT_EQ(parsed->items.size(), 3);
    EXPECT_EQ(parsed->items.at(0).sku, u"TEE-1"_s);
    EXPECT_EQ(parsed->items.at(0).quantity, 2);
    EXPECT_EQ(parsed->items.at(0).expectedPrice, u"29.99"_s);
    EXPECT_EQ(parsed->items.at(1).expectedPrice, u"29.99"_s); // a JSON number, read back exactly
    EXPECT_EQ(parsed->items.at(2).sku, u"CAP-1"_s);
    EXPECT_FALSE(parsed->items.at(2).expectedPrice.has_value());
    EXPECT_EQ(parsed->shippingAddress.street, u"1 Main St"_s);
    EXPECT_EQ(parsed->shippingAddress.country, u"DE"_s);
    EXPECT_EQ(parsed->paymentMethod, PaymentMethodType::BankTransfer);
    EXPECT_EQ(parsed->paymentToken, u"tok_1"_s);
}

TEST(OrderRequestJsonTest, ParsesCustomerIdAndDefaultsTheCountry)
{
    auto parsed = OrderRequestJson::parsePlace(request(R"([{"productId": "TEE-1", "quantity": 1, "price": 0.1}])",
            R"("customerId": "0190a6b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b")"));
    ASSERT_TRUE(parsed) << describe(parsed.error());
    EXPECT_EQ(parsed->customer.id, u"0190a6b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"_s);
    EXPECT_EQ(parsed->shippingAddress.country, u"US"_s);
    EXPECT_EQ(parsed->items.at(0).expectedPrice, u"0.1"_s);
    EXPECT_EQ(parsed->paymentMethod, PaymentMethodType::Invoice);
}

TEST(OrderRequestJsonTest, RefusesMalformedDocuments)
{
    expectInvalid("", u"json"_s);
    expectInvalid("{", u"json"_s);
    expectInvalid("{\"items\": [}", u"json"_s);
    expectInvalid("[]", u"json"_s);
    expectInvalid("[{\"productId\": \"TEE-1\"}]", u"json"_s);
    expectInvalid("\"order\"", u"json"_s);
}

TEST(OrderRequestJsonTest, RefusesBadItems)
{
    expectInvalid(request("null").replace(R"("items": null, )", ""), u"items"_s); // missing
    expectInvalid(request("[]"), u"items"_s);
    expectInvalid(request("{}"), u"items"_s);
    expectInvalid(request(R"("TEE-1")"), u"items"_s);
    expectInvalid(request(R"(["TEE-1"])"), u"items[0]"_s);
    expectInvalid(request(R"([{"quantity": 1}])"), u"items[0].productId"_s);
    expectInvalid(request(R"([{"productId": 42, "quantity": 1}])"), u"items[0].productId"_s);
    for (const char *quantity : {"0", "-1", "2.5", "\"3\"", "1e9", "100001", "null", "true"}) {
        expectInvalid(request(R"([{"productId": "TEE-1", "quantity": 1}, {"productId": "MUG-1", "quantity": )"
                              + QByteArray(quantity) + "}]"),
                u"items[1].quantity"_s);
    }
    expectInvalid(request(R"([{"productId": "TEE-1"}])"), u"items[0].quantity"_s);
    expectInvalid(request(R"([{"productId": "TEE-1", "quantity": 1, "price": true}])"), u"items[0].price"_s);
    expectInvalid(request(R"([{"productId": "TEE-1", "quantity": 1, "price": {"amount": 1}}])"), u"items[0].price"_s);
    // The largest allowed quantity is accepted.
    EXPECT_TRUE(OrderRequestJson::parsePlace(request(R"([{"productId": "TEE-1", "quantity": 100000}])")));
    EXPECT_TRUE(OrderRequestJson::parsePlace(request(R"([{"productId": "TEE-1", "quantity": 3.0}])")));
}

TEST(OrderRequestJsonTest, RefusesBadCustomerAddressAndPayment)
{
    const QByteArray items = R"([{"productId": "TEE-1", "quantity": 1}])";
    expectInvalid(request(items, R"("who": "Ada")"), u"customer"_s);
    expectInvalid(request(items, R"("customer": {"email": "ada@example.com"})"), u"customer.name"_s);
    expectInvalid(request(items, R"("customer": {"name": "Ada"})"), u"customer.email"_s);
    expectInvalid(request(items, R"("customerId": 42)"), u"customerId"_s);
    const QByteArray customer = R"("customer": {"name": "Ada", "email": "ada@example.com"})";
    expectInvalid(request(items, customer, R"("1 Main St")"), u"shippingAddress"_s);
    expectInvalid(request(items, customer, R"({"city": "Springfield", "state": "IL", "zip": "62701"})"),
            u"shippingAddress.street"_s);
    expectInvalid(request(items, customer, R"({"street": "1 Main St", "state": "IL", "zip": "62701"})"),
            u"shippingAddress.city"_s);
    expectInvalid(request(items, customer, R"({"street": "1 Main St", "city": "Springfield", "zip": "62701"})"),
            u"shippingAddress.state"_s);
    expectInvalid(request(items, customer, R"({"street": "1 Main St", "city": "Springfield", "state": "IL"})"),
            u"shippingAddress.zip"_s);
    expectInvalid(request(items, customer, R"({"street": "", "city": "Springfield", "state": "IL", "zip": "62701"})"),
            u"shippingAddress.street"_s);
    expectInvalid(request(items, customer,
                          R"({"street": "1 Main\nSt", "city": "Springfield", "state": "IL", "zip": "62701"})"),
            u"shippingAddress.street"_s);
    expectInvalid(
            request(items, customer,
                    R"({"street": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701", "country": "USA"})"),
            u"shippingAddress.country"_s);
    const QByteArray address = R"({"street": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701"})";
    expectInvalid(request(items, customer, address, R"({"type": "bitcoin"})"), u"paymentMethod.type"_s);
    expectInvalid(request(items, customer, address, R"({"type": "Invoice"})"), u"paymentMethod.type"_s);
    expectInvalid(request(items, customer, address, R"({})"), u"paymentMethod.type"_s);
    expectInvalid(request(items, customer, address, R"("invoice")"), u"paymentMethod"_s);
}

TEST(OrderRequestJsonTest, ParsesAPaymentLinkForCardOrders)
{
    const QByteArray items = R"([{"productId": "TEE-1", "quantity": 1}])";
    const QByteArray customer = R"("customer": {"name": "Ada", "email": "ada@example.com"})";
    const QByteArray address = R"({"street": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701"})";
    auto parsed = OrderRequestJson::parsePlace(
            request(items, customer, address, R"({"type": "card", "paymentLink": true})"));
    ASSERT_TRUE(parsed) << describe(parsed.error());
    EXPECT_EQ(parsed->paymentMethod, PaymentMethodType::Card);
    EXPECT_TRUE(parsed->paymentLink);
    EXPECT_TRUE(parsed->paymentToken.isEmpty());
    auto withoutLink = OrderRequestJson::parsePlace(
            request(items, customer, address, R"({"type": "card", "token": "pm_card_visa"})"));
    ASSERT_TRUE(withoutLink);
    EXPECT_FALSE(withoutLink->paymentLink);
    expectInvalid(request(items, customer, address, R"({"type": "invoice", "paymentLink": true})"),
            u"paymentMethod.paymentLink"_s);
    expectInvalid(request(items, customer, address, R"({"type": "card", "paymentLink": "yes"})"),
            u"paymentMethod.paymentLink"_s);
    expectInvalid(
            request(items, customer, address, R"({"type": "card", "paymentLink": true, "token": "pm_card_visa"})"),
            u"paymentMethod.token"_s);
}

TEST(OrderRequestJsonTest, ParsesModifyRequests)
{
    auto modify = OrderRequestJson::parseModify(
            R"({"items": [{"productId": "TEE-1", "quantity": 4}], "note": "customer called"})");
    ASSERT_TRUE(modify) << describe(modify.error());
    ASSERT_TRUE(modify->items.has_value());
    EXPECT_EQ(modify->items->at(0).quantity, 4);
    EXPECT_FALSE(modify->shippingAddress.has_value());
    EXPECT_EQ(modify->note, u"customer called"_s);

    auto address = OrderRequestJson::parseModify(
            R"({"shippingAddress": {"street": "2 Side St", "city": "Shelbyville", "state": "IL", "zip": "62565"}})");
    ASSERT_TRUE(address) << describe(address.error());
    EXPECT_FALSE(address->items.has_value());
    EXPECT_EQ(address->shippingAddress->city, u"Shelbyville"_s);

    auto badQuantity = OrderRequestJson::parseModify(R"({"items": [{"productId": "TEE-1", "quantity": 0}]})");
    ASSERT_FALSE(badQuantity);
    EXPECT_EQ(badQuantity.error().field, u"items[0].quantity"_s);
    auto emptyItems = OrderRequestJson::parseModify(R"({"items": []})");
    ASSERT_FALSE(emptyItems);
    EXPECT_EQ(emptyItems.error().field, u"items"_s);
    auto badNote = OrderRequestJson::parseModify(R"({"note": 5})");
    ASSERT_FALSE(badNote);
    EXPECT_EQ(badNote.error().field, u"note"_s);
}

// An exchange's replacement (docs/fulfillment.md, "Exchanges"): what the JSON leaves out is the original
// order's; what it gives is checked as for a placement; a place request still needs everything.
TEST(OrderRequestJsonTest, AReplacementTakesTheOriginalsCustomerAddressAndPaymentWhereLeftOut)
{
    PlaceOrderRequest defaults;
    defaults.customer.id = u"0190d3f2-0000-7000-8000-000000000001"_s;
    defaults.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
    defaults.paymentMethod = PaymentMethodType::Card;
    defaults.paymentLink = true;
    auto bare = OrderRequestJson::parseReplacement(R"({"items": [{"productId": "TEE-1", "quantity": 2}]})", defaults);
    ASSERT_TRUE(bare) << describe(bare.error());
    EXPECT_EQ(bare->customer.id, defaults.customer.id);
    EXPECT_EQ(bare->shippingAddress, defaults.shippingAddress);
    EXPECT_EQ(bare->paymentMethod, PaymentMethodType::Card);
    EXPECT_TRUE(bare->paymentLink);
    ASSERT_EQ(bare->items.size(), 1);
    EXPECT_EQ(bare->items.at(0).quantity, 2);

    auto given = OrderRequestJson::parseReplacement(
            R"({"items": [{"productId": "TEE-1", "quantity": 1}], "paymentMethod": {"type": "cash"},
                "shippingAddress": {"street": "2 Side St", "city": "Shelbyville", "state": "IL", "zip": "62565"}})",
            defaults);
    ASSERT_TRUE(given) << describe(given.error());
    EXPECT_EQ(given->shippingAddress.city, u"Shelbyville"_s);
    EXPECT_EQ(given->paymentMethod, PaymentMethodType::Cash);
    EXPECT_FALSE(given->paymentLink);
    EXPECT_EQ(given->customer.id, defaults.customer.id);

    auto badAddress = OrderRequestJson::parseReplacement(
            R"({"items": [{"productId": "TEE-1", "quantity": 1}], "shippingAddress": {"street": "x"}})", defaults);
    ASSERT_FALSE(badAddress);
    EXPECT_TRUE(badAddress.error().field.startsWith(u"shippingAddress"_s)) << describe(badAddress.error());
    auto noItems = OrderRequestJson::parseReplacement(R"({"items": []})", defaults);
    ASSERT_FALSE(noItems);
    EXPECT_EQ(noItems.error().field, u"items"_s);
    auto badCustomer = OrderRequestJson::parseReplacement(
            R"({"items": [{"productId": "TEE-1", "quantity": 1}], "customer": "Ada"})", defaults);
    ASSERT_FALSE(badCustomer);
    EXPECT_EQ(badCustomer.error().field, u"customer"_s);
    expectInvalid(R"({"items": [{"productId": "TEE-1", "quantity": 1}]})", u"customer"_s);
}
