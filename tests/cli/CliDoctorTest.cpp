// shipshape-cli doctor: one line per check, ✓ or what to do; exit 0 only when every check passes, 6 when
// the database cannot be opened, 4 when another check fails; it never migrates or creates a database.

#include "CliFixture.h"
#include "ScriptedHttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

using test::ScriptedHttpServer;

// Stripe and SendGrid on loopback, served by a thread of their own: CliRunner waits for the child
// process without running this thread's event loop. Each answers as the test last said.
class ProvidersOnThread {
public:
    enum class Answer {
        Ok,
        Unauthorized,
        Forbidden,
        WithoutMailSend, // SendGrid: 200, but the key's scopes lack mail.send
        ServerError,
        Hang,
    };

    ProvidersOnThread()
    {
        m_thread.start();
        m_home.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
                &m_home,
                [this] {
                    m_stripe = new ScriptedHttpServer(&m_home);
                    m_stripe->setResponder([this](const ScriptedHttpServer::Request &request) {
                        return answer(m_stripeAnswer, request, m_stripeRequests, stripeOk());
                    });
                    m_sendGrid = new ScriptedHttpServer(&m_home);
                    m_sendGrid->setResponder([this](const ScriptedHttpServer::Request &request) {
                        return answer(m_sendGridAnswer, request, m_sendGridRequests, sendGridOk());
                    });
                    m_stripeBase = m_stripe->baseUrl().toString();
                    m_sendGridBase = m_sendGrid->baseUrl().toString();
                },
                Qt::BlockingQueuedConnection);
    }
    ~ProvidersOnThread()
    {
        QMetaObject::invokeMethod(
                &m_home, [this] { qDeleteAll(m_home.children()); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void setAnswers(Answer stripe, Answer sendGrid)
    {
        m_stripeAnswer = stripe;
        m_sendGridAnswer = sendGrid;
    }
    [[nodiscard]] QString stripeBase() const { return m_stripeBase; }
    [[nodiscard]] QString sendGridBase() const { return m_sendGridBase; }
    // "METHOD PATH AUTHORIZATION" of every request so far.
    QStringList stripeRequests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stripeRequests;
    }
    QStringList sendGridRequests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_sendGridRequests;
    }

private:
    static ScriptedHttpServer::Reply stripeOk()
    {
        return ScriptedHttpServer::Reply::json(
                200, R"({"object":"balance","livemode":false,"available":[{"amount":0,"currency":"usd"}]})");
    }
    static ScriptedHttpServer::Reply sendGridOk()
    {
        return ScriptedHttpServer::Reply::json(200, R"({"scopes":["mail.send","scopes.read"]})");
    }

    ScriptedHttpServer::Reply answer(const std::atomic<Answer> &how, const ScriptedHttpServer::Request &request,
            QStringList &log, const ScriptedHttpServer::Reply &ok) const
    {
        {
            QMutexLocker lock(&m_mutex);
            log << QString::fromLatin1(request.method + ' ' + request.path + ' ' + request.header("Authorization"));
        }
        switch (how.load()) {
        case Answer::Ok:
            return ok;
        case Answer::Unauthorized:
            return ScriptedHttpServer::Reply::json(401,
                    R"({"error":{"message":"Invalid API Key provided: sk_test_****ctor","type":"invalid_request_error"}})");
        case Answer::Forbidden:
            return ScriptedHttpServer::Reply::json(403, R"({"errors":[{"field":null,"message":"access forbidden"}]})");
        case Answer::WithoutMailSend:
            return ScriptedHttpServer::Reply::json(200, R"({"scopes":["stats.read","scopes.read"]})");
        case Answer::ServerError:
            return ScriptedHttpServer::Reply::json(500, R"({"error":{"message":"An unknown error occurred"}})");
        case Answer::Hang:
            return ScriptedHttpServer::Reply::hang();
        }
        return ok;
    }

    QThread m_thread;
    QObject m_home;
    ScriptedHttpServer *m_stripe = nullptr;
    ScriptedHttpServer *m_sendGrid = nullptr;
    QString m_stripeBase;
    QString m_sendGridBase;
    std::atomic<Answer> m_stripeAnswer{Answer::Ok};
    std::atomic<Answer> m_sendGridAnswer{Answer::Ok};
    mutable QMutex m_mutex;
    QStringList m_stripeRequests;
    QStringList m_sendGridRequests;
};

