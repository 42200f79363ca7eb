// The worker round: one call expires unpaid reservations, reconciles card payments with (a fake) Stripe and
// sends the due customer emails through SendGrid's wire format; the desktop app's BackgroundJobs runs the
// same round.
#include "Await.h"
#include "FakeStripe.h"
#include "Helpers.h"
#include "TestSecrets.h"

#include "net/HttpClient.h"
#include "notification/SendGridSender.h"
#include "payment/StripeGateway.h"
#include "session/BackgroundJobs.h"
#include "session/WorkerRound.h"

#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::FakeStripe;
using test::ScriptedHttpServer;

constexpr int kWaitMs = 10'000;

class WorkerRoundTest : public ::testing::Test {
protected:
    WorkerRoundTest() : stripe(stripeServer), sender(http, db.clock(), mailSettings(sendGrid), u"SG.test-key"_s)
    {
        StripeSettings settings;
        settings.apiBase = stripeServer.baseUrl();
        settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
        settings.timeout = std::chrono::milliseconds(2000);
        settings.retry = RetryPolicy{std::chrono::milliseconds(5), std::chrono::milliseconds(20), 0.5, 3};
        db.session().setPaymentGateway(std::make_unique<StripeGateway>(&db.session().network(), settings, 3u));
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
        sendGrid.setFallback(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "sg-1"}}));
    }

    static MailSettings mailSettings(const ScriptedHttpServer &server)
    {
        MailSettings mail;
        mail.apiBase = server.baseUrl();
        mail.fromAddress = u"orders@shop.test"_s;
        mail.timeout = std::chrono::milliseconds(2000);
        return mail;
    }

    WorkerRound::Settings roundSettings() const
    {
        WorkerRound::Settings settings;
        settings.paymentGrace = std::chrono::milliseconds(0);
        settings.outbox.jitterSeed = 7;
        return settings;
    }

    // Runs one round to its end; the report, or nullopt (and a test failure) if it failed.
    std::optional<WorkerRoundReport> runRound(WorkerRound &round)
    {
        QSignalSpy finished(&round, &WorkerRound::finished);
        QSignalSpy failed(&round, &WorkerRound::failed);
        EXPECT_TRUE(round.run());
        if (finished.isEmpty() && failed.isEmpty()) {
            EXPECT_TRUE(finished.wait(kWaitMs)) << "the round did not end";
        }
        if (!failed.isEmpty()) {
            ADD_FAILURE() << "round failed: " << failed.constFirst().constFirst().value<Error>().message.toStdString();
            return std::nullopt;
        }
        if (finished.isEmpty())
            return std::nullopt;
        return finished.constFirst().constFirst().value<WorkerRoundReport>();
    }

    QList<OutboxEntry> outbox()
    {
        auto entries = db.session().notifications().list(std::nullopt);
        EXPECT_TRUE(entries.has_value());
        return entries.value_or(QList<OutboxEntry>{});
    }

    test::TestDatabase db;
    ScriptedHttpServer stripeServer;
    FakeStripe stripe;
    ScriptedHttpServer sendGrid;
    HttpClient http{&db.session().network()};
    SendGridSender sender;
};

