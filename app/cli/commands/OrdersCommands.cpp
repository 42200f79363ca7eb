#include "cli/commands/OrdersCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "cli/commands/FulfillmentCommands.h"
#include "cli/commands/OrderCommandSupport.h"
#include "cli/commands/OrderImportCommand.h"
#include "cli/commands/OrderMoneyCommands.h"
#include "cli/commands/OrderText.h"
#include "cli/commands/TagCommands.h"
#include "orders/CancelMoney.h"
#include "orders/OrderJson.h"
#include "orders/OrderPolicy.h"
#include "orders/OrderRequestJson.h"
#include "orders/OrderService.h"
#include "orders/OrderSets.h"
#include "orders/PaymentStates.h"
#include "payment/PaymentWorkflow.h"
#include "payment/RefundMethod.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"
#include "tags/Tag.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString &kOrder = OrderCommandSupport::kOrder;
// The name keeps the old synopsis "orders place FILE|-" that scripts and docs know.
const QString kFile = u"FILE|-"_s;

// Kept byte for byte by the tests: the example must place an order on a database that has the product.
const QString kPlaceExample = uR"({
    "customer": {"name": "Ada Lovelace", "email": "ada@example.com"},
    "items": [
      {"productId": "SKU-10001", "quantity": 2, "price": "29.99"}
    ],
    "shippingAddress": {
      "street": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701", "country": "US"
    },
    "paymentMethod": {"type": "invoice"}
  })"_s;

const QString kModifyExample = uR"({
    "add": [{"productId": "SKU-10002", "quantity": 1}],
    "quantities": {"SKU-10001": 3},
    "prices": {"SKU-10001": "25.00"},
    "discounts": [{"type": "percent", "value": "10", "code": "SORRY10"}],
    "shipping": {"method": "Express", "amount": "9.90"},
    "reason": "The customer called: a third one, express, and 10 % for the wait."
  })"_s;

QStringList fulfillmentKeys()
{
    QStringList keys;
    for (FulfillmentState state : FulfillmentStates::all())
        keys << FulfillmentStates::key(state);
    return keys;
}

QStringList statusKeys()
{
    QStringList result;
    for (OrderStatus status : OrderLifecycle::allStatuses())
        result << OrderLifecycle::key(status);
    return result;
}

QStringList paymentStateKeys()
{
    QStringList result;
    for (PaymentState state : PaymentStates::all())
        result << PaymentStates::key(state);
    return result;
}

QStringList paymentMethodKeys()
{
    QStringList result;
    for (PaymentMethodType type : {PaymentMethodType::Invoice, PaymentMethodType::BankTransfer, PaymentMethodType::Cash,
                 PaymentMethodType::Card})
        result << PaymentMethods::key(type);
    return result;
}

// Every value of a repeatable option, each of which may also be a comma-separated list.
QStringList splitValues(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            result << part.trimmed();
    }
    return result;
}

// What --set offers, each named set with what it holds.
QString orderSetHelp()
{
    QStringList sets;
    for (OrderSet set : OrderSets::all())
        sets << OrdersCommands::tr("%1: %2").arg(OrderSets::key(set), OrderSets::description(set));
    return OrdersCommands::tr("Only the orders of a named set (not with --status or --payment-state, which it "
                              "already decides); the other options narrow it. %1")
            .arg(sets.join(u' '));
}

