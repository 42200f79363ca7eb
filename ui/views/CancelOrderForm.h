#pragma once

#include "orders/CancelMoney.h"
#include "orders/Order.h"
#include "staff/Permissions.h"
#include "views/RecordRefundForm.h"

#include <QCoreApplication>

class QWidget;

namespace shipshape {

// The order detail's "Cancel order" form: a reason, a note and, when something was paid, what happens to
// the money (the choices the order and the login allow: a card refund, a refund recorded by hand with its
// method and reference, credit, or later), asked in a modal dialog.
class CancelOrderForm {
    Q_DECLARE_TR_FUNCTIONS(CancelOrderForm)

public:
    // `money` is asked (and used) only when something was paid; `record` when it says RecordRefund.
    struct Answer {
        QString reasonKey;
        QString note;
        CancelMoney money = CancelMoney::Refund;
        RecordRefundForm::Answer record;
    };

    // Fills `answer`; false when the person kept the order. `noteDraft` is what they typed last time.
    static bool ask(QWidget *parent, const Order &order, const Permissions &permissions, const QString &noteDraft,
            Answer &answer);
};

} // namespace shipshape
