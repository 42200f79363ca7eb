// shipshape-bench: one benchmark case per run, printing one JSON line per measured value, and the
// report that turns the lines of many runs into the tables of docs/performance.md.
//
//   shipshape-bench --case CASE --database PATH [--orders N] [--warmup N] [--repetitions N]
//   shipshape-bench report RESULTS.jsonl...
//   shipshape-bench schema-version
//
// scripts/bench runs every case several times, each in a fresh process, and calls `report`.

#include "Cases.h"
#include "Comparison.h"
#include "Harness.h"
#include "Report.h"

#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"
#include "storage/Migration.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {
Stopwatch g_processClock;

namespace {

// A case measured on a partial database reports figures that mean nothing (a list of 0 rows in 1 ms):
// refuse a missing file, a shop whose demo data is still being written or was interrupted, and one
// without orders.
void requireCompleteDatabase(const QString &path)
{
    if (!QFileInfo::exists(path))
        die(u"The benchmark database %1 does not exist."_s.arg(path));
    auto url = DatabaseUrl::parse(u"sqlite:"_s + path);
    if (!url)
        die(url.error().message);
    auto database = Database::open(*url);
    if (!database)
        die(database.error().message);
    if (auto complete = DemoDataGenerator::checkComplete(**database); !complete)
        die(complete.error().message);
    qint64 count = 0;
    {
        auto orders = (*database)->query(u"SELECT COUNT(*) FROM orders"_s);
        if (!orders)
            die(orders.error().message);
        count = orders->next() ? orders->singleInteger() : 0;
    }
    if (count == 0)
        die(u"The benchmark database %1 holds no orders."_s.arg(path));
}

} // namespace
} // namespace shipshape::bench

int main(int argc, char *argv[])
{
    using namespace shipshape::bench;
    g_processClock.restart();

    // Start-up and GUI cases need widgets; every other case measures without them.
    bool widgets = false;
    for (int i = 1; i < argc; ++i) {
        if (QByteArrayView(argv[i]).startsWith("startup-") || QByteArrayView(argv[i]).startsWith("gui-"))
            widgets = true;
    }
    std::unique_ptr<QCoreApplication> app
            = widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"Shipshape"_s);
    QCoreApplication::setApplicationName(u"Shipshape"_s);
    // Informational logging (one line per placed order) is not part of what is measured.
    QLoggingCategory::setFilterRules(u"shipshape.*.info=false"_s);

    const std::map<QString, std::function<int(const CaseOptions &)>> cases{
            {u"prepare-placement"_s, preparePlacement},
            {u"place-shipshape"_s, placeShipshape},
            {u"place-priced"_s, placePriced},
            {u"place-raw"_s, placeRawSqlite},
            {u"place-card"_s, placeCard},
            {u"list-shipshape"_s, listShipshape},
            {u"list-qsqltablemodel"_s, listQSqlTableModel},
            {u"list-qsqlquerymodel"_s, listQSqlQueryModel},
            {u"search-shipshape"_s, searchShipshape},
            {u"search-raw"_s, searchRawSqlite},
            {u"dashboard-shipshape"_s, dashboardShipshape},
            {u"dashboard-groupby"_s, dashboardGroupBy},
            {u"startup-shipshape"_s, startupShipshape},
            {u"startup-qsqltablemodel"_s, startupQSqlTableModel},
            {u"gui-stall"_s, guiStall},
            {u"detail-shipshape"_s, detailShipshape},
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Shipshape benchmark cases (run them through scripts/bench)."_s);
    parser.addHelpOption();
    const QCommandLineOption caseOption(u"case"_s, u"The case to run."_s, u"CASE"_s);
    const QCommandLineOption databaseOption(u"database"_s, u"The SQLite file."_s, u"PATH"_s);
    const QCommandLineOption ordersOption(u"orders"_s, u"Placement: orders measured."_s, u"N"_s, u"500"_s);
    const QCommandLineOption warmupOption(
            u"warmup"_s, u"Placement: orders placed before measuring."_s, u"N"_s, u"20"_s);
    const QCommandLineOption repetitionsOption(u"repetitions"_s,
            u"Search, dashboard and detail: measured runs per term, period or order."_s, u"N"_s, u"5"_s);
    parser.addOptions({caseOption, databaseOption, ordersOption, warmupOption, repetitionsOption});
    parser.addPositionalArgument(
            u"command"_s, u"report FILE... | compare BASELINE CURRENT [PERCENT] | schema-version"_s);
    parser.process(*app);

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == u"report"_s)
        return report(positional.mid(1));
    if (positional.size() >= 3 && positional.constFirst() == u"compare"_s) {
        bool ok = true;
        const double percent = positional.size() > 3 ? positional.at(3).toDouble(&ok) : 20;
        if (!ok || percent <= 0) {
            std::fprintf(stderr, "compare: PERCENT must be a positive number, not %s\n", qPrintable(positional.at(3)));
            return 2;
        }
        return compare(positional.at(1), positional.at(2), percent);
    }
    if (!positional.isEmpty() && positional.constFirst() == u"schema-version"_s) {
        std::printf("%d\n", shipshape::latestSchemaVersion());
        return 0;
    }

    const auto found = cases.find(parser.value(caseOption));
    if (found == cases.end() || !parser.isSet(databaseOption)) {
        QStringList names;
        for (const auto &[name, run] : cases)
            names << name;
        std::fprintf(stderr, "usage: shipshape-bench --case CASE --database PATH  (cases: %s)\n",
                qPrintable(names.join(u", "_s)));
        return 2;
    }
    const auto count = [&](const QCommandLineOption &option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0)
            die(u"--%1 must be a whole number"_s.arg(option.names().constFirst()));
        return value;
    };
    CaseOptions options;
    options.database = parser.value(databaseOption);
    requireCompleteDatabase(options.database);
    options.orders = count(ordersOption);
    options.warmup = count(warmupOption);
    options.repetitions = count(repetitionsOption);
    return found->second(options);
}
