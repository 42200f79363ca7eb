// The PostgreSQL backup and restore procedure of docs/operations.md ("Backup and restore"), tried: pg_dump
// in the custom format while a session is open, pg_restore --list, then pg_restore into a new database as
// the owner in one transaction. The restored database has the same orders, passes the doctor's schema and
// migration checks, and a staff login still works in it (the group roles' grants came with the dump).

#include "PgFixture.h"

#include "diagnostics/Diagnostics.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class BackupProcedurePgTest : public PgTest {
protected:
    // One of PostgreSQL's client programs against the test cluster as the owner (the superuser here).
    void tool(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(cluster().binDirectory() + u'/' + program,
                QStringList{u"--host"_s, cluster().host(), u"--port"_s, QString::number(cluster().port()),
                        u"--username"_s, u"postgres"_s}
                        + arguments);
        ASSERT_TRUE(process.waitForFinished(120000)) << program.toStdString();
        ASSERT_EQ(process.exitCode(), 0) << program.toStdString() << ": "
                                         << process.readAllStandardError().toStdString();
    }
};

TEST_F(BackupProcedurePgTest, TheDocumentedProcedureRestoresOrdersGrantsAndSchema)
{
    const QString suffix = databaseName().right(8).toLower();
    const QString staff = u"bak_"_s + suffix;
    addStaff(staff, u"support"_s);
    addProduct(admin(), u"PGB-1"_s, u"10.00"_s, 40);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(admin().orders().place(placeRequest({{u"PGB-1"_s, 2}})));
    const qint64 orders = scalar(admin().database(), u"SELECT COUNT(*) FROM orders"_s);
    ASSERT_EQ(orders, 3);

    // Backup while the admin session stays open, and check the dump can be read.
    const QString dump = writeFile(u"shop.dump"_s, {});
    ASSERT_NO_FATAL_FAILURE(tool(u"pg_dump"_s, {u"--format=custom"_s, u"--file"_s, dump, databaseName()}));
    ASSERT_NO_FATAL_FAILURE(tool(u"pg_restore"_s, {u"--list"_s, dump}));

    // Restore into a new database (the roles exist: same cluster).
    const QString restored = cluster().createDatabase();
    ASSERT_NO_FATAL_FAILURE(tool(u"pg_restore"_s,
            {u"--exit-on-error"_s, u"--single-transaction"_s, u"--no-owner"_s, u"--role"_s, u"postgres"_s,
                    u"--dbname"_s, restored, dump}));

    DiagnosticsOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    for (const DiagnosticResult &result : Diagnostics::run(cluster().url(restored), options)) {
        if (result.key == u"database"_s || result.key == u"schema"_s || result.key == u"migrations"_s) {
            EXPECT_TRUE(result.passed) << result.key.toStdString() << ": " << result.detail.toStdString();
        }
    }

    qputenv("PGPASSWORD", "s3cret-pass");
    SessionOptions sessionOptions;
    sessionOptions.clock = &clock();
    auto asStaff = Session::open(cluster().url(restored, staff), sessionOptions);
    qunsetenv("PGPASSWORD");
    ASSERT_TRUE(asStaff) << describe(asStaff.error());
    EXPECT_EQ(scalar((*asStaff)->database(), u"SELECT COUNT(*) FROM orders"_s), orders);
    // The support role's grants and the commit-time guards came back: it may place an order.
    auto placed = (*asStaff)->orders().place(placeRequest({{u"PGB-1"_s, 1}}));
    ASSERT_TRUE(placed) << describe(placed.error());
    EXPECT_EQ(scalar((*asStaff)->database(), u"SELECT reserved FROM products WHERE sku = 'PGB-1'"_s), 7);
    asStaff->reset();
    cluster().dropDatabase(restored);
}

} // namespace
