#include "Helpers.h"

#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class CustomerServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 1000);
        addProduct(session(), u"TEA-EU"_s, u"4.20"_s, 1000, u"EUR"_s);
    }

    Session &session() { return db.session(); }
    CustomerService &customers() { return db.session().customers(); }

    Order place(const QList<Line> &lines, const QString &email, const QString &name)
    {
        auto placed = session().orders().place(placeRequest(lines, email, name));
        EXPECT_TRUE(placed) << describe(placed.error());
        db.clock().advance(1000);
        return placed.value_or(Order());
    }

    QString customerId(const QString &email)
    {
        auto found = customers().search(email, 10, 0);
        EXPECT_TRUE(found && found->size() == 1) << email.toStdString();
        return found && !found->isEmpty() ? found->at(0).customer.id : QString();
    }

    TestDatabase db;
};

TEST_F(CustomerServiceTest, ListsCustomersWithTheirOrderTotals)
{
    place({{u"MUG-1"_s, 2}}, u"ada@example.com"_s, u"Ada Lovelace"_s); // 25.00
    const Order cancelled = place({{u"MUG-1"_s, 1}}, u"ada@example.com"_s, u"Ada Lovelace"_s);
    ASSERT_TRUE(session().orders().cancel(QString::number(cancelled.number), CancelReason::Customer, {}));
    place({{u"TEA-EU"_s, 3}}, u"ada@example.com"_s, u"Ada Lovelace"_s); // EUR 12.60
    const Order refunded = place({{u"MUG-1"_s, 4}}, u"bob@example.com"_s, u"Bob Babbage"_s); // 50.00
    // A partial refund on a kept order lowers what the customer spent.
    ASSERT_EQ(scalar(session().database(),
                      u"UPDATE orders SET paid_minor = total_minor, refunded_minor = 1000 WHERE number = ? "
                      "RETURNING refunded_minor"_s,
                      {refunded.number}),
            1000);
    auto carol = session().orders().place(placeRequest({{u"MUG-1"_s, 1}}, u"carol@example.com"_s, u"Carol"_s));
    ASSERT_TRUE(carol);
    ASSERT_TRUE(session().orders().cancel(QString::number(carol->number), CancelReason::Customer, {}));

    auto all = customers().search({}, 10, 0);
    ASSERT_TRUE(all) << describe(all.error());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).customer.name, u"Ada Lovelace"_s); // by name
    EXPECT_EQ(all->at(1).customer.name, u"Bob Babbage"_s);
    const CustomerOrderTotals &ada = all->at(0).totals;
    EXPECT_EQ(ada.orders, 3);
    EXPECT_EQ(ada.cancelled, 1);
    ASSERT_EQ(ada.spend.size(), 2);
    EXPECT_EQ(ada.spend.at(0), Money(1260, *Currency::fromCode(u"EUR"_s)));
    EXPECT_EQ(ada.spend.at(1), Money(2500, *Currency::fromCode(u"USD"_s)));
    const CustomerOrderTotals &bob = all->at(1).totals;
    EXPECT_EQ(bob.orders, 1);
    ASSERT_EQ(bob.spend.size(), 1);
    EXPECT_EQ(bob.spend.at(0).minorUnits(), 4000);
    const CustomerOrderTotals &carolTotals = all->at(2).totals;
    EXPECT_EQ(carolTotals.orders, 1);
    EXPECT_EQ(carolTotals.cancelled, 1);
    ASSERT_EQ(carolTotals.spend.size(), 1);
    EXPECT_EQ(carolTotals.spend.at(0).minorUnits(), 0);

    auto bobOnly = customers().search(u"BABB"_s, 10, 0);
    ASSERT_TRUE(bobOnly);
    ASSERT_EQ(bobOnly->size(), 1);
    EXPECT_EQ(bobOnly->at(0).customer.email, u"bob@example.com"_s);
    EXPECT_EQ(customers().count(u"example.com"_s).value_or(-1), 3);
    EXPECT_EQ(customers().count(u"bob@"_s).value_or(-1), 1);
    EXPECT_EQ(customers().count(u"%"_s).value_or(-1), 0); // wildcards are literal
    auto secondPage = customers().search({}, 2, 2);
    ASSERT_TRUE(secondPage);
    ASSERT_EQ(secondPage->size(), 1);
    EXPECT_EQ(secondPage->at(0).customer.name, u"Carol"_s);

    auto badLimit = customers().search({}, 0, 0);
    ASSERT_FALSE(badLimit);
    EXPECT_EQ(badLimit.error().field, u"limit"_s);
    auto badOffset = customers().search({}, 10, -5);
    ASSERT_FALSE(badOffset);
    EXPECT_EQ(badOffset.error().field, u"offset"_s);
}