TEST_F(WorkerRoundTest, OneRoundExpiresReconcilesAndSends)
{
    // An unpaid invoice order whose hold will run out...
    auto unpaid = test::await(db.session().payments().placeOrder(test::placeRequest({{u"MUG-1"_s, 3}})));
    ASSERT_TRUE(unpaid) << unpaid.error().message.toStdString();
    // ...and a card payment Stripe is still processing: only asking Stripe again settles it.
    PlaceOrderRequest card = test::placeRequest({{u"MUG-1"_s, 2}}, u"grace@example.com"_s, u"Grace Hopper"_s);
    card.paymentMethod = PaymentMethodType::Card;
    card.paymentToken = u"pm_card_processing"_s;
    auto processing = test::await(db.session().payments().placeOrder(card));
    ASSERT_TRUE(processing) << processing.error().message.toStdString();
    ASSERT_EQ(processing->status, OrderStatus::Pending);
    db.clock().advance(16 * 60'000);

    WorkerRound round(db.session(), sender, roundSettings());
    QSignalSpy settled(&round, &WorkerRound::ordersSettled);
    const auto report = runRound(round);
    ASSERT_TRUE(report);

    EXPECT_EQ(report->expiredReservations, 1);
    EXPECT_EQ(report->reconciledPayments, 1);
    ASSERT_EQ(settled.size(), 1);
    EXPECT_EQ(settled.constFirst().at(0).toInt(), 1);
    EXPECT_EQ(settled.constFirst().at(1).toInt(), 1);

    auto expired = db.session().orders().find(QString::number(unpaid->number));
    ASSERT_TRUE(expired);
    EXPECT_EQ(expired->status, OrderStatus::Cancelled);
    EXPECT_EQ(expired->cancelReason, CancelReason::Expired);
    auto confirmed = db.session().orders().find(QString::number(processing->number));
    ASSERT_TRUE(confirmed);
    EXPECT_EQ(confirmed->status, OrderStatus::Confirmed);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 2) << "the expired order's 3 are released";

    // Every email of the round went out, including those the round's own changes queued
    // (placed ×2, cancelled for the expired order, confirmed for the paid one).
    const QList<OutboxEntry> entries = outbox();
    EXPECT_EQ(entries.size(), 4);
    for (const OutboxEntry &entry : entries)
        EXPECT_EQ(entry.status, OutboxStatus::Sent) << entry.id;
    EXPECT_EQ(report->emailsSent, 4);
    EXPECT_EQ(sendGrid.requests().size(), 4);
    EXPECT_EQ(report->emailsRetrying, 0);
    EXPECT_EQ(report->emailsFailed, 0);
    EXPECT_EQ(report->emailsWaiting, 0);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());

    // Nothing is left for the next round.
    const auto again = runRound(round);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->expiredReservations, 0);
    EXPECT_EQ(again->reconciledPayments, 0);
    EXPECT_EQ(again->emailsSent, 0);
    EXPECT_EQ(sendGrid.requests().size(), 4);
}

TEST_F(WorkerRoundTest, WithoutAProviderTheOrderWorkIsDoneAndTheEmailsWait)
{
    auto unpaid = test::await(db.session().payments().placeOrder(test::placeRequest({{u"MUG-1"_s, 1}})));
    ASSERT_TRUE(unpaid) << unpaid.error().message.toStdString();
    db.clock().advance(16 * 60'000);

    SendGridSender keyless(http, db.clock(), mailSettings(sendGrid), QString());
    WorkerRound round(db.session(), keyless, roundSettings());
    const auto report = runRound(round);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->expiredReservations, 1);
    EXPECT_EQ(report->emailsSent, 0);
    EXPECT_EQ(report->emailsWaiting, 2); // placed, cancelled
    EXPECT_EQ(report->emailsWaitingReason, SendGridSender::noProviderReason());
    EXPECT_TRUE(sendGrid.requests().isEmpty());
}

TEST_F(WorkerRoundTest, ARoundThatIsStillSendingIsNotStartedTwice)
{
    ASSERT_TRUE(test::await(db.session().payments().placeOrder(test::placeRequest({{u"MUG-1"_s, 1}}))));
    sendGrid.enqueue(ScriptedHttpServer::Reply::hang()); // the first email waits for its timeout
    WorkerRound round(db.session(), sender, roundSettings());
    QSignalSpy finished(&round, &WorkerRound::finished);
    ASSERT_TRUE(round.run());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sendGrid.requests().isEmpty(); }, kWaitMs));
    EXPECT_TRUE(round.isRunning());
    EXPECT_FALSE(round.run()) << "a second round started while the first was sending";
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.constFirst().constFirst().value<WorkerRoundReport>().emailsRetrying, 1);
    EXPECT_FALSE(round.isRunning());
}

