#include "Helpers.h"

#include "common/Uuid.h"
#include "orders/PaymentStates.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class OrderServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
        addProduct(session(), u"TEE-1"_s, u"29.99"_s, 5);
        addProduct(session(), u"CAP-1"_s, u"8.00"_s, 3);
        addProduct(session(), u"HAT-1"_s, u"15.00"_s, 0);
        addProduct(session(), u"EUR-1"_s, u"9.00"_s, 10, u"EUR"_s);
    }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }
    Database &database() { return db.session().database(); }

    Order place(const QList<Line> &lines)
    {
        auto order = orders().place(placeRequest(lines));
        EXPECT_TRUE(order) << describe(order.error());
        return order ? *order : Order{};
    }
    QString ref(const Order &order) { return QString::number(order.number); }
    Order find(const Order &order)
    {
        auto found = orders().find(ref(order));
        EXPECT_TRUE(found) << describe(found.error());
        return found ? *found : Order{};
    }

    TestDatabase db;
};

TEST_F(OrderServiceTest, PlaceReservesStockAndWritesTheTimeline)
{
    const QDateTime now = db.clock().now();
    const Order order = place({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}});
    EXPECT_EQ(order.number, 1001);
    EXPECT_TRUE(looksLikeUuid(order.id));
    EXPECT_EQ(order.status, OrderStatus::Pending);
    EXPECT_EQ(order.total.minorUnits(), 2 * 1250 + 2999);
    EXPECT_EQ(order.total.currency().code(), u"USD"_s);
    EXPECT_TRUE(order.paid.isZero());
    EXPECT_EQ(order.balanceDue(), order.total);
    ASSERT_EQ(order.lines.size(), 2);
    EXPECT_EQ(order.lines.at(0).sku, u"MUG-1"_s);
    EXPECT_EQ(order.lines.at(0).quantity, 2);
    EXPECT_EQ(order.lines.at(0).unitPrice.minorUnits(), 1250);
    EXPECT_EQ(order.lines.at(0).lineTotal.minorUnits(), 2500);
    EXPECT_EQ(order.lines.at(1).productName, u"Product TEE-1"_s);
    EXPECT_EQ(order.customer.name, u"Ada Lovelace"_s);
    EXPECT_EQ(order.customer.email, u"ada@example.com"_s);
    EXPECT_TRUE(looksLikeUuid(order.customer.id));
    EXPECT_EQ(order.shippingAddress, sampleAddress());
    EXPECT_EQ(order.placedAt, now);
    ASSERT_TRUE(order.reservationExpiresAt.has_value());
    EXPECT_EQ(*order.reservationExpiresAt, now.addSecs(15 * 60));
    EXPECT_EQ(order.version, 1);
    EXPECT_TRUE(order.checkInvariants());

    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 2);
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 10);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 1);
    EXPECT_EQ(product(session(), u"CAP-1"_s).reserved, 0);

    ASSERT_EQ(order.timeline.size(), 1);
    const TimelineEntry &placed = order.timeline.at(0);
    EXPECT_EQ(placed.event, u"OrderPlaced"_s);
    EXPECT_FALSE(placed.actor.isEmpty());
    EXPECT_EQ(placed.actor, database().actor());
    EXPECT_EQ(placed.at, now);
    EXPECT_FALSE(placed.fromStatus.has_value());
    EXPECT_EQ(placed.toStatus, OrderStatus::Pending);
    EXPECT_EQ(placed.details.value(u"total"_s).toString(), u"54.99"_s);
    EXPECT_EQ(placed.details.value(u"items"_s).toArray().size(), 2);

    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM stock_movements WHERE kind = 'reserve' AND order_number = ?"_s,
                      {order.number}),
            2);
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM order_events WHERE order_number = ? AND actor <> ''"_s,
                      {order.number}),
            1);
    EXPECT_TRUE(conservationViolations(database()).isEmpty())
            << conservationViolations(database()).join(u'\n').toStdString();
}

TEST_F(OrderServiceTest, PlaceReusesACustomerByEmailAndNumbersIncrease)
{
    const Order first = place({{u"MUG-1"_s, 1}});
    auto second = orders().place(placeRequest({{u"MUG-1"_s, 1}}, u"ADA@example.com"_s, u"Someone Else"_s));
    ASSERT_TRUE(second) << describe(second.error());
    EXPECT_EQ(second->number, first.number + 1);
    EXPECT_EQ(second->customer.id, first.customer.id);
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM customers"_s), 1);

    PlaceOrderRequest byId = placeRequest({{u"TEE-1"_s, 1}});
    byId.customer = CustomerReference{first.customer.id.toUpper(), {}, {}};
    auto third = orders().place(byId);
    ASSERT_TRUE(third) << describe(third.error());
    EXPECT_EQ(third->customer.id, first.customer.id);
}

