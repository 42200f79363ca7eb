// Money staff settle from the command line on invoice, bank-transfer and cash orders: refunds made outside
// Shipshape, cancelling a paid order (what happens to the money), credit; and what an order refuses, in
// OrderPolicy's words, before any service is asked. Card orders (Stripe) are in tests/payments/PaymentCliTest.

#include "CliFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliMoney : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-A"_s, u"12.50"_s, 10));
    }

    // An invoice order of 2 × 12.50, paid with a reference: 25.00 held.
    qint64 paidOrder()
    {
        const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 2, u"12.50"_s));
        const CliResult paid
                = cli.run({u"orders"_s, u"mark-paid"_s, QString::number(number), u"--reference"_s, u"INV-7"_s});
        EXPECT_EQ(paid.exitCode, ExitOk) << paid;
        return number;
    }

    CliResult json(const QStringList &arguments) { return cli.run(QStringList{u"--json"_s} + arguments); }

    // The one line a usage error prints before its hint.
    static QString firstLine(const CliResult &result) { return result.errText().section(u'\n', 0, 0); }
};

TEST_F(CliMoney, AManualRefundNeedsItsMethodAndLandsOnTheLedger)
{
    const qint64 number = paidOrder();
    const QString order = QString::number(number);

    // How the money went back is not optional for an invoice order: a usage error naming --method.
    const CliResult noMethod = cli.run({u"orders"_s, u"refund"_s, order, u"--amount"_s, u"10.00"_s});
    EXPECT_EQ(noMethod.exitCode, ExitUsage) << noMethod;
    EXPECT_TRUE(firstLine(noMethod).contains(u"--method"_s)) << noMethod;
    EXPECT_TRUE(firstLine(noMethod).contains(u"bank_transfer, cash, other"_s)) << noMethod;
    EXPECT_EQ(noMethod.errText().count(u'\n'), 2) << "one line and the hint: " << noMethod;
    EXPECT_EQ(this->order(number).value(u"refunded"_s).toString(), u"0.00"_s);

    const CliResult card = cli.run({u"orders"_s, u"refund"_s, order, u"--method"_s, u"card"_s});
    EXPECT_EQ(card.exitCode, ExitInvalid) << card;
    EXPECT_TRUE(card.errText().contains(u"card"_s)) << card;

    const CliResult refunded = json({u"orders"_s, u"refund"_s, order, u"--method"_s, u"bank_transfer"_s, u"--amount"_s,
            u"10.00"_s, u"--reference"_s, u"RF-1"_s, u"--reason"_s, u"one mug broken"_s});
    ASSERT_EQ(refunded.exitCode, ExitOk) << refunded;
    const QJsonObject after = refunded.jsonObject();
    EXPECT_EQ(after.value(u"refunded"_s).toString(), u"10.00"_s);
    const QJsonArray refunds = after.value(u"refunds"_s).toArray();
    ASSERT_EQ(refunds.size(), 1);
    EXPECT_EQ(refunds.at(0).toObject().value(u"method"_s).toString(), u"bank_transfer"_s);
    EXPECT_EQ(refunds.at(0).toObject().value(u"reference"_s).toString(), u"RF-1"_s);
    EXPECT_EQ(refunds.at(0).toObject().value(u"reason"_s).toString(), u"one mug broken"_s);

    // More than is left: core refuses, nothing is written.
    const CliResult tooMuch
            = cli.run({u"orders"_s, u"refund"_s, order, u"--method"_s, u"cash"_s, u"--amount"_s, u"15.01"_s});
    EXPECT_EQ(tooMuch.exitCode, ExitConflict) << tooMuch;
    EXPECT_EQ(this->order(number).value(u"refunded"_s).toString(), u"10.00"_s);

    // The rest, and then there is nothing left: OrderPolicy says so before the service is asked.
    const CliResult rest = cli.run({u"orders"_s, u"refund"_s, order, u"--method"_s, u"cash"_s});
    ASSERT_EQ(rest.exitCode, ExitOk) << rest;
    EXPECT_TRUE(rest.outText().contains(u"refunded USD 25.00"_s)) << rest;
    EXPECT_TRUE(rest.outText().contains(u"RF-1"_s)) << "each refund shows its reference: " << rest;
    const CliResult nothingLeft = json({u"orders"_s, u"refund"_s, order, u"--method"_s, u"cash"_s});
    EXPECT_EQ(nothingLeft.exitCode, ExitConflict) << nothingLeft;
    EXPECT_EQ(nothingLeft.errorJson().value(u"error"_s).toObject().value(u"message"_s).toString(),
            u"Order %1 has nothing left to refund."_s.arg(number))
            << nothingLeft;
}

