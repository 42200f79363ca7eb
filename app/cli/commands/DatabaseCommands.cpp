#include "cli/commands/DatabaseCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "demo/DemoDataGenerator.h"
#include "session/Session.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

CommandGroup DatabaseCommands::group()
{
    return CommandGroup{
            .title = tr("Database"),
            .noun = {},
            .summary = tr("The schema, and a generated shop to try things on."),
            .commands = {
                    CommandSpec{
                            .words = {u"migrate"_s},
                            .summary = tr("Brings the schema up to date (or to the version --to names)."),
                            .options = {{.name = u"to"_s,
                                    .valueName = u"VERSION"_s,
                                    .description = tr("The schema version to migrate to, up or down (0 removes every "
                                                      "table). Default: the latest, %1.")
                                                           .arg(latestSchemaVersion())}},
                            .examples = {u"shipshape-cli migrate"_s,
                                    u"shipshape-cli --database sqlite:/srv/shipshape/orders.sqlite migrate"_s,
                                    u"shipshape-cli --json migrate"_s},
                            .description
                            = tr("A non-empty SQLite file is first copied next to itself as "
                                 "<file>.v<N>-<timestamp>.bak; PostgreSQL databases are not backed up (use pg_dump)."),
                            .handler = &DatabaseCommands::migrate,
                    },
                    CommandSpec{
                            .words = {u"demo-data"_s},
                            .summary = tr("Fills an empty database with a generated shop: products, customers, "
                                          "orders."),
                            .options = {{.name = u"orders"_s,
                                                .valueName = u"N"_s,
                                                .description = tr("Orders, spread over the last 180 days (0 to "
                                                                  "100000000). Default: 5000.")},
                                    {.name = u"products"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("Products (1 to 1000000). Default: 250.")},
                                    {.name = u"customers"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("Customers (1 to 10000000). Default: 2000.")},
                                    {.name = u"seed"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("The same seed gives the same shop. Default: 1.")},
                                    {.name = u"partly-shipped"_s,
                                            .valueName = u"PERCENT"_s,
                                            .description = tr("Orders partly shipped: one or two parcels sent, units "
                                                              "still to ship (0 to 100). Default: 10.")},
                                    {.name = u"returned"_s,
                                            .valueName = u"PERCENT"_s,
                                            .description = tr("Delivered orders with a return: requested, received "
                                                              "(restocked, written off), refunded or rejected (0 to "
                                                              "100). Default: 5.")},
                                    {.name = u"exchanged"_s,
                                            .valueName = u"PERCENT"_s,
                                            .description = tr("Of those returns, exchanged for a replacement order "
                                                              "(0 to the returned share). Default: 1.")}},
                            .examples = {u"shipshape-cli demo-data --orders 1000000 --seed 1"_s,
                                    u"shipshape-cli demo-data --orders 20000 --partly-shipped 0 --returned 0 --exchanged 0"_s},
                            .description = tr("A database that already holds products or orders is refused (exit 4). "
                                              "Shares are percentages of all orders; partly shipped and returned "
                                              "together at most 100."),
                            .handler = &DatabaseCommands::demoData,
                    },
            },
    };
}

int DatabaseCommands::migrate(CliContext &context, const CommandInput &input)
{
    int target = latestSchemaVersion();
    if (const auto to = input.value(u"to"_s)) {
        bool ok = false;
        target = to->toInt(&ok);
        if (!ok)
            return context.fail(Error::invalid(u"to"_s, *to, tr("--to needs a schema version number.")));
    }
    auto url = context.databaseUrl();
    if (!url)
        return context.fail(url.error());
    DatabaseOptions options;
    options.password = context.secrets().databasePassword; // from the keychain; libpq has PGPASSWORD itself
    auto database = Database::open(*url, options);
    if (!database)
        return context.fail(database.error());
    Migrator migrator(**database);
    auto report = migrator.migrateTo(target);
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        return context.printJson(QJsonObject{{u"from"_s, report->fromVersion}, {u"to"_s, report->toVersion},
                {u"backup"_s, report->backupPath.isEmpty() ? QJsonValue() : QJsonValue(report->backupPath)}});
    }
    QTextStream &out = context.out();
    if (report->fromVersion == report->toVersion)
        out << tr("Schema is at version %1; nothing to do.").arg(report->toVersion) << '\n';
    else
        out << tr("Migrated schema from version %1 to %2.").arg(report->fromVersion).arg(report->toVersion) << '\n';
    if (!report->backupPath.isEmpty())
        out << tr("Backup: %1").arg(report->backupPath) << '\n';
    return ExitOk;
}

int DatabaseCommands::demoData(CliContext &context, const CommandInput &input)
{
    DemoDataOptions options;
    const auto orders = input.count(u"orders"_s, 0, 100'000'000);
    const auto products = input.count(u"products"_s, 1, 1'000'000);
    const auto customers = input.count(u"customers"_s, 1, 10'000'000);
    const auto seed = input.count(u"seed"_s, 0, 4'294'967'295LL);
    const auto partlyShipped = input.count(u"partly-shipped"_s, 0, 100);
    const auto returned = input.count(u"returned"_s, 0, 100);
    const auto exchanged = input.count(u"exchanged"_s, 0, 100);
    for (const auto *counted : {&orders, &products, &customers, &seed, &partlyShipped, &returned, &exchanged}) {
        if (!*counted)
            return context.fail(counted->error());
    }
    options.partlyShippedPercent = int(partlyShipped->value_or(options.partlyShippedPercent));
    options.returnedPercent = int(returned->value_or(options.returnedPercent));
    options.exchangedPercent = int(exchanged->value_or(options.exchangedPercent));
    options.orders = orders->value_or(options.orders);
    options.products = int(products->value_or(options.products));
    options.customers = int(customers->value_or(options.customers));
    options.seed = quint32(seed->value_or(options.seed));

    auto opened = context.session();
    if (!opened)
        return context.fail(opened.error());
    Session &session = **opened;
    options.now = session.clock().now();
    options.holdMinutes = session.orders().settings().reservationHoldMinutes;

    QTextStream &err = context.err();
    bool progressShown = false;
    QElapsedTimer timer;
    timer.start();
    auto report = DemoDataGenerator::generate(session.database(), options, [&](qint64 done, qint64 total) {
        if (context.json())
            return;
        // One line rewritten in place; ended before anything else is printed.
        err << '\r' << tr("%L1 of %L2 orders written").arg(done).arg(total) << Qt::flush;
        progressShown = true;
    });
    if (progressShown)
        err << '\n' << Qt::flush;
    if (!report)
        return context.fail(report.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (context.json()) {
        return context.printJson(QJsonObject{{u"orders"_s, report->orders}, {u"products"_s, report->products},
                {u"customers"_s, report->customers}, {u"lines"_s, report->lines},
                {u"timelineEntries"_s, report->timelineEntries}, {u"partlyShipped"_s, report->partlyShipped},
                {u"returns"_s, report->returns}, {u"exchanges"_s, report->exchanges}, {u"seconds"_s, seconds}});
    }
    context.out() << tr("Created %1 (%2), %3 and %4 in %L5 s.")
                             .arg(tr("%Ln order(s)", nullptr, int(report->orders)),
                                     tr("%Ln line(s)", nullptr, int(report->lines)),
                                     tr("%Ln product(s)", nullptr, int(report->products)),
                                     tr("%Ln customer(s)", nullptr, int(report->customers)))
                             .arg(seconds, 0, 'f', 1)
                  << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
