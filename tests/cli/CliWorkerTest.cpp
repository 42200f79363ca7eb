// `worker --once`: unpaid reservations past their hold are cancelled as "expired" and release their stock.

#include "CliFixture.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliWorker : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-A"_s, u"29.99"_s, 10));
    }

    const QHash<QString, QString> m_noHold{{u"SHIPSHAPE_RESERVATION_HOLD_MINUTES"_s, u"0"_s}};
};

TEST_F(CliWorker, OnceExpiresDueReservationsOnly)
{
    const qint64 due = placeOrder(placeRequest(u"SKU-A"_s, 3), m_noHold);
    const qint64 paid = placeOrder(placeRequest(u"SKU-A"_s, 2, u"29.99"_s, u"paid@example.com"_s), m_noHold);
    const qint64 held
            = placeOrder(placeRequest(u"SKU-A"_s, 1, u"29.99"_s, u"held@example.com"_s)); // default 15 min hold
    ASSERT_GT(due, 0);
    ASSERT_GT(paid, 0);
    ASSERT_GT(held, 0);
    EXPECT_FALSE(order(due).value(u"reservationExpiresAt"_s).isNull());
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(paid)}).exitCode, ExitOk);
    EXPECT_EQ(product(u"SKU-A"_s).value(u"reserved"_s).toInteger(-1), 6);

    const CliResult worker = cli.run({u"--json"_s, u"worker"_s, u"--once"_s});
    ASSERT_EQ(worker.exitCode, ExitOk) << worker;
    EXPECT_EQ(worker.jsonObject().value(u"expiredReservations"_s).toInteger(-1), 1) << worker;

    const QJsonObject expired = order(due);
    EXPECT_EQ(expired.value(u"status"_s).toString(), u"cancelled"_s);
    EXPECT_EQ(expired.value(u"cancelReason"_s).toString(), u"expired"_s);
    EXPECT_TRUE(expired.value(u"reservationExpiresAt"_s).isNull());
    const QJsonArray timeline = expired.value(u"timeline"_s).toArray();
    ASSERT_EQ(timeline.size(), 2);
    EXPECT_EQ(timeline.at(1).toObject().value(u"from"_s).toString(), u"pending"_s);
    EXPECT_EQ(timeline.at(1).toObject().value(u"to"_s).toString(), u"cancelled"_s);

    EXPECT_EQ(order(paid).value(u"status"_s).toString(), u"confirmed"_s) << "a paid order is never expired";
    EXPECT_EQ(order(held).value(u"status"_s).toString(), u"pending"_s) << "a reservation still on hold stays";

    const QJsonObject stock = product(u"SKU-A"_s);
    EXPECT_EQ(stock.value(u"reserved"_s).toInteger(-1), 3) << "the expired order's 3 are released";
    EXPECT_EQ(stock.value(u"onHand"_s).toInteger(-1), 10);

    // Nothing more to do on a second run.
    const CliResult again = cli.run({u"worker"_s, u"--once"_s});
    ASSERT_EQ(again.exitCode, ExitOk) << again;
    EXPECT_EQ(order(due).value(u"timeline"_s).toArray().size(), 2);
    EXPECT_EQ(product(u"SKU-A"_s).value(u"reserved"_s).toInteger(-1), 3);
}

TEST_F(CliWorker, OnceOnEmptyDatabase)
{
    const CliResult worker = cli.run({u"worker"_s, u"--once"_s});
    EXPECT_EQ(worker.exitCode, ExitOk) << worker;
    const CliResult badInterval = cli.run({u"worker"_s, u"--once"_s, u"--interval"_s, u"0"_s});
    EXPECT_EQ(badInterval.exitCode, ExitInvalid) << badInterval;
}

} // namespace
} // namespace shipshape::clitest
