#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "events/DomainEventBus.h"
#include "inventory/InventoryService.h"
#include "orders/OrderService.h"
#include "storage/Database.h"

#include <memory>

namespace shipshape {

struct SessionOptions {
    bool migrate = true;  // bring the schema to this build's version on open
    int reservationHoldMinutes = 15;
    const Clock *clock = nullptr; // null: the system clock
};

// Everything one thread needs to work with a Shipshape database: the connection, the clock, the
// event bus and the services. The CLI and the desktop app both start by opening one.
class Session {
public:
    static Result<std::unique_ptr<Session>> open(const DatabaseUrl &url, const SessionOptions &options = {});
    ~Session();

    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] const Clock &clock() const { return *m_clock; }
    [[nodiscard]] DomainEventBus &events() { return m_events; }
    [[nodiscard]] OrderService &orders() { return *m_orders; }
    [[nodiscard]] InventoryService &inventory() { return *m_inventory; }

    // True when the database holds no products and no orders (a first start).
    Result<bool> isEmpty();

private:
    Session() = default;

    std::unique_ptr<Database> m_database;
    SystemClock m_systemClock;
    const Clock *m_clock = nullptr;
    DomainEventBus m_events;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<InventoryService> m_inventory;
};

} // namespace shipshape
