#include "FakeStripe.h"

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

} // namespace
} // namespace shipshape
