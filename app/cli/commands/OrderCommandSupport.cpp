#include "cli/commands/OrderCommandSupport.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "cli/commands/OrderText.h"
#include "orders/CancelMoney.h"
#include "orders/OrderJson.h"
#include "orders/OrderPolicy.h"
#include "orders/OrderService.h"
#include "payment/PaymentMethod.h"
#include "payment/RefundMethod.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"

#include <QJsonArray>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

QStringList OrderCommandSupport::cancelReasonKeys(const QList<CancelReason> &reasons)
{
    QStringList result;
    for (CancelReason reason : reasons)
        result << CancelReasons::key(reason);
    return result;
}

// The order after a change (or as it is): JSON, or the full text view.
int OrderCommandSupport::printOrder(CliContext &context, const Result<Order> &order)
{
    if (!order)
        return context.fail(order.error());
    if (context.json())
        return context.printJson(OrderJson::order(*order));
    OrderText::print(context.out(), *order);
    return ExitOk;
}

QStringList OrderCommandSupport::refundMethodKeys()
{
    QStringList result;
    for (RefundMethod method : RefundMethods::recordable())
        result << RefundMethods::key(method);
    return result;
}

QStringList OrderCommandSupport::cancelMoneyKeys()
{
    QStringList result;
    for (CancelMoney choice : CancelMoneyChoices::all())
        result << CancelMoneyChoices::key(choice);
    return result;
}

// --method: one of the ways staff refund outside Shipshape (never "card": that is Stripe's).
Result<RefundMethod> OrderCommandSupport::refundMethodFrom(const CommandInput &input)
{
    const QString text = input.value(u"method"_s, QString()).trimmed();
    const auto method = RefundMethods::fromKey(text);
    if (!method || !RefundMethods::recordable().contains(*method)) {
        return fail(Error::invalid(u"method"_s, text,
                tr("Unknown refund method \"%1\": use %2.").arg(text, refundMethodKeys().join(u", "_s))));
    }
    return *method;
}

// --amount in the order's own currency; nullopt when not given.
Result<std::optional<Money>> OrderCommandSupport::amountFrom(const CommandInput &input, const Order &order)
{
    const auto text = input.value(u"amount"_s);
    if (!text)
        return std::optional<Money>();
    auto amount = Money::parse(text->trimmed(), order.total.currency(), u"amount"_s);
    if (!amount)
        return fail(amount.error());
    return std::optional<Money>(*amount);
}

// OrderPolicy's answer for this order and this login, asked before any service: a refusal is a conflict
// (exit 4) carrying its reason.
Status OrderCommandSupport::allowed(Session &session, const Order &order, OrderAction action)
{
    auto permissions = session.staff().currentPermissions();
    if (!permissions)
        return fail(permissions.error());
    if (const auto why = OrderPolicy::whyNot(action, order, *permissions))
        return fail(Error::conflict(*why));
    return {};
}

// The order as it is now, when `action` is allowed on it (see allowed()).
Result<Order> OrderCommandSupport::allowedOrder(Session &session, const QString &reference, OrderAction action)
{
    auto order = session.orders().find(reference);
    if (!order)
        return order;
    if (auto verdict = allowed(session, *order, action); !verdict)
        return fail(verdict.error());
    return order;
}

// "bank transfer": a payment method's name inside a sentence.
QString OrderCommandSupport::methodWord(const Order &order)
{
    return PaymentMethods::displayName(order.paymentMethod).toLower();
}

int OrderCommandSupport::printPreview(CliContext &context, const Result<OrderEditPreview> &preview)
{
    if (!preview)
        return context.fail(preview.error());
    if (context.json()) {
        QJsonArray stock;
        for (const OrderEditPreview::StockEffect &effect : preview->stock)
            stock.append(QJsonObject{{u"sku"_s, effect.sku}, {u"reservedChange"_s, effect.reservedChange}});
        return context.printJson(QJsonObject{{u"before"_s, OrderJson::order(preview->before)},
                {u"after"_s, OrderJson::order(preview->after)}, {u"stock"_s, stock},
                {u"balanceDue"_s, preview->balanceDue.toDecimalString()},
                {u"refundOwed"_s, preview->refundOwed.toDecimalString()}});
    }
    const QLocale locale = QLocale::c();
    const OrderTotals before = preview->before.totals();
    const OrderTotals after = preview->after.totals();
    QTextStream &out = context.out();
    out << tr("Preview of order #%1 (nothing was changed):").arg(preview->after.number) << '\n';
    const auto row = [&](const QString &label, const Money &from, const Money &to) {
        out << "  " << pad(label, 16) << pad(from.toDisplayString(locale), 16) << u"→ "_s << to.toDisplayString(locale)
            << '\n';
    };
    row(tr("Subtotal"), before.subtotal, after.subtotal);
    row(tr("Discount"), before.discount, after.discount);
    row(tr("Shipping"), before.shipping, after.shipping);
    row(tr("Tax"), before.tax, after.tax);
    row(tr("Total"), before.total, after.total);
    for (const OrderEditPreview::StockEffect &effect : preview->stock) {
        out << "  "
            << (effect.reservedChange > 0 ? tr("reserves %1 more of %2") : tr("releases %1 of %2"))
                        .arg(std::abs(effect.reservedChange))
                        .arg(effect.sku)
            << '\n';
    }
    if (!preview->balanceDue.isZero())
        out << "  " << tr("Balance due afterwards: %1").arg(preview->balanceDue.toDisplayString(locale)) << '\n';
    if (!preview->refundOwed.isZero())
        out << "  " << tr("Refund owed afterwards: %1").arg(preview->refundOwed.toDisplayString(locale)) << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
