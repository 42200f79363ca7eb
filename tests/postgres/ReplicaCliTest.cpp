// `shipshape-cli replica status|sync|rebuild` against a real private PostgreSQL cluster, with the data
// folder (QStandardPaths' AppDataLocation) in a temporary directory: exit codes, text and JSON output.

#include "PgFixture.h"

#include "replica/ReplicaFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class ReplicaCliTest : public PgTest {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dataHome.isValid());
        previousDataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
        PgTest::SetUp();
        addProduct(admin(), u"MUG-1"_s, u"12.50"_s, 50);
        ASSERT_TRUE(admin().orders().place(placeRequest({{u"MUG-1"_s, 1}}, u"ada@example.com"_s, u"Ada"_s)));
    }
    void TearDown() override
    {
        PgTest::TearDown();
        qputenv("XDG_DATA_HOME", previousDataHome);
    }
    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        startCli(process, arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        return CliRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString replicaFolder() const { return dataHome.filePath(u"Shipshape/Shipshape/replicas"_s); }

    QTemporaryDir dataHome;
    QByteArray previousDataHome;
};

TEST_F(ReplicaCliTest, StatusSyncAndRebuildForScriptsAndSupport)
{
    const CliRun none = run({u"replica"_s, u"status"_s});
    EXPECT_EQ(none.exitCode, kExitNotFound) << none.err.toStdString();
    EXPECT_TRUE(none.err.contains(u"replica sync"_s)) << none.err.toStdString();

    const CliRun first = run({u"replica"_s, u"sync"_s});
    ASSERT_EQ(first.exitCode, kExitOk) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(u"First sync: copied"_s)) << first.out.toStdString();
    EXPECT_TRUE(first.err.contains(u"Copying orders"_s)) << first.err.toStdString();
    const QStringList files = QDir(replicaFolder()).entryList({u"*.replica"_s}, QDir::Files);
    ASSERT_EQ(files.size(), 1) << "one file per server and database, in the data folder";
    EXPECT_TRUE(files.constFirst().startsWith(databaseName())) << files.constFirst().toStdString();

    ASSERT_TRUE(admin().orders().place(placeRequest({{u"MUG-1"_s, 2}}, u"bob@example.com"_s, u"Bob"_s)));
    const CliRun later = run({u"--json"_s, u"replica"_s, u"sync"_s});
    ASSERT_EQ(later.exitCode, kExitOk) << later.err.toStdString();
    EXPECT_FALSE(later.json().value(u"created"_s).toBool());
    EXPECT_EQ(later.json().value(u"rowsCopied"_s).toInteger(), 0);
    EXPECT_GT(later.json().value(u"changesApplied"_s).toInteger(), 0);

    const CliRun status = run({u"--json"_s, u"replica"_s, u"status"_s});
    ASSERT_EQ(status.exitCode, kExitOk) << status.err.toStdString();
    const QJsonObject json = status.json();
    EXPECT_EQ(json.value(u"state"_s).toString(), u"live"_s);
    EXPECT_EQ(json.value(u"database"_s).toString(), databaseName());
    EXPECT_EQ(json.value(u"pendingChanges"_s).toInteger(-1), 0);
    EXPECT_EQ(json.value(u"lagMs"_s).toInteger(-1), 0);
    EXPECT_GT(json.value(u"lastSequence"_s).toInteger(), 0);
    EXPECT_EQ(json.value(u"rows"_s).toObject().value(u"orders"_s).toInteger(), 2);
    EXPECT_TRUE(QFileInfo(json.value(u"file"_s).toString()).absolutePath().startsWith(replicaFolder()));

    const CliRun text = run({u"replica"_s, u"status"_s});
    ASSERT_EQ(text.exitCode, kExitOk) << text.err.toStdString();
    for (const QString &expected :
            {u"Replica: "_s, u"State: live"_s, u"Last sequence: "_s, u"Lag: 0 ms"_s, u"orders 2"_s}) {
        EXPECT_TRUE(text.out.contains(expected)) << expected.toStdString() << "\n" << text.out.toStdString();
    }

    const CliRun rebuilt = run({u"--json"_s, u"replica"_s, u"rebuild"_s});
    ASSERT_EQ(rebuilt.exitCode, kExitOk) << rebuilt.err.toStdString();
    EXPECT_TRUE(rebuilt.json().value(u"created"_s).toBool());
    EXPECT_GT(rebuilt.json().value(u"rowsCopied"_s).toInteger(), 0);
}

TEST_F(ReplicaCliTest, ASqliteDatabaseNeedsNoReplica)
{
    QProcess process;
    process.start(cliPath(), {u"--database"_s, dataHome.filePath(u"shop.db"_s), u"replica"_s, u"sync"_s});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 3) << process.readAllStandardError().toStdString();
    EXPECT_FALSE(QFileInfo::exists(dataHome.filePath(u"shop.db"_s))) << "nothing is created";
}

} // namespace
} // namespace shipshape::test
