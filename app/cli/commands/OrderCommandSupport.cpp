#include "cli/commands/OrderCommandSupport.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/commands/OrderText.h"
#include "orders/CancelMoney.h"
#include "orders/OrderJson.h"
#include "orders/OrderPolicy.h"
#include "orders/OrderService.h"
#include "payment/PaymentMethod.h"
#include "payment/RefundMethod.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"

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

} // namespace shipshape::cli