TEST_F(OrderServiceTest, PlaceWithTheCurrentPriceSucceeds)
{
    auto order = orders().place(placeRequest({{u"TEE-1"_s, 2, u"29.99"_s}, {u"MUG-1"_s, 1, u"12.5"_s}}));
    ASSERT_TRUE(order) << describe(order.error());
    EXPECT_EQ(order->total.minorUnits(), 2 * 2999 + 1250);
}

TEST_F(OrderServiceTest, StalePriceIsAConflictAndWritesNothing)
{
    const QString before = dumpDatabase(database());
    auto order = orders().place(placeRequest({{u"MUG-1"_s, 1}, {u"TEE-1"_s, 1, u"25.00"_s}}));
    ASSERT_FALSE(order);
    EXPECT_EQ(order.error().code, ErrorCode::Conflict);
    EXPECT_EQ(order.error().field, u"items[1].price"_s);
    EXPECT_EQ(order.error().value, u"25.00"_s);
    EXPECT_TRUE(order.error().message.contains(u"29.99"_s));
    EXPECT_EQ(dumpDatabase(database()), before);
}

TEST_F(OrderServiceTest, OutOfStockIsAConflictAndAllOrNothing)
{
    const QString before = dumpDatabase(database());
    auto order = orders().place(placeRequest({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 6}}));
    ASSERT_FALSE(order);
    EXPECT_EQ(order.error().code, ErrorCode::Conflict);
    EXPECT_EQ(order.error().value, u"TEE-1"_s);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 0);
    EXPECT_EQ(orderCount(session()), 0);
    EXPECT_EQ(dumpDatabase(database()), before);

    auto zeroStock = orders().place(placeRequest({{u"HAT-1"_s, 1}}));
    ASSERT_FALSE(zeroStock);
    EXPECT_EQ(zeroStock.error().code, ErrorCode::Conflict);

    // Exactly what is available succeeds; one more does not.
    auto all = orders().place(placeRequest({{u"TEE-1"_s, 5}}));
    ASSERT_TRUE(all) << describe(all.error());
    EXPECT_EQ(product(session(), u"TEE-1"_s).available(), 0);
    auto more = orders().place(placeRequest({{u"TEE-1"_s, 1}}));
    ASSERT_FALSE(more);
    EXPECT_EQ(more.error().code, ErrorCode::Conflict);
    EXPECT_EQ(orderCount(session()), 1);
}

TEST_F(OrderServiceTest, RequestWithSqlAndHtmlMetacharactersIsStoredVerbatim)
{
    const QString name = u"Robert'); DROP TABLE orders;--"_s;
    const QString street = u"<script>alert(1)</script>"_s;
    const QString city = u"O'Fallon \"Quoted\" % _ \\"_s;
    PlaceOrderRequest request = placeRequest({{u"MUG-1"_s, 1}}, u"bobby@example.com"_s, name);
    request.shippingAddress.street = street;
    request.shippingAddress.city = city;
    auto placed = orders().place(request);
    ASSERT_TRUE(placed) << describe(placed.error());
    const Order order = find(*placed);
    EXPECT_EQ(order.customer.name, name);
    EXPECT_EQ(order.shippingAddress.street, street);
    EXPECT_EQ(order.shippingAddress.city, city);
    EXPECT_EQ(orderCount(session()), 1); // the orders table is still there
    EXPECT_EQ(rows(database(), u"SELECT customer_name, ship_street FROM orders"_s),
            QStringList{name + u" | "_s + street});

    OrderFilter filter;
    filter.search = u"Robert');"_s;
    auto found = orders().list(filter, {}, 10, 0);
    ASSERT_TRUE(found) << describe(found.error());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->at(0).customerName, name);
    // LIKE wildcards in a search are literal characters.
    place({{u"TEE-1"_s, 1}});
    filter.search = u"%"_s;
    EXPECT_EQ(*orders().count(filter), 0);
    filter.search = u"_"_s;
    EXPECT_EQ(*orders().count(filter), 0);
}

// ---- refused place requests: right code and field, database unchanged --------------------------

struct Refusal {
    const char *name;
    std::function<void(PlaceOrderRequest &)> change;
    ErrorCode code;
    QString field;
};

void PrintTo(const Refusal &refusal, std::ostream *os)
{
    *os << refusal.name;
}

class PlaceRefusalTest : public OrderServiceTest, public ::testing::WithParamInterface<Refusal> {};

