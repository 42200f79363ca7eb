#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

enum class CancelReason {
    Customer,
    Declined,
    Fraud,
    Inventory,
    Staff,
    Other,
    Expired
};

class CancelReasons {
    Q_DECLARE_TR_FUNCTIONS(CancelReasons)

public:
    // The codes staff may choose; Expired is set only by reservation expiry.
    static QList<CancelReason> selectable();
    static QString key(CancelReason reason);
    static std::optional<CancelReason> fromKey(const QString &key);
    static QString displayName(CancelReason reason);
};

} // namespace shipshape
