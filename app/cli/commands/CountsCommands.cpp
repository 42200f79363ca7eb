#include "cli/commands/CountsCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "session/Session.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString kCount = u"COUNT"_s;
constexpr int kDefaultDueDays = 90;

Result<qint64> countIdFrom(const CommandInput &input)
{
    const QString text = input.argument(kCount).trimmed();
    bool ok = false;
    const qint64 id = QString(text).remove(u'#').toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(
                Error::invalid(u"count"_s, text, CountsCommands::tr("\"%1\" is not a count id (a number).").arg(text)));
    return id;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoUtc(time)) : QJsonValue();
}

QJsonObject lineJson(const CycleCountLine &line)
{
    return QJsonObject{{u"sku"_s, line.sku}, {u"name"_s, line.productName},
            {u"barcode"_s, line.barcode.isEmpty() ? QJsonValue() : QJsonValue(line.barcode)},
            {u"expected"_s, line.expected}, {u"counted"_s, optionalNumber(line.counted)},
            {u"onHandAtCount"_s, optionalNumber(line.onHandAtCount)},
            {u"movedDuringCount"_s, optionalNumber(line.movedDuringCount())},
            {u"variance"_s, optionalNumber(line.variance())},
            {u"countedBy"_s, line.countedBy.isEmpty() ? QJsonValue() : QJsonValue(line.countedBy)},
            {u"countedAt"_s, optionalTime(line.countedAt)}, {u"correctionId"_s, optionalNumber(line.correctionId)}};
}

QJsonObject countJson(const CycleCount &count)
{
    QJsonArray lines;
    for (const CycleCountLine &line : count.lines)
        lines.append(lineJson(line));
    return QJsonObject{{u"id"_s, count.id}, {u"state"_s, CycleCountStates::key(count.state)}, {u"note"_s, count.note},
            {u"startedBy"_s, count.startedBy}, {u"startedAt"_s, isoUtc(count.startedAt)},
            {u"closedBy"_s, count.closedBy.isEmpty() ? QJsonValue() : QJsonValue(count.closedBy)},
            {u"closedAt"_s, optionalTime(count.closedAt)}, {u"lines"_s, lines}};
}

QString signedNumber(qint64 value)
{
    return value > 0 ? u"+%1"_s.arg(value) : QString::number(value);
}

QString lineText(const CycleCountLine &line)
{
    if (!line.isCounted())
        return CountsCommands::tr("%1  expected %2  not counted yet").arg(line.sku).arg(line.expected);
    QString text
            = CountsCommands::tr("%1  expected %2  counted %3").arg(line.sku).arg(line.expected).arg(*line.counted);
    if (const qint64 moved = line.movedDuringCount().value_or(0); moved != 0)
        text += CountsCommands::tr("  moved during the count %1").arg(signedNumber(moved));
    text += CountsCommands::tr("  variance %1").arg(signedNumber(line.variance().value_or(0)));
    if (line.correctionId)
        text += CountsCommands::tr("  posted as ledger row %1").arg(*line.correctionId);
    return text;
}

int printCount(CliContext &context, const Result<CycleCount> &count)
{
    if (!count)
        return context.fail(count.error());
    if (context.json())
        return context.printJson(countJson(*count));
    QTextStream &out = context.out();
    out << CountsCommands::tr("Count #%1: %2, %3 of %4 products counted; started by %5 at %6")
                    .arg(count->id)
                    .arg(CycleCountStates::key(count->state))
                    .arg(count->countedLines())
                    .arg(count->lines.size())
                    .arg(count->startedBy, isoUtc(count->startedAt))
        << u'\n';
    if (!count->note.isEmpty())
        out << CountsCommands::tr("Note: %1").arg(count->note) << u'\n';
    for (const CycleCountLine &line : count->lines)
        out << u"  "_s << lineText(line) << u'\n';
    if (count->closedAt.isValid()) {
        out << CountsCommands::tr("%1 by %2 at %3")
                        .arg(CycleCountStates::displayName(count->state), count->closedBy, isoUtc(count->closedAt))
            << u'\n';
    }
    return ExitOk;
}