TEST_P(PlaceRefusalTest, IsRefusedWithTheFieldAndChangesNothing)
{
    // An existing order and customer, so that "unchanged" covers more than empty tables.
    place({{u"MUG-1"_s, 1}});
    const QString before = dumpDatabase(database());
    const qint64 ordersBefore = orderCount(session());
    const qint64 mugReserved = product(session(), u"MUG-1"_s).reserved;

    PlaceOrderRequest request
            = placeRequest({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}}, u"grace@example.com"_s, u"Grace Hopper"_s);
    GetParam().change(request);
    auto order = orders().place(request);
    ASSERT_FALSE(order) << "placed order " << order->number;
    EXPECT_EQ(order.error().code, GetParam().code) << describe(order.error());
    EXPECT_EQ(order.error().field, GetParam().field) << describe(order.error());
    EXPECT_FALSE(order.error().message.isEmpty());

    EXPECT_EQ(orderCount(session()), ordersBefore);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, mugReserved);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 0);
    EXPECT_EQ(dumpDatabase(database()), before);
}

const QString kUnknownCustomer = u"0190a6b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"_s;

INSTANTIATE_TEST_SUITE_P(OrderService, PlaceRefusalTest,
        ::testing::Values(Refusal{"UnknownSku", [](auto &r) { r.items[1].sku = u"NOPE-1"_s; }, ErrorCode::NotFound,
                                  u"items[1].productId"_s},
                Refusal{"EmptySku", [](auto &r) { r.items[0].sku = u"  "_s; }, ErrorCode::InvalidInput,
                        u"items[0].productId"_s},
                Refusal{"ZeroQuantity", [](auto &r) { r.items[0].quantity = 0; }, ErrorCode::InvalidInput,
                        u"items[0].quantity"_s},
                Refusal{"NegativeQuantity", [](auto &r) { r.items[1].quantity = -1; }, ErrorCode::InvalidInput,
                        u"items[1].quantity"_s},
                Refusal{"HugeQuantity", [](auto &r) { r.items[0].quantity = 100001; }, ErrorCode::InvalidInput,
                        u"items[0].quantity"_s},
                Refusal{"MaxQuantityButNoStock", [](auto &r) { r.items[0].quantity = 100000; }, ErrorCode::Conflict,
                        u"sku"_s},
                Refusal{"NoItems", [](auto &r) { r.items.clear(); }, ErrorCode::InvalidInput, u"items"_s},
                Refusal{"DuplicateSku", [](auto &r) { r.items[1].sku = u"MUG-1"_s; }, ErrorCode::InvalidInput,
                        u"items[1].productId"_s},
                Refusal{"DuplicateSkuWithSpaces", [](auto &r) { r.items[1].sku = u" MUG-1 "_s; },
                        ErrorCode::InvalidInput, u"items[1].productId"_s},
                Refusal{"MixedCurrencies", [](auto &r) { r.items[1].sku = u"EUR-1"_s; }, ErrorCode::InvalidInput,
                        u"items[1].productId"_s},
                Refusal{"StalePrice", [](auto &r) { r.items[0].expectedPrice = u"12.49"_s; }, ErrorCode::Conflict,
                        u"items[0].price"_s},
                Refusal{"MalformedPrice", [](auto &r) { r.items[0].expectedPrice = u"12.499"_s; },
                        ErrorCode::InvalidInput, u"items[0].price"_s},
                Refusal{"MissingStreet", [](auto &r) { r.shippingAddress.street = u""_s; }, ErrorCode::InvalidInput,
                        u"shippingAddress.street"_s},
                Refusal{"MissingCity", [](auto &r) { r.shippingAddress.city = u" "_s; }, ErrorCode::InvalidInput,
                        u"shippingAddress.city"_s},
                Refusal{"MissingState", [](auto &r) { r.shippingAddress.state = QString(); }, ErrorCode::InvalidInput,
                        u"shippingAddress.state"_s},
                Refusal{"MissingZip", [](auto &r) { r.shippingAddress.zip = u""_s; }, ErrorCode::InvalidInput,
                        u"shippingAddress.zip"_s},
                Refusal{"BadZip", [](auto &r) { r.shippingAddress.zip = u"62701;--"_s; }, ErrorCode::InvalidInput,
                        u"shippingAddress.zip"_s},
                Refusal{"BadCountry", [](auto &r) { r.shippingAddress.country = u"USA"_s; }, ErrorCode::InvalidInput,
                        u"shippingAddress.country"_s},
                Refusal{"LineFeedInStreet", [](auto &r) { r.shippingAddress.street = u"1 Main St\nApt 2"_s; },
                        ErrorCode::InvalidInput, u"shippingAddress.street"_s},
                Refusal{"CarriageReturnInCity", [](auto &r) { r.shippingAddress.city = u"Spring\rfield"_s; },
                        ErrorCode::InvalidInput, u"shippingAddress.city"_s},
                Refusal{"LineFeedInName", [](auto &r) { r.customer.name = u"Grace\r\nHopper"_s; },
                        ErrorCode::InvalidInput, u"customer.name"_s},
                Refusal{"MissingName", [](auto &r) { r.customer.name = u""_s; }, ErrorCode::InvalidInput,
                        u"customer.name"_s},
                Refusal{"BadEmail", [](auto &r) { r.customer.email = u"grace-at-example.com"_s; },
                        ErrorCode::InvalidInput, u"customer.email"_s},
                Refusal{"HeaderInjectionEmail",
                        [](auto &r) { r.customer.email = u"grace@example.com\nBcc: x@example.com"_s; },
                        ErrorCode::InvalidInput, u"customer.email"_s},
                Refusal{"UnknownCustomerId",
                        [](auto &r) {
                            r.customer = CustomerReference{kUnknownCustomer, {}, {}};
                        },
                        ErrorCode::NotFound, u"customerId"_s},
                Refusal{"MalformedCustomerId", [](auto &r) { r.customer = CustomerReference{u"42"_s, {}, {}}; },
                        ErrorCode::InvalidInput, u"customerId"_s},
                Refusal{"CardPaymentWithoutToken", [](auto &r) { r.paymentMethod = PaymentMethodType::Card; },
                        ErrorCode::InvalidInput, u"paymentMethod.token"_s}),
        [](const ::testing::TestParamInfo<Refusal> &param) { return std::string(param.param.name); });

