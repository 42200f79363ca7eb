#include "cli/commands/ReturnsCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/commands/OrderCommandSupport.h"
#include "orders/OrderExchanges.h"
#include "orders/OrderFulfillment.h"
#include "orders/OrderJson.h"
#include "orders/OrderReturns.h"
#include "payment/PaymentMethod.h"
#include "payment/PaymentWorkflow.h"
#include "session/Session.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString kReturn = u"RETURN"_s;
const QString kFile = u"FILE|-"_s;

Result<qint64> returnIdFrom(const CommandInput &input)
{
    const QString text = input.argument(kReturn).trimmed();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(Error::invalid(
                u"return"_s, text, ReturnsCommands::tr("\"%1\" is not a return id (a number).").arg(text)));
    return id;
}

Result<QList<ShipmentLine>> quantitiesFrom(const CommandInput &input, const QString &option)
{
    QList<ShipmentLine> lines;
    for (const QString &text : input.values(option)) {
        auto line = OrderFulfillment::parseLine(option, text);
        if (!line)
            return fail(line.error());
        lines.append(*line);
    }
    return lines;
}

QString linesText(const OrderReturn &orderReturn)
{
    QStringList parts;
    for (const ReturnLine &line : orderReturn.lines) {
        QString part = u"%1 × %2 (%3)"_s.arg(line.quantity).arg(line.sku, ReturnReasons::key(line.reason));
        if (orderReturn.state == ReturnState::Received || orderReturn.state == ReturnState::Closed)
            part += ReturnsCommands::tr(": %1 restocked, %2 written off").arg(line.restocked).arg(line.writtenOff);
        parts << part;
    }
    return parts.join(u"; "_s);
}

int printReturn(CliContext &context, const Result<OrderReturn> &orderReturn)
{
    if (!orderReturn)
        return context.fail(orderReturn.error());
    if (context.json())
        return context.printJson(OrderJson::orderReturn(*orderReturn));
    QTextStream &out = context.out();
    out << ReturnsCommands::tr("Return %1 of order %2: %3")
                    .arg(orderReturn->id)
                    .arg(orderReturn->orderNumber)
                    .arg(ReturnStates::key(orderReturn->state))
        << u'\n';
    for (const ReturnLine &line : orderReturn->lines) {
        out << u"  "_s << line.sku << u"  "_s << line.quantity << u"  "_s << ReturnReasons::key(line.reason);
        if (!line.note.isEmpty())
            out << u" ("_s << line.note << u')';
        if (orderReturn->state == ReturnState::Received || orderReturn->state == ReturnState::Closed)
            out << ReturnsCommands::tr("  restocked %1, written off %2").arg(line.restocked).arg(line.writtenOff);
        if (line.refund)
            out << ReturnsCommands::tr("  refund %1").arg(line.refund->toDecimalString());
        out << u'\n';
    }
    if (!orderReturn->note.isEmpty())
        out << ReturnsCommands::tr("Note: %1").arg(orderReturn->note) << u'\n';
    if (orderReturn->refund) {
        out << ReturnsCommands::tr("Refunded %1 %2 (restocking fee %3, shipping %4)")
                        .arg(orderReturn->refund->toDecimalString(), orderReturn->refund->currency().code(),
                                orderReturn->restockingFee.toDecimalString(),
                                orderReturn->shippingRefund.toDecimalString())
            << u'\n';
    }
    if (orderReturn->state == ReturnState::Rejected)
        out << ReturnsCommands::tr("Rejected: %1").arg(orderReturn->rejectReason) << u'\n';
    if (orderReturn->replacementOrder) {
        out << ReturnsCommands::tr("Exchanged for order %1: worth %2 %3, of which %4 paid for the replacement")
                        .arg(*orderReturn->replacementOrder)
                        .arg(orderReturn->exchangeValue->toDecimalString(),
                                orderReturn->exchangeValue->currency().code(),
                                orderReturn->exchangeCredit->toDecimalString())
            << u'\n';
    }
    if (orderReturn->state == ReturnState::Received && orderReturn->outstanding() > 0) {
        out << ReturnsCommands::tr("Outstanding: %1 not received yet (returns receive takes them until the refund).")
                        .arg(orderReturn->outstanding())
            << u'\n';
    }
    return ExitOk;
}

} // namespace