// A command on the count COUNT names, answered with the whole count.
int onCount(CliContext &context, const CommandInput &input, Result<CycleCount> (CycleCounts::*action)(qint64))
{
    const auto id = countIdFrom(input);
    if (!id)
        return context.fail(id.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    return printCount(context, ((*session)->counts().*action)(*id));
}

int printLine(CliContext &context, qint64 countId, const CycleCountLine &line)
{
    if (context.json()) {
        QJsonObject json = lineJson(line);
        json.insert(u"count"_s, countId);
        return context.printJson(json);
    }
    context.out() << CountsCommands::tr("Count #%1: %2").arg(countId).arg(lineText(line)) << u'\n';
    return ExitOk;
}

} // namespace

CommandGroup CountsCommands::group()
{
    const ArgumentSpec count{.name = kCount, .description = tr("The count's id (from counts list), e.g. 12 or #12.")};
    const ArgumentSpec code{.name = u"CODE"_s, .description = tr("The product: its SKU (any case) or its barcode.")};
    return CommandGroup{
            .title = tr("Cycle counts"),
            .noun = u"counts"_s,
            .summary = tr("Cycle counts: count products on the shelf, see the variance against the stock when "
                          "each was counted, and have an admin post the corrections."),
            .commands = {
                    CommandSpec{
                            .words = {u"counts"_s, u"start"_s},
                            .summary = tr("Starts a count of the products named, or of those not counted for a "
                                          "number of days."),
                            .arguments = {{.name = u"SKU"_s,
                                    .description = tr("A product to count; several may be given."),
                                    .required = false,
                                    .repeatable = true}},
                            .options = {{.name = u"due"_s,
                                                .valueName = u"DAYS"_s,
                                                .description = tr("Instead of SKUs: the products not counted (in an "
                                                                  "approved count) for DAYS days and in no open "
                                                                  "count, never counted ones first.")},
                                    {.name = u"limit"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("With --due: at most N products (default 50).")},
                                    {.name = u"note"_s,
                                            .valueName = u"TEXT"_s,
                                            .description = tr("Where or why, e.g. \"aisle A\"; it goes on the "
                                                              "ledger rows the count posts.")}},
                            .examples = {u"shipshape-cli counts start MUG-1 TEE-M --note \"aisle A\""_s,
                                    u"shipshape-cli counts start --due 90 --limit 20"_s},
                            .description = tr("Each line expects the product's on-hand now. A product is in one "
                                              "open count at a time: naming one that is in another open count is "
                                              "refused (exit 4), a code that is no product's exits 3; nothing is written."),
                            .handler = &CountsCommands::start,
                    },
                    CommandSpec{
                            .words = {u"counts"_s, u"enter"_s},
                            .summary = tr("Enters what the shelf holds of a product, replacing an earlier entry."),
                            .arguments = {count, code,
                                    {.name = u"QUANTITY"_s, .description = tr("The units found, 0 or more.")}},
                            .examples = {u"shipshape-cli counts enter 12 MUG-1 47"_s},
                            .description = tr("The count is taken against the stock as it is now, so units shipped "
                                              "since the count started are accounted, not reported as variance. A "
                                              "product not in the count is refused (exit 4), a code that is no "
                                              "product's or a negative quantity exits 3; nothing is written."),
                            .handler = &CountsCommands::enter,
                    },
                    CommandSpec{
                            .words = {u"counts"_s, u"scan"_s},
                            .summary = tr("Counts one unit per scanned code (SKU or barcode), as a scanner would."),
                            .arguments = {count,
                                    {.name = u"CODE"_s,
                                            .description = tr("A scanned code; one unit each, repeat for more."),
                                            .repeatable = true}},
                            .examples = {u"shipshape-cli counts scan 12 4006381333931 4006381333931 MUG-1"_s},
                            .description = tr("Scans are applied in order and stop at the first refused one (the "
                                              "scans before it stay counted, as on the floor)."),
                            .handler = &CountsCommands::scan,
                    },
                    CommandSpec{
                            .words = {u"counts"_s, u"approve"_s},
                            .summary = tr("Approves a count: posts each difference as a ledger correction and "
                                          "closes it (admins)."),
                            .arguments = {count},
                            .examples = {u"shipshape-cli counts approve 12"_s},
                            .description = tr("Every product must be counted. Refused (exit 4), nothing written: a "
                                              "product not counted, a product whose stock was corrected by hand "
                                              "since it was counted (count it again), a correction that would "
                                              "leave less on hand than open orders reserve. On PostgreSQL only an "
                                              "admin login approves."),
                            .handler = &CountsCommands::approve,
                    },
                    CommandSpec{
                            .words = {u"counts"_s, u"cancel"_s},
                            .summary = tr("Closes a count without changing stock."),
                            .arguments = {count},
                            .examples = {u"shipshape-cli counts cancel 12"_s},
                            .handler = &CountsCommands::cancel,
                    },
                    CommandSpec{
                            .words = {u"counts"_s, u"list"_s},
                            .summary = tr("Lists counts, newest first, with how far each got."),
                            .options = {{.name = u"state"_s,
                                                .valueName = u"STATE"_s,
                                                .description = tr("Only counts in this state."),
                                                .choices = {u"open"_s, u"approved"_s, u"cancelled"_s}},
                                    {.name = u"limit"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("At most N counts (default 50).")}},
                            .examples = {u"shipshape-cli counts list --state open"_s},
                            .handler = &CountsCommands::list,
                    },
                    CommandSpec{
                            .words = {u"counts"_s, u"show"_s},
                            .summary = tr("Shows a count: each product's expected, counted and variance."),
                            .arguments = {count},
                            .examples = {u"shipshape-cli counts show 12"_s, u"shipshape-cli --json counts show 12"_s},
                            .handler = &CountsCommands::show,
                    },
                    CommandSpec{
                            .words = {u"counts"_s, u"due"_s},
                            .summary = tr("Lists products not counted for a number of days, never counted ones "
                                          "first."),
                            .options = {{.name = u"days"_s,
                                                .valueName = u"DAYS"_s,
                                                .description = tr("Not counted for DAYS days (default %1).")
                                                                       .arg(kDefaultDueDays)},
                                    {.name = u"limit"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("At most N products (default 50).")}},
                            .examples = {u"shipshape-cli counts due --days 30"_s},
                            .handler = &CountsCommands::due,
                    },
            },
    };
}

