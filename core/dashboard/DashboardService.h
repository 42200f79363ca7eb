#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "dashboard/DashboardSnapshot.h"

#include <QCoreApplication>

namespace shipshape {

class Database;

// The shop manager's figures, computed by SQL from the daily aggregates (kept in step with the orders
// in the same transactions) and a few indexed queries; nothing is loaded into memory row by row.
class DashboardService {
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    DashboardService(Database &database, const Clock &clock);

    // `currency` empty: the currency most orders use. Invalid periods are refused with a field error.
    Result<DashboardSnapshot> snapshot(const DashboardPeriod &period, const QString &currency = {});

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shipshape
