#pragma once

#include "common/Result.h"
#include "orders/OrderChanges.h"
#include "orders/OrderRequests.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

// Refunds staff made outside Shipshape (bank transfer, cash, other) for orders paid by a manual method:
// checked, put on the refunds ledger and the timeline, inside the change of the order they belong to.
class ManualRefunds {
    Q_DECLARE_TR_FUNCTIONS(ManualRefunds)

public:
    ManualRefunds(OrderContext &context, OrderChanges &changes) : m_context(context), m_changes(changes) {}

    // The request with its reference and reason checked; refused before anything is written.
    static Result<ManualRefundRequest> validated(const ManualRefundRequest &request);
    // Records a refund of `amount` (all that was paid and not refunded when empty). Never more than
    // paid − refunded; money kept as credit is paid out first when the refund reaches into it.
    Status applyWithin(
            Order &order, OrderChange &change, const ManualRefundRequest &request, std::optional<Money> amount) const;

private:
    OrderContext &m_context;
    OrderChanges &m_changes;
};

} // namespace shipshape
