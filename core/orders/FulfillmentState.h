#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// Where an order stands with its parcels, computed from its lines and shipments (Order::fulfillmentState).
// The status stays one of the five; this says how far along shipping is.
enum class FulfillmentState {
    Unfulfilled, // nothing shipped
    PartiallyShipped, // some units shipped, some still to ship
    Shipped, // every unit shipped, no parcel delivered yet
    PartiallyDelivered, // every unit shipped, some parcels delivered
    Delivered // every parcel delivered
};

class FulfillmentStates {
    Q_DECLARE_TR_FUNCTIONS(FulfillmentStates)

public:
    static QList<FulfillmentState> all();
    // Stable keys (JSON, CLI, filters): unfulfilled, partially_shipped, shipped, partially_delivered, delivered.
    static QString key(FulfillmentState state);
    static std::optional<FulfillmentState> fromKey(const QString &key);
    static QString displayName(FulfillmentState state);
};

} // namespace shipshape
