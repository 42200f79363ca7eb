#pragma once

#include "common/Money.h"

#include <QString>

#include <optional>

namespace shipshape {

// What an email needs beyond the order itself: the refunded amount of a refund, the note given with
// a cancellation.
struct NotificationDetails {
    std::optional<Money> refundAmount;
    QString cancelNote;
};

} // namespace shipshape
