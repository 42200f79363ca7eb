#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "orders/OrderRequests.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace shipshape {

// The order detail's form for a refund made outside Shipshape (bank transfer, cash, …): method, amount,
// reference and reason, asked in a modal dialog, and turned into core's request.
class RecordRefundForm {
    Q_DECLARE_TR_FUNCTIONS(RecordRefundForm)

public:
    // Method key (bank_transfer, cash, other), amount as typed ("12.50"; empty: everything still
    // refundable), reference and reason.
    struct Answer {
        QString methodKey = QStringLiteral("bank_transfer");
        QString amount;
        QString reference;
        QString reason;
    };

    // Fills `answer` (it starts from it); false when the person cancelled.
    static bool ask(QWidget *parent, const QString &title, const Money &upTo, Answer &answer);
    // What a person typed, as core's request; bad input names its field.
    static Result<ManualRefundRequest> request(const Answer &answer, const Currency &currency);
};

} // namespace shipshape