// `base` is the named set's filter (or none); --status and --payment-state would redefine it, so the caller
// refuses them together with --set.
Result<OrderFilter> filterFrom(const CommandInput &input, OrderFilter base = {})
{
    OrderFilter filter = std::move(base);
    for (const QString &key : splitValues(input.values(u"status"_s))) {
        const auto status = OrderLifecycle::fromKey(key);
        if (!status) {
            return fail(Error::invalid(u"status"_s, key,
                    OrdersCommands::tr("Unknown status \"%1\": use %2.").arg(key, statusKeys().join(u", "_s))));
        }
        filter.statuses << *status;
    }
    for (const QString &key : splitValues(input.values(u"fulfillment"_s))) {
        const auto state = FulfillmentStates::fromKey(key);
        if (!state) {
            return fail(Error::invalid(u"fulfillment"_s, key,
                    OrdersCommands::tr("Unknown fulfillment state \"%1\": use %2.")
                            .arg(key, fulfillmentKeys().join(u", "_s))));
        }
        filter.fulfillmentStates << *state;
    }
    if (const auto state = input.value(u"payment-state"_s)) {
        filter.paymentState = PaymentStates::fromKey(state->trimmed());
        if (!filter.paymentState) {
            return fail(Error::invalid(u"payment-state"_s, *state,
                    OrdersCommands::tr("Unknown payment state \"%1\": use %2.")
                            .arg(*state, paymentStateKeys().join(u", "_s))));
        }
    }
    if (input.value(u"cancel-reason"_s)) {
        const QStringList given = splitValues(input.values(u"cancel-reason"_s));
        if (given.isEmpty()) {
            return fail(Error::invalid(u"cancel-reason"_s, input.value(u"cancel-reason"_s, QString()),
                    OrdersCommands::tr("--cancel-reason needs a reason.")));
        }
        for (const QString &key : given) {
            const auto reason = CancelReasons::fromKey(key);
            if (!reason) {
                return fail(Error::invalid(u"cancel-reason"_s, key,
                        OrdersCommands::tr("Unknown cancel reason \"%1\": use %2.")
                                .arg(key,
                                        (OrderCommandSupport::cancelReasonKeys(CancelReasons::selectable())
                                                << CancelReasons::key(CancelReason::Expired))
                                                .join(u", "_s))));
            }
            filter.cancelReasons << *reason;
        }
    }
    filter.customerId = input.value(u"customer"_s, QString()).trimmed();
    filter.search = input.value(u"search"_s, QString());
    if (const auto tag = input.value(u"tag"_s)) {
        auto parsed = Tags::parse(u"tag"_s, *tag);
        if (!parsed)
            return fail(parsed.error());
        filter.tag = parsed->text;
    }
    for (const QString &name : {u"from"_s, u"to"_s}) {
        const auto text = input.value(name);
        if (!text)
            continue;
        const QDate date = QDate::fromString(*text, Qt::ISODate);
        if (!date.isValid()) {
            return fail(
                    Error::invalid(name, *text, OrdersCommands::tr("--%1 must be a date like 2026-01-31.").arg(name)));
        }
        if (name == u"from"_s)
            filter.from = date.startOfDay(Qt::UTC);
        else
            filter.until = date.addDays(1).startOfDay(Qt::UTC); // --to is inclusive
    }
    return filter;
}

} // namespace

