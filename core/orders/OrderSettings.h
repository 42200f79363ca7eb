#pragma once

#include <QtGlobal>

namespace shipshape {

struct OrderServiceSettings {
    // How long an unpaid pending order holds its stock before it is cancelled.
    int reservationHoldMinutes = 15;
    // How long a payment link (and the order it is for) stays payable. Stripe wants a Checkout Session
    // to live 30 minutes to 24 hours; the extra minutes leave room for a retried request.
    int paymentLinkHoldMinutes = 60;
    static constexpr int kMinPaymentLinkHoldMinutes = 35;
    static constexpr int kMaxPaymentLinkHoldMinutes = 23 * 60;
    static constexpr qint64 kMaxQuantity = 100000;
};

} // namespace shipshape