class CliDoctor : public CliFixture {
protected:
    // Test keys, both providers on loopback, no keychain.
    QHash<QString, QString> keys() const
    {
        return {{u"SHIPSHAPE_STRIPE_SECRET_KEY"_s, u"sk_test_doctor"_s},
                {u"SHIPSHAPE_SENDGRID_API_KEY"_s, u"SG.doctor"_s}, {u"DBUS_SESSION_BUS_ADDRESS"_s, QString()},
                {u"SHIPSHAPE_STRIPE_API_BASE"_s, providers.stripeBase()},
                {u"SHIPSHAPE_SENDGRID_API_BASE"_s, providers.sendGridBase()}};
    }

    CliResult doctor(const QStringList &extra = {}) { return doctor(extra, keys()); }
    CliResult doctor(const QStringList &extra, const QHash<QString, QString> &environment)
    {
        return cli.run(QStringList{u"--json"_s, u"doctor"_s, u"--min-free-mb"_s, u"0"_s} + extra, {}, environment);
    }

    static bool isSkipped(const CliResult &result, const QString &key)
    {
        for (const QJsonValue &value : result.jsonObject().value(u"checks"_s).toArray()) {
            if (value.toObject().value(u"check"_s).toString() == key)
                return value.toObject().value(u"skipped"_s).toBool();
        }
        return false;
    }

    // check key -> passed, and the check's detail.
    static QHash<QString, std::pair<bool, QString>> checks(const CliResult &result)
    {
        QHash<QString, std::pair<bool, QString>> byKey;
        for (const QJsonValue &value : result.jsonObject().value(u"checks"_s).toArray()) {
            const QJsonObject check = value.toObject();
            byKey.insert(check.value(u"check"_s).toString(),
                    {check.value(u"passed"_s).toBool(), check.value(u"detail"_s).toString()});
        }
        return byKey;
    }

    ProvidersOnThread providers;

    void execute(const QString &sql)
    {
        const QString connection = u"cli-doctor-test"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(cli.databasePath());
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

TEST_F(CliDoctor, AHealthyInstallationPassesEveryCheck)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    const CliResult result = doctor();
    EXPECT_EQ(result.exitCode, ExitOk) << result;
    EXPECT_TRUE(result.jsonObject().value(u"passed"_s).toBool()) << result;
    const auto byKey = checks(result);
    for (const QString &key : {u"database"_s, u"schema"_s, u"migrations"_s, u"clock"_s, u"outbox"_s, u"disk"_s,
                 u"secrets"_s, u"stripe"_s, u"sendgrid"_s}) {
        ASSERT_TRUE(byKey.contains(key)) << key.toStdString() << " " << result;
        EXPECT_TRUE(byKey.value(key).first) << key.toStdString() << ": " << byKey.value(key).second.toStdString();
    }

    // As text: one line per check, each starting with ✓.
    // One read-only call each, with the key.
    EXPECT_EQ(providers.stripeRequests(), QStringList{u"GET /v1/balance Bearer sk_test_doctor"_s});
    EXPECT_EQ(providers.sendGridRequests(), QStringList{u"GET /v3/scopes Bearer SG.doctor"_s});

    const CliResult text = cli.run({u"doctor"_s, u"--min-free-mb"_s, u"0"_s}, {}, keys());
    EXPECT_EQ(text.exitCode, ExitOk) << text;
    const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), byKey.size()) << text;
    for (const QString &line : lines)
        EXPECT_TRUE(line.startsWith(u"✓ "_s)) << line.toStdString();
}

TEST_F(CliDoctor, AMissingDatabaseFileIsReportedAndNotCreated)
{
    const CliResult result = doctor();
    EXPECT_EQ(result.exitCode, ExitUnavailable) << result;
    const auto byKey = checks(result);
    EXPECT_FALSE(byKey.value(u"database"_s).first) << result;
    EXPECT_TRUE(byKey.value(u"database"_s).second.contains(u"shipshape-cli migrate"_s)) << result;
    EXPECT_FALSE(QFile::exists(cli.databasePath())) << "doctor created the database";
}

TEST_F(CliDoctor, AnOlderSchemaSaysToMigrateAndStaysAsItIs)
{
    const CliResult migrated = cli.run({u"migrate"_s, u"--to"_s, u"12"_s});
    ASSERT_EQ(migrated.exitCode, ExitOk) << migrated;
    for (int run = 0; run < 2; ++run) {
        const CliResult result = doctor();
        EXPECT_EQ(result.exitCode, ExitConflict) << result;
        const auto schema = checks(result).value(u"schema"_s);
        EXPECT_FALSE(schema.first) << result;
        EXPECT_TRUE(schema.second.contains(u"Version 12 of"_s)) << schema.second.toStdString();
        EXPECT_TRUE(schema.second.contains(u"shipshape-cli migrate"_s)) << schema.second.toStdString();
    }
}

