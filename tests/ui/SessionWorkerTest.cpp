// A session's jobs run strictly one after another, even when a job waits for the network: nothing spins
// a nested event loop on the worker thread, and a job that returns a future holds the queue until it
// has finished.
#include "background/SessionWorker.h"
#include "FakeStripe.h"
#include "Helpers.h"
#include "payment/StripeGateway.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTest>

#include <gtest/gtest.h>

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kWaitMs = 15000;
constexpr qint64 kAnswerDelayMs = 300;

// What happened on the worker thread, with times from one monotonic clock shared by both threads.
class EventLog {
public:
    EventLog() { m_clock.start(); }

    void note(const QString &what)
    {
        const QMutexLocker lock(&m_mutex);
        m_events.append({what, m_clock.nsecsElapsed()});
    }
    QStringList order() const
    {
        const QMutexLocker lock(&m_mutex);
        QStringList names;
        for (const auto &[what, at] : m_events)
            names << what;
        return names;
    }
    qint64 at(const QString &what) const
    {
        const QMutexLocker lock(&m_mutex);
        for (const auto &[name, at] : m_events) {
            if (name == what)
                return at;
        }
        return -1;
    }

private:
    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    QList<QPair<QString, qint64>> m_events;
};

class SessionWorkerTest : public ::testing::Test {
protected:
    SessionWorkerTest() : stripe(server)
    {
        settings.apiBase = server.baseUrl();
        settings.secretKey = QString::fromLatin1(test::FakeStripe::kSecretKey);
        settings.timeout = std::chrono::milliseconds(5000);
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
    }

    PlaceOrderRequest cardOrder() const
    {
        PlaceOrderRequest request = test::placeRequest({{u"MUG-1"_s, 1}});
        request.paymentMethod = PaymentMethodType::Card;
        request.paymentToken = u"pm_card_visa"_s;
        return request;
    }

    test::ScriptedHttpServer server;
    test::FakeStripe stripe;
    StripeSettings settings;
    test::TestDatabase db;
};

TEST_F(SessionWorkerTest, ASecondJobNeverStartsWhileTheFirstWaitsForStripe)
{
    // Stripe answers late: the first job spends that time waiting for the network, with the worker
    // thread's event loop free. The second job is queued meanwhile and must wait for its turn.
    server.setAnswerDelay(std::chrono::milliseconds(kAnswerDelayMs));
    SessionWorker worker(db.url());
    EventLog log;
    QObject context;
    std::optional<Result<Order>> charged;
    std::optional<Result<qint64>> second;

    worker.run(
            [this, &log](Session &session) {
                session.setPaymentGateway(std::make_unique<StripeGateway>(&session.network(), settings, 3u));
                log.note(u"first started"_s);
                return andThen(session.payments().placeOrder(cardOrder()), [&log](Result<Order> order) {
                    log.note(u"first finished"_s);
                    return order;
                });
            },
            &context, [&charged](const Result<Order> &order) { charged = order; });
    worker.run(
            [&log](Session &session) -> Result<qint64> {
                log.note(u"second started"_s);
                // It sees what the first job committed: the order is confirmed already.
                auto order = session.orders().find(u"1001"_s);
                log.note(u"second finished"_s);
                if (!order)
                    return fail(order.error());
                return order->status == OrderStatus::Confirmed ? order->number : 0;
            },
            &context, [&second](const Result<qint64> &number) { second = number; });
    EXPECT_EQ(worker.pendingJobs(), 2);

    ASSERT_TRUE(QTest::qWaitFor([&] { return charged.has_value() && second.has_value(); }, kWaitMs));
    ASSERT_TRUE(*charged) << charged->error().message.toStdString();
    EXPECT_EQ((*charged)->status, OrderStatus::Confirmed);
    ASSERT_TRUE(*second) << second->error().message.toStdString();
    EXPECT_EQ(**second, 1001) << "the second job ran after the first had recorded Stripe's answer";
    EXPECT_EQ(log.order(),
            (QStringList{u"first started"_s, u"first finished"_s, u"second started"_s, u"second finished"_s}));
    // The first job really waited for the network (the late answer), and the second began only after.
    EXPECT_GE(log.at(u"first finished"_s) - log.at(u"first started"_s), kAnswerDelayMs * 1'000'000);
    EXPECT_GE(log.at(u"second started"_s), log.at(u"first finished"_s));
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_EQ(stripe.intentsCreated(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, kWaitMs));
}