CommandGroup ReturnsCommands::group()
{
    const ArgumentSpec returnId{.name = kReturn, .description = tr("The return's id (from returns list).")};
    const ArgumentSpec order{.name = OrderCommandSupport::kOrder,
            .description = tr("The order: its number (1042 or #1042) or its UUID.")};
    return CommandGroup{
            .title = tr("Returns"),
            .noun = u"returns"_s,
            .summary = tr("Returns (RMA) of shipped goods: opened with a reason per line, received into stock or "
                          "written off, refunded once, or rejected."),
            .commands = {
                    CommandSpec{
                            .words = {u"returns"_s, u"open"_s},
                            .summary = tr("Opens a return of shipped units of an order, with a reason per line; "
                                          "the customer gets an email."),
                            .arguments = {order},
                            .options = {{.name = u"line"_s,
                                                .valueName = u"SKU:QTY:REASON"_s,
                                                .description = tr("QTY shipped units of SKU come back for REASON "
                                                                  "(%1); repeat for more lines.")
                                                                       .arg(ReturnReasons::keys().join(u", "_s)),
                                                .required = true,
                                                .repeatable = true},
                                    {.name = u"note"_s,
                                            .valueName = u"TEXT"_s,
                                            .description = tr("What the customer said; required for the reason "
                                                              "\"other\".")}},
                            .examples = {u"shipshape-cli returns open 1042 --line MUG-1:1:damaged"_s,
                                    u"shipshape-cli returns open 1042 --line TEE-M:2:other --note \"too small\""_s},
                            .description = tr("Only shipped units can come back, and never more of a line than "
                                              "shipped less what other returns (not rejected) hold: otherwise exit "
                                              "3 naming the line, and nothing is written."),
                            .handler = &ReturnsCommands::open,
                    },
                    CommandSpec{
                            .words = {u"returns"_s, u"receive"_s},
                            .summary = tr("Receives a requested return once: units back on hand (restock) or "
                                          "written off; the customer gets an email."),
                            .arguments = {returnId},
                            .options = {{.name = u"restock"_s,
                                                .valueName = u"SKU:QTY"_s,
                                                .description = tr("QTY units of SKU go back on hand (ledger "
                                                                  "kind returned); repeat for more lines."),
                                                .repeatable = true},
                                    {.name = u"write-off"_s,
                                            .valueName = u"SKU:QTY"_s,
                                            .description = tr("QTY units of SKU cannot be sold again (ledger kind "
                                                              "damaged, nothing back on hand); repeat for more "
                                                              "lines."),
                                            .repeatable = true}},
                            .examples = {u"shipshape-cli returns receive 7 --restock MUG-1:1 --write-off TEE-M:1"_s},
                            .description = tr("A line cannot receive more than the return holds (exit 3 naming "
                                              "the line); a return already received or rejected exits 4."),
                            .handler = &ReturnsCommands::receive,
                    },
                    CommandSpec{
                            .words = {u"returns"_s, u"refund"_s},
                            .summary = tr("Refunds a received return once: what its units really cost (after "
                                          "discounts, with their tax), less a restocking fee, plus the shipping "
                                          "when asked."),
                            .arguments = {returnId},
                            .options = {{.name = u"restocking-fee"_s,
                                                .valueName = u"AMOUNT"_s,
                                                .description = tr("Kept by the shop, in the order's currency.")},
                                    {.name = u"method"_s,
                                            .valueName = u"METHOD"_s,
                                            .description = tr("Orders paid by hand: how the money went back."),
                                            .choices = OrderCommandSupport::refundMethodKeys()},
                                    {.name = u"reference"_s,
                                            .valueName = u"TEXT"_s,
                                            .description = tr("Orders paid by hand: the transfer's or receipt's "
                                                              "reference.")}},
                            .flags = {{.name = u"include-shipping"_s,
                                    .description = tr("Give back the order's shipping fee too (once per order).")}},
                            .examples = {u"shipshape-cli returns refund 7"_s,
                                    u"shipshape-cli returns refund 7 --restocking-fee 2.50 --include-shipping"_s,
                                    u"shipshape-cli returns refund 8 --method bank_transfer --reference RF-77"_s},
                            .description = tr("Card orders are refunded through Stripe (idempotently, as orders "
                                              "refund); orders paid by hand record the refund made outside "
                                              "Shipshape (--method). Refunds never exceed what was paid; what the "
                                              "customer had not paid yet is taken off the balance instead. "
                                              "Refunding a return twice, or one not received, exits 4."),
                            .handler = &ReturnsCommands::refund,
                    },
                    CommandSpec{
                            .words = {u"returns"_s, u"reject"_s},
                            .summary = tr("Rejects a requested return, saying why."),
                            .arguments = {returnId},
                            .options = {{.name = u"reason"_s,
                                    .valueName = u"TEXT"_s,
                                    .description = tr("Why, for the timeline."),
                                    .required = true}},
                            .examples = {u"shipshape-cli returns reject 7 --reason \"outside the return window\""_s},
                            .handler = &ReturnsCommands::reject,
                    },
                    CommandSpec{
                            .words = {u"returns"_s, u"exchange"_s},
                            .summary = tr("Exchanges a requested or received return once for a replacement order; "
                                          "the returned units' value pays for it."),
                            .arguments = {returnId,
                                    {.name = kFile,
                                            .description = tr("The replacement as order request JSON (as for orders "
                                                              "place): a file, or - for standard input. customer, "
                                                              "shippingAddress and paymentMethod default to the "
                                                              "return's order."),
                                            .kind = ValueKind::File}},
                            .examples = {u"shipshape-cli returns exchange 7 replacement.json"_s,
                                    u"echo '{\"items\": [{\"productId\": \"TEE-L\", \"quantity\": 1}]}' | "
                                         "shipshape-cli returns exchange 7 -"_s},
                            .description = tr("The replacement is placed like any order (stock reserved, never "
                                              "oversold) and linked to the return both ways. What the returned units "
                                              "really cost (as their refund would give back) is credited against its "
                                              "total: a dearer replacement leaves the rest to pay on it (orders "
                                              "mark-paid, or orders payment-link for a card order); a cheaper one "
                                              "leaves the difference as refund owed on the original order (orders "
                                              "refund); one paid in full is confirmed at once. A rejected, refunded "
                                              "or already exchanged return exits 4, bad JSON or an unknown product "
                                              "exits 3, out of stock exits 4; nothing is written then."),
                            .handler = &ReturnsCommands::exchange,
                    },
                    CommandSpec{
                            .words = {u"returns"_s, u"list"_s},
                            .summary = tr("Lists returns, newest first."),
                            .options = {{.name = u"state"_s,
                                                .valueName = u"STATE"_s,
                                                .description = tr("Only returns in this state."),
                                                .choices = ReturnStates::keys()},
                                    {.name = u"reason"_s,
                                            .valueName = u"REASON"_s,
                                            .description = tr("Only returns with a line given this reason."),
                                            .choices = ReturnReasons::keys()},
                                    {.name = u"older-than"_s,
                                            .valueName = u"DAYS"_s,
                                            .description = tr("Only returns opened more than DAYS days ago.")},
                                    {.name = u"from"_s,
                                            .valueName = u"YYYY-MM-DD"_s,
                                            .description = tr("Only returns opened on or after this day (UTC).")},
                                    {.name = u"to"_s,
                                            .valueName = u"YYYY-MM-DD"_s,
                                            .description = tr("Only returns opened on or before this day (UTC).")},
                                    {.name = u"limit"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("At most N returns (default 50).")}},
                            .examples = {u"shipshape-cli returns list --state requested"_s,
                                    u"shipshape-cli returns list --state requested --reason damaged --older-than 7"_s},
                            .handler = &ReturnsCommands::list,
                    },
                    CommandSpec{
                            .words = {u"returns"_s, u"show"_s},
                            .summary = tr("Shows one return with its lines."),
                            .arguments = {returnId},
                            .examples = {u"shipshape-cli --json returns show 7"_s},
                            .handler = &ReturnsCommands::show,
                    },
            },
    };
}

