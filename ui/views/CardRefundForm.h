#pragma once

#include "common/Money.h"
#include "orders/Order.h"

#include <QCoreApplication>

class QWidget;

namespace shipshape {

// The order detail's card refund form: an amount, or a line's real cost (after discounts, with its tax)
// capped at what can still be refunded, asked in a modal dialog.
class CardRefundForm {
    Q_DECLARE_TR_FUNCTIONS(CardRefundForm)

public:
    // Sets `amountText` to the amount as typed; false when the person cancelled. `draft` is what they typed
    // last time (empty: everything refundable).
    static bool ask(
            QWidget *parent, const Order &order, const Money &refundable, const QString &draft, QString &amountText);
};

} // namespace shipshape
