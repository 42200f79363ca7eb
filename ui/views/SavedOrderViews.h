#pragma once

#include "orders/OrderQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// A named order filter ("view") offered above the order list.
struct SavedOrderView {
    QString name;
    OrderFilter filter;
    bool builtIn = false;
};

// The built-in views (computed for "now", so "this week" stays this week) and the views people saved,
// kept in QSettings under orderViews/.
class SavedOrderViews {
    Q_DECLARE_TR_FUNCTIONS(SavedOrderViews)

public:
    // To ship, Unpaid, Holds stock (core's OrderSets), Cancelled this week.
    static QList<SavedOrderView> builtIns(const QDateTime &now);
    // The user's views, in the order they were saved.
    static QList<SavedOrderView> userViews();
    // Saves (or replaces) a user view; refuses an empty name or the name of a built-in view.
    static std::optional<QString> save(const QString &name, const OrderFilter &filter);
    static void remove(const QString &name);

    static QJsonObject toJson(const OrderFilter &filter);
    static OrderFilter fromJson(const QJsonObject &json);
};

} // namespace shipshape