int ReturnsCommands::open(CliContext &context, const CommandInput &input)
{
    QList<ReturnRequestLine> lines;
    for (const QString &text : input.values(u"line"_s)) {
        auto line = OrderReturns::parseLine(u"line"_s, text);
        if (!line)
            return context.fail(line.error());
        lines.append(*line);
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    return printReturn(context,
            (*session)->orders().returns().open(
                    input.argument(OrderCommandSupport::kOrder), lines, input.value(u"note"_s, QString())));
}

int ReturnsCommands::receive(CliContext &context, const CommandInput &input)
{
    auto id = returnIdFrom(input);
    if (!id)
        return context.fail(id.error());
    auto restock = quantitiesFrom(input, u"restock"_s);
    if (!restock)
        return context.fail(restock.error());
    auto writeOff = quantitiesFrom(input, u"write-off"_s);
    if (!writeOff)
        return context.fail(writeOff.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    return printReturn(context, (*session)->orders().returns().receive(*id, *restock, *writeOff));
}

int ReturnsCommands::refund(CliContext &context, const CommandInput &input)
{
    auto id = returnIdFrom(input);
    if (!id)
        return context.fail(id.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    OrderReturns &returns = (*session)->orders().returns();
    auto orderReturn = returns.find(*id);
    if (!orderReturn)
        return context.fail(orderReturn.error());
    auto order = (*session)->orders().find(QString::number(orderReturn->orderNumber));
    if (!order)
        return context.fail(order.error());
    ReturnRefundRequest request;
    request.includeShipping = input.flag(u"include-shipping"_s);
    if (const auto fee = input.value(u"restocking-fee"_s)) {
        auto amount = Money::parse(*fee, order->total.currency());
        if (!amount) {
            return context.fail(Error::invalid(u"restocking-fee"_s, *fee,
                    tr("\"%1\" is not an amount in %2.").arg(*fee, order->total.currency().code())));
        }
        request.restockingFee = *amount;
    }
    if (input.hasValue(u"method"_s)) {
        if (!PaymentMethods::isManual(order->paymentMethod)) {
            return context.usage(tr("Order %1 was paid by card and is refunded through Stripe: --method is only "
                                    "for refunds made outside Shipshape.")
                                         .arg(order->number),
                    u"returns refund"_s);
        }
        auto method = OrderCommandSupport::refundMethodFrom(input);
        if (!method)
            return context.fail(method.error());
        ManualRefundRequest manual;
        manual.method = *method;
        manual.reference = input.value(u"reference"_s, QString());
        request.manual = manual;
    }
    auto refunded = context.wait((*session)->payments().refundReturn(*id, request));
    if (!refunded)
        return context.fail(refunded.error());
    return printReturn(context, returns.find(*id));
}

int ReturnsCommands::reject(CliContext &context, const CommandInput &input)
{
    auto id = returnIdFrom(input);
    if (!id)
        return context.fail(id.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    return printReturn(context, (*session)->orders().returns().reject(*id, input.value(u"reason"_s, QString())));
}

int ReturnsCommands::exchange(CliContext &context, const CommandInput &input)
{
    auto id = returnIdFrom(input);
    if (!id)
        return context.fail(id.error());
    auto data = context.readInput(input.argument(kFile));
    if (!data)
        return context.fail(data.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    OrderExchanges &exchanges = (*session)->orders().exchanges();
    auto request = exchanges.replacementRequest(*id, *data);
    if (!request)
        return context.fail(request.error());
    auto exchanged = exchanges.exchange(*id, *request);
    if (!exchanged)
        return context.fail(exchanged.error());
    const ExchangeMoney &money = exchanged->money;
    if (context.json()) {
        return context.printJson(QJsonObject{{u"return"_s, OrderJson::orderReturn(exchanged->orderReturn)},
                {u"replacement"_s, OrderJson::order(exchanged->replacement)},
                {u"value"_s, money.value.toDecimalString()}, {u"credit"_s, money.credit.toDecimalString()},
                {u"due"_s, money.due.toDecimalString()}, {u"refundOwed"_s, money.refundOwed.toDecimalString()},
                {u"currency"_s, money.value.currency().code()}});
    }
    QTextStream &out = context.out();
    out << tr("Return %1 of order %2 exchanged for order %3 (%4, total %5): the returned units are worth %6, "
              "%7 of it pays for the replacement.")
                    .arg(*id)
                    .arg(exchanged->original.number)
                    .arg(exchanged->replacement.number)
                    .arg(OrderLifecycle::key(exchanged->replacement.status),
                            exchanged->replacement.total.toDecimalString(), money.value.toDecimalString(),
                            money.credit.toDecimalString())
        << u'\n';
    if (money.due.minorUnits() > 0) {
        out << tr("Left to pay on order %1: %2 %3.")
                        .arg(exchanged->replacement.number)
                        .arg(money.due.toDecimalString(), money.due.currency().code())
            << u'\n';
    }
    if (money.refundOwed.minorUnits() > 0) {
        out << tr("Refund owed on order %1: %2 %3 (orders refund).")
                        .arg(exchanged->original.number)
                        .arg(money.refundOwed.toDecimalString(), money.refundOwed.currency().code())
            << u'\n';
    }
    return ExitOk;
}

int ReturnsCommands::list(CliContext &context, const CommandInput &input)
{
    ReturnFilter filter;
    if (const auto given = input.value(u"state"_s)) {
        filter.state = ReturnStates::fromKey(*given);
        if (!filter.state) {
            return context.fail(Error::invalid(u"state"_s, *given,
                    tr("Unknown return state \"%1\": use %2.").arg(*given, ReturnStates::keys().join(u", "_s))));
        }
    }
    if (const auto given = input.value(u"reason"_s)) {
        filter.reason = ReturnReasons::fromKey(*given);
        if (!filter.reason) {
            return context.fail(Error::invalid(u"reason"_s, *given,
                    tr("Unknown return reason \"%1\": use %2.").arg(*given, ReturnReasons::keys().join(u", "_s))));
        }
    }
    for (const QString &name : {u"from"_s, u"to"_s}) {
        const auto given = input.value(name);
        if (!given)
            continue;
        const QDate day = QDate::fromString(*given, u"yyyy-MM-dd"_s);
        if (!day.isValid()) {
            return context.fail(Error::invalid(
                    name, *given, tr("--%1 must be a date written YYYY-MM-DD (got \"%2\").").arg(name, *given)));
        }
        if (name == u"from"_s)
            filter.openedFrom = day.startOfDay(Qt::UTC);
        else
            filter.openedBefore = day.addDays(1).startOfDay(Qt::UTC);
    }
    int limit = 50;
    if (const auto given = input.value(u"limit"_s)) {
        bool ok = false;
        limit = given->toInt(&ok);
        if (!ok || limit < 1 || limit > 10000) {
            return context.fail(
                    Error::invalid(u"limit"_s, *given, tr("\"%1\" is not a limit from 1 to 10000.").arg(*given)));
        }
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    if (const auto given = input.value(u"older-than"_s)) {
        bool ok = false;
        const int days = given->toInt(&ok);
        if (!ok || days < 0 || days > 3660) {
            return context.fail(Error::invalid(
                    u"older-than"_s, *given, tr("\"%1\" is not a number of days from 0 to 3660.").arg(*given)));
        }
        const QDateTime before = (*session)->clock().now().addDays(-days);
        if (!filter.openedBefore || before < *filter.openedBefore)
            filter.openedBefore = before;
    }
    auto returns = (*session)->orders().returns().list(filter, limit);
    if (!returns)
        return context.fail(returns.error());
    if (context.json()) {
        QJsonArray array;
        for (const OrderReturn &orderReturn : std::as_const(*returns))
            array.append(OrderJson::orderReturn(orderReturn));
        return context.printJson(array);
    }
    for (const OrderReturn &orderReturn : std::as_const(*returns)) {
        context.out() << orderReturn.id << u'\t' << orderReturn.orderNumber << u'\t'
                      << ReturnStates::key(orderReturn.state) << u'\t' << linesText(orderReturn) << u'\n';
    }
    return ExitOk;
}

int ReturnsCommands::show(CliContext &context, const CommandInput &input)
{
    auto id = returnIdFrom(input);
    if (!id)
        return context.fail(id.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    return printReturn(context, (*session)->orders().returns().find(*id));
}

} // namespace shipshape::cli