// ---- modify ------------------------------------------------------------------------------------

TEST_F(OrderServiceTest, ModifyChangesQuantitiesAndLinesAndReservationsFollow)
{
    const Order order = place({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}});

    auto up = orders().modify(ref(order), modifyItems({{u"MUG-1"_s, 5}, {u"CAP-1"_s, 2}}, u"customer called"_s));
    ASSERT_TRUE(up) << describe(up.error());
    EXPECT_EQ(up->status, OrderStatus::Pending);
    ASSERT_EQ(up->lines.size(), 2);
    EXPECT_EQ(up->lines.at(0).sku, u"MUG-1"_s);
    EXPECT_EQ(up->lines.at(0).quantity, 5);
    EXPECT_EQ(up->lines.at(1).sku, u"CAP-1"_s);
    EXPECT_EQ(up->total.minorUnits(), 5 * 1250 + 2 * 800);
    EXPECT_EQ(up->version, 2);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 5);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 0);
    EXPECT_EQ(product(session(), u"CAP-1"_s).reserved, 2);
    EXPECT_EQ(up->reservationExpiresAt, order.reservationExpiresAt);

    ASSERT_EQ(up->timeline.size(), 2);
    const TimelineEntry &modified = up->timeline.at(1);
    EXPECT_EQ(modified.event, u"OrderModified"_s);
    EXPECT_EQ(modified.reason, u"customer called"_s);
    EXPECT_EQ(modified.fromStatus, OrderStatus::Pending);
    EXPECT_EQ(modified.toStatus, OrderStatus::Pending);
    EXPECT_FALSE(modified.actor.isEmpty());
    EXPECT_EQ(modified.details.value(u"totalBefore"_s).toString(), u"54.99"_s);
    EXPECT_EQ(modified.details.value(u"totalAfter"_s).toString(), u"78.50"_s);
    const QJsonArray changes = modified.details.value(u"items"_s).toArray();
    ASSERT_EQ(changes.size(), 3); // MUG 2→5, TEE 1→0, CAP 0→2
    EXPECT_EQ(changes.at(0).toObject().value(u"sku"_s).toString(), u"MUG-1"_s);
    EXPECT_EQ(changes.at(0).toObject().value(u"to"_s).toInteger(), 5);
    EXPECT_EQ(changes.at(1).toObject().value(u"to"_s).toInteger(), 0);

    auto down = orders().modify(ref(order), modifyItems({{u"MUG-1"_s, 1}, {u"CAP-1"_s, 2}}));
    ASSERT_TRUE(down) << describe(down.error());
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 1);
    EXPECT_EQ(down->total.minorUnits(), 1250 + 1600);
    EXPECT_EQ(scalar(database(), u"SELECT line_count FROM orders WHERE number = ?"_s, {order.number}), 2);
    EXPECT_TRUE(conservationViolations(database()).isEmpty())
            << conservationViolations(database()).join(u'\n').toStdString();
}

TEST_F(OrderServiceTest, ModifyAllowsSwappingAllTheStockBetweenOrders)
{
    // All of TEE's stock on the order: lowering and raising in one request must release first.
    const Order order = place({{u"TEE-1"_s, 5}, {u"CAP-1"_s, 1}});
    auto swapped = orders().modify(ref(order), modifyItems({{u"TEE-1"_s, 2}, {u"CAP-1"_s, 3}}));
    ASSERT_TRUE(swapped) << describe(swapped.error());
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 2);
    EXPECT_EQ(product(session(), u"CAP-1"_s).reserved, 3);
}

