#include "cli/commands/OrderImportCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "orders/OrderImport.h"
#include "session/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString kFile = u"FILE"_s;

QJsonArray issuesJson(const QList<ImportIssue> &issues)
{
    QJsonArray array;
    for (const ImportIssue &issue : issues) {
        array.append(QJsonObject{{u"row"_s, issue.row}, {u"column"_s, issue.column}, {u"value"_s, issue.value},
                {u"message"_s, issue.message}});
    }
    return array;
}

QString issueLine(const ImportIssue &issue)
{
    const QString where
            = issue.row == 0 ? OrderImportCommand::tr("file") : OrderImportCommand::tr("line %1").arg(issue.row);
    const QString column = issue.column.isEmpty() ? QString() : u", "_s + issue.column;
    const QString value = issue.value.isEmpty() ? QString() : u" \""_s + issue.value + u'"';
    return u"%1%2%3: %4"_s.arg(where, column, value, issue.message);
}

} // namespace

CommandSpec OrderImportCommand::spec()
{
    return CommandSpec{
            .words = {u"orders"_s, u"import"_s},
            .summary = tr("Places orders from another system's CSV or JSON Lines file, each external order once."),
            .arguments = {{.name = kFile,
                    .description = tr("A CSV file (a row per order line, header first) or, named *.jsonl, JSON "
                                      "Lines (an order object per line); docs/orders-import.md."),
                    .kind = ValueKind::File}},
            .options = {{.name = u"source"_s,
                                .valueName = u"NAME"_s,
                                .description = tr("The other system's name (default \"import\"); an order is "
                                                  "imported once per source and external id.")},
                    {.name = u"map"_s,
                            .valueName = u"FIELD=COLUMN"_s,
                            .description = tr("Read FIELD from the CSV column COLUMN (repeatable), over the "
                                              "header names and known aliases."),
                            .repeatable = true}},
            .flags = {{.name = u"dry-run"_s,
                    .description = tr("Check the file and say what would be placed; write nothing.")}},
            .examples
            = {u"shipshape-cli orders import amazon.csv --source amazon --map unit_price=item-price --dry-run"_s,
                    u"shipshape-cli orders import old-shop.jsonl --source old-shop"_s},
            .description = tr("The whole file is checked first; any problem is reported with its line, column, "
                              "value and reason, and nothing is written (exit 3). Each order is then placed at "
                              "the file's prices (what the customer paid), its stock reserved, and marked paid by "
                              "its payment method (default bank_transfer) with the reference \"imported from "
                              "SOURCE, external id ID\". An order already imported from the "
                              "same source is reported and not placed again. Progress goes to standard error."),
            .handler = &OrderImportCommand::run,
    };
}

int OrderImportCommand::run(CliContext &context, const CommandInput &input)
{
    const QString path = input.argument(kFile);
    auto mapping = OrderImportFile::parseMapping(input.values(u"map"_s));
    if (!mapping)
        return context.fail(mapping.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error::invalid(u"file"_s, path, tr("Cannot read %1: %2").arg(path, file.errorString())));
    constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;
    if (file.size() > kMaxBytes)
        return context.fail(Error::invalid(u"file"_s, path, tr("%1 is larger than 512 MiB.").arg(path)));
    const QByteArray data = file.readAll();
    OrderImportOptions options;
    options.source = input.value(u"source"_s, u"import"_s);
    options.mapping = *mapping;
    options.dryRun = input.flag(u"dry-run"_s);

    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    QTextStream &err = context.err();
    // A line every 10,000 rows checked and every 1,000 orders placed, so a long import shows it is moving.
    const auto progress = [&err](OrderImportPhase phase, qint64 done, qint64 total) {
        if (phase == OrderImportPhase::Checking && done % 10000 != 0 && done != total)
            return true;
        err << (phase == OrderImportPhase::Checking ? tr("checked %1 of %2 rows") : tr("placed %1 of %2 orders"))
                        .arg(done)
                        .arg(total)
            << '\n';
        err.flush();
        return true;
    };
    OrderImport importer((*session)->database(), (*session)->clock(), &(*session)->events());
    auto summary = importer.run(data, OrderImportFile::formatOf(path), options, progress);
    if (!summary)
        return context.fail(summary.error());
    const bool refused = !summary->issues.isEmpty();
    if (context.json()) {
        QJsonArray numbers;
        for (const qint64 number : summary->orderNumbers)
            numbers.append(number);
        context.printJson(QJsonObject{{u"dryRun"_s, options.dryRun}, {u"source"_s, options.source.trimmed()},
                {u"rows"_s, summary->rows}, {u"orders"_s, summary->orders}, {u"placed"_s, summary->placed},
                {u"alreadyImported"_s, issuesJson(summary->alreadyImported)}, {u"orderNumbers"_s, numbers},
                {u"issues"_s, issuesJson(summary->issues)}});
        return refused ? ExitInvalidInput : ExitOk;
    }
    if (refused) {
        if (summary->orderNumbers.isEmpty())
            err << tr("%1: %n problem(s); nothing was imported.", nullptr, int(summary->issues.size())).arg(path)
                << '\n';
        else
            err << tr("%1: stopped after placing %2 orders; run it again to place the rest.")
                            .arg(path)
                            .arg(summary->orderNumbers.size())
                << '\n';
        for (const ImportIssue &issue : summary->issues)
            err << issueLine(issue) << '\n';
        err.flush();
        return ExitInvalidInput;
    }
    for (const ImportIssue &skipped : summary->alreadyImported)
        context.out() << issueLine(skipped) << '\n';
    context.out() << (options.dryRun ? tr("Dry run, nothing written: %1 rows, %2 orders; would place %3, %4 already "
                                          "imported.")
                                     : tr("Imported %1 rows, %2 orders: placed %3, %4 already imported."))
                             .arg(summary->rows)
                             .arg(summary->orders)
                             .arg(summary->placed)
                             .arg(summary->alreadyImported.size())
                  << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