TEST_F(CustomerServiceTest, AcustomerWithoutOrdersHasEmptyTotals)
{
    place({{u"MUG-1"_s, 1}}, u"ada@example.com"_s, u"Ada Lovelace"_s);
    // A customer row without orders (created by an order that was then removed by an admin tool).
    ASSERT_EQ(scalar(session().database(),
                      u"INSERT INTO customers (uuid, name, email, created_at) VALUES "
                      "('00000000-0000-7000-8000-000000000001', 'Zed', 'zed@example.com', 0) RETURNING 1"_s),
            1);
    auto zed = customers().search(u"zed"_s, 10, 0);
    ASSERT_TRUE(zed);
    ASSERT_EQ(zed->size(), 1);
    EXPECT_EQ(zed->at(0).totals.orders, 0);
    EXPECT_TRUE(zed->at(0).totals.spend.isEmpty());
    auto history = customers().orderHistory(u"00000000-0000-7000-8000-000000000001"_s, 1);
    ASSERT_TRUE(history) << describe(history.error());
    EXPECT_TRUE(history->orders.isEmpty());
    EXPECT_EQ(history->pageCount, 1);
}

TEST_F(CustomerServiceTest, OrderHistoryIsNewestFirstInPagesWithTotals)
{
    QList<qint64> numbers;
    for (int i = 0; i < 57; ++i)
        numbers.prepend(place({{u"MUG-1"_s, 1}}, u"ada@example.com"_s, u"Ada Lovelace"_s).number);
    place({{u"MUG-1"_s, 1}}, u"bob@example.com"_s, u"Bob Babbage"_s); // not Ada's
    ASSERT_TRUE(session().orders().cancel(QString::number(numbers.at(0)), CancelReason::Customer, {}));
    const QString ada = customerId(u"ada@example.com"_s);

    auto first = customers().orderHistory(ada, 1);
    ASSERT_TRUE(first) << describe(first.error());
    EXPECT_EQ(first->customer.email, u"ada@example.com"_s);
    EXPECT_EQ(first->page, 1);
    EXPECT_EQ(first->pageCount, 3);
    ASSERT_EQ(first->orders.size(), 25);
    EXPECT_EQ(first->orders.at(0).number, numbers.at(0));
    EXPECT_EQ(first->orders.at(24).number, numbers.at(24));
    EXPECT_EQ(first->totals.orders, 57);
    EXPECT_EQ(first->totals.cancelled, 1);
    ASSERT_EQ(first->totals.spend.size(), 1);
    EXPECT_EQ(first->totals.spend.at(0).minorUnits(), 56 * 1250);

    auto last = customers().orderHistory(ada, 3);
    ASSERT_TRUE(last);
    ASSERT_EQ(last->orders.size(), 7);
    EXPECT_EQ(last->orders.at(6).number, numbers.at(56));
    EXPECT_EQ(last->totals.orders, 57);

    auto beyond = customers().orderHistory(ada, 4);
    ASSERT_FALSE(beyond);
    EXPECT_EQ(beyond.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(beyond.error().field, u"page"_s);
    EXPECT_FALSE(customers().orderHistory(ada, 0));
    auto badSize = customers().orderHistory(ada, 1, 0);
    ASSERT_FALSE(badSize);
    EXPECT_EQ(badSize.error().field, u"pageSize"_s);
    auto unknown = customers().orderHistory(u"00000000-0000-7000-8000-00000000dead"_s, 1);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    auto totals = customers().orderTotals(ada);
    ASSERT_TRUE(totals);
    EXPECT_EQ(totals->orders, 57);
}

} // namespace
