#include "common/JsonNumberText.h"
#include "orders/OrderRequestJson.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

TEST(JsonNumberText, NumbersAreKeptAsWrittenByPath)
{
    const auto numbers = JsonNumberText::byPath(
            R"({"a": 1, "items": [{"price": 29.99, "quantity": 2}, {"price": 0.1, "x": [1, -2.50]}], "s": "3.0", "t": true})");
    ASSERT_TRUE(numbers);
    EXPECT_EQ(numbers->value(u"a"_s), u"1"_s);
    EXPECT_EQ(numbers->value(u"items[0].price"_s), u"29.99"_s);
    EXPECT_EQ(numbers->value(u"items[0].quantity"_s), u"2"_s);
    EXPECT_EQ(numbers->value(u"items[1].price"_s), u"0.1"_s);
    EXPECT_EQ(numbers->value(u"items[1].x[1]"_s), u"-2.50"_s);
    EXPECT_FALSE(numbers->contains(u"s"_s)) << "strings are not numbers";
}

TEST(JsonNumberText, ExponentsBecomePlainDecimalsExactly)
{
    EXPECT_EQ(JsonNumberText::plainDecimal("2999e-2"), u"29.99"_s);
    EXPECT_EQ(JsonNumberText::plainDecimal("2.999E1"), u"29.99"_s);
    EXPECT_EQ(JsonNumberText::plainDecimal("3e0"), u"3"_s);
    EXPECT_EQ(JsonNumberText::plainDecimal("1.5e+2"), u"150"_s);
    EXPECT_EQ(JsonNumberText::plainDecimal("-5e-3"), u"-0.005"_s);
    EXPECT_EQ(JsonNumberText::plainDecimal("1e400"), u"1e400"_s) << "left for the money parser to refuse";
}

TEST(JsonNumberText, KeysWithEscapesAndStringsWithBracketsDoNotConfuseThePaths)
{
    const auto numbers = JsonNumberText::byPath(R"({"n\"ote": "[{,:}]", "items": [{"pr\u0069ce": 1.10}]})");
    ASSERT_TRUE(numbers);
    EXPECT_EQ(numbers->value(u"items[0].price"_s), u"1.10"_s);
}

TEST(JsonNumberText, DuplicateKeysAreRefusedNamingThePath)
{
    const auto numbers = JsonNumberText::byPath(R"({"items": [{"price": 1, "price": 100}]})");
    ASSERT_FALSE(numbers);
    EXPECT_EQ(numbers.error().field, u"items[0].price"_s);
}

TEST(JsonNumberText, TwoPlacesSpellingOnePathAreRefused)
{
    // Found by fuzz_json_number_text: an empty key, or a key holding '.', spells another place's path.
    for (const QByteArray &json : {R"({"a": 90, "": {"a": 9}})"_ba,
                 R"({"items": [{"price": 1}], "items[0]": {"price": 2}})"_ba, R"({"a.b": 1, "a": {"b": 2}})"_ba}) {
        const auto numbers = JsonNumberText::byPath(json);
        ASSERT_FALSE(numbers) << json.constData();
        EXPECT_TRUE(numbers.error().message.contains(u"given twice"_s)) << numbers.error().message.toStdString();
    }
}

namespace {

QByteArray placeWithPrice(const QByteArray &price)
{
    return R"({"customerId": "0190c0de-0000-7000-8000-000000000001", "items": [{"productId": "W-1", "quantity": 1, "price": )"
            + price
            + R"(}], "shippingAddress": {"street": "1 Main St", "city": "SF", "state": "CA", "zip": "94102"}, "paymentMethod": {"type": "invoice"}})";
}

} // namespace

TEST(JsonNumberText, OrderRequestsReadNumberPricesExactly)
{
    // Through double, 29.990000000000001 and 29.99 are the same number; as money they are not.
    auto near = OrderRequestJson::parsePlace(placeWithPrice("29.990000000000001"));
    ASSERT_TRUE(near);
    EXPECT_EQ(near->items.at(0).expectedPrice, std::optional<QString>(u"29.990000000000001"_s));
    auto exact = OrderRequestJson::parsePlace(placeWithPrice("2999e-2"));
    ASSERT_TRUE(exact);
    EXPECT_EQ(exact->items.at(0).expectedPrice, std::optional<QString>(u"29.99"_s));
    auto duplicated = OrderRequestJson::parsePlace(
            R"({"customerId": "x", "customerId": "y", "items": [], "shippingAddress": {}, "paymentMethod": {}})");
    ASSERT_FALSE(duplicated);
    EXPECT_EQ(duplicated.error().field, u"customerId"_s);
}
