// Staff passwords never reach the server: StaffDirectory sends a SCRAM-SHA-256 verifier, PostgreSQL
// stores it as the login's password, and the password itself appears neither in the server log (even
// with log_statement = all and failing calls) nor in pg_stat_activity.

#include "PgFixture.h"

#include "staff/ScramVerifier.h"
#include "staff/StaffDirectory.h"
#include "storage/Database.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class StaffPasswordTest : public PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        m_suffix = databaseName().right(8).toLower();
    }

    void TearDown() override
    {
        if (QSqlDatabase::contains(m_superuserName)) {
            QSqlDatabase::database(m_superuserName, false).close();
            QSqlDatabase::removeDatabase(m_superuserName);
        }
        PgTest::TearDown();
    }

    QString login(const QString &prefix) const { return prefix + u"_"_s + m_suffix; }
    static QString unique(const QString &prefix)
    {
        return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    // A connection as the superuser opened after the database's logging settings changed.
    QSqlDatabase superuser()
    {
        m_superuserName = u"password-test-"_s + databaseName();
        if (!QSqlDatabase::contains(m_superuserName)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_superuserName);
            db.setHostName(cluster().host());
            db.setPort(cluster().port());
            db.setUserName(u"postgres"_s);
            db.setDatabaseName(databaseName());
            EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        }
        return QSqlDatabase::database(m_superuserName, false);
    }

    QString scalarText(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(superuser());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
            return {};
        }
        return query.value(0).toString();
    }

    // Everything the server logged since `offset`, once a marker statement run now is in it (so every
    // statement before it is there too).
    QByteArray serverLogSince(qint64 offset)
    {
        const QString marker = unique(u"log-marker-"_s);
        QSqlQuery query(superuser());
        EXPECT_TRUE(query.exec(u"SELECT '%1'"_s.arg(marker))) << query.lastError().text().toStdString();
        QDeadlineTimer deadline(10000);
        QByteArray log;
        do {
            QFile file(cluster().serverLogPath());
            if (file.open(QIODevice::ReadOnly) && file.seek(offset))
                log = file.readAll();
            if (log.contains(marker.toUtf8()))
                return log;
            QThread::msleep(20); // polling for the marker: the proof that the log caught up
        } while (!deadline.hasExpired());
        ADD_FAILURE() << "the server log never showed the marker statement";
        return log;
    }

    qint64 serverLogSize() { return QFile(cluster().serverLogPath()).size(); }

    QString activity() { return scalarText(u"SELECT string_agg(COALESCE(query, ''), E'\\n') FROM pg_stat_activity"_s); }

    QString m_suffix;
    QString m_superuserName;
};

TEST_F(StaffPasswordTest, TheVerifierLogsInWithThePasswordAsLibpqPreparesIt)
{
    // libpq applies SASLprep when it logs in; the verifier must have been made from the same bytes.
    struct Case {
        QString password;
        QString alsoWorks; // what SASLprep makes of it, empty when it is used as it is
    };
    const QList<Case> cases{
            {u"s3cret-pass"_s, {}}, {u"tab\tinside-pass"_s, {}}, // ASCII: used as it is, control characters included
            {u"Pässwörd-ümlaut"_s, {}},
            {u"non\u00A0breaking-space"_s, u"non breaking-space"_s}, // non-ASCII space -> SPACE
            {u"soft\u00ADhyphen-pass"_s, u"softhyphen-pass"_s}, // mapped to nothing
            {u"\uFB01ne-ligature-pass"_s, u"fine-ligature-pass"_s}, // NFKC
            {u"\uFF46\uFF55\uFF4C\uFF4C-width-pass"_s, u"full-width-pass"_s}, // NFKC
            {u"emoji-\U0001F511-pass"_s, {}}, // unassigned in Unicode 3.2: the raw UTF-8 bytes
            {u"\u05D0\u05D1\u05D2-mixed-abc"_s, {}}, // right-to-left mixed with left-to-right: raw
    };
    int n = 0;
    for (const Case &c : cases) {
        SCOPED_TRACE(c.password.toStdString());
        const QString staff = login(u"pw%1"_s.arg(n++));
        ASSERT_TRUE(admin().staff().add(staff, c.password, StaffRole::Support));
        EXPECT_TRUE(scalarText(u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, {staff})
                            .startsWith(u"SCRAM-SHA-256$4096:"_s));
        auto session = openAs(staff, c.password);
        ASSERT_TRUE(session) << session.error().message.toStdString();
        EXPECT_EQ((*session)->database().actor(), staff);
        if (!c.alsoWorks.isEmpty()) {
            EXPECT_TRUE(openAs(staff, c.alsoWorks)) << "SASLprep equivalent " << c.alsoWorks.toStdString();
        }
        EXPECT_FALSE(openAs(staff, c.password + u"x"_s));
    }
}

