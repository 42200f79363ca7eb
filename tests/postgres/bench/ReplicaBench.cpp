// Desktop replica benchmark (not a test; docs/replica.md "Figures"): on a private PostgreSQL cluster with
// N demo orders, the replica's first sync next to a `pg_dump --data-only --column-inserts | sqlite3` copy
// of the same tables into the same empty schema, measured in the same run; the catch-up of 10,000 changed
// orders; and the change-to-replica lag (commit, NOTIFY, catch-up) over repeated single changes.
// `--smoke` is a tiny run for CTest. Prints a Markdown table.

#include "PostgresCluster.h"

#include "demo/DemoDataGenerator.h"
#include "replica/ReplicaFile.h"
#include "replica/ReplicaSync.h"
#include "replica/ReplicaTables.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

qint64 count(Database &database, const QString &sql)
{
    auto rows = database.query(sql);
    return rows && rows->next() ? rows->singleInteger() : -1;
}

double percentile(QList<double> samples, double fraction)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<qsizetype>(std::ceil(fraction * double(samples.size()))) - 1;
    return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
}

int failed(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // a run cut short still shows what it measured
    QLoggingCategory::setFilterRules(u"shipshape.*.info=false"_s);
    const QStringList arguments = app.arguments();
    const bool smoke = arguments.contains(u"--smoke"_s);
    qint64 orders = smoke ? 300 : 100000;
    if (const qsizetype at = arguments.indexOf(u"--orders"_s); at >= 0 && at + 1 < arguments.size())
        orders = arguments.at(at + 1).toLongLong();
    const qint64 changedOrders = std::min<qint64>(10000, orders / 2);
    const int lagSamples = smoke ? 5 : 60;

    QString problem;
    auto cluster = PostgresCluster::start(&problem);
    if (!cluster)
        return failed(u"cannot start PostgreSQL: "_s + problem);
    const QString databaseName = cluster->createMigratedDatabase();
    const DatabaseUrl url = cluster->url(databaseName);
    QTemporaryDir folder;
    QElapsedTimer timer;

    auto admin = Session::open(url);
    if (!admin)
        return failed(admin.error().message);
    {
        DemoDataOptions options;
        options.orders = orders;
        options.customers = int(std::max<qint64>(200, orders / 10));
        options.now = QDateTime::currentDateTimeUtc();
        timer.start();
        auto generated = DemoDataGenerator::generate((*admin)->database(), options);
        if (!generated)
            return failed(generated.error().message);
        std::printf(
                "demo data: %lld orders in %.1f s\n", static_cast<long long>(orders), double(timer.elapsed()) / 1000.0);
    }
    (void) (*admin)->database().execute(u"VACUUM ANALYZE"_s);
    auto opened = Database::open(url);
    if (!opened)
        return failed(opened.error().message);
    Database &server = **opened;

    // The tables a replica holds, as the replica reads them from the catalogues.
    const QString baselinePath = folder.filePath(u"baseline.replica"_s);
    QStringList tables;
    qint64 serverRows = 0;
    {
        auto schema = ReplicaFile::create(baselinePath);
        if (!schema)
            return failed(schema.error().message);
        auto followed = ReplicaTables::followed(server, (*schema)->database());
        if (!followed)
            return failed(followed.error().message);
        for (const ReplicaTable &table : *followed) {
            tables << table.name;
            serverRows += count(server, u"SELECT COUNT(*) FROM \"%1\""_s.arg(table.name));
            // pg_dump writes every column: the server's own ones (order_events.transaction_id) get a place
            // in the baseline's file too, so that it loads every row.
            auto columns = server.query(u"SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                        "'public' AND table_name = ?"_s,
                    {table.name});
            QStringList extra;
            while (columns && columns->next()) {
                if (!table.columns.contains(columns->text(u"column_name")))
                    extra << columns->text(u"column_name");
            }
            for (const QString &column : std::as_const(extra))
                (void) (*schema)->database().execute(u"ALTER TABLE \"%1\" ADD COLUMN \"%2\""_s.arg(table.name, column));
        }
    }

    // Baseline: pg_dump's INSERTs, schema prefix removed, in one SQLite transaction.
    QString pgDump = cluster->binDirectory() + u"/pg_dump"_s;
    if (!QFileInfo::exists(pgDump))
        pgDump = u"pg_dump"_s;
    QStringList dumpArguments{u"--data-only"_s, u"--column-inserts"_s, u"-h"_s, cluster->host(), u"-p"_s,
            QString::number(cluster->port()), u"-U"_s, u"postgres"_s};
    for (const QString &table : std::as_const(tables))
        dumpArguments << u"-t"_s << table;
    dumpArguments << databaseName;
    QStringList quotedArguments;
    for (const QString &argument : std::as_const(dumpArguments))
        quotedArguments << u"'"_s + argument + u"'"_s;
    const QString pipeline = u"{ echo 'PRAGMA foreign_keys=OFF; PRAGMA synchronous=NORMAL; BEGIN;'; '%1' %2 | sed "
                             "-e '/^\\\\/d' -e 's/^INSERT INTO public\\./INSERT INTO /'; echo 'COMMIT;'; } | sqlite3 "
                             "'%3' 2>'%3.errors' "
                             ">/dev/null"_s.arg(pgDump, quotedArguments.join(u' '), baselinePath);
    QProcess shell;
    timer.restart();
    shell.start(u"bash"_s, {u"-c"_s, pipeline});
    shell.waitForFinished(-1);
    const double baselineSeconds = double(timer.elapsed()) / 1000.0;
    {
        // pg_dump's SET and setval lines are not SQLite: their errors are expected, any other is shown.
        QFile errors(baselinePath + u".errors"_s);
        if (errors.open(QIODevice::ReadOnly)) {
            int shown = 0;
            while (!errors.atEnd() && shown < 12) {
                const QByteArray line = errors.readLine();
                if (!line.contains("SET") && !line.contains("setval") && !line.contains("set_config")) {
                    std::fprintf(stderr, "sqlite3: %s", line.constData());
                    ++shown;
                }
            }
        }
    }
    qint64 baselineOrders = -1;
    qint64 baselineRows = 0;
    {
        auto check = ReplicaFile::openReadOnly(baselinePath);
        if (check) {
            baselineOrders = count(**check, u"SELECT COUNT(*) FROM orders"_s);
            for (const QString &table : std::as_const(tables))
                baselineRows += count(**check, u"SELECT COUNT(*) FROM \"%1\""_s.arg(table));
        }
    }

    // The replica's first sync into an empty file.
    const QString replicaPath = folder.filePath(u"replica.replica"_s);
    ReplicaSync replica(server, replicaPath);
    timer.restart();
    auto first = replica.sync();
    const double firstSeconds = double(timer.elapsed()) / 1000.0;
    if (!first)
        return failed(first.error().message);
    qint64 replicaOrders = -1;
    {
        auto check = ReplicaFile::openReadOnly(replicaPath);
        if (check)
            replicaOrders = count(**check, u"SELECT COUNT(*) FROM orders"_s);
    }

    // 10,000 orders change on the server (a note on each: the order and a timeline row), then one catch-up.
    timer.restart();
    {
        QStringList references;
        {
            auto numbers = server.query(u"SELECT number FROM orders ORDER BY number DESC LIMIT ?"_s, {changedOrders});
            while (numbers && numbers->next())
                references << QString::number(numbers->integer(u"number"));
        }
        for (const QString &reference : std::as_const(references)) {
            if (auto noted = (*admin)->orders().addNote(reference, u"bench note"_s); !noted)
                return failed(noted.error().message);
        }
    }
    const double changeSeconds = double(timer.elapsed()) / 1000.0;
    timer.restart();
    auto catchUp = replica.sync();
    const double catchUpSeconds = double(timer.elapsed()) / 1000.0;
    if (!catchUp)
        return failed(catchUp.error().message);

    // Lag: a change commits; the replica's connection hears NOTIFY and catches up.
    QList<double> lags;
    {
        ChangeFeed feed(server);
        if (!feed.start())
            return failed(u"cannot LISTEN"_s);
        const QString reference = QString::number(count(server, u"SELECT MIN(number) FROM orders"_s));
        for (int sample = 0; sample < lagSamples; ++sample) {
            QEventLoop loop;
            bool heard = false;
            QObject::connect(&feed, &ChangeFeed::replicaChanged, &loop, [&] {
                heard = true;
                loop.quit();
            });
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            if (!(*admin)->orders().addNote(reference, u"lag %1"_s.arg(sample)))
                return failed(u"cannot add a note"_s);
            QElapsedTimer lag;
            lag.start();
            if (!heard)
                loop.exec();
            auto pulled = replica.sync();
            if (!pulled || !heard)
                return failed(u"no catch-up after a change"_s);
            lags << double(lag.nsecsElapsed()) / 1e6;
        }
        feed.stop();
    }

    std::printf("\n| Case | Measured | Compared with |\n| --- | --- | --- |\n");
    std::printf("| First sync of %lld orders (%lld rows in %lld tables) | %.1f s (%.0f rows/s) | `pg_dump "
                "--column-inserts \\| sqlite3` in one transaction: %.1f s — replica %.2fx faster |\n",
            static_cast<long long>(orders), static_cast<long long>(serverRows), static_cast<long long>(tables.size()),
            firstSeconds, double(serverRows) / firstSeconds, baselineSeconds, baselineSeconds / firstSeconds);
    std::printf("| Catch-up of %lld changed orders (%lld log rows) | %.2f s | making the changes: %.1f s |\n",
            static_cast<long long>(changedOrders), static_cast<long long>(catchUp->changesApplied), catchUpSeconds,
            changeSeconds);
    std::printf("| Change-to-replica lag, %d single changes | median %.0f ms, p95 %.0f ms | |\n", lagSamples,
            percentile(lags, 0.5), percentile(lags, 0.95));
    std::printf("\nchecks: server orders %lld, replica orders %lld, baseline orders %lld; rows: server %lld, "
                "baseline %lld; replica file with its WAL %lld bytes\n",
            static_cast<long long>(count(server, u"SELECT COUNT(*) FROM orders"_s)),
            static_cast<long long>(replicaOrders), static_cast<long long>(baselineOrders),
            static_cast<long long>(serverRows), static_cast<long long>(baselineRows),
            static_cast<long long>(QFileInfo(replicaPath).size() + QFileInfo(replicaPath + u"-wal"_s).size()));
    admin->reset();
    replica.close();
    return replicaOrders == orders && baselineOrders == orders ? 0 : 2;
}
