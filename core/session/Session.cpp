#include "session/Session.h"

#include "storage/Migrator.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::open(const DatabaseUrl &url, const SessionOptions &options)
{
    auto database = Database::open(url);
    if (!database)
        return fail(database.error());
    Migrator migrator(**database);
    if (options.migrate) {
        if (auto migrated = migrator.migrateToLatest(); !migrated)
            return fail(migrated.error());
    } else if (auto compatible = migrator.checkCompatible(); !compatible) {
        return fail(compatible.error());
    }

    std::unique_ptr<Session> session(new Session);
    session->m_database = std::move(*database);
    session->m_clock = options.clock ? options.clock : &session->m_systemClock;
    OrderServiceSettings settings;
    settings.reservationHoldMinutes = options.reservationHoldMinutes;
    session->m_orders = std::make_unique<OrderService>(*session->m_database, *session->m_clock, &session->m_events, settings);
    session->m_inventory = std::make_unique<InventoryService>(*session->m_database, *session->m_clock, &session->m_events);
    return session;
}

Result<bool> Session::isEmpty()
{
    auto query = m_database->run(u"SELECT (SELECT COUNT(*) FROM products) + (SELECT COUNT(*) FROM orders)"_s);
    if (!query)
        return fail(query.error());
    const bool empty = (*query)->next() && (*query)->value(0).toLongLong() == 0;
    (*query)->finish();
    return empty;
}

} // namespace shipshape