TEST_F(OrderServiceTest, ModifyKeepsTheSoldPriceOfExistingLines)
{
    const Order order = place({{u"MUG-1"_s, 1}});
    ASSERT_TRUE(database().query(u"UPDATE products SET price_minor = 9999 WHERE sku IN ('MUG-1', 'CAP-1')"_s));
    auto modified = orders().modify(ref(order), modifyItems({{u"MUG-1"_s, 2, u"12.50"_s}, {u"CAP-1"_s, 1}}));
    ASSERT_TRUE(modified) << describe(modified.error());
    EXPECT_EQ(modified->lines.at(0).unitPrice.minorUnits(), 1250); // sold at the old price
    EXPECT_EQ(modified->lines.at(1).unitPrice.minorUnits(), 9999); // a new line takes today's price
    EXPECT_EQ(modified->total.minorUnits(), 2 * 1250 + 9999);
}

TEST_F(OrderServiceTest, ModifyChangesTheAddress)
{
    const Order order = place({{u"MUG-1"_s, 1}});
    ModifyOrderRequest request;
    request.shippingAddress = Address{u"2 Side St"_s, u"Shelbyville"_s, u"IL"_s, u"62565"_s, u"us"_s};
    auto modified = orders().modify(u"#"_s + ref(order), request);
    ASSERT_TRUE(modified) << describe(modified.error());
    EXPECT_EQ(modified->shippingAddress.street, u"2 Side St"_s);
    EXPECT_EQ(modified->shippingAddress.country, u"US"_s);
    EXPECT_EQ(modified->total, order.total);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 1);
    const QJsonObject details = modified->timeline.constLast().details;
    EXPECT_EQ(details.value(u"shippingAddress"_s).toObject().value(u"from"_s).toString(), sampleAddress().singleLine());
    EXPECT_EQ(details.value(u"shippingAddress"_s).toObject().value(u"to"_s).toString(),
            u"2 Side St, Shelbyville, IL 62565, US"_s);
    EXPECT_FALSE(details.contains(u"items"_s));
}

TEST_F(OrderServiceTest, RefusedModificationsChangeNothing)
{
    const Order order = place({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}});
    const QString before = dumpDatabase(database());
    const auto expectRefused = [&](const ModifyOrderRequest &request, ErrorCode code, const QString &field) {
        auto modified = orders().modify(ref(order), request);
        ASSERT_FALSE(modified);
        EXPECT_EQ(modified.error().code, code) << describe(modified.error());
        EXPECT_EQ(modified.error().field, field) << describe(modified.error());
        EXPECT_EQ(dumpDatabase(database()), before);
    };
    expectRefused(modifyItems({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 6}}), ErrorCode::Conflict, u"sku"_s);
    expectRefused(modifyItems({{u"MUG-1"_s, 9}, {u"TEE-1"_s, 6}}), ErrorCode::Conflict, u"sku"_s);
    expectRefused(modifyItems({}), ErrorCode::InvalidInput, u"items"_s);
    expectRefused(modifyItems({{u"MUG-1"_s, 0}}), ErrorCode::InvalidInput, u"items[0].quantity"_s);
    expectRefused(modifyItems({{u"MUG-1"_s, 1}, {u"MUG-1"_s, 1}}), ErrorCode::InvalidInput, u"items[1].productId"_s);
    expectRefused(modifyItems({{u"NOPE"_s, 1}}), ErrorCode::NotFound, u"items[0].productId"_s);
    expectRefused(modifyItems({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}}), ErrorCode::InvalidInput, u"items"_s); // no change
    expectRefused(ModifyOrderRequest{}, ErrorCode::InvalidInput, u"items"_s);
    ModifyOrderRequest badAddress;
    badAddress.shippingAddress = sampleAddress();
    badAddress.shippingAddress->zip = u"62\n701"_s;
    expectRefused(badAddress, ErrorCode::InvalidInput, u"shippingAddress.zip"_s);

    auto missing = orders().modify(u"999999"_s, modifyItems({{u"MUG-1"_s, 1}}));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_F(OrderServiceTest, ModifyAfterShipmentIsRefused)
{
    const Order order = place({{u"MUG-1"_s, 2}});
    ASSERT_TRUE(orders().markPaid(ref(order)));
    // A confirmed order may still change.
    ASSERT_TRUE(orders().modify(ref(order), modifyItems({{u"MUG-1"_s, 3}})));
    ASSERT_TRUE(orders().ship(ref(order), u"1Z999AA10123456784"_s, u"UPS"_s));
    const QString before = dumpDatabase(database());
    auto modified = orders().modify(ref(order), modifyItems({{u"MUG-1"_s, 1}}));
    ASSERT_FALSE(modified);
    EXPECT_EQ(modified.error().code, ErrorCode::Conflict);
    EXPECT_EQ(modified.error().field, u"status"_s);
    EXPECT_EQ(modified.error().value, u"shipped"_s);
    EXPECT_EQ(dumpDatabase(database()), before);
}

