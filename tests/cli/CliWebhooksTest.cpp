// `webhooks add|list|remove|test|deliveries|retry` and the worker sending webhooks, black-box, against a webhook
// receiver on loopback (FakeWebhookReceiver, on a thread of its own: CliRunner waits for the child process without
// running this thread's event loop). The receiver verifies every signature with its own HMAC.
#include "CliFixture.h"
#include "FakeWebhookReceiver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

using test::FakeWebhookReceiver;
using test::ScriptedHttpServer;

constexpr const char *kSecret = "whsec_cli_test_secret_0123456789";

class ReceiverOnThread {
public:
    ReceiverOnThread()
    {
        m_thread.start();
        m_home.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
                &m_home,
                [this] {
                    m_receiver = std::make_unique<FakeWebhookReceiver>(QByteArray(kSecret));
                    m_receiver->server.setParent(nullptr);
                    m_receiver->server.setResponder([this](const ScriptedHttpServer::Request &request) {
                        QMutexLocker lock(&m_mutex);
                        m_bodies << QJsonDocument::fromJson(request.body).object();
                        m_violations << m_receiver->violations(request);
                        return ScriptedHttpServer::Reply::respond(m_status.load(), "answer");
                    });
                    m_url = m_receiver->server.baseUrl().toString() + u"/hooks"_s;
                },
                Qt::BlockingQueuedConnection);
    }
    ~ReceiverOnThread()
    {
        QMetaObject::invokeMethod(
                &m_home, [this] { m_receiver.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void answer(int status) { m_status = status; }
    [[nodiscard]] QString url() const { return m_url; }
    QList<QJsonObject> bodies() const
    {
        QMutexLocker lock(&m_mutex);
        return m_bodies;
    }
    QStringList violations() const
    {
        QMutexLocker lock(&m_mutex);
        return m_violations;
    }

private:
    QThread m_thread;
    QObject m_home;
    std::unique_ptr<FakeWebhookReceiver> m_receiver;
    std::atomic<int> m_status{200};
    mutable QMutex m_mutex;
    QList<QJsonObject> m_bodies;
    QStringList m_violations;
    QString m_url;
};

class CliWebhooks : public CliFixture {
protected:
    // The worker's environment: the endpoint's secret, as on a headless machine.
    static QHash<QString, QString> secretFor(qint64 id)
    {
        return {{u"SHIPSHAPE_WEBHOOK_SECRET_%1"_s.arg(id), QString::fromLatin1(kSecret)}};
    }

    qint64 addEndpoint(const QString &url, const QString &events)
    {
        const CliResult added = cli.run(
                {u"--json"_s, u"webhooks"_s, u"add"_s, url, u"--events"_s, events, u"--secret-env"_s, u"HOOK_SECRET"_s},
                {}, {{u"HOOK_SECRET"_s, QString::fromLatin1(kSecret)}});
        EXPECT_EQ(added.exitCode, ExitOk) << added;
        return added.exitCode == ExitOk ? added.jsonObject().value(u"id"_s).toInteger() : 0;
    }

    QJsonArray deliveries()
    {
        const CliResult listed = cli.run({u"--json"_s, u"webhooks"_s, u"deliveries"_s});
        EXPECT_EQ(listed.exitCode, ExitOk) << listed;
        return listed.jsonArray();
    }

    ReceiverOnThread receiver;
};

TEST_F(CliWebhooks, BadInputIsRefusedNamingTheFieldAndWritesNothing)
{
    migrate();
    const struct {
        QStringList arguments;
        QString field;
        QString value;
    } cases[] = {
            {{u"http://example.com/hook"_s, u"--events"_s, u"order.created"_s}, u"url"_s, u"http://example.com/hook"_s},
            {{u"https://example.com/hook"_s, u"--events"_s, u"order.created,order.exploded"_s}, u"events"_s,
                    u"order.exploded"_s},
            {{u"https://example.com/hook"_s, u"--events"_s, u"stock.low"_s, u"--secret-env"_s, u"NOT_SET_ANYWHERE"_s},
                    u"secret-env"_s, u"NOT_SET_ANYWHERE"_s},
    };
    for (const auto &bad : cases) {
        const CliResult result = cli.run(QStringList{u"--json"_s, u"webhooks"_s, u"add"_s} + bad.arguments);
        EXPECT_EQ(result.exitCode, ExitInvalid) << result;
        const QJsonObject error = result.errorJson().value(u"error"_s).toObject();
        EXPECT_EQ(error.value(u"field"_s).toString(), bad.field) << result;
        EXPECT_EQ(error.value(u"value"_s).toString(), bad.value) << result;
    }
    const CliResult listed = cli.run({u"--json"_s, u"webhooks"_s, u"list"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    EXPECT_TRUE(listed.jsonArray().isEmpty());
    EXPECT_EQ(cli.run({u"webhooks"_s, u"remove"_s, u"x"_s}).exitCode, ExitInvalid);
    EXPECT_EQ(cli.run({u"webhooks"_s, u"test"_s, u"9"_s}).exitCode, ExitNotFound);
}

TEST_F(CliWebhooks, AGeneratedSecretIsPrintedOnceAndNeverStored)
{
    migrate();
    const CliResult added = cli.run(
            {u"webhooks"_s, u"add"_s, u"https://erp.example.com/hooks"_s, u"--events"_s, u"order.created,stock.low"_s});
    ASSERT_EQ(added.exitCode, ExitOk) << added;
    const QString out = added.outText();
    const qsizetype at = out.indexOf(u"whsec_"_s);
    ASSERT_GE(at, 0) << out.toStdString();
    const QString secret = out.mid(at, 6 + 64);
    EXPECT_EQ(cli.run({u"webhooks"_s, u"list"_s}).outText().count(secret), 0);
    EXPECT_TRUE(added.errText().contains(u"SHIPSHAPE_WEBHOOK_SECRET_1"_s))
            << "no keychain here: " << added.errText().toStdString();
    for (const QString &file : QDir(cli.directory()).entryList(QDir::Files)) {
        QFile candidate(cli.directory() + u'/' + file);
        ASSERT_TRUE(candidate.open(QIODevice::ReadOnly));
        EXPECT_FALSE(candidate.readAll().contains(secret.toLatin1())) << file.toStdString();
    }
    const CliResult listed = cli.run({u"--json"_s, u"webhooks"_s, u"list"_s});
    const QJsonObject endpoint = listed.jsonArray().at(0).toObject();
    EXPECT_EQ(endpoint.value(u"url"_s).toString(), u"https://erp.example.com/hooks"_s);
    EXPECT_EQ(endpoint.value(u"events"_s).toArray(), (QJsonArray{u"order.created"_s, u"stock.low"_s}));
}

TEST_F(CliWebhooks, TheWorkerDeliversSignedEventsAndStaffRetryFailures)
{
    migrate();
    addProduct(u"SKU-A"_s);
    const qint64 id = addEndpoint(receiver.url(), u"order.created,order.status_changed"_s);
    ASSERT_EQ(id, 1);

    const CliResult ping = cli.run({u"webhooks"_s, u"test"_s, QString::number(id)}, {}, secretFor(id));
    ASSERT_EQ(ping.exitCode, ExitOk) << ping;
    EXPECT_TRUE(ping.outText().contains(u"answered HTTP 200 in"_s)) << ping;
    ASSERT_EQ(receiver.bodies().size(), 1);
    EXPECT_EQ(receiver.bodies().at(0).value(u"type"_s).toString(), u"ping"_s);
    EXPECT_TRUE(deliveries().isEmpty()) << "a ping is not queued";

    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s));
    receiver.answer(410);
    const CliResult first = cli.run({u"--json"_s, u"worker"_s, u"--once"_s}, {}, secretFor(id));
    ASSERT_EQ(first.exitCode, ExitOk) << first;
    EXPECT_EQ(first.jsonObject().value(u"webhooksFailed"_s).toInt(), 1) << first;
    QJsonObject delivery = deliveries().at(0).toObject();
    EXPECT_EQ(delivery.value(u"status"_s).toString(), u"failed"_s);
    EXPECT_EQ(delivery.value(u"httpStatus"_s).toInt(), 410);

    receiver.answer(200);
    const CliResult retried
            = cli.run({u"webhooks"_s, u"retry"_s, QString::number(delivery.value(u"id"_s).toInteger())});
    ASSERT_EQ(retried.exitCode, ExitOk) << retried;
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(number)}).exitCode, ExitOk);
    const CliResult second = cli.run({u"--json"_s, u"worker"_s, u"--once"_s}, {}, secretFor(id));
    ASSERT_EQ(second.exitCode, ExitOk) << second;
    EXPECT_EQ(second.jsonObject().value(u"webhooksDelivered"_s).toInt(), 2) << second;

    EXPECT_EQ(receiver.violations(), QStringList());
    const auto bodies = receiver.bodies();
    ASSERT_EQ(bodies.size(), 4); // ping, 410, order.created again, order.status_changed
    EXPECT_EQ(bodies.at(1), bodies.at(2)) << "the retried delivery is the same event";
    QStringList types;
    for (const QJsonObject &body : bodies)
        types << body.value(u"type"_s).toString();
    EXPECT_EQ(types, (QStringList{u"ping"_s, u"order.created"_s, u"order.created"_s, u"order.status_changed"_s}));
    EXPECT_EQ(bodies.at(3).value(u"data"_s).toObject().value(u"number"_s).toInteger(), number);
    for (const QJsonValue &value : deliveries())
        EXPECT_EQ(value.toObject().value(u"status"_s).toString(), u"sent"_s);

    const CliResult removed = cli.run({u"webhooks"_s, u"remove"_s, QString::number(id)});
    ASSERT_EQ(removed.exitCode, ExitOk) << removed;
    EXPECT_TRUE(cli.run({u"--json"_s, u"webhooks"_s, u"list"_s}).jsonArray().isEmpty());
    placeOrder(placeRequest(u"SKU-A"_s));
    EXPECT_EQ(deliveries().size(), 2) << "nothing for a removed endpoint";
}

} // namespace
} // namespace shipshape::clitest
