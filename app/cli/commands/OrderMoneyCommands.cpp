#include "cli/commands/OrderMoneyCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/commands/OrderCommandSupport.h"
#include "orders/CancelMoney.h"
#include "orders/OrderJson.h"
#include "orders/OrderPolicy.h"
#include "orders/OrderService.h"
#include "payment/PaymentMethod.h"
#include "payment/PaymentWorkflow.h"
#include "payment/RefundMethod.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

using Support = OrderCommandSupport;

int OrderMoneyCommands::cancel(CliContext &context, const CommandInput &input)
{
    const QString topic = u"orders cancel"_s;
    const QString reasonKey = input.value(u"reason"_s, QString());
    const auto reason = CancelReasons::fromKey(reasonKey);
    if (!reason || !CancelReasons::selectable().contains(*reason)) {
        return context.fail(Error::invalid(u"reason"_s, reasonKey,
                tr("Unknown cancel reason \"%1\": use %2.")
                        .arg(reasonKey, Support::cancelReasonKeys(CancelReasons::selectable()).join(u", "_s))));
    }
    std::optional<CancelMoney> money;
    if (const auto moneyKey = input.value(u"money"_s)) {
        money = CancelMoneyChoices::fromKey(moneyKey->trimmed());
        if (!money) {
            return context.fail(Error::invalid(u"money"_s, *moneyKey,
                    tr("Unknown choice \"%1\" for the money: use %2.")
                            .arg(*moneyKey, Support::cancelMoneyKeys().join(u", "_s))));
        }
    }
    if (input.flag(u"no-refund"_s)) {
        if (money && *money != CancelMoney::Later)
            return context.usage(tr("--no-refund means --money later; it cannot go with --money %1.")
                                         .arg(CancelMoneyChoices::key(*money)),
                    topic);
        money = CancelMoney::Later;
    }
    const bool recording = money == CancelMoney::RecordRefund;
    for (const QString &option : {u"method"_s, u"reference"_s, u"amount"_s}) {
        if (!recording && input.hasValue(option))
            return context.usage(
                    tr("--%1 describes a refund made outside Shipshape: it goes with --money record.").arg(option),
                    topic);
    }
    if (recording && !input.hasValue(u"method"_s))
        return context.usage(
                tr("--money record needs --method (%1).").arg(Support::refundMethodKeys().join(u", "_s)), topic);
    CancelSettlement settlement;
    if (recording) {
        auto method = Support::refundMethodFrom(input);
        if (!method)
            return context.fail(method.error());
        settlement.refund.method = *method;
        settlement.refund.reference = input.value(u"reference"_s, QString());
    }

    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    const QString reference = input.argument(Support::kOrder);
    auto order = Support::allowedOrder(**session, reference, OrderAction::Cancel);
    if (!order)
        return context.fail(order.error());
    // Cancelled, the order owes nothing: whatever it holds and has not kept as credit goes somewhere.
    const Money held = OrderPolicy::refundableByHand(*order);
    if (held.minorUnits() > 0) {
        const bool manual = PaymentMethods::isManual(order->paymentMethod);
        if (!money) {
            return context.usage(tr("Order %1 holds %2 paid by %3: say what happens to it with --money %4.")
                                         .arg(order->number)
                                         .arg(held.toDisplayString(QLocale::c()), Support::methodWord(*order),
                                                 manual ? u"record|credit|later"_s : u"refund|credit|later"_s),
                    topic);
        }
        settlement.money = *money;
        // The refund part of the cancellation is OrderPolicy's to allow, as a refund on its own is.
        if (*money == CancelMoney::Refund || *money == CancelMoney::RecordRefund) {
            const OrderAction action
                    = *money == CancelMoney::Refund ? OrderAction::RefundCard : OrderAction::RecordRefund;
            if (auto verdict = Support::allowed(**session, *order, action); !verdict)
                return context.fail(verdict.error());
        } else if (*money == CancelMoney::KeepAsCredit) {
            auto permissions = (*session)->staff().currentPermissions();
            if (!permissions)
                return context.fail(permissions.error());
            if (!OrderPolicy::permits(OrderAction::KeepAsCredit, *permissions))
                return context.fail(Error::conflict(OrderPolicy::notPermitted(OrderAction::KeepAsCredit)));
        }
        if (recording) {
            auto amount = Support::amountFrom(input, *order);
            if (!amount)
                return context.fail(amount.error());
            settlement.refund.amount = *amount;
        }
    }
    return Support::printOrder(context,
            context.wait(
                    (*session)->payments().cancel(reference, *reason, input.value(u"note"_s, QString()), settlement)));
}

