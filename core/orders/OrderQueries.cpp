#include "orders/OrderQueries.h"

#include "orders/OrderRepository.h"
#include "orders/PlacementKeyRepository.h"
#include "orders/ReturnStore.h"
#include "orders/ShipmentStore.h"
#include "payment/PaymentLinkRepository.h"
#include "payment/PaymentRepository.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Order> OrderQueries::find(const QString &orderReference)
{
    auto number = OrderRepository(m_database).resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    OrderRepository orders(m_database);
    auto loaded = orders.load(*number, true);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->has_value())
        return fail(Error::notFound(u"order"_s, orderReference, tr("No order %1.").arg(orderReference)));
    Order order = std::move(**loaded);
    PaymentRepository payments(m_database);
    auto received = payments.paymentsFor(order.number);
    if (!received)
        return fail(received.error());
    order.payments = *received;
    auto refunds = payments.refundsFor(order.number, order.total.currency());
    if (!refunds)
        return fail(refunds.error());
    order.refunds = *refunds;
    auto attempts = payments.attemptsFor(order.number);
    if (!attempts)
        return fail(attempts.error());
    order.paymentAttempts = *attempts;
    auto links = PaymentLinkRepository(m_database).forOrder(order.number);
    if (!links)
        return fail(links.error());
    order.paymentLinks = *links;
    auto shipments = ShipmentStore(m_database).forOrder(order.number);
    if (!shipments)
        return fail(shipments.error());
    order.shipments = *shipments;
    auto returns = ReturnStore(m_database).forOrder(order.number);
    if (!returns)
        return fail(returns.error());
    order.returns = *returns;
    return order;
}

Result<QList<OrderSummary>> OrderQueries::list(const OrderFilter &filter, const OrderSort &sort, int limit, int offset)
{
    return OrderRepository(m_database).list(filter, sort, limit, offset);
}

Result<qint64> OrderQueries::count(const OrderFilter &filter)
{
    return OrderRepository(m_database).count(filter);
}

Result<qint64> OrderQueries::countUpTo(const OrderFilter &filter, qint64 cap)
{
    return OrderRepository(m_database).countUpTo(filter, cap);
}

Result<std::optional<qint64>> OrderQueries::orderPlacedWithKey(const QString &idempotencyKey)
{
    return PlacementKeyRepository(m_database).orderFor(idempotencyKey.trimmed());
}

} // namespace shipshape