TEST_F(CliMoney, CancellingAPaidOrderSaysWhatHappensToTheMoney)
{
    const qint64 number = paidOrder();
    const QString order = QString::number(number);

    const CliResult unsaid = cli.run({u"orders"_s, u"cancel"_s, order, u"--reason"_s, u"customer"_s});
    EXPECT_EQ(unsaid.exitCode, ExitUsage) << unsaid;
    EXPECT_EQ(firstLine(unsaid),
            u"error: Order %1 holds USD 25.00 paid by invoice: say what happens to it with --money "
            "record|credit|later."_s.arg(number))
            << unsaid;
    EXPECT_EQ(this->order(number).value(u"status"_s).toString(), u"confirmed"_s);

    // Options that describe a recorded refund need --money record, and it needs its method.
    const CliResult stray = cli.run({u"orders"_s, u"cancel"_s, order, u"--reason"_s, u"customer"_s, u"--money"_s,
            u"credit"_s, u"--method"_s, u"cash"_s});
    EXPECT_EQ(stray.exitCode, ExitUsage) << stray;
    EXPECT_TRUE(firstLine(stray).contains(u"--money record"_s)) << stray;
    const CliResult noMethod
            = cli.run({u"orders"_s, u"cancel"_s, order, u"--reason"_s, u"customer"_s, u"--money"_s, u"record"_s});
    EXPECT_EQ(noMethod.exitCode, ExitUsage) << noMethod;
    EXPECT_TRUE(firstLine(noMethod).contains(u"--method"_s)) << noMethod;
    const CliResult both = cli.run({u"orders"_s, u"cancel"_s, order, u"--reason"_s, u"customer"_s, u"--money"_s,
            u"credit"_s, u"--no-refund"_s});
    EXPECT_EQ(both.exitCode, ExitUsage) << both;
    const CliResult unknown
            = cli.run({u"orders"_s, u"cancel"_s, order, u"--reason"_s, u"customer"_s, u"--money"_s, u"keep"_s});
    EXPECT_EQ(unknown.exitCode, ExitInvalid) << unknown;

    // Stripe cannot give back an invoice payment: OrderPolicy's reason, exit 4, nothing written.
    const CliResult byCard
            = json({u"orders"_s, u"cancel"_s, order, u"--reason"_s, u"customer"_s, u"--money"_s, u"refund"_s});
    EXPECT_EQ(byCard.exitCode, ExitConflict) << byCard;
    EXPECT_EQ(byCard.errorJson().value(u"error"_s).toObject().value(u"message"_s).toString(),
            u"Order %1 was paid by invoice: record a refund made outside Shipshape instead."_s.arg(number))
            << byCard;
    EXPECT_EQ(this->order(number).value(u"status"_s).toString(), u"confirmed"_s);

    const CliResult recorded = json({u"orders"_s, u"cancel"_s, order, u"--reason"_s, u"customer"_s, u"--money"_s,
            u"record"_s, u"--method"_s, u"bank_transfer"_s, u"--reference"_s, u"RF-2"_s});
    ASSERT_EQ(recorded.exitCode, ExitOk) << recorded;
    const QJsonObject cancelled = recorded.jsonObject();
    EXPECT_EQ(cancelled.value(u"status"_s).toString(), u"cancelled"_s);
    EXPECT_EQ(cancelled.value(u"refunded"_s).toString(), u"25.00"_s);
    EXPECT_EQ(cancelled.value(u"refundOwed"_s).toString(), u"0.00"_s);
    EXPECT_EQ(cancelled.value(u"refunds"_s).toArray().at(0).toObject().value(u"reference"_s).toString(), u"RF-2"_s);
}

