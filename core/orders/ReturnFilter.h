#pragma once

#include "orders/ReturnReason.h"
#include "orders/ReturnState.h"

#include <QDateTime>

#include <optional>

namespace shipshape {

// Which returns a listing shows (the Returns page, `returns list`, the dashboard's drill-down): by state, by
// a reason one of its lines gives, and by when it was opened — from `openedFrom` (included) to
// `openedBefore` (excluded). "Older than N days" is `openedBefore` = now − N days.
struct ReturnFilter {
    std::optional<ReturnState> state;
    std::optional<ReturnReason> reason;
    std::optional<QDateTime> openedFrom;
    std::optional<QDateTime> openedBefore;

    friend bool operator==(const ReturnFilter &, const ReturnFilter &) = default;
};

} // namespace shipshape
