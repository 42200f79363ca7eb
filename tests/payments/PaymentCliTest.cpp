#include "FakeStripe.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::FakeStripe;

struct CliRun {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;
};

class PaymentCliTest : public ::testing::Test {
protected:
    PaymentCliTest() : stripe(server) {}

    // Runs shipshape-cli while this thread keeps serving the fake Stripe (so no blocking waits).
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}, const QStringList &extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, dir.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        environment.insert(u"SHIPSHAPE_STRIPE_API_BASE"_s, server.baseUrl().toString());
        environment.insert(u"SHIPSHAPE_STRIPE_SECRET_KEY"_s, QString::fromLatin1(FakeStripe::kSecretKey));
        for (const QString &assignment : extraEnvironment)
            environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        process.setProcessEnvironment(environment);
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        process.start(qEnvironmentVariable("SHIPSHAPE_CLI"),
                QStringList{u"--database"_s, u"sqlite:"_s + dir.filePath(u"shop.sqlite"_s)} + arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            ADD_FAILURE() << "shipshape-cli timed out: " << arguments.join(u' ').toStdString();
        }
        return CliRun{process.exitCode(), process.exitStatus(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QJsonObject showOrder(const QString &number)
    {
        const CliRun run = cli({u"--json"_s, u"orders"_s, u"show"_s, number});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out).object();
    }

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("SHIPSHAPE_CLI"));
        const CliRun added = cli({u"products"_s, u"add"_s, u"--sku"_s, u"MUG-1"_s, u"--name"_s, u"Mug"_s, u"--price"_s,
                u"12.50"_s, u"--stock"_s, u"5"_s});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    static QByteArray order(const QString &token)
    {
        return uR"({"customer": {"name": "Ada", "email": "ada@example.com"},
                    "items": [{"productId": "MUG-1", "quantity": 2, "price": "12.50"}],
                    "shippingAddress": {"street": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701"},
                    "paymentMethod": {"type": "card", "token": "%1"}})"_s.arg(token)
                .toUtf8();
    }

    QTemporaryDir dir;
    test::ScriptedHttpServer server;
    FakeStripe stripe;
};

TEST_F(PaymentCliTest, CardOrderExitsZeroWhenChargedAndFiveWhenDeclined)
{
    const CliRun paid = cli({u"--json"_s, u"orders"_s, u"place"_s, u"-"_s}, order(u"pm_card_visa"_s));
    ASSERT_EQ(paid.exitCode, 0) << paid.err.toStdString();
    const QJsonObject placed = QJsonDocument::fromJson(paid.out).object();
    EXPECT_EQ(placed.value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(placed.value(u"payments"_s).toArray().size(), 1);

    const CliRun declined
            = cli({u"--json"_s, u"orders"_s, u"place"_s, u"-"_s}, order(u"pm_card_chargeDeclinedExpiredCard"_s));
    EXPECT_EQ(declined.exitCode, 5);
    const QJsonObject error = QJsonDocument::fromJson(declined.err).object().value(u"error"_s).toObject();
    EXPECT_EQ(error.value(u"code"_s).toString(), u"payment_failed"_s);
    EXPECT_TRUE(error.value(u"message"_s).toString().startsWith(u"Card declined: the card has expired"_s));
    // Nothing stays reserved for the declined order.
    const CliRun product = cli({u"--json"_s, u"products"_s, u"show"_s, u"MUG-1"_s});
    EXPECT_EQ(QJsonDocument::fromJson(product.out).object().value(u"reserved"_s).toInt(), 2);
}

TEST_F(PaymentCliTest, CrashBetweenChargeAndConfirmationIsReconciledByTheWorker)
{
    const CliRun crashed = cli(
            {u"orders"_s, u"place"_s, u"-"_s}, order(u"pm_card_visa"_s), {u"SHIPSHAPE_TEST_CRASH_AFTER_PROVIDER=1"_s});
    EXPECT_EQ(crashed.exitCode, 86) << crashed.err.toStdString();
    ASSERT_EQ(stripe.intentsCreated(), 1); // Stripe charged the card...
    QJsonObject stored = showOrder(u"1001"_s);
    EXPECT_EQ(stored.value(u"status"_s).toString(), u"pending"_s); // ...but Shipshape never heard
    EXPECT_EQ(
            stored.value(u"paymentAttempts"_s).toArray().at(0).toObject().value(u"status"_s).toString(), u"started"_s);

    const CliRun worker = cli({u"--json"_s, u"worker"_s, u"--once"_s, u"--payment-grace"_s, u"0"_s});
    ASSERT_EQ(worker.exitCode, 0) << worker.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(worker.out).object().value(u"reconciledPayments"_s).toInt(), 1);
    stored = showOrder(u"1001"_s);
    EXPECT_EQ(stored.value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(stored.value(u"paid"_s).toString(), u"25.00"_s);
    EXPECT_EQ(stripe.intentsCreated(), 1); // the replay did not charge again
    EXPECT_EQ(stripe.capturedAmount(), 2500);
}

TEST_F(PaymentCliTest, RefundAndCancelWithoutRefundFromTheCommandLine)
{
    ASSERT_EQ(cli({u"orders"_s, u"place"_s, u"-"_s}, order(u"pm_card_visa"_s)).exitCode, 0);
    const CliRun refund = cli({u"--json"_s, u"orders"_s, u"refund"_s, u"1001"_s, u"--amount"_s, u"5.00"_s,
            u"--reason"_s, u"requested_by_customer"_s});
    ASSERT_EQ(refund.exitCode, 0) << refund.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(refund.out).object().value(u"refunded"_s).toString(), u"5.00"_s);
    const CliRun tooMuch = cli({u"orders"_s, u"refund"_s, u"1001"_s, u"--amount"_s, u"20.01"_s});
    EXPECT_EQ(tooMuch.exitCode, 4);
    const CliRun badAmount = cli({u"orders"_s, u"refund"_s, u"1001"_s, u"--amount"_s, u"1.001"_s});
    EXPECT_EQ(badAmount.exitCode, 3);
    const CliRun cancel
            = cli({u"--json"_s, u"orders"_s, u"cancel"_s, u"1001"_s, u"--reason"_s, u"fraud"_s, u"--no-refund"_s});
    ASSERT_EQ(cancel.exitCode, 0) << cancel.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(cancel.out).object().value(u"refunded"_s).toString(), u"5.00"_s);
    EXPECT_EQ(stripe.refundedAmount(), 500);
}

