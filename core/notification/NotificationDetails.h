#pragma once

#include "common/Money.h"
#include "orders/Shipment.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

// What an email needs beyond the order itself: the refunded amount of a refund (and how it was made),
// the note given with a cancellation and the credit kept, the address and expiry of a payment link.
struct NotificationDetails {
    std::optional<Money> refundAmount;
    QString refundMethod; // for people, e.g. "Bank transfer"; empty for card refunds
    QString refundReference;
    QString cancelNote;
    std::optional<Money> creditKept; // a cancellation whose payment is kept as credit
    QString paymentUrl; // https only; anything else is left out of the email
    std::optional<QDateTime> paymentLinkExpiresAt;
    // A shipped or delivered parcel (docs/fulfillment.md): what is in it and how it travels. Empty lines:
    // the whole order (emails queued before parcels existed).
    QList<ShipmentLine> parcelLines;
    QString parcelCarrier;
    QString parcelTracking;
    // A return opened or received (its lines are in parcelLines): its number, and once received how many
    // units went back on hand and how many were written off.
    qint64 returnId = 0;
    qint64 restocked = 0;
    qint64 writtenOff = 0;
    // A return exchanged (docs/fulfillment.md, "Exchanges"): the replacement order, what the customer still
    // pays for it and what comes back to them (each empty when nothing).
    qint64 replacementOrder = 0;
    std::optional<Money> exchangeDue;
    std::optional<Money> exchangeRefund;
};

} // namespace shipshape