TEST_F(CliDoctor, AMigrationThisBuildDoesNotHaveFailsTheMigrationsCheck)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    ASSERT_NO_FATAL_FAILURE(
            execute(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)"_s));
    const CliResult result = doctor();
    EXPECT_EQ(result.exitCode, ExitConflict) << result;
    const auto byKey = checks(result);
    EXPECT_FALSE(byKey.value(u"schema"_s).first) << result;
    EXPECT_FALSE(byKey.value(u"migrations"_s).first) << result;
    EXPECT_TRUE(byKey.value(u"migrations"_s).second.contains(u"999"_s)) << result;
}

TEST_F(CliDoctor, WaitingAndFailedEmailsFailTheOutboxCheck)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    ASSERT_NO_FATAL_FAILURE(addProduct(u"DOC-1"_s));
    placeOrder(placeRequest(u"DOC-1"_s)); // queues the order confirmation
    const CliResult within = doctor();
    EXPECT_EQ(within.exitCode, ExitOk) << within;
    EXPECT_TRUE(checks(within).value(u"outbox"_s).second.contains(u"Waiting: 1,"_s)) << within;

    const CliResult over = doctor({u"--max-waiting-emails"_s, u"0"_s});
    EXPECT_EQ(over.exitCode, ExitConflict) << over;
    EXPECT_FALSE(checks(over).value(u"outbox"_s).first) << over;
    EXPECT_TRUE(checks(over).value(u"outbox"_s).second.contains(u"worker"_s)) << over;

    ASSERT_NO_FATAL_FAILURE(execute(u"UPDATE notification_outbox SET status = 'failed'"_s));
    const CliResult failed = doctor();
    EXPECT_EQ(failed.exitCode, ExitConflict) << failed;
    EXPECT_TRUE(checks(failed).value(u"outbox"_s).second.contains(u"Failed: 1."_s)) << failed;
}

TEST_F(CliDoctor, TooLittleDiskAndMissingKeysSayWhatToDo)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    const CliResult disk = cli.run({u"--json"_s, u"doctor"_s, u"--min-free-mb"_s, u"1000000"_s}, {}, keys());
    EXPECT_EQ(disk.exitCode, ExitConflict) << disk;
    EXPECT_FALSE(checks(disk).value(u"disk"_s).first) << disk;
    EXPECT_TRUE(checks(disk).value(u"disk"_s).second.contains(u"make room"_s)) << disk;

    const qsizetype stripeCalls = providers.stripeRequests().size();
    const qsizetype sendGridCalls = providers.sendGridRequests().size();
    const CliResult keys = doctor({},
            {{u"SHIPSHAPE_STRIPE_SECRET_KEY"_s, QString()}, {u"SHIPSHAPE_SENDGRID_API_KEY"_s, QString()},
                    {u"DBUS_SESSION_BUS_ADDRESS"_s, QString()}});
    EXPECT_EQ(keys.exitCode, ExitConflict) << keys;
    const auto secrets = checks(keys).value(u"secrets"_s);
    EXPECT_FALSE(secrets.first) << keys;
    EXPECT_TRUE(secrets.second.contains(u"SHIPSHAPE_STRIPE_SECRET_KEY"_s)) << secrets.second.toStdString();
    EXPECT_TRUE(secrets.second.contains(u"SHIPSHAPE_SENDGRID_API_KEY"_s)) << secrets.second.toStdString();
    // Without a key there is nothing to call: the provider lines are skipped, the keys line has failed.
    EXPECT_TRUE(isSkipped(keys, u"stripe"_s)) << keys;
    EXPECT_TRUE(isSkipped(keys, u"sendgrid"_s)) << keys;
    EXPECT_EQ(providers.stripeRequests().size(), stripeCalls);
    EXPECT_EQ(providers.sendGridRequests().size(), sendGridCalls);
}