// ---- cancel ------------------------------------------------------------------------------------

TEST_F(OrderServiceTest, CancelPendingReleasesStockAndRecordsTheReason)
{
    const Order order = place({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}});
    db.clock().advance(60'000);
    auto cancelled = orders().cancel(ref(order), CancelReason::Customer, u"changed their mind"_s);
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->status, OrderStatus::Cancelled);
    EXPECT_EQ(cancelled->cancelReason, CancelReason::Customer);
    EXPECT_FALSE(cancelled->reservationExpiresAt.has_value());
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 0);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 0);
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 10);
    const TimelineEntry &entry = cancelled->timeline.constLast();
    EXPECT_EQ(entry.event, u"OrderCancelled"_s);
    EXPECT_EQ(entry.fromStatus, OrderStatus::Pending);
    EXPECT_EQ(entry.toStatus, OrderStatus::Cancelled);
    EXPECT_EQ(entry.reason, u"Customer request: changed their mind"_s);
    EXPECT_EQ(entry.details.value(u"reason"_s).toString(), u"customer"_s);
    EXPECT_EQ(entry.details.value(u"note"_s).toString(), u"changed their mind"_s);
    EXPECT_EQ(entry.at, db.clock().now());
    EXPECT_EQ(
            scalar(database(), u"SELECT cancel_reason = 'customer' FROM orders WHERE number = ?"_s, {order.number}), 1);
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM stock_movements WHERE kind = 'release' AND order_number = ?"_s,
                      {order.number}),
            2);
}

TEST_F(OrderServiceTest, CancelConfirmedReleasesStock)
{
    const Order order = place({{u"CAP-1"_s, 3}});
    ASSERT_TRUE(orders().markPaid(ref(order)));
    auto cancelled = orders().cancel(ref(order), CancelReason::Inventory, {});
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->timeline.constLast().fromStatus, OrderStatus::Confirmed);
    EXPECT_EQ(cancelled->timeline.constLast().reason, u"Out of stock"_s);
    EXPECT_EQ(product(session(), u"CAP-1"_s).reserved, 0);
    EXPECT_EQ(product(session(), u"CAP-1"_s).available(), 3);
}

TEST_F(OrderServiceTest, CancelAfterShipmentOrTwiceIsAConflict)
{
    const Order shipped = place({{u"MUG-1"_s, 2}});
    ASSERT_TRUE(orders().markPaid(ref(shipped)));
    ASSERT_TRUE(orders().ship(ref(shipped), u"TRACK-1"_s, {}));
    const QString before = dumpDatabase(database());
    auto refused = orders().cancel(ref(shipped), CancelReason::Staff, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().field, u"status"_s);
    EXPECT_EQ(dumpDatabase(database()), before);

    const Order pending = place({{u"TEE-1"_s, 1}});
    ASSERT_TRUE(orders().cancel(ref(pending), CancelReason::Other, {}));
    const QString afterFirst = dumpDatabase(database());
    auto again = orders().cancel(ref(pending), CancelReason::Other, {});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 0);
    EXPECT_EQ(dumpDatabase(database()), afterFirst);
}

// ---- pay, ship, deliver --------------------------------------------------------------------------

TEST_F(OrderServiceTest, MarkPaidConfirmsAndRecordsThePayment)
{
    const Order order = place({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}});
    auto paid = orders().markPaid(ref(order), u"BANK-REF-42"_s);
    ASSERT_TRUE(paid) << describe(paid.error());
    EXPECT_EQ(paid->status, OrderStatus::Confirmed);
    EXPECT_EQ(paid->paid, paid->total);
    EXPECT_TRUE(paid->balanceDue().isZero());
    EXPECT_TRUE(paid->isPaid());
    EXPECT_FALSE(paid->reservationExpiresAt.has_value());
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 2); // still held until shipment
    const TimelineEntry &entry = paid->timeline.constLast();
    EXPECT_EQ(entry.event, u"PaymentProcessed"_s);
    EXPECT_EQ(entry.fromStatus, OrderStatus::Pending);
    EXPECT_EQ(entry.toStatus, OrderStatus::Confirmed);
    EXPECT_EQ(entry.details.value(u"amount"_s).toString(), u"54.99"_s);
    EXPECT_EQ(entry.details.value(u"reference"_s).toString(), u"BANK-REF-42"_s);
    EXPECT_EQ(
            rows(database(), u"SELECT amount_minor, currency, method, reference FROM payments WHERE order_number = ?"_s,
                    {order.number}),
            QStringList{u"5499 | USD | invoice | BANK-REF-42"_s});

    const QString before = dumpDatabase(database());
    auto twice = orders().markPaid(ref(order));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_EQ(dumpDatabase(database()), before);

    auto badReference = orders().markPaid(ref(order), u"REF\n2"_s);
    ASSERT_FALSE(badReference);
    EXPECT_EQ(badReference.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(badReference.error().field, u"reference"_s);
}

