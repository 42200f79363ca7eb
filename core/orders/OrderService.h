#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "events/DomainEvent.h"
#include "orders/CancelReason.h"
#include "orders/Order.h"
#include "orders/OrderQuery.h"
#include "orders/OrderRequests.h"

#include <QCoreApplication>

#include <functional>

namespace shipshape {

class Database;
class DomainEventBus;

struct OrderServiceSettings {
    // How long an unpaid pending order holds its stock before it is cancelled.
    int reservationHoldMinutes = 15;
    static constexpr qint64 kMaxQuantity = 100000;
};

// The order use cases. Each operation is one database transaction that validates, adjusts stock,
// writes the order and its timeline, and publishes its domain events only after commit.
class OrderService {
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    OrderService(Database &database, const Clock &clock, DomainEventBus *events = nullptr,
                 OrderServiceSettings settings = {});

    Result<Order> place(const PlaceOrderRequest &request);
    Result<Order> modify(const QString &orderReference, const ModifyOrderRequest &request);
    Result<Order> cancel(const QString &orderReference, CancelReason reason, const QString &note);
    // Manual methods (invoice, bank transfer, cash): staff confirm the money arrived.
    Result<Order> markPaid(const QString &orderReference, const QString &paymentReference = {});
    Result<Order> ship(const QString &orderReference, const QString &trackingNumber, const QString &carrier);
    Result<Order> deliver(const QString &orderReference);
    // Cancels every unpaid pending order whose hold has run out; returns how many.
    Result<int> expireReservations();

    Result<Order> find(const QString &orderReference);
    Result<QList<OrderSummary>> list(const OrderFilter &filter, const OrderSort &sort, int limit, int offset);
    Result<qint64> count(const OrderFilter &filter);

    [[nodiscard]] const OrderServiceSettings &settings() const { return m_settings; }

private:
    struct Change {
        QList<TimelineEntry> timeline;
        QList<DomainEvent> events;
        bool linesChanged = false;
    };
    using Mutation = std::function<Status(Order &order, Change &change)>;

    Result<Order> mutate(const QString &orderReference, const Mutation &mutation);
    Result<qint64> resolveExisting(const QString &orderReference);
    Status transition(Order &order, OrderStatus to, const QString &action);
    Status adjustStock(Order &order, const QString &sku, qint64 delta, Change &change);
    Status releaseAll(Order &order, Change &change);
    Result<QList<LineItem>> priceLines(const QList<OrderItemRequest> &items, const QList<LineItem> &existing);
    Result<Customer> resolveCustomer(const CustomerReference &reference);
    TimelineEntry entry(const QString &event, std::optional<OrderStatus> from, std::optional<OrderStatus> to,
                        const QString &reason, const QJsonObject &details = {}) const;
    DomainEvent event(const QString &name, const Order &order, const QJsonObject &payload = {}) const;
    void publish(const QList<DomainEvent> &events) const;

    Database &m_database;
    const Clock &m_clock;
    DomainEventBus *m_events;
    OrderServiceSettings m_settings;
};

} // namespace shipshape