TEST_F(SessionWorkerTest, TwoRefundsOfOneOrderRunOneAfterTheOther)
{
    SessionWorker worker(db.url());
    EventLog log;
    QObject context;
    std::optional<Result<Order>> placed;
    worker.run(
            [this](Session &session) {
                session.setPaymentGateway(std::make_unique<StripeGateway>(&session.network(), settings, 3u));
                return session.payments().placeOrder(cardOrder());
            },
            &context, [&placed](const Result<Order> &order) { placed = order; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return placed.has_value(); }, kWaitMs));
    ASSERT_TRUE(*placed) << placed->error().message.toStdString();

    // Two clicks on "Refund 5.00": each refund's attempt row, request and answer complete before the
    // next refund computes what is still refundable.
    server.setAnswerDelay(std::chrono::milliseconds(kAnswerDelayMs));
    QList<Result<Order>> refunds;
    for (const QString &name : {u"first"_s, u"second"_s}) {
        worker.run(
                [&log, name, usd = (*placed)->total.currency()](Session &session) {
                    log.note(name + u" started"_s);
                    return andThen(session.payments().refund(u"1001"_s, Money(500, usd), u"requested_by_customer"_s),
                            [&log, name](Result<Order> order) {
                                log.note(name + u" finished"_s);
                                return order;
                            });
                },
                &context, [&refunds](const Result<Order> &order) { refunds << order; });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return refunds.size() == 2; }, kWaitMs));
    ASSERT_TRUE(refunds.at(0)) << refunds.at(0).error().message.toStdString();
    ASSERT_TRUE(refunds.at(1)) << refunds.at(1).error().message.toStdString();
    EXPECT_EQ(log.order(),
            (QStringList{u"first started"_s, u"first finished"_s, u"second started"_s, u"second finished"_s}));
    EXPECT_EQ(refunds.at(1)->refunded.minorUnits(), 1000);
    EXPECT_EQ(stripe.refundsCreated(), 2);
    EXPECT_EQ(stripe.refundedAmount(), 1000);
}

TEST_F(SessionWorkerTest, JobsQueuedAfterASwitchOfDatabaseRunOnTheOtherOneInTurn)
{
    // Offline mode's switch: the jobs queued before it finish on the first database, the ones after run on
    // the second (here read-only, as a replica is), and switching back brings the first one back.
    test::TestDatabase replica;
    test::addProduct(replica.session(), u"CAP-1"_s, u"8.00"_s, 3);
    test::addProduct(replica.session(), u"TEE-1"_s, u"20.00"_s, 3);
    SessionWorker worker(db.url());
    QObject context;
    QList<qint64> products;
    std::optional<Status> write;
    const auto countProducts = [](Session &session) -> Result<qint64> {
        return test::scalar(session.database(), u"SELECT COUNT(*) FROM products"_s);
    };
    const auto noted = [&products](const Result<qint64> &count) { products << count.value_or(-1); };
    worker.run(countProducts, &context, noted);
    SessionOptions readOnly;
    readOnly.readOnly = true;
    worker.switchDatabase(replica.url(), readOnly);
    EXPECT_EQ(worker.databaseUrl().path(), replica.url().path());
    worker.run(countProducts, &context, noted);
    worker.run([](Session &session) { return session.database().execute(u"DELETE FROM products"_s); }, &context,
            [&write](const Status &status) { write = status; });
    worker.switchDatabase(db.url(), SessionOptions{});
    worker.run(countProducts, &context, noted);
    ASSERT_TRUE(QTest::qWaitFor([&] { return products.size() == 3 && write.has_value(); }, kWaitMs));
    EXPECT_EQ(products, (QList<qint64>{1, 2, 1}));
    EXPECT_FALSE(*write) << "the read-only session wrote";
    EXPECT_EQ(test::scalar(replica.session().database(), u"SELECT COUNT(*) FROM products"_s), 2);
}

} // namespace
} // namespace shipshape
