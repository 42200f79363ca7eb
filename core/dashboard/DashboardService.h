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

    // The currency snapshot() uses when none is given: the one most orders use, else the catalogue's.
    Result<QString> defaultCurrency();

    // Longer periods are refused (field "from"): ten years of days.
    static constexpr qint64 kMaxPeriodDays = 3660;

private:
    Result<KpiFigures> figures(const DashboardPeriod &period, const Currency &currency);
    // The Order API's figures of the period (migration 35) into `figures`.
    Status addApiFigures(KpiFigures &figures, qint64 firstDay, qint64 lastDay);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shipshape