TEST_F(CliDoctor, ProvidersRefusingTheKeysSayWhatToDo)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    providers.setAnswers(ProvidersOnThread::Answer::Unauthorized, ProvidersOnThread::Answer::Forbidden);
    const CliResult result = doctor();
    EXPECT_EQ(result.exitCode, ExitConflict) << result;
    const auto byKey = checks(result);
    EXPECT_TRUE(byKey.value(u"database"_s).first) << result;
    const auto stripe = byKey.value(u"stripe"_s);
    EXPECT_FALSE(stripe.first) << result;
    EXPECT_TRUE(stripe.second.startsWith(u"Stripe refused the key (401): set a valid test key with shipshape-cli "
                                         "secrets set stripe."_s))
            << stripe.second.toStdString();
    const auto sendGrid = byKey.value(u"sendgrid"_s);
    EXPECT_FALSE(sendGrid.first) << result;
    EXPECT_TRUE(sendGrid.second.contains(u"(403)"_s)) << sendGrid.second.toStdString();
    EXPECT_TRUE(sendGrid.second.contains(u"shipshape-cli secrets set sendgrid"_s)) << sendGrid.second.toStdString();

    // As text, the two lines say the same, marked ✗.
    const CliResult text = cli.run({u"doctor"_s, u"--min-free-mb"_s, u"0"_s}, {}, keys());
    EXPECT_EQ(text.exitCode, ExitConflict) << text;
    EXPECT_TRUE(text.outText().contains(u"\n✗ Stripe: Stripe refused the key (401)"_s)) << text;
    EXPECT_TRUE(text.outText().contains(u"\n✗ SendGrid: SendGrid refused this key (403)"_s)) << text;
}

TEST_F(CliDoctor, ASendGridKeyWithoutMailSendFails)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    providers.setAnswers(ProvidersOnThread::Answer::Ok, ProvidersOnThread::Answer::WithoutMailSend);
    const CliResult result = doctor();
    EXPECT_EQ(result.exitCode, ExitConflict) << result;
    const auto byKey = checks(result);
    EXPECT_TRUE(byKey.value(u"stripe"_s).first) << result;
    EXPECT_FALSE(byKey.value(u"sendgrid"_s).first) << result;
    EXPECT_TRUE(byKey.value(u"sendgrid"_s).second.contains(u"no mail.send scope"_s)) << result;
}

TEST_F(CliDoctor, AProviderOutageOrSilenceFailsItsLine)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    providers.setAnswers(ProvidersOnThread::Answer::ServerError, ProvidersOnThread::Answer::Hang);
    const CliResult result = doctor({u"--provider-timeout"_s, u"1"_s});
    EXPECT_EQ(result.exitCode, ExitConflict) << result;
    const auto byKey = checks(result);
    EXPECT_FALSE(byKey.value(u"stripe"_s).first) << result;
    EXPECT_TRUE(byKey.value(u"stripe"_s).second.startsWith(u"Stripe answered 500"_s)) << result;
    EXPECT_TRUE(byKey.value(u"stripe"_s).second.contains(u"try again later"_s)) << result;
    EXPECT_FALSE(byKey.value(u"sendgrid"_s).first) << result;
    EXPECT_TRUE(byKey.value(u"sendgrid"_s).second.startsWith(u"No answer from 127.0.0.1 in time"_s)) << result;
    EXPECT_EQ(providers.stripeRequests().size(), 1) << "one try, no retries";
}

TEST_F(CliDoctor, ALiveStripeKeyIsNeverSentAndDoesNotFailTheReport)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    QHash<QString, QString> live = keys();
    live.insert(u"SHIPSHAPE_STRIPE_SECRET_KEY"_s, u"sk_live_doctor"_s);
    const CliResult result = doctor({}, live);
    EXPECT_EQ(result.exitCode, ExitOk) << result;
    EXPECT_TRUE(result.jsonObject().value(u"passed"_s).toBool()) << result;
    const auto stripe = checks(result).value(u"stripe"_s);
    EXPECT_FALSE(stripe.first) << result;
    EXPECT_TRUE(isSkipped(result, u"stripe"_s)) << result;
    EXPECT_TRUE(stripe.second.startsWith(u"Not checked: live key."_s)) << result;
    EXPECT_TRUE(providers.stripeRequests().isEmpty()) << providers.stripeRequests().join(u'\n').toStdString();
    EXPECT_EQ(providers.sendGridRequests().size(), 1);

    const CliResult text = cli.run({u"doctor"_s, u"--min-free-mb"_s, u"0"_s}, {}, live);
    EXPECT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"\n– Stripe: Not checked: live key."_s)) << text;
}

TEST_F(CliDoctor, BadLimitsAreInvalidInputBeforeAnythingIsOpened)
{
    const CliResult result = cli.run({u"doctor"_s, u"--min-free-mb"_s, u"-1"_s});
    EXPECT_EQ(result.exitCode, ExitInvalid) << result;
    const CliResult timeout = cli.run({u"doctor"_s, u"--provider-timeout"_s, u"0"_s});
    EXPECT_EQ(timeout.exitCode, ExitInvalid) << timeout;
    EXPECT_FALSE(QFile::exists(cli.databasePath()));
}

} // namespace
} // namespace shipshape::clitest