TEST_F(CliMoney, ARefundOwedIsListedUntilItIsKeptAsCredit)
{
    const qint64 owed = paidOrder();
    const qint64 unpaid = placeOrder(placeRequest(u"SKU-A"_s, 1, u"12.50"_s));

    // --no-refund is kept: it means "later". An unpaid order needs no --money at all.
    const CliResult later
            = json({u"orders"_s, u"cancel"_s, QString::number(owed), u"--reason"_s, u"customer"_s, u"--no-refund"_s});
    ASSERT_EQ(later.exitCode, ExitOk) << later;
    EXPECT_EQ(later.jsonObject().value(u"refundOwed"_s).toString(), u"25.00"_s);
    ASSERT_EQ(cli.run({u"orders"_s, u"cancel"_s, QString::number(unpaid), u"--reason"_s, u"customer"_s}).exitCode,
            ExitOk);

    const CliResult listed = json({u"orders"_s, u"list"_s, u"--payment-state"_s, u"refund_owed"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    ASSERT_EQ(listed.jsonArray().size(), 1) << listed;
    EXPECT_EQ(listed.jsonArray().at(0).toObject().value(u"number"_s).toInteger(), owed);

    const CliResult kept
            = json({u"orders"_s, u"credit"_s, QString::number(owed), u"--note"_s, u"agreed on the phone"_s});
    ASSERT_EQ(kept.exitCode, ExitOk) << kept;
    EXPECT_EQ(kept.jsonObject().value(u"credit"_s).toString(), u"25.00"_s);
    EXPECT_EQ(kept.jsonObject().value(u"refundOwed"_s).toString(), u"0.00"_s);
    const QJsonArray credited = json({u"orders"_s, u"list"_s, u"--payment-state"_s, u"credit"_s}).jsonArray();
    ASSERT_EQ(credited.size(), 1);
    EXPECT_EQ(credited.at(0).toObject().value(u"number"_s).toInteger(), owed);

    const CliResult again = json({u"orders"_s, u"credit"_s, QString::number(owed)});
    EXPECT_EQ(again.exitCode, ExitConflict) << again;
    EXPECT_EQ(again.errorJson().value(u"error"_s).toObject().value(u"message"_s).toString(),
            u"Order %1 owes the customer no refund."_s.arg(owed));
    EXPECT_EQ(json({u"orders"_s, u"credit"_s, u"9999"_s}).exitCode, ExitNotFound);
}

TEST_F(CliMoney, ARefusedActionExitsFourWithOrderPolicysReasonBeforeTheServiceIsAsked)
{
    const qint64 pending = placeOrder(placeRequest(u"SKU-A"_s, 1, u"12.50"_s));
    const QString order = QString::number(pending);
    const auto refusal = [&](const QStringList &arguments) {
        const CliResult result = json(arguments);
        EXPECT_EQ(result.exitCode, ExitConflict) << result;
        return result.errorJson().value(u"error"_s).toObject().value(u"message"_s).toString();
    };
    EXPECT_EQ(refusal({u"orders"_s, u"ship"_s, order, u"--tracking"_s, u"1Z1"_s}),
            u"Order %1 is pending; only a confirmed order ships."_s.arg(pending));
    EXPECT_EQ(refusal({u"orders"_s, u"deliver"_s, order}),
            u"Order %1 is pending; only a shipped order is delivered."_s.arg(pending));
    EXPECT_EQ(refusal({u"orders"_s, u"payment-link"_s, order}),
            u"Order %1 is paid by invoice; payment links are for card payments."_s.arg(pending));
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, order}).exitCode, ExitOk);
    EXPECT_EQ(refusal({u"orders"_s, u"mark-paid"_s, order}),
            u"Order %1 is confirmed, not waiting for payment."_s.arg(pending));
    const QString change
            = cli.writeFile(u"change.json"_s, R"({"note": "x", "items": [{"productId": "SKU-A", "quantity": 2}]})");
    ASSERT_EQ(cli.run({u"orders"_s, u"ship"_s, order, u"--tracking"_s, u"1Z1"_s}).exitCode, ExitOk);
    EXPECT_EQ(refusal({u"orders"_s, u"modify"_s, order, change}),
            u"Order %1 is shipped and can no longer be modified."_s.arg(pending));
    EXPECT_EQ(refusal({u"orders"_s, u"cancel"_s, order, u"--reason"_s, u"customer"_s}),
            u"Order %1 is shipped and can no longer be cancelled."_s.arg(pending));
    // A missing order is still "not found", not a refusal.
    EXPECT_EQ(json({u"orders"_s, u"ship"_s, u"9999"_s, u"--tracking"_s, u"1Z1"_s}).exitCode, ExitNotFound);
}

