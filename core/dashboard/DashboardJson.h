#pragma once

#include "dashboard/DashboardSnapshot.h"

#include <QJsonObject>

namespace shipshape {

// The snapshot as JSON (`shipshape-cli --json report kpis`): money as exact decimal strings, ratios as
// numbers from 0 to 1, absent ratios and percentiles as null, days as ISO dates, times as ISO UTC.
class DashboardJson {
public:
    static QJsonObject toJson(const DashboardSnapshot &snapshot);
    static QJsonObject toJson(const KpiFigures &figures);
};

} // namespace shipshape
