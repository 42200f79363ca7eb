#pragma once

#include "common/Clock.h"
#include "common/MonotonicClock.h"
#include "orders/OrderSettings.h"

namespace shipshape {

class Database;
class DomainEventBus;
class NotificationOutbox;

// What every order use case works with: one connection, the clock, where domain events and customer
// emails go, and the shop's settings. OrderService owns it; the services it is made of share it.
struct OrderContext {
    Database &database;
    const Clock &clock;
    DomainEventBus *events = nullptr;
    // Customer emails: when set, each change that should notify the customer queues its email in the
    // change's own transaction (null: no emails, e.g. in tests that do not care).
    NotificationOutbox *outbox = nullptr;
    OrderServiceSettings settings;
    // Placement durations for the dashboard are read from this clock (tests give fixed readings).
    const MonotonicClock *monotonic = nullptr;
};

} // namespace shipshape