TEST_F(PaymentCliTest, ACardOrderIsRefundedThroughStripeAndCancellingItSaysWhatHappensToTheMoney)
{
    ASSERT_EQ(cli({u"orders"_s, u"place"_s, u"-"_s}, order(u"pm_card_visa"_s)).exitCode, 0);
    // Stripe gives card money back: a method or reference of a refund made by hand is a usage error.
    const CliRun byHand = cli({u"orders"_s, u"refund"_s, u"1001"_s, u"--method"_s, u"cash"_s});
    EXPECT_EQ(byHand.exitCode, 2) << byHand.err.toStdString();
    EXPECT_TRUE(byHand.err.contains("--method")) << byHand.err.toStdString();
    const CliRun recorded = cli({u"--json"_s, u"orders"_s, u"cancel"_s, u"1001"_s, u"--reason"_s, u"customer"_s,
            u"--money"_s, u"record"_s, u"--method"_s, u"cash"_s});
    EXPECT_EQ(recorded.exitCode, 4) << recorded.err.toStdString();
    EXPECT_EQ(
            QJsonDocument::fromJson(recorded.err).object().value(u"error"_s).toObject().value(u"message"_s).toString(),
            u"Order 1001 was paid by card: refund it through the card provider."_s);

    // A paid order is not cancelled until the person says what happens to its money.
    const CliRun unsaid = cli({u"orders"_s, u"cancel"_s, u"1001"_s, u"--reason"_s, u"customer"_s});
    EXPECT_EQ(unsaid.exitCode, 2) << unsaid.err.toStdString();
    EXPECT_TRUE(unsaid.err.startsWith("error: Order 1001 holds USD 25.00 paid by card: say what happens to it with "
                                      "--money refund|credit|later.\n"))
            << unsaid.err.toStdString();
    EXPECT_EQ(showOrder(u"1001"_s).value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(stripe.refundsCreated(), 0);

    const CliRun cancelled = cli({u"--json"_s, u"orders"_s, u"cancel"_s, u"1001"_s, u"--reason"_s, u"customer"_s,
            u"--money"_s, u"refund"_s});
    ASSERT_EQ(cancelled.exitCode, 0) << cancelled.err.toStdString();
    const QJsonObject after = QJsonDocument::fromJson(cancelled.out).object();
    EXPECT_EQ(after.value(u"status"_s).toString(), u"cancelled"_s);
    EXPECT_EQ(after.value(u"refunded"_s).toString(), u"25.00"_s);
    EXPECT_EQ(stripe.refundedAmount(), 2500);

    // Nothing is left: refused in OrderPolicy's words before Stripe is asked.
    const CliRun again = cli({u"--json"_s, u"orders"_s, u"refund"_s, u"1001"_s});
    EXPECT_EQ(again.exitCode, 4) << again.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(again.err).object().value(u"error"_s).toObject().value(u"message"_s).toString(),
            u"Order 1001 has nothing left to refund (refunds in progress count)."_s);
    EXPECT_EQ(stripe.refundsCreated(), 1);
}