// The desktop app's background thread runs the same round, with SendGrid configured the way a headless
// machine configures it (environment), on its own connection and the system clock.
TEST(BackgroundJobsTest, RunsTheWorkerRoundAndReportsItsParts)
{
    test::TestDatabase db;
    ScriptedHttpServer sendGrid;
    sendGrid.setFallback(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "sg-2"}}));
    {
        // An order whose hold is already over by the system clock.
        SessionOptions options;
        options.reservationHoldMinutes = 0;
        auto desk = Session::open(db.url(), options);
        ASSERT_TRUE(desk) << desk.error().message.toStdString();
        test::addProduct(**desk, u"MUG-1"_s, u"12.50"_s, 10);
        ASSERT_TRUE((*desk)->orders().place(test::placeRequest({{u"MUG-1"_s, 2}})));
    }

    const QByteArray oldKey = qgetenv("SHIPSHAPE_SENDGRID_API_KEY");
    const QByteArray oldBase = qgetenv("SHIPSHAPE_SENDGRID_API_BASE");
    qputenv("SHIPSHAPE_SENDGRID_API_KEY", "SG.from-environment");
    qputenv("SHIPSHAPE_SENDGRID_API_BASE", sendGrid.baseUrl().toString().toUtf8());
    const auto restore = qScopeGuard([&] {
        oldKey.isNull() ? qunsetenv("SHIPSHAPE_SENDGRID_API_KEY") : qputenv("SHIPSHAPE_SENDGRID_API_KEY", oldKey);
        oldBase.isNull() ? qunsetenv("SHIPSHAPE_SENDGRID_API_BASE") : qputenv("SHIPSHAPE_SENDGRID_API_BASE", oldBase);
    });

    // The app reads the secrets at its start (here: the environment) and hands them to the jobs' session.
    SessionOptions options;
    options.secrets = test::loadSecrets(db.url());
    BackgroundJobs jobs(db.url(), options, std::chrono::hours(1));
    QSignalSpy settled(&jobs, &BackgroundJobs::roundFinished);
    QSignalSpy emails(&jobs, &BackgroundJobs::emailRoundFinished);
    QSignalSpy failed(&jobs, &BackgroundJobs::failed);
    jobs.start();
    ASSERT_TRUE(emails.wait(kWaitMs)) << (failed.isEmpty() ? "no email round"
                                                           : qPrintable(failed.constFirst().constFirst().toString()));
    jobs.stop();
    EXPECT_TRUE(failed.isEmpty());
    ASSERT_EQ(settled.size(), 1);
    EXPECT_EQ(settled.constFirst().at(0).toInt(), 1) << "the expired order";
    EXPECT_EQ(settled.constFirst().at(1).toInt(), 0);
    EXPECT_EQ(emails.constFirst().at(0).toInt(), 2) << "placed and cancelled";
    ASSERT_EQ(sendGrid.requests().size(), 2);
    EXPECT_EQ(sendGrid.requests().constFirst().header("Authorization"), QByteArray("Bearer SG.from-environment"));
    auto order = db.session().orders().find(u"1001"_s);
    ASSERT_TRUE(order);
    EXPECT_EQ(order->status, OrderStatus::Cancelled);
}

// The app's background jobs start while the database cannot be opened (a server that does not answer yet,
// here a folder that is not there yet): they say so once and open it at a later round, instead of stopping
// for the rest of the run. The rounds are called by hand: each stands for one tick of the interval timer.
TEST(BackgroundJobsTest, KeepTryingToOpenTheDatabaseAndSayItOnce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(u"later"_s);
    const DatabaseUrl url = DatabaseUrl::sqliteFile(folder + u"/shop.sqlite"_s);
    BackgroundJobs jobs(url, {}, std::chrono::hours(1));
    QSignalSpy settled(&jobs, &BackgroundJobs::roundFinished);
    QSignalSpy failed(&jobs, &BackgroundJobs::failed);
    jobs.start();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.constFirst().constFirst().toString().contains(u"does not exist"_s))
            << failed.constFirst().constFirst().toString().toStdString();
    jobs.runRound();
    jobs.runRound();
    EXPECT_EQ(failed.size(), 1) << "said once, not at every round";
    EXPECT_TRUE(settled.isEmpty());

    ASSERT_TRUE(QDir().mkpath(folder));
    {
        auto desk = Session::open(url);
        ASSERT_TRUE(desk) << desk.error().message.toStdString();
    }
    jobs.runRound();
    ASSERT_TRUE(settled.size() == 1 || settled.wait(kWaitMs)) << "no round once the database opened";
    jobs.stop();
    EXPECT_EQ(failed.size(), 1);
}

} // namespace
} // namespace shipshape