TEST_F(StaffPasswordTest, ThePasswordNeverReachesTheServerLogOrActivity)
{
    QString problem;
    ASSERT_TRUE(cluster().execute(
            u"ALTER DATABASE %1 SET log_statement = 'all'"_s.arg(databaseName()), u"postgres"_s, &problem))
            << problem.toStdString();
    ASSERT_TRUE(cluster().execute(
            u"ALTER DATABASE %1 SET log_min_error_statement = 'error'"_s.arg(databaseName()), u"postgres"_s, &problem))
            << problem.toStdString();
    const qint64 offset = serverLogSize();
    auto owner = openAs(u"postgres"_s); // a new session: the settings apply to it
    ASSERT_TRUE(owner);
    ASSERT_EQ(scalarText(u"SELECT current_setting('log_statement')"_s), u"all"_s);

    const QString clerk = login(u"clerk"_s);
    QString seen; // pg_stat_activity after each call
    const auto look = [&] { seen += activity() + u'\n'; };
    QStringList canaries;
    const auto canary = [&] {
        canaries << unique(u"Canary-"_s);
        return canaries.constLast();
    };

    // Added, then the same login again: the server refuses (42710) and logs the failing statement.
    const QString first = canary();
    ASSERT_TRUE((*owner)->staff().add(clerk, first, StaffRole::Support));
    look();
    auto duplicate = (*owner)->staff().add(clerk, canary(), StaffRole::Admin);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
    look();
    // A login that is no staff login but exists (the superuser): refused by the server as well.
    EXPECT_FALSE((*owner)->staff().add(u"postgres"_s, canary(), StaffRole::Admin));
    look();
    // Too short: refused here, nothing is sent.
    const QString shortLogin = login(u"short"_s);
    auto tooShort = (*owner)->staff().add(shortLogin, canary().left(7), StaffRole::Support);
    ASSERT_FALSE(tooShort);
    EXPECT_EQ(tooShort.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(tooShort.error().field, u"password"_s);
    look();
    // Not an admin: refused by the server (42501).
    auto support = openAs(clerk, first);
    ASSERT_TRUE(support) << support.error().message.toStdString();
    auto denied = (*support)->staff().add(login(u"sneaky"_s), canary(), StaffRole::Admin);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, ErrorCode::Conflict);
    look();
    // The CLI, password on standard input, for a login that exists.
    {
        QProcess add;
        startCli(add, {u"staff"_s, u"add"_s, clerk, u"--role"_s, u"warehouse"_s});
        add.write(canary().toUtf8() + '\n');
        add.closeWriteChannel();
        ASSERT_TRUE(add.waitForFinished(30000));
        EXPECT_NE(add.exitCode(), kExitOk);
        look();
    }
    // set-role and disable carry no password; their failures are logged too.
    EXPECT_TRUE((*owner)->staff().setRole(clerk, StaffRole::Warehouse));
    EXPECT_FALSE((*owner)->staff().setRole(login(u"nobody"_s), StaffRole::Warehouse));
    EXPECT_TRUE((*owner)->staff().disable(clerk));
    EXPECT_FALSE((*owner)->staff().disable(login(u"nobody"_s)));
    look();

    const QByteArray log = serverLogSince(offset);
    // The log saw the calls (log_statement = all) with the verifier, and the failures with their statement.
    EXPECT_TRUE(log.contains("shipshape_staff_add")) << log.toStdString();
    EXPECT_TRUE(log.contains("SCRAM-SHA-256$4096:")) << log.toStdString();
    EXPECT_TRUE(log.contains("already exists")) << log.toStdString();
    EXPECT_TRUE(log.contains("shipshape_staff_set_role")) << log.toStdString();
    EXPECT_TRUE(log.contains("shipshape_staff_disable")) << log.toStdString();
    EXPECT_FALSE(log.contains(shortLogin.toUtf8())) << "a refused short password still reached the server";
    for (const QString &password : std::as_const(canaries)) {
        EXPECT_FALSE(log.contains(password.toUtf8())) << password.toStdString() << " is in the server log";
        EXPECT_FALSE(seen.contains(password)) << password.toStdString() << " is in pg_stat_activity";
    }
    // What the server stores is what the client sent: the verifier in the logged statement.
    const QString stored = scalarText(u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, {clerk});
    EXPECT_TRUE(ScramVerifier::isWellFormed(stored)) << stored.toStdString();
    EXPECT_TRUE(log.contains(stored.toUtf8()));

    // The same search finds a password that is sent: in clear text, as before migration 11. The server
    // refuses it now (without echoing it in the error), but it was in the statement.
    const QString clear = unique(u"Cleartext-"_s);
    auto sent = (*owner)->database().query(
            u"SELECT shipshape_staff_add(?, ?, ?)"_s, {login(u"clear"_s), clear, u"shipshape_support"_s});
    ASSERT_FALSE(sent);
    EXPECT_FALSE(sent.error().message.contains(clear)) << sent.error().message.toStdString();
    EXPECT_EQ(scalarText(u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"_s, {login(u"clear"_s)}), u"0"_s);
    EXPECT_TRUE(serverLogSince(offset).contains(clear.toUtf8()));
    EXPECT_TRUE(activity().contains(clear));
}

TEST_F(StaffPasswordTest, TheServerAcceptsOnlyWellFormedVerifiers)
{
    const QString good = ScramVerifier::make(u"a-good-password"_s);
    const QString salt = good.section(u'$', 1, 1).section(u':', 1, 1);
    const QString keys = good.section(u'$', 2, 2);
    const QList<std::pair<QString, bool>> texts{
            {good, true},
            {u"SCRAM-SHA-256$4096:%1$%2"_s.arg(salt, keys), true}, // the pieces the cases below break
            {ScramVerifier::make(u"x"_s, QByteArray(32, 'a'), 10000), true},
            {u"password1"_s, false},
            {u"s3cret-password-that-is-long"_s, false},
            {u"md5a3556571e93b0d20722ba62be61e8c2d"_s, false},
            {u"SCRAM-SHA-256$1000:%1$%2"_s.arg(salt, keys), false}, // too few iterations
            {u"SCRAM-SHA-256$4096:c2FsdA==$%1"_s.arg(keys), false}, // 4-byte salt
            {u"SCRAM-SHA-256$4096:%1$%2"_s.arg(salt, keys.left(20) + u":"_s + keys.section(u':', 1, 1)), false},
            {u"SCRAM-SHA-256$4096:%1$%2"_s.arg(salt, keys) + u"\n"_s, false},
            {u"SCRAM-SHA-256$4096:%1!$%2"_s.arg(salt, keys), false},
            {u"SCRAM-SHA-1$4096:%1$%2"_s.arg(salt, keys), false},
            {QString(), false},
    };
    for (const auto &[text, wellFormed] : texts) {
        SCOPED_TRACE(text.toStdString());
        EXPECT_EQ(ScramVerifier::isWellFormed(text), wellFormed);
        EXPECT_EQ(scalarText(u"SELECT shipshape_is_scram_verifier(?)"_s, {text.isNull() ? QVariant() : text}),
                wellFormed ? u"true"_s : u"false"_s);
        if (!wellFormed) {
            auto refused = admin().database().query(
                    u"SELECT shipshape_staff_add(?, ?, ?)"_s, {login(u"bad"_s), text, u"shipshape_support"_s});
            ASSERT_FALSE(refused);
            EXPECT_TRUE(refused.error().message.contains(u"SCRAM-SHA-256 verifier"_s))
                    << refused.error().message.toStdString();
        }
    }
    EXPECT_EQ(scalarText(u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"_s, {login(u"bad"_s)}), u"0"_s);
}

} // namespace
