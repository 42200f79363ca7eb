// Background work that many desktops run at once claims rows with FOR UPDATE SKIP LOCKED.

#include "PgFixture.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class SharedWorkTest : public PgTest {};

TEST_F(SharedWorkTest, ExpiryPassesOverOrdersAnotherClientHoldsInsteadOfWaiting)
{
    addProduct(admin(), u"EXP-1"_s, u"1.00"_s, 10);
    auto first = admin().orders().place(placeRequest({{u"EXP-1"_s, 1}}));
    auto second = admin().orders().place(placeRequest({{u"EXP-1"_s, 2}}));
    ASSERT_TRUE(first && second);
    clock().advance(qint64(admin().orders().settings().reservationHoldMinutes + 1) * 60 * 1000);

    // Another desktop is in the middle of changing the first order.
    auto holderSession = openAs(u"postgres"_s);
    ASSERT_TRUE(holderSession);
    QSqlQuery hold((*holderSession)->database().connection());
    ASSERT_TRUE(hold.exec(u"BEGIN"_s));
    ASSERT_TRUE(hold.exec(u"SELECT number FROM orders WHERE number = %1 FOR UPDATE"_s.arg(first->number)));

    auto expired = admin().orders().expireReservations(); // must not block on the held row
    ASSERT_TRUE(expired) << describe(expired.error());
    EXPECT_EQ(*expired, 1);
    EXPECT_EQ(admin().orders().find(QString::number(second->number))->status, OrderStatus::Cancelled);
    EXPECT_EQ(admin().orders().find(QString::number(first->number))->status, OrderStatus::Pending);

    ASSERT_TRUE(hold.exec(u"ROLLBACK"_s));
    auto rest = admin().orders().expireReservations();
    ASSERT_TRUE(rest);
    EXPECT_EQ(*rest, 1);
    EXPECT_EQ(product(admin(), u"EXP-1"_s).reserved, 0);
    EXPECT_TRUE(conservationViolations(admin().database()).isEmpty());
}

TEST_F(SharedWorkTest, SqlDialectDetailsWorkOnPostgres)
{
    // LIKE … ESCAPE '\' with standard_conforming_strings, the lower(email) unique index, partial indexes.
    addProduct(admin(), u"ESC_1"_s, u"1.00"_s, 5);
    addProduct(admin(), u"ESCX1"_s, u"1.00"_s, 5);
    auto found = admin().inventory().products(ProductFilter{u"ESC_"_s, false}, 10, 0);
    ASSERT_TRUE(found) << describe(found.error());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().sku, u"ESC_1"_s);
    ASSERT_TRUE(admin().orders().place(placeRequest({{u"ESC_1"_s, 1}}, u"Case@Example.com"_s)));
    ASSERT_TRUE(admin().orders().place(placeRequest({{u"ESC_1"_s, 1}}, u"case@example.COM"_s)));
    EXPECT_EQ(scalar(admin().database(), u"SELECT COUNT(*) FROM customers"_s), 1);
    OrderFilter filter;
    filter.search = u"case@"_s;
    auto listed = admin().orders().list(filter, OrderSort{}, 10, 0);
    ASSERT_TRUE(listed) << describe(listed.error());
    EXPECT_EQ(listed->size(), 2);
}

} // namespace
