#include "CliFixture.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliOutbox : public CliFixture {};

// Without a SendGrid key the emails written with each order change wait in the outbox, visibly.
TEST_F(CliOutbox, OrderChangesQueueEmailsThatWaitForAProvider)
{
    migrate();
    addProduct(u"SKU-A"_s);
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s));
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(number)}).exitCode, ExitOk);

    const CliResult listed = cli.run({u"--json"_s, u"outbox"_s, u"list"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    const QJsonArray entries = listed.jsonArray();
    ASSERT_EQ(entries.size(), 2); // placed, confirmed
    QStringList events;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        events << entry.value(u"event"_s).toString();
        EXPECT_EQ(entry.value(u"recipient"_s).toString(), u"ada@example.com"_s);
        EXPECT_EQ(entry.value(u"status"_s).toString(), u"pending"_s);
        EXPECT_EQ(entry.value(u"attempts"_s).toInt(), 0);
    }
    events.sort();
    EXPECT_EQ(events, (QStringList{u"confirmed"_s, u"placed"_s}));

    const CliResult worker = cli.run({u"--json"_s, u"worker"_s, u"--once"_s});
    ASSERT_EQ(worker.exitCode, ExitOk) << worker;
    EXPECT_EQ(worker.jsonObject().value(u"emailsWaiting"_s).toInt(), 2);
    EXPECT_EQ(worker.jsonObject().value(u"emailsSent"_s).toInt(), 0);
    const QJsonArray after = cli.run({u"--json"_s, u"outbox"_s, u"list"_s, u"--status"_s, u"pending"_s}).jsonArray();
    EXPECT_EQ(after.size(), 2);
    EXPECT_EQ(after.at(0).toObject().value(u"attempts"_s).toInt(), 0);
}

TEST_F(CliOutbox, PreviewWritesTheHtmlAndEscapesPeoplesText)
{
    migrate();
    addProduct(u"SKU-A"_s);
    QJsonObject request = placeRequest(u"SKU-A"_s);
    request.insert(u"customer"_s,
            QJsonObject{{u"name"_s, u"<script>alert(1)</script> O'Neil"_s}, {u"email"_s, u"x@example.com"_s}});
    const qint64 number = placeOrder(request);
    const QString htmlPath = cli.directory() + u"/preview.html"_s;
    const CliResult preview = cli.run({u"--json"_s, u"outbox"_s, u"preview"_s, QString::number(number), u"--event"_s,
            u"placed"_s, u"--html"_s, htmlPath});
    ASSERT_EQ(preview.exitCode, ExitOk) << preview;
    const QJsonObject email = preview.jsonObject();
    EXPECT_TRUE(email.value(u"subject"_s).toString().contains(QString::number(number)));
    EXPECT_TRUE(email.value(u"text"_s).toString().contains(u"SKU-A"_s)
            || email.value(u"text"_s).toString().contains(u"Widget"_s));
    QFile html(htmlPath);
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QByteArray written = html.readAll();
    EXPECT_FALSE(written.contains("<script>alert(1)</script>"));
    EXPECT_TRUE(written.contains("&lt;script&gt;"));

    EXPECT_EQ(cli.run({u"outbox"_s, u"preview"_s, QString::number(number), u"--event"_s, u"bogus"_s}).exitCode,
            ExitInvalid);
}

TEST_F(CliOutbox, ResendQueuesAFreshCopyAndRetryNeedsAFailedRow)
{
    migrate();
    addProduct(u"SKU-A"_s);
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s));
    const CliResult resent = cli.run({u"--json"_s, u"outbox"_s, u"resend"_s, QString::number(number)});
    ASSERT_EQ(resent.exitCode, ExitOk) << resent;
    const qint64 id = resent.jsonObject().value(u"id"_s).toInteger();
    EXPECT_GT(id, 0);
    EXPECT_EQ(cli.run({u"--json"_s, u"outbox"_s, u"list"_s}).jsonArray().size(), 2);
    // A pending row is not failed: retrying it is a conflict, not a silent no-op.
    EXPECT_EQ(cli.run({u"outbox"_s, u"retry"_s, QString::number(id)}).exitCode, ExitConflict);
    EXPECT_EQ(cli.run({u"outbox"_s, u"resend"_s, u"99999"_s}).exitCode, ExitNotFound);
    EXPECT_EQ(cli.run({u"outbox"_s, u"retry"_s, u"99999"_s}).exitCode, ExitNotFound);
}

TEST_F(CliOutbox, ListHasAHeaderRowLikeOrdersList)
{
    migrate();
    addProduct(u"SKU-A"_s);
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s));
    const CliResult listed = cli.run({u"outbox"_s, u"list"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    const QStringList lines = listed.outText().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << listed;
    const QStringList header = lines.at(0).split(u' ', Qt::SkipEmptyParts);
    EXPECT_EQ(header.mid(0, 4), (QStringList{u"ID"_s, u"Order"_s, u"Event"_s, u"Status"_s})) << listed;
    EXPECT_TRUE(lines.at(0).contains(u"Recipient"_s)) << listed;
    EXPECT_TRUE(lines.at(1).contains(u"#%1"_s.arg(number))) << listed;
    EXPECT_TRUE(lines.at(1).contains(u"ada@example.com"_s)) << listed;
    // The columns line up under their headings.
    EXPECT_EQ(lines.at(0).indexOf(u"Recipient"_s), lines.at(1).indexOf(u"ada@example.com"_s)) << listed;
}

} // namespace
} // namespace shipshape::clitest