int OrderMoneyCommands::refund(CliContext &context, const CommandInput &input)
{
    const QString topic = u"orders refund"_s;
    std::optional<RefundMethod> method;
    if (input.hasValue(u"method"_s)) {
        auto parsed = Support::refundMethodFrom(input);
        if (!parsed)
            return context.fail(parsed.error());
        method = *parsed;
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    const QString reference = input.argument(Support::kOrder);
    auto order = (*session)->orders().find(reference);
    if (!order)
        return context.fail(order.error());
    // Card orders go back through Stripe; the other methods were refunded by staff, who say how.
    const bool manual = PaymentMethods::isManual(order->paymentMethod);
    if (manual && !method) {
        return context.usage(tr("Order %1 was paid by %2: say how the money went back with --method (%3).")
                                     .arg(order->number)
                                     .arg(Support::methodWord(*order), Support::refundMethodKeys().join(u", "_s)),
                topic);
    }
    if (!manual) {
        for (const QString &option : {u"method"_s, u"reference"_s}) {
            if (input.hasValue(option))
                return context.usage(tr("Order %1 was paid by card and is refunded through Stripe: --%2 is only "
                                        "for refunds made outside Shipshape.")
                                             .arg(order->number)
                                             .arg(option),
                        topic);
        }
    }
    auto amount = Support::amountFrom(input, *order);
    if (!amount)
        return context.fail(amount.error());
    if (auto verdict
            = Support::allowed(**session, *order, manual ? OrderAction::RecordRefund : OrderAction::RefundCard);
            !verdict)
        return context.fail(verdict.error());
    const QString why = input.value(u"reason"_s, QString());
    if (!manual)
        return Support::printOrder(context, context.wait((*session)->payments().refund(reference, *amount, why)));
    ManualRefundRequest request;
    request.method = *method;
    request.amount = *amount;
    request.reference = input.value(u"reference"_s, QString());
    request.reason = why;
    return Support::printOrder(context, (*session)->orders().recordRefund(reference, request));
}

int OrderMoneyCommands::credit(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    const QString reference = input.argument(Support::kOrder);
    if (auto order = Support::allowedOrder(**session, reference, OrderAction::KeepAsCredit); !order)
        return context.fail(order.error());
    return Support::printOrder(
            context, (*session)->orders().keepAsCredit(reference, input.value(u"note"_s, QString())));
}

int OrderMoneyCommands::paymentLink(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    const QString reference = input.argument(Support::kOrder);
    if (auto order = Support::allowedOrder(**session, reference, OrderAction::SendPaymentLink); !order)
        return context.fail(order.error());
    auto order = context.wait((*session)->payments().sendPaymentLink(reference));
    if (!order)
        return context.fail(order.error());
    if (context.json())
        return context.printJson(OrderJson::order(*order));
    if (const auto link = order->livePaymentLink()) {
        context.out() << tr("Payment link for %1 sent to %2, expires %3 (UTC):")
                                 .arg(link->amount.toDisplayString(QLocale::c()), link->recipientEmail,
                                         link->expiresAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s))
                      << '\n'
                      << link->url << '\n';
    }
    return ExitOk;
}

int OrderMoneyCommands::markPaid(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    const QString reference = input.argument(Support::kOrder);
    if (auto order = Support::allowedOrder(**session, reference, OrderAction::MarkPaid); !order)
        return context.fail(order.error());
    return Support::printOrder(
            context, (*session)->orders().markPaid(reference, input.value(u"reference"_s, QString())));
}

} // namespace shipshape::cli
