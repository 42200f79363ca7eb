#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "warehouse/PickList.h"

#include <QCoreApplication>

namespace shipshape {

class Database;
class OrderService;

// Pick lists from the database: the orders named, or every confirmed order still to ship (oldest first).
// Reads only; a pick list reserves nothing (the orders already hold their stock).
class PickLists {
    Q_DECLARE_TR_FUNCTIONS(PickLists)

public:
    PickLists(Database &database, OrderService &orders, const Clock &clock);

    Result<PickList> forOrders(const QList<qint64> &numbers);
    // Every confirmed order still to ship, at most `limit` of them (the oldest first).
    Result<PickList> readyToShip(int limit);

    static constexpr int kMaxOrders = 5000;

private:
    Result<PickList> build(const QList<qint64> &numbers);

    Database &m_database;
    OrderService &m_orders;
    const Clock &m_clock;
};

} // namespace shipshape