TEST_F(OrderServiceTest, ShipConsumesTheReservedStock)
{
    const Order order = place({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}});
    const QString pendingState = dumpDatabase(database());
    auto early = orders().ship(ref(order), u"1Z999AA10123456784"_s, u"UPS"_s);
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code, ErrorCode::Conflict);
    EXPECT_EQ(dumpDatabase(database()), pendingState);

    ASSERT_TRUE(orders().markPaid(ref(order)));
    auto badTracking = orders().ship(ref(order), u"<b>1Z</b>"_s, u"UPS"_s);
    ASSERT_FALSE(badTracking);
    EXPECT_EQ(badTracking.error().field, u"tracking"_s);
    auto noTracking = orders().ship(ref(order), u""_s, u"UPS"_s);
    ASSERT_FALSE(noTracking);
    EXPECT_EQ(noTracking.error().field, u"tracking"_s);
    auto badCarrier = orders().ship(ref(order), u"1Z999"_s, u"UPS\nDHL"_s);
    ASSERT_FALSE(badCarrier);
    EXPECT_EQ(badCarrier.error().field, u"carrier"_s);

    auto shipped = orders().ship(ref(order), u"1Z999AA10123456784"_s, u"UPS"_s);
    ASSERT_TRUE(shipped) << describe(shipped.error());
    EXPECT_EQ(shipped->status, OrderStatus::Shipped);
    EXPECT_EQ(shipped->trackingNumber, u"1Z999AA10123456784"_s);
    EXPECT_EQ(shipped->carrier, u"UPS"_s);
    const Product mug = product(session(), u"MUG-1"_s);
    EXPECT_EQ(mug.onHand, 8);
    EXPECT_EQ(mug.reserved, 0);
    const Product tee = product(session(), u"TEE-1"_s);
    EXPECT_EQ(tee.onHand, 4);
    EXPECT_EQ(tee.reserved, 0);
    EXPECT_EQ(shipped->timeline.constLast().event, u"OrderShipped"_s);
    EXPECT_EQ(shipped->timeline.constLast().details.value(u"trackingNumber"_s).toString(), u"1Z999AA10123456784"_s);
    EXPECT_EQ(scalar(database(),
                      u"SELECT SUM(on_hand_delta) FROM stock_movements WHERE kind = 'consume' AND order_number = ?"_s,
                      {order.number}),
            -3);

    auto again = orders().ship(ref(order), u"1Z999AA10123456784"_s, u"UPS"_s);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 8);
    EXPECT_TRUE(conservationViolations(database()).isEmpty())
            << conservationViolations(database()).join(u'\n').toStdString();
}

TEST_F(OrderServiceTest, DeliverOnlyAfterShipment)
{
    const Order order = place({{u"MUG-1"_s, 1}});
    auto early = orders().deliver(ref(order));
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code, ErrorCode::Conflict);
    ASSERT_TRUE(orders().markPaid(ref(order)));
    ASSERT_FALSE(orders().deliver(ref(order)));
    ASSERT_TRUE(orders().ship(ref(order), u"T-1"_s, u"DHL"_s));
    auto delivered = orders().deliver(ref(order));
    ASSERT_TRUE(delivered) << describe(delivered.error());
    EXPECT_EQ(delivered->status, OrderStatus::Delivered);
    EXPECT_EQ(delivered->timeline.constLast().event, u"OrderDelivered"_s);
    EXPECT_EQ(delivered->timeline.size(), 4);
    EXPECT_EQ(delivered->version, 4);
    auto again = orders().deliver(ref(order));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 9);
}

// ---- find --------------------------------------------------------------------------------------

TEST_F(OrderServiceTest, FindByNumberHashNumberAndUuid)
{
    const Order order = place({{u"MUG-1"_s, 1}});
    const QString number = QString::number(order.number);
    for (const QString &reference : QStringList{
                 number, QString(u"#"_s + number), QString(u" "_s + number + u" "_s), order.id, order.id.toUpper()}) {
        auto found = orders().find(reference);
        ASSERT_TRUE(found) << reference.toStdString() << ": " << describe(found.error());
        EXPECT_EQ(found->number, order.number);
        EXPECT_EQ(found->id, order.id);
    }
    auto missing = orders().find(u"#4242"_s);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto missingUuid = orders().find(QUuid::createUuid().toString(QUuid::WithoutBraces));
    ASSERT_FALSE(missingUuid);
    EXPECT_EQ(missingUuid.error().code, ErrorCode::NotFound);
    for (const QString &bad : {u"abc"_s, u""_s, u"#"_s, u"-5"_s, u"0"_s, u"1' OR '1'='1"_s}) {
        auto refused = orders().find(bad);
        ASSERT_FALSE(refused) << bad.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput) << bad.toStdString();
        EXPECT_EQ(refused.error().field, u"order"_s);
    }
}

