#pragma once

#include "common/Money.h"
#include "dashboard/DashboardPeriod.h"
#include "orders/OrderStatus.h"
#include "orders/ReturnReason.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

struct DeclineReasonCount {
    QString code; // Stripe's decline_code, or error code when there is none
    QString message; // a human explanation of the most recent one
    qint64 count = 0;
};

// Why units came back in a period (docs/dashboard.md, "Returns"): units on lines giving the reason, and the
// returns with such a line.
struct ReturnReasonCount {
    ReturnReason reason = ReturnReason::Other;
    qint64 units = 0;
    qint64 returns = 0;
};

// The KPI card figures of one period. Money figures are in the snapshot's currency; orders in other
// currencies are counted but not summed. Ratios are nullopt when their denominator is zero.
struct KpiFigures {
    qint64 ordersPlaced = 0; // orders placed in the period, whatever their status now
    qint64 ordersConfirmed = 0; // of those, the ones that were confirmed (paid) at some point
    qint64 ordersCancelled = 0;
    qint64 placementAttempts = 0; // placements that passed input validation, refused ones included
    Money revenue; // paid minus refunded minus the tax in it, for orders placed in the period (docs/dashboard.md)
    Money refunded;
    std::optional<Money> averageOrderValue; // over confirmed orders
    std::optional<double> successRate; // ordersConfirmed ÷ placementAttempts, 0..1 (target 0.95)
    std::optional<qint64> placementMedianMs; // target < 2000 ms
    std::optional<qint64> placementP95Ms;
    qint64 paymentAttempts = 0; // card charges started in the period
    qint64 paymentFailures = 0; // of those, declined or failed
    std::optional<double> paymentFailureRate;
    QList<DeclineReasonCount> topDeclineReasons; // most frequent first, at most 5
    qint64 emailsSent = 0; // customer emails queued in the period, by outcome so far
    qint64 emailsFailed = 0;
    qint64 emailsWaiting = 0;
    // Returns (docs/dashboard.md): units on returns opened in the period and not rejected, units in the
    // parcels shipped in the period, and the first over the second (nullopt when nothing shipped).
    qint64 unitsReturned = 0;
    qint64 unitsShipped = 0;
    std::optional<double> returnRate;
    // The Order API (docs/dashboard.md, migration 35): requests `shipshape-cli serve` answered in the period;
    // errors among them (a 5xx, or a 4xx other than 402 and 409, which refuse an order for the customer's
    // card, stock or price); orders it created (201 to POST /v1/orders, replays of an Idempotency-Key not
    // counted) in all and in the busiest UTC hour; the 95th percentile of its response times.
    qint64 apiRequests = 0;
    qint64 apiErrors = 0;
    std::optional<double> apiErrorRate;
    qint64 apiOrders = 0;
    qint64 apiOrdersBusiestHour = 0;
    std::optional<qint64> apiP95Ms;
};

struct DailyFigures {
    QDate day;
    qint64 ordersPlaced = 0;
    qint64 ordersCancelled = 0;
    qint64 paymentFailures = 0;
    Money revenue; // as KpiFigures::revenue
};

struct StatusCount {
    OrderStatus status = OrderStatus::Pending;
    qint64 count = 0;
};

struct ProductSales {
    QString sku;
    QString name;
    qint64 quantity = 0; // units on orders placed in the period and not cancelled
    Money revenue; // those lines net of their discounts, without tax
};

struct LowStockProduct {
    QString sku;
    QString name;
    qint64 available = 0; // on hand minus reserved
    qint64 threshold = 0;
};

// Placement-time histogram bucket: placements that took at most `upToMs` (and more than the previous
// bucket's bound); the last bucket has no upper bound.
struct LatencyBucket {
    std::optional<qint64> upToMs;
    qint64 count = 0;
};

// Everything the dashboard shows for one period, computed in one go by SQL in core.
struct DashboardSnapshot {
    DashboardPeriod period;
    QString currency;
    KpiFigures current;
    KpiFigures previous; // the period of the same length just before
    // Now, not bound to the period: confirmed orders not yet shipped, and since when the oldest waits.
    qint64 awaitingShipment = 0;
    std::optional<QDateTime> oldestAwaitingSince;
    QList<DailyFigures> days; // one entry per day of the period, zero-filled
    QList<StatusCount> byStatus; // orders placed in the period by their current status
    QList<ProductSales> topProducts; // at most 10, by quantity
    QList<LowStockProduct> lowStock; // available at or below threshold, lowest first, at most 20
    QList<LatencyBucket> placementTimes;
    QList<ReturnReasonCount> topReturnReasons; // of the period's returns, most units first
    QDateTime computedAt;
};

} // namespace shipshape