CommandGroup OrdersCommands::group()
{
    const ArgumentSpec order{.name = kOrder, .description = tr("The order: its number (1042 or #1042) or its UUID.")};
    const ArgumentSpec file{.name = kFile,
            .description = tr("The JSON request: a file, or - for standard input."),
            .kind = ValueKind::File};
    const QString itemsShape
            = tr("  items            the lines, at least one:\n"
                 "    productId      the product's SKU (\"sku\" is accepted too)\n"
                 "    quantity       a whole number from 1 to %1\n"
                 "    price          optional: the unit price the customer was shown, as text (\"29.99\") or a\n"
                 "                   JSON number; if the catalogue price differs, nothing is changed (exit 4)\n")
                      .arg(OrderServiceSettings::kMaxQuantity);
    const QString addressShape = tr("  shippingAddress  {\"street\", \"city\", \"state\", \"zip\": text on one line,\n"
                                    "                   \"country\": optional two-letter ISO code, default \"US\"}\n");
    const QString moneyShape
            = tr("  discounts        optional, a list of {\"type\": \"percent\" | \"amount\", \"value\": \"10\" | "
                 "\"5.00\",\n"
                 "                   \"sku\": optional, the line it is for (else the whole order, spread over\n"
                 "                   the lines), \"code\" or \"reason\": at least one}\n"
                 "  shipping         optional, {\"method\": text, \"amount\": \"4.95\"}\n"
                 "Tax is added per line from the shop's rates (taxes list); docs/pricing.md has the rules.\n");
    const QString placeShape
            = tr("The request is one JSON object (at most 4 MiB):\n"
                 "  customer         {\"name\": text, \"email\": text}: the customer with this email, created if "
                 "new;\n"
                 "                   optional \"phone\": text, their mobile for SMS (checked, stored in E.164)\n"
                 "  customerId       or instead the UUID of an existing customer (customers list)\n")
            + itemsShape + addressShape + moneyShape
            + tr("  paymentMethod    {\"type\": %1,\n"
                 "                   \"token\": the Stripe payment method (pm_…), for card only}\n\n"
                 "A card is charged at once through Stripe (exit 5 when declined). Invoice, bank transfer and cash\n"
                 "orders stay pending, holding their stock for the reservation hold (15 minutes unless configured),\n"
                 "until orders mark-paid; the worker cancels them when the hold runs out. An unknown SKU or\n"
                 "customerId exits 7, too little stock exits 4.\n\n"
                 "Example document:\n")
                      .arg(paymentMethodKeys().join(u" | "_s))
            + u"  "_s + kPlaceExample + u'\n';
    const QString modifyShape = tr("The request is one JSON object with at least one of:\n")
            + tr("  add              products to add, [{\"productId\": SKU, \"quantity\": N, \"price\"?: \"29.99\"}];\n"
                 "                   a SKU already on the order gets N more\n"
                 "  remove           SKUs whose lines go, [\"SKU-1\"]\n"
                 "  quantities       new quantities of lines on the order, {\"SKU-1\": 2} (0 removes the line)\n")
            + tr("  items            instead of add/remove/quantities: the complete new set of lines (missing\n"
                 "                   SKUs are removed):\n")
            + itemsShape.section(u'\n', 1) + addressShape
            + tr("  discounts        the complete new set of discounts ([] removes them all), as for orders place\n"
                 "  shipping         the new shipping fee, {\"method\": text, \"amount\": \"4.95\"}\n"
                 "  prices           unit prices set by hand, {\"SKU\": \"12.00\"}; needs a note (or \"reason\")\n")
            + tr("  note             optional: why, for the order's timeline\n\n"
                 "Only a pending or confirmed order can change; reservations move by the difference in the same\n"
                 "transaction, and a card-paid order is charged or refunded the difference. With --preview nothing\n"
                 "is written: the new totals, the stock effect and what would be due or owed are printed.\n\n"
                 "Example document:\n")
            + u"  "_s + kModifyExample + u'\n';

    CommandGroup group{
            .title = tr("Orders"),
            .noun = u"orders"_s,
            .summary = tr("Orders and their lifecycle: pending → confirmed (paid) → shipped → delivered, or "
                          "cancelled. Every change lands on the order's timeline (orders show)."),
            .commands = {
                    CommandSpec{
                            .words = {u"orders"_s, u"list"_s},
                            .summary = tr("Lists orders, newest first."),
                            .options = {{.name = u"set"_s,
                                                .valueName = u"SET"_s,
                                                .description = orderSetHelp(),
                                                .choices = OrderSets::keys()},
                                    {.name = u"status"_s,
                                                .valueName = u"STATUS"_s,
                                                .description = tr("Only orders in this status; a comma-separated "
                                                                  "list means any of them."),
                                                .repeatable = true,
                                                .choices = statusKeys()},
                                    {.name = u"fulfillment"_s,
                                            .valueName = u"STATE"_s,
                                            .description = tr("Only orders this far along shipping (partially_shipped: "
                                                              "some parcels sent, more to come); a comma-separated "
                                                              "list means any of them."),
                                            .repeatable = true,
                                            .choices = fulfillmentKeys()},
                                    {.name = u"customer"_s,
                                            .valueName = u"ID"_s,
                                            .description = tr("Only this customer's orders (the UUID from customers "
                                                              "list).")},
                                    {.name = u"search"_s,
                                            .valueName = u"TEXT"_s,
                                            .description = tr("Order number, customer name or email, SKU or "
                                                              "tracking number.")},
                                    {.name = u"tag"_s,
                                            .valueName = u"TAG"_s,
                                            .description = tr("Only orders tagged TAG (in any case).")},
                                    {.name = u"from"_s,
                                            .valueName = u"DATE"_s,
                                            .description = tr("Placed on or after this day (YYYY-MM-DD, UTC).")},
                                    {.name = u"to"_s,
                                            .valueName = u"DATE"_s,
                                            .description = tr("Placed on or before this day (YYYY-MM-DD, UTC).")},
                                    {.name = u"payment-state"_s,
                                            .valueName = u"STATE"_s,
                                            .description = tr("Only orders whose money is in this state: "
                                                              "refund_owed holds more than the order costs (a "
                                                              "cancelled or reduced order not yet refunded), credit "
                                                              "kept the money as the customer's credit."),
                                            .choices = paymentStateKeys()},
                                    {.name = u"cancel-reason"_s,
                                            .valueName = u"REASON"_s,
                                            .description = tr("Only orders cancelled for this reason; a "
                                                              "comma-separated list means any of them."),
                                            .repeatable = true,
                                            .choices = OrderCommandSupport::cancelReasonKeys(CancelReasons::selectable())
                                                    << CancelReasons::key(CancelReason::Expired)},
                                    {.name = u"limit"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("At most N rows (1 to 100000). Default: 50.")},
                                    {.name = u"offset"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("Skip the first N rows. Default: 0.")}},
                            .examples = {u"shipshape-cli orders list --set to_ship"_s,
                                    u"shipshape-cli orders list --status confirmed --search smith --limit 20"_s,
                                    u"shipshape-cli orders list --payment-state unpaid --status pending"_s,
                                    u"shipshape-cli orders list --tag vip --status confirmed"_s,
                                    u"shipshape-cli --json orders list --from 2026-11-01 --to 2026-11-30"_s},
                            .handler = &OrdersCommands::list,
                    },
                    CommandSpec{
                            .words = {u"orders"_s, u"show"_s},
                            .summary = tr("Shows an order: lines, payments with their references, timeline."),
                            .arguments = {order},
                            .examples = {u"shipshape-cli orders show 1042"_s, u"shipshape-cli --json orders show 1042"_s},
                            .handler = &OrdersCommands::show,
                    },
                    CommandSpec{
                            .words = {u"orders"_s, u"place"_s},
                            .summary = tr("Places an order from a JSON request."),
                            .arguments = {file},
                            .examples = {u"shipshape-cli orders place order.json"_s,
                                    u"shipshape-cli --json orders place - < order.json"_s},
                            .description = placeShape,
                            .handler = &OrdersCommands::place,
                    },
                    CommandSpec{
                            .words = {u"orders"_s, u"edit"_s},
                            .summary = tr("Edits a placed order's lines, prices, discounts, shipping or address "
                                          "from a JSON request, and settles the difference."),
                            .arguments = {order, file},
                            .flags = {{.name = u"preview"_s,
                                    .description = tr("Shows what the edit would do and writes nothing.")}},
                            .examples = {u"shipshape-cli orders edit 1042 change.json --preview"_s,
                                    u"shipshape-cli orders edit 1042 change.json"_s,
                                    u"shipshape-cli --json orders edit 1042 - < change.json"_s},
                            .description = modifyShape,
                            .handler = &OrdersCommands::modify,
                    },
                    CommandSpec{
                            .words = {u"orders"_s, u"modify"_s},
                            .summary = tr("The same as orders edit (its earlier name, kept for scripts)."),
                            .arguments = {order, file},
                            .flags = {{.name = u"preview"_s,
                                    .description = tr("Shows what the edit would do and writes nothing.")}},
                            .examples = {u"shipshape-cli orders modify 1042 change.json"_s},
                            .handler = &OrdersCommands::modify,
                    },
                    CommandSpec{
                            .words = {u"orders"_s, u"cancel"_s},
                            .summary = tr("Cancels an order before shipment, releases its stock and says what "
                                          "happens to money already paid."),
                            .arguments = {order},
                            .options = {{.name = u"reason"_s,
                                                .valueName = u"REASON"_s,
                                                .description = tr("Why, for the timeline and the reports."),
                                                .required = true,
                                                .choices = OrderCommandSupport::cancelReasonKeys(CancelReasons::selectable())},
                                    {.name = u"note"_s,
                                            .valueName = u"TEXT"_s,
                                            .description = tr("More detail for the timeline.")},
                                    {.name = u"money"_s,
                                            .valueName = u"CHOICE"_s,
                                            .description = tr("What happens to money already paid (required when "
                                                              "the order holds some): refund sends a card payment "
                                                              "back through Stripe, record records a refund made "
                                                              "outside Shipshape (--method), credit keeps it as the "
                                                              "customer's credit, later leaves it owed."),
                                            .choices = OrderCommandSupport::cancelMoneyKeys()},
                                    {.name = u"method"_s,
                                            .valueName = u"METHOD"_s,
                                            .description = tr("With --money record: how the money went back."),
                                            .choices = OrderCommandSupport::refundMethodKeys()},
                                    {.name = u"reference"_s,
                                            .valueName = u"TEXT"_s,
                                            .description = tr("With --money record: the refund's reference, e.g. "
                                                              "the bank transfer's.")},
                                    {.name = u"amount"_s,
                                            .valueName = u"AMOUNT"_s,
                                            .description = tr("With --money record: the amount refunded. Default: "
                                                              "everything the order holds.")}},
                            .flags = {{.name = u"no-refund"_s, .description = tr("The same as --money later.")}},
                            .examples = {u"shipshape-cli orders cancel 1042 --reason customer --note \"changed their "
                                         "mind\""_s,
                                    u"shipshape-cli orders cancel 1042 --reason customer --money refund"_s,
                                    u"shipshape-cli orders cancel 1043 --reason fraud --money record --method "
                                    "bank_transfer --reference RF-2026-8"_s},
                            .description = tr("An order that holds money (paid and not yet refunded) needs --money: "
                                              "refund (card orders), record (invoice, bank transfer and cash orders), "
                                              "credit or later. Until it is settled the order shows the refund owed "
                                              "(orders refund, orders credit)."),
                            .handler = &OrderMoneyCommands::cancel,
                    },
                    CommandSpec{
                            .words = {u"orders"_s, u"refund"_s},
                            .summary = tr("Refunds a card payment through Stripe, or records a refund made "
                                          "outside Shipshape for an invoice, bank-transfer or cash order."),
                            .arguments = {order},
                            .options = {{.name = u"method"_s,
                                                .valueName = u"METHOD"_s,
                                                .description = tr("How the money went back (required for invoice, "
                                                                  "bank-transfer and cash orders; not for card "
                                                                  "orders, which Stripe refunds)."),
                                                .choices = OrderCommandSupport::refundMethodKeys()},
                                    {.name = u"amount"_s,
                                            .valueName = u"AMOUNT"_s,
                                            .description = tr("In the order's currency, e.g. 12.50. Default: "
                                                              "everything not yet refunded (refunds in progress "
                                                              "count).")},
                                    {.name = u"reference"_s,
                                            .valueName = u"TEXT"_s,
                                            .description = tr("A refund made outside Shipshape: its reference, "
                                                              "e.g. the bank transfer's.")},
                                    {.name = u"reason"_s,
                                            .valueName = u"TEXT"_s,
                                            .description = tr("Why, e.g. requested_by_customer.")}},
                            .examples = {u"shipshape-cli orders refund 1042 --amount 12.50 --reason "
                                         "requested_by_customer"_s,
                                    u"shipshape-cli orders refund 1043 --method bank_transfer --amount 25.00 "
                                    "--reference RF-2026-7 --reason \"one mug broken\""_s},
                            .description = tr("The refund lands on the order's refunds, its timeline and the "
                                              "customer's \"refunded\" email."),
                            .handler = &OrderMoneyCommands::refund,
                    },
                    CommandSpec{
                            .words = {u"orders"_s, u"credit"_s},
                            .summary = tr("Keeps the refund an order owes as the customer's credit instead of "
                                          "paying it back."),
                            .arguments = {order},
                            .options = {{.name = u"note"_s,
                                    .valueName = u"TEXT"_s,
                                    .description = tr("Why, for the timeline.")}},
                            .examples = {u"shipshape-cli orders credit 1042 --note \"agreed on the phone\""_s},
                            .handler = &OrderMoneyCommands::credit,
                    },
                    CommandSpec{
                            .words = {u"orders"_s, u"payment-link"_s},
                            .summary = tr("Emails the customer a Stripe link to pay a card order's balance due."),
                            .arguments = {order},
                            .examples = {u"shipshape-cli orders payment-link 1042"_s},
                            .description = tr("A link that can still be paid is not sent twice (exit 4). Exits "
                                              "5 when Stripe refuses the link and 6 when it does not answer (the "
                                              "worker creates it then)."),
                            .handler = &OrderMoneyCommands::paymentLink,
                    },
                    CommandSpec{
                            .words = {u"orders"_s, u"mark-paid"_s},
                            .summary = tr("Records the balance of an invoice, bank-transfer or cash order as paid; "
                                          "a pending order is confirmed."),
                            .arguments = {order},
                            .options = {{.name = u"reference"_s,
                                    .valueName = u"TEXT"_s,
                                    .description = tr("The payment's reference, e.g. the bank statement's, shown "
                                                      "with the payment by orders show.")}},
                            .examples = {u"shipshape-cli orders mark-paid 1042 --reference INV-2026-117"_s},
                            .handler = &OrderMoneyCommands::markPaid,
                    },
            },
    };
    group.commands << OrderImportCommand::spec();
    group.commands << FulfillmentCommands::orderCommands();
    group.commands << TagCommands::orderCommands();
    return group;
}