// ---- notes -------------------------------------------------------------------------------------

TEST_F(OrderServiceTest, NoteIsAddedToTheTimelineWithoutChangingTheOrder)
{
    const Order order = place({{u"MUG-1"_s, 2}});
    auto noted = orders().addNote(ref(order), u"  Customer asked for gift wrap.  "_s);
    ASSERT_TRUE(noted) << describe(noted.error());
    EXPECT_EQ(noted->status, order.status);
    EXPECT_EQ(noted->total, order.total);
    EXPECT_EQ(noted->lines.size(), order.lines.size());
    EXPECT_EQ(noted->version, order.version + 1);
    ASSERT_EQ(noted->timeline.size(), order.timeline.size() + 1);
    const TimelineEntry &note = noted->timeline.constLast();
    EXPECT_EQ(note.event, u"NoteAdded"_s);
    EXPECT_EQ(note.reason, u"Customer asked for gift wrap."_s);
    EXPECT_FALSE(note.fromStatus.has_value());
    EXPECT_FALSE(note.toStatus.has_value());
    EXPECT_EQ(note.at, db.clock().now());
    EXPECT_TRUE(conservationViolations(database()).isEmpty());

    // A cancelled order still takes notes: they are history, not a change of the order.
    ASSERT_TRUE(orders().cancel(ref(order), CancelReason::Customer, {}));
    auto late = orders().addNote(ref(order), u"Called back, all fine."_s);
    ASSERT_TRUE(late) << describe(late.error());
    EXPECT_EQ(late->timeline.constLast().event, u"NoteAdded"_s);
}

TEST_F(OrderServiceTest, EmptyOrOverlongNoteIsRefusedAndNothingIsWritten)
{
    const Order order = place({{u"MUG-1"_s, 1}});
    const qint64 events = scalar(database(), u"SELECT COUNT(*) FROM order_events"_s);
    for (const QString &bad : {u""_s, u"   "_s, QString(2001, u'x'), u"bell\a"_s}) {
        auto refused = orders().addNote(ref(order), bad);
        ASSERT_FALSE(refused) << bad.left(20).toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(refused.error().field, u"note"_s);
    }
    auto missing = orders().addNote(u"#4242"_s, u"hello"_s);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM order_events"_s), events);
    EXPECT_EQ(orders().find(ref(order))->version, order.version);
}

TEST(PaymentStatesTest, OfClassifiesLikeTheListFilter)
{
    const Currency usd = *Currency::fromCode(u"USD"_s);
    const Money total(2500, usd);
    const Money none(0, usd);
    const auto of = [&](qint64 paid, qint64 refunded, qint64 credit = 0, OrderStatus status = OrderStatus::Confirmed) {
        return PaymentStates::of(total, Money(paid, usd), Money(refunded, usd), Money(credit, usd), status);
    };
    EXPECT_EQ(of(0, 0, 0, OrderStatus::Pending), PaymentState::Unpaid);
    EXPECT_EQ(of(1000, 0), PaymentState::PartlyPaid);
    EXPECT_EQ(of(2500, 0), PaymentState::Paid);
    // Paid more than a lowered total: the difference is owed back until it is refunded or kept.
    EXPECT_EQ(of(3000, 0), PaymentState::RefundOwed);
    EXPECT_EQ(of(3000, 500), PaymentState::Refunded);
    EXPECT_EQ(of(3000, 0, 500), PaymentState::Credit);
    // Money returned makes an order "refunded" once nothing more is owed.
    EXPECT_EQ(of(2500, 100), PaymentState::Refunded);
    EXPECT_EQ(of(1000, 1000), PaymentState::Refunded);
    // A cancelled order owes nothing and is owed everything it holds.
    EXPECT_EQ(of(0, 0, 0, OrderStatus::Cancelled), PaymentState::Unpaid);
    EXPECT_EQ(of(2500, 0, 0, OrderStatus::Cancelled), PaymentState::RefundOwed);
    EXPECT_EQ(of(2500, 1000, 0, OrderStatus::Cancelled), PaymentState::RefundOwed);
    EXPECT_EQ(of(2500, 2500, 0, OrderStatus::Cancelled), PaymentState::Refunded);
    EXPECT_EQ(of(2500, 0, 2500, OrderStatus::Cancelled), PaymentState::Credit);
    EXPECT_EQ(of(2500, 1000, 1500, OrderStatus::Cancelled), PaymentState::Refunded);
    EXPECT_EQ(PaymentStates::of(total, none, none, none, OrderStatus::Pending), PaymentState::Unpaid);
    for (PaymentState state : PaymentStates::all())
        EXPECT_EQ(PaymentStates::fromKey(PaymentStates::key(state)), state);
}

} // namespace