int CountsCommands::start(CliContext &context, const CommandInput &input)
{
    const QStringList skus = input.arguments(u"SKU"_s);
    const auto days = input.count(u"due"_s, 0, 3650);
    if (!days)
        return context.fail(days.error());
    const auto limit = input.count(u"limit"_s, 1, CycleCounts::kMaxLines);
    if (!limit)
        return context.fail(limit.error());
    if (skus.isEmpty() == !days->has_value())
        return context.usage(tr("Name the products to count, or give --due DAYS (not both)."), u"counts start"_s);
    if (limit->has_value() && !days->has_value())
        return context.usage(tr("--limit goes with --due."), u"counts start"_s);
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    CycleCounts &counts = (*session)->counts();
    const QString note = input.value(u"note"_s, QString());
    if (days->has_value())
        return printCount(context, counts.startDue(int(**days), int(limit->value_or(50)), note));
    return printCount(context, counts.start(skus, note));
}

int CountsCommands::enter(CliContext &context, const CommandInput &input)
{
    const auto id = countIdFrom(input);
    if (!id)
        return context.fail(id.error());
    const QString quantityText = input.argument(u"QUANTITY"_s).trimmed();
    bool ok = false;
    const qint64 quantity = quantityText.toLongLong(&ok);
    if (!ok) {
        return context.fail(
                Error::invalid(u"quantity"_s, quantityText, tr("\"%1\" is not a number of units.").arg(quantityText)));
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto line = (*session)->counts().enter(*id, input.argument(u"CODE"_s), quantity);
    if (!line)
        return context.fail(line.error());
    return printLine(context, *id, *line);
}

int CountsCommands::scan(CliContext &context, const CommandInput &input)
{
    const auto id = countIdFrom(input);
    if (!id)
        return context.fail(id.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    const QStringList codes = input.arguments(u"CODE"_s);
    QJsonArray scans;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        auto line = (*session)->counts().add(*id, codes.at(i));
        if (!line) {
            Error named = line.error();
            named.message = tr("Scan %1 (\"%2\") refused: %3").arg(i + 1).arg(codes.at(i), line.error().message);
            return context.fail(named);
        }
        if (context.json()) {
            scans.append(QJsonObject{
                    {u"scan"_s, codes.at(i)}, {u"sku"_s, line->sku}, {u"counted"_s, optionalNumber(line->counted)}});
        } else {
            context.out() << tr("Scan %1 \"%2\": %3 counted %4")
                                     .arg(i + 1)
                                     .arg(codes.at(i), line->sku)
                                     .arg(line->counted.value_or(0))
                          << u'\n';
        }
    }
    if (context.json())
        return context.printJson(QJsonObject{{u"count"_s, *id}, {u"scans"_s, scans}});
    return ExitOk;
}

int CountsCommands::approve(CliContext &context, const CommandInput &input)
{
    return onCount(context, input, &CycleCounts::approve);
}

int CountsCommands::cancel(CliContext &context, const CommandInput &input)
{
    return onCount(context, input, &CycleCounts::cancel);
}

int CountsCommands::show(CliContext &context, const CommandInput &input)
{
    return onCount(context, input, &CycleCounts::count);
}

int CountsCommands::list(CliContext &context, const CommandInput &input)
{
    std::optional<CycleCountState> state;
    if (const auto given = input.value(u"state"_s))
        state = CycleCountStates::fromKey(*given);
    const auto limit = input.count(u"limit"_s, 1, 10000);
    if (!limit)
        return context.fail(limit.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto counts = (*session)->counts().list(state, int(limit->value_or(50)));
    if (!counts)
        return context.fail(counts.error());
    if (context.json()) {
        QJsonArray rows;
        for (const CycleCountSummary &count : std::as_const(*counts)) {
            rows.append(QJsonObject{{u"id"_s, count.id}, {u"state"_s, CycleCountStates::key(count.state)},
                    {u"note"_s, count.note}, {u"startedBy"_s, count.startedBy},
                    {u"startedAt"_s, isoUtc(count.startedAt)}, {u"closedAt"_s, optionalTime(count.closedAt)},
                    {u"lines"_s, count.lines}, {u"countedLines"_s, count.countedLines},
                    {u"differingLines"_s, count.differingLines}});
        }
        return context.printJson(rows);
    }
    if (counts->isEmpty())
        context.out() << tr("No counts.") << u'\n';
    for (const CycleCountSummary &count : std::as_const(*counts)) {
        context.out() << tr("#%1  %2  %3 of %4 counted, %5 differing  started %6 by %7%8")
                                 .arg(count.id)
                                 .arg(CycleCountStates::key(count.state))
                                 .arg(count.countedLines)
                                 .arg(count.lines)
                                 .arg(count.differingLines)
                                 .arg(isoUtc(count.startedAt), count.startedBy,
                                         count.note.isEmpty() ? QString() : u"  "_s + count.note)
                      << u'\n';
    }
    return ExitOk;
}

int CountsCommands::due(CliContext &context, const CommandInput &input)
{
    const auto days = input.count(u"days"_s, 0, 3650);
    if (!days)
        return context.fail(days.error());
    const auto limit = input.count(u"limit"_s, 1, CycleCounts::kMaxLines);
    if (!limit)
        return context.fail(limit.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto due = (*session)->counts().due(int(days->value_or(kDefaultDueDays)), int(limit->value_or(50)));
    if (!due)
        return context.fail(due.error());
    if (context.json()) {
        QJsonArray rows;
        for (const CountSuggestion &product : std::as_const(*due)) {
            rows.append(QJsonObject{{u"sku"_s, product.sku}, {u"name"_s, product.productName},
                    {u"onHand"_s, product.onHand}, {u"lastCountedAt"_s, optionalTime(product.lastCountedAt)}});
        }
        return context.printJson(rows);
    }
    for (const CountSuggestion &product : std::as_const(*due)) {
        context.out() << tr("%1  %2  on hand %3  %4")
                                 .arg(product.sku, product.productName)
                                 .arg(product.onHand)
                                 .arg(product.lastCountedAt.isValid()
                                                 ? tr("last counted %1").arg(isoUtc(product.lastCountedAt))
                                                 : tr("never counted"))
                      << u'\n';
    }
    return ExitOk;
}

} // namespace shipshape::cli
