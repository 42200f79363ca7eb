#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// What happens to money already paid when an order is cancelled. Staff say it when they cancel; until
// it is settled the order shows the refund owed.
enum class CancelMoney {
    Refund, // card: back to the card through Stripe now
    RecordRefund, // manual methods: staff returned it outside Shipshape (bank transfer, cash, …)
    KeepAsCredit, // the shop keeps it as the customer's credit; nothing is owed
    Later // not decided yet: the refund owed stays visible on the order
};

class CancelMoneyChoices {
    Q_DECLARE_TR_FUNCTIONS(CancelMoneyChoices)

public:
    // Stable keys (CLI, tests): refund, record, credit, later.
    static QString key(CancelMoney choice);
    static std::optional<CancelMoney> fromKey(const QString &key);
    static QString displayName(CancelMoney choice);
    static QList<CancelMoney> all();
};

} // namespace shipshape
