#pragma once

#include "dashboard/DashboardSnapshot.h"

#include <QCoreApplication>
#include <QPalette>

#include <functional>

class QAbstractAxis;
class QChart;

namespace shipshape {

// Builds the dashboard's Qt Charts from a snapshot, coloured from the system palette (light or dark).
// Each builder returns a new chart (the caller owns it) and calls back with what was clicked.
// Amounts become doubles here for drawing only; every figure shown as text comes from Money.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    static constexpr int kLowStockShown = 8;

    // Revenue per day as bars (left axis) and orders per day as a line (right axis); `onDay` gets the
    // index into snapshot.days.
    static QChart *revenueAndOrders(
            const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(int day)> onDay);
    // Donut of the period's orders by their current status.
    static QChart *ordersByStatus(
            const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(OrderStatus)> onStatus);
    // Units sold per product, best first; `onProduct` gets the index into snapshot.topProducts.
    static QChart *topProducts(
            const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(int product)> onProduct);
    // Available stock against the low-stock threshold, lowest first (at most kLowStockShown products).
    static QChart *lowStock(
            const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(int product)> onProduct);
    // Placement-time histogram, buckets within the 2 s target and over it in two colours.
    static QChart *placementTimes(const DashboardSnapshot &snapshot, const QPalette &palette);
    // Units returned per reason, most first; a click on a bar gives its reason.
    static QChart *returnReasons(
            const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(ReturnReason)> onReason);

    static bool hasOrders(const DashboardSnapshot &snapshot);
    static bool hasPlacementTimes(const DashboardSnapshot &snapshot);
    // "250 ms", "2 s" (at most that long), "> 5 s" (the open-ended last bucket): a histogram bucket's label.
    static QString bucketLabel(const DashboardSnapshot &snapshot, int bucket);
    static QColor statusColor(OrderStatus status);

private:
    static QChart *newChart(const QPalette &palette);
    static void styleAxis(QAbstractAxis *axis, const QPalette &palette);
};

} // namespace shipshape
