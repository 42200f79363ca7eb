#pragma once

#include "orders/OrderQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// The sets of orders staff name in words: "the orders holding stock", "what is to ship", "unpaid".
enum class OrderSet {
    HoldsStock, // pending or confirmed: their lines' stock is reserved
    ToShip, // confirmed (paid) and not shipped yet
    Unpaid, // not cancelled, nothing paid
    Paid, // paid in full, nothing refunded
    Sold, // confirmed, shipped or delivered: paid for and not cancelled
    NotCancelled, // pending, confirmed, shipped or delivered
};

// Each named order set once: its stable key (`shipshape-cli orders list --set`), its label, and the
// OrderFilter it stands for, which the order list applies in SQL. The desktop's built-in order views, the
// dashboard's cards and charts (the orders a figure counts) and the CLI all take their sets from here.
class OrderSets {
    Q_DECLARE_TR_FUNCTIONS(OrderSets)

public:
    [[nodiscard]] static QList<OrderSet> all();
    [[nodiscard]] static QString key(OrderSet set);
    [[nodiscard]] static std::optional<OrderSet> fromKey(const QString &key);
    [[nodiscard]] static QStringList keys();
    // "To ship".
    [[nodiscard]] static QString label(OrderSet set);
    // "Confirmed (paid) and not shipped yet." For help texts and tooltips.
    [[nodiscard]] static QString description(OrderSet set);
    // The filter that selects exactly the set (whenever the orders were placed, for any customer).
    [[nodiscard]] static OrderFilter filter(OrderSet set);
};

} // namespace shipshape