TEST_F(CliMoney, HelpDescribesTheMoneyOptions)
{
    const CliResult refund = cli.runRaw({u"orders"_s, u"refund"_s, u"--help"_s});
    ASSERT_EQ(refund.exitCode, ExitOk) << refund;
    for (const QString &part : {u"--method METHOD"_s, u"bank_transfer, cash, other"_s, u"--reference TEXT"_s,
                 u"--amount AMOUNT"_s, u"--reason TEXT"_s, u"shipshape-cli orders refund 1043 --method"_s})
        EXPECT_TRUE(refund.outText().contains(part)) << part.toStdString() << '\n' << refund;

    const CliResult cancel = cli.runRaw({u"orders"_s, u"cancel"_s, u"--help"_s});
    ASSERT_EQ(cancel.exitCode, ExitOk) << cancel;
    for (const QString &part : {u"--money CHOICE"_s, u"refund, record, credit, later"_s, u"--no-refund"_s,
                 u"--method METHOD"_s, u"--reference TEXT"_s, u"--amount AMOUNT"_s})
        EXPECT_TRUE(cancel.outText().contains(part)) << part.toStdString() << '\n' << cancel;

    for (const QString &command : {u"credit"_s, u"payment-link"_s}) {
        const CliResult help = cli.runRaw({u"orders"_s, command, u"--help"_s});
        ASSERT_EQ(help.exitCode, ExitOk) << help;
        EXPECT_TRUE(help.outText().contains(u"shipshape-cli orders "_s + command + u" 1042"_s)) << help;
    }

    const CliResult list = cli.runRaw({u"orders"_s, u"list"_s, u"--help"_s});
    ASSERT_EQ(list.exitCode, ExitOk) << list;
    EXPECT_TRUE(list.outText().contains(u"refund_owed"_s)) << list;
    EXPECT_TRUE(list.outText().contains(u"credit"_s)) << list;
}

// "Retry now" on an email waiting after a provider outage makes it due now; on a failed one, queues it again.
TEST_F(CliMoney, OutboxRetrySaysWhatHappensToTheEmail)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 1, u"12.50"_s));
    ASSERT_GT(number, 0);
    // A SendGrid that does not answer: a loopback port nothing listens on.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QHash<QString, QString> outage{{u"SHIPSHAPE_SENDGRID_API_KEY"_s, u"SG.test"_s},
            {u"SHIPSHAPE_SENDGRID_API_BASE"_s, u"http://127.0.0.1:%1"_s.arg(port)}};
    const CliResult round = cli.run({u"--json"_s, u"worker"_s, u"--once"_s}, {}, outage);
    ASSERT_EQ(round.exitCode, ExitOk) << round;
    const QJsonArray waiting = json({u"outbox"_s, u"list"_s, u"--status"_s, u"retry"_s}).jsonArray();
    ASSERT_EQ(waiting.size(), 1) << round;
    const qint64 id = waiting.at(0).toObject().value(u"id"_s).toInteger();

    const CliResult due = cli.run({u"outbox"_s, u"retry"_s, QString::number(id)});
    ASSERT_EQ(due.exitCode, ExitOk) << due;
    EXPECT_EQ(due.outText(), u"Email %1 is due now: the next round sends it.\n"_s.arg(id)) << due;

    // Allowed one attempt in all, the next round gives up on it: a failed email starts over.
    ASSERT_TRUE(QDir().mkpath(cli.directory() + u"/config/Shipshape"_s));
    QFile settings(cli.directory() + u"/config/Shipshape/Shipshape.conf"_s);
    ASSERT_TRUE(settings.open(QIODevice::WriteOnly));
    settings.write("[mail]\nmaxAttempts=1\n");
    settings.close();
    ASSERT_EQ(cli.run({u"worker"_s, u"--once"_s}, {}, outage).exitCode, ExitOk);
    ASSERT_EQ(json({u"outbox"_s, u"list"_s, u"--status"_s, u"failed"_s}).jsonArray().size(), 1);
    const CliResult again = cli.run({u"outbox"_s, u"retry"_s, QString::number(id)});
    ASSERT_EQ(again.exitCode, ExitOk) << again;
    EXPECT_EQ(again.outText(), u"Email %1 is queued again.\n"_s.arg(id)) << again;
}

} // namespace
} // namespace shipshape::clitest
