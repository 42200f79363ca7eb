#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace shipshape {

// Why the customer sends a unit back (docs/fulfillment.md, "Returns"); `Other` needs a note.
enum class ReturnReason {
    Damaged,
    WrongItem,
    NotAsDescribed,
    NoLongerNeeded,
    Other
};

class ReturnReasons {
    Q_DECLARE_TR_FUNCTIONS(ReturnReasons)

public:
    // Stable keys for the database, JSON and the CLI: "damaged", "wrong_item", ...
    static QString key(ReturnReason reason);
    static std::optional<ReturnReason> fromKey(const QString &key);
    static QStringList keys();
    static QString displayName(ReturnReason reason);
};

} // namespace shipshape
