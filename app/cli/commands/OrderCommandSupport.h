#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "orders/CancelReason.h"
#include "orders/Order.h"
#include "orders/OrderEdits.h"
#include "orders/OrderPolicy.h"
#include "payment/RefundMethod.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace shipshape {
class Session;
}

namespace shipshape::cli {

class CliContext;
class CommandInput;

// What the `orders …` commands share: the order argument's name, printing an order, reading money
// options, and asking OrderPolicy before any service runs.
class OrderCommandSupport {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static inline const QString kOrder = QStringLiteral("ORDER");

    static QStringList cancelReasonKeys(const QList<CancelReason> &reasons);
    static QStringList refundMethodKeys();
    static QStringList cancelMoneyKeys();
    // The order after a change (or as it is): JSON, or the full text view.
    static int printOrder(CliContext &context, const Result<Order> &order);
    // What a change would do (orders edit --preview, orders cancel-lines --preview): JSON, or the totals
    // before → after, the stock moved and what is owed afterwards.
    static int printPreview(CliContext &context, const Result<OrderEditPreview> &preview);
    // --method: one of the ways staff refund outside Shipshape (never "card": that is Stripe's).
    static Result<RefundMethod> refundMethodFrom(const CommandInput &input);
    // --amount in the order's own currency; nullopt when not given.
    static Result<std::optional<Money>> amountFrom(const CommandInput &input, const Order &order);
    // OrderPolicy's answer for this order and this login, asked before any service: a refusal is a
    // conflict (exit 4) carrying its reason.
    static Status allowed(Session &session, const Order &order, OrderAction action);
    // The order as it is now, when `action` is allowed on it (see allowed()).
    static Result<Order> allowedOrder(Session &session, const QString &reference, OrderAction action);
    // "bank transfer": a payment method's name inside a sentence.
    static QString methodWord(const Order &order);
};

} // namespace shipshape::cli
