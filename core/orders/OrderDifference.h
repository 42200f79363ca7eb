#pragma once

#include <QJsonObject>

namespace shipshape {

struct Order;

// What an edit changed on an order, field by field as old → new, for its timeline row: quantities (a line
// added is from 0, one removed is to 0), unit prices, tax rates, discounts, shipping, the address, and
// the totals when they moved. Empty when nothing changed.
class OrderDifference {
public:
    static QJsonObject between(const Order &before, const Order &after);
};

} // namespace shipshape