TEST_F(PaymentCliTest, APaymentLinkExitsFiveWhenStripeRefusesSixWhenItDoesNotAnswerAndZeroWhenSent)
{
    const QStringList links{u"SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL=https://shop.example/thanks"_s};
    QByteArray request = order(QString());
    request.replace(R"("token": "")", R"("paymentLink": true)");
    // Stripe refuses the link the order is placed with: the order waits for one (exit 5 all the same).
    stripe.injectFaults({FakeStripe::Fault::InvalidRequestBefore});
    const CliRun placed = cli({u"orders"_s, u"place"_s, u"-"_s}, request, links);
    ASSERT_EQ(placed.exitCode, 5) << placed.err.toStdString();
    ASSERT_EQ(showOrder(u"1001"_s).value(u"status"_s).toString(), u"pending"_s);

    stripe.injectFaults({FakeStripe::Fault::InvalidRequestBefore});
    const CliRun refused = cli({u"orders"_s, u"payment-link"_s, u"1001"_s}, {}, links);
    EXPECT_EQ(refused.exitCode, 5) << refused.err.toStdString();

    // No answer at all (every retry dropped): exit 6, and the link waits for the worker.
    stripe.injectFaults(QList<FakeStripe::Fault>(5, FakeStripe::Fault::DropBeforeProcessing));
    const CliRun unanswered = cli({u"orders"_s, u"payment-link"_s, u"1001"_s}, {}, links);
    EXPECT_EQ(unanswered.exitCode, 6) << unanswered.err.toStdString();
    const CliRun pending = cli({u"--json"_s, u"orders"_s, u"payment-link"_s, u"1001"_s}, {}, links);
    EXPECT_EQ(pending.exitCode, 4) << "a link that may still be paid is not sent twice: " << pending.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(pending.err).object().value(u"error"_s).toObject().value(u"message"_s).toString(),
            u"Order 1001 already has a payment link that can be paid."_s);
    EXPECT_EQ(stripe.sessionsCreated(), 0);

    // The worker sends the same request again, which Stripe now answers.
    ASSERT_EQ(cli({u"worker"_s, u"--once"_s, u"--payment-grace"_s, u"0"_s}, {}, links).exitCode, 0);
    ASSERT_EQ(stripe.sessionsCreated(), 1);
    const QJsonArray shown = showOrder(u"1001"_s).value(u"paymentLinks"_s).toArray();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_EQ(shown.last().toObject().value(u"status"_s).toString(), u"open"_s);
    const CliRun text = cli({u"orders"_s, u"show"_s, u"1001"_s}, {}, links);
    EXPECT_TRUE(text.out.contains(shown.last().toObject().value(u"url"_s).toString().toUtf8()))
            << text.out.toStdString();
}

TEST_F(PaymentCliTest, APaymentLinkIsSentForACardOrderWithABalanceDue)
{
    const QStringList links{u"SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL=https://shop.example/thanks"_s};
    QByteArray request = order(QString());
    request.replace(R"("token": "")", R"("paymentLink": true)");
    stripe.injectFaults({FakeStripe::Fault::InvalidRequestBefore});
    ASSERT_EQ(cli({u"orders"_s, u"place"_s, u"-"_s}, request, links).exitCode, 5);

    const CliRun sent = cli({u"orders"_s, u"payment-link"_s, u"1001"_s}, {}, links);
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_EQ(stripe.sessionsCreated(), 1);
    const QString out = QString::fromUtf8(sent.out);
    EXPECT_TRUE(out.startsWith(u"Payment link for USD 25.00 sent to ada@example.com, expires "_s)) << out.toStdString();
    const QJsonObject link = showOrder(u"1001"_s).value(u"paymentLinks"_s).toArray().last().toObject();
    EXPECT_TRUE(out.contains(link.value(u"url"_s).toString())) << out.toStdString();
}

TEST_F(PaymentCliTest, KpisNameDeclineReasonsInWordsWithTheirCode)
{
    ASSERT_EQ(cli({u"orders"_s, u"place"_s, u"-"_s}, order(u"pm_card_chargeDeclinedInsufficientFunds"_s)).exitCode, 5);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    const CliRun json = cli({u"--json"_s, u"report"_s, u"kpis"_s, u"--from"_s, today, u"--to"_s, tomorrow});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray declines = QJsonDocument::fromJson(json.out)
                                        .object()
                                        .value(u"current"_s)
                                        .toObject()
                                        .value(u"topDeclineReasons"_s)
                                        .toArray();
    ASSERT_EQ(declines.size(), 1) << json.out.toStdString();
    EXPECT_EQ(declines.at(0).toObject().value(u"code"_s).toString(), u"insufficient_funds"_s);
    EXPECT_EQ(declines.at(0).toObject().value(u"label"_s).toString(), u"Insufficient funds"_s);
    EXPECT_EQ(declines.at(0).toObject().value(u"count"_s).toInt(), 1);

    const CliRun table = cli({u"report"_s, u"kpis"_s, u"--from"_s, today, u"--to"_s, tomorrow});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains("  Insufficient funds (insufficient_funds)  1\n")) << table.out.toStdString();
}

} // namespace
} // namespace shipshape