int OrdersCommands::list(CliContext &context, const CommandInput &input)
{
    OrderFilter base;
    if (const auto setKey = input.value(u"set"_s)) {
        const auto set = OrderSets::fromKey(setKey->trimmed());
        if (!set) {
            return context.usage(tr("Unknown order set \"%1\": use %2.").arg(*setKey, OrderSets::keys().join(u", "_s)),
                    u"orders list"_s);
        }
        for (const QString &redefining : {u"status"_s, u"payment-state"_s}) {
            if (input.value(redefining)) {
                return context.usage(tr("--set %1 already says which orders (%2); it cannot go with --%3.")
                                             .arg(OrderSets::key(*set), OrderSets::description(*set), redefining),
                        u"orders list"_s);
            }
        }
        base = OrderSets::filter(*set);
    }
    const auto filter = filterFrom(input, std::move(base));
    if (!filter)
        return context.fail(filter.error());
    const auto page = input.page(50);
    if (!page)
        return context.fail(page.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    if (!filter->customerId.isEmpty()) {
        // A customer that does not exist has no orders, but a typo should not look like "none".
        if (auto customer = (*session)->customers().customer(filter->customerId); !customer)
            return context.fail(customer.error());
    }
    auto rows = (*session)->orders().list(*filter, OrderSort{}, page->limit, page->offset);
    if (!rows)
        return context.fail(rows.error());
    if (context.json()) {
        QJsonArray array;
        for (const OrderSummary &summary : *rows)
            array.append(OrderJson::summary(summary));
        return context.printJson(array);
    }
    const QLocale locale = QLocale::c();
    QTextStream &out = context.out();
    out << pad(tr("Number"), 9) << pad(tr("Placed (UTC)"), 18) << pad(tr("Customer"), 26) << pad(tr("Status"), 11)
        << tr("Total") << '\n';
    for (const OrderSummary &summary : *rows) {
        out << pad(QString::number(summary.number), 9) << pad(summary.placedAt.toString(u"yyyy-MM-dd HH:mm"_s), 18)
            << pad(summary.customerName, 26) << pad(OrderLifecycle::key(summary.status), 11)
            << summary.total.toDisplayString(locale) << '\n';
    }
    return ExitOk;
}

int OrdersCommands::show(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    return OrderCommandSupport::printOrder(context, (*session)->orders().find(input.argument(kOrder)));
}

int OrdersCommands::place(CliContext &context, const CommandInput &input)
{
    auto data = context.readInput(input.argument(kFile));
    if (!data)
        return context.fail(data.error());
    auto request = OrderRequestJson::parsePlace(*data);
    if (!request)
        return context.fail(request.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto order = context.wait((*session)->payments().placeOrder(*request));
    if (!order)
        return context.fail(order.error());
    if (context.json())
        return context.printJson(OrderJson::order(*order));
    context.out() << tr("Placed order #%1 (%2), total %3, status %4.")
                             .arg(order->number)
                             .arg(order->id, order->total.toDisplayString(QLocale::c()),
                                     OrderLifecycle::key(order->status))
                  << '\n';
    return ExitOk;
}

int OrdersCommands::modify(CliContext &context, const CommandInput &input)
{
    auto data = context.readInput(input.argument(kFile));
    if (!data)
        return context.fail(data.error());
    auto request = OrderRequestJson::parseModify(*data);
    if (!request)
        return context.fail(request.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    if (auto order = OrderCommandSupport::allowedOrder(**session, input.argument(kOrder), OrderAction::Modify); !order)
        return context.fail(order.error());
    if (input.flag(u"preview"_s))
        return OrderCommandSupport::printPreview(
                context, (*session)->orders().previewModify(input.argument(kOrder), *request));
    auto order = context.wait((*session)->payments().modify(input.argument(kOrder), *request));
    if (!order)
        return context.fail(order.error());
    if (context.json())
        return context.printJson(OrderJson::order(*order));
    context.out() << tr("Modified order #%1, total now %2.")
                             .arg(order->number)
                             .arg(order->total.toDisplayString(QLocale::c()))
                  << "\n\n";
    OrderText::print(context.out(), *order);
    return ExitOk;
}

} // namespace shipshape::cli
