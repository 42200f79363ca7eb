#include "orders/OrderService.h"

#include "orders/OrderQueries.h"

namespace shipshape {

OrderService::OrderService(
        Database &database, const Clock &clock, DomainEventBus *events, OrderServiceSettings settings)
    : m_context{database, clock, events, nullptr, settings, &m_steadyClock}, m_changes(m_context), m_pricing(database),
      m_stock(m_context), m_refunds(m_context, m_changes), m_cancellation(m_context, m_changes, m_stock, m_refunds),
      m_ledger(m_context, m_changes, m_cancellation, m_refunds), m_links(m_context, m_changes, m_cancellation),
      m_placement(m_context, m_changes, m_pricing, m_stock, m_ledger),
      m_transitions(m_context, m_changes, m_stock, m_cancellation), m_fulfillment(m_context, m_changes, m_stock),
      m_returns(m_context, m_changes, m_stock, m_refunds, m_ledger), m_exchanges(m_context, m_changes, m_placement),
      m_edits(m_context, m_changes, m_pricing, m_stock), m_tags(m_context, m_changes)
{}

Result<Order> OrderService::find(const QString &orderReference)
{
    return OrderQueries(m_context.database).find(orderReference);
}

Result<std::optional<qint64>> OrderService::orderPlacedWithKey(const QString &idempotencyKey)
{
    return OrderQueries(m_context.database).orderPlacedWithKey(idempotencyKey);
}

Result<QList<OrderSummary>> OrderService::list(const OrderFilter &filter, const OrderSort &sort, int limit, int offset)
{
    return OrderQueries(m_context.database).list(filter, sort, limit, offset);
}

Result<qint64> OrderService::count(const OrderFilter &filter)
{
    return OrderQueries(m_context.database).count(filter);
}

Result<qint64> OrderService::countUpTo(const OrderFilter &filter, qint64 cap)
{
    return OrderQueries(m_context.database).countUpTo(filter, cap);
}

} // namespace shipshape
