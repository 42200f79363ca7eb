#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace shipshape {

// Where a return stands: requested → received → closed (refunded), or rejected.
enum class ReturnState {
    Requested,
    Received,
    Closed,
    Rejected
};

class ReturnStates {
    Q_DECLARE_TR_FUNCTIONS(ReturnStates)

public:
    static QString key(ReturnState state);
    static std::optional<ReturnState> fromKey(const QString &key);
    static QStringList keys();
    static QString displayName(ReturnState state);
};

} // namespace shipshape
