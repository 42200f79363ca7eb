#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "customers/CustomerService.h"
#include "customers/CustomerTags.h"
#include "dashboard/DashboardService.h"
#include "drafts/DraftService.h"
#include "events/DomainEventBus.h"
#include "inventory/CycleCounts.h"
#include "inventory/InventoryService.h"
#include "notification/NotificationOutbox.h"
#include "orders/OrderService.h"
#include "payment/PaymentGateway.h"
#include "payment/PaymentWorkflow.h"
#include "secrets/SessionSecrets.h"
#include "storage/Database.h"

#include <QNetworkAccessManager>

#include <memory>

namespace shipshape {

class ChangeFeed;
class ConnectionMonitor;
class StaffDirectory;

struct SessionOptions {
    bool migrate = true; // bring the schema to this build's version on open
    // Every write is an error (SQLite's read-only open): an archive under review. Implies no migration.
    bool readOnly = false;
    int reservationHoldMinutes = 15;
    const Clock *clock = nullptr; // null: the system clock
    // Read before opening (SessionSecrets::load) by the program's top, never by the session itself.
    SessionSecrets secrets;
};

// Everything one thread needs to work with a Shipshape database: the connection, the clock, the
// event bus and the services. The CLI and the desktop app both start by opening one.
class Session {
public:
    static Result<std::unique_ptr<Session>> open(const DatabaseUrl &url, const SessionOptions &options = {});
    // As open(), except that a PostgreSQL server that does not answer gives a session awaiting it
    // (awaitsServer()) instead of an error: a desktop starting while its server is down, to show its replica
    // (OfflineMode). Its schema is checked (or migrated) by completeOpen() once the server answers.
    static Result<std::unique_ptr<Session>> openAwaitingServer(
            const DatabaseUrl &url, const SessionOptions &options = {});
    ~Session();

    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] const Clock &clock() const { return *m_clock; }
    // What this session was opened with (worker threads open theirs alike).
    [[nodiscard]] const SessionOptions &options() const { return m_options; }
    [[nodiscard]] DomainEventBus &events() { return m_events; }
    [[nodiscard]] OrderService &orders() { return *m_orders; }
    [[nodiscard]] InventoryService &inventory() { return *m_inventory; }
    [[nodiscard]] CycleCounts &counts() { return *m_counts; }
    [[nodiscard]] CustomerService &customers() { return *m_customers; }
    [[nodiscard]] CustomerTags &customerTags() { return *m_customerTags; }
    [[nodiscard]] DashboardService &dashboard() { return *m_dashboard; }
    // Customer emails queued by the order service; dispatched by an OutboxDispatcher the app creates.
    [[nodiscard]] NotificationOutbox &notifications() { return *m_notifications; }

    // The one QNetworkAccessManager of this session's thread, shared by every provider client.
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }
    // Card payments; the Stripe gateway is set up on first use from the secrets the session was given
    // (a missing key leaves card operations failing with a clear message, manual ones unaffected).
    // Asynchronous: see PaymentWorkflow.
    [[nodiscard]] PaymentWorkflow &payments();
    // New secrets (someone changed them): a changed Stripe key replaces the gateway from the next
    // payments() on, the SendGrid key is used from the next worker round on. Call it between jobs,
    // never while a payment is under way (a SessionWorker queues it like a job).
    void setSecrets(const SessionSecrets &secrets);
    // Replaces the payment gateway (tests point it at a local Stripe-speaking server).
    void setPaymentGateway(std::unique_ptr<PaymentGateway> gateway);
    // Draft orders (the order editor's cart), placed through payments().
    [[nodiscard]] DraftService &drafts();

    // Changes committed by other clients (LISTEN/NOTIFY on PostgreSQL, data_version polling on SQLite);
    // created on first use, not yet started: call start() where an event loop runs.
    [[nodiscard]] ChangeFeed &changeFeed();
    // Connection state for the status bar (PostgreSQL; SQLite is always connected).
    [[nodiscard]] ConnectionMonitor &connectionMonitor();
    [[nodiscard]] StaffDirectory &staff();

    // True when the database holds no products and no orders (a first start).
    Result<bool> isEmpty();

    // Opened by openAwaitingServer() while the server did not answer; nothing has been read from it yet.
    [[nodiscard]] bool awaitsServer() const { return m_awaitsServer; }
    // Connects and does what open() would have done (the schema check or migration). A no-op for a session
    // that is not awaiting its server; on failure it still is.
    Status completeOpen();

private:
    Session() = default;
    static Result<std::unique_ptr<Session>> openWith(
            const DatabaseUrl &url, const SessionOptions &options, bool whileUnreachable);
    static Status prepareSchema(Database &database, const SessionOptions &options);

    SessionOptions m_options;
    std::unique_ptr<Database> m_database;
    bool m_awaitsServer = false;
    SystemClock m_systemClock;
    const Clock *m_clock = nullptr;
    DomainEventBus m_events;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<InventoryService> m_inventory;
    std::unique_ptr<CycleCounts> m_counts;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<CustomerTags> m_customerTags;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<ConnectionMonitor> m_connectionMonitor;
    std::unique_ptr<ChangeFeed> m_changeFeed;
    std::unique_ptr<NotificationOutbox> m_notifications;
    QNetworkAccessManager m_network;
    std::unique_ptr<PaymentGateway> m_gateway;
    bool m_gatewayFromSecrets = false; // false for one a test set

    std::unique_ptr<PaymentWorkflow> m_payments;
    std::unique_ptr<DraftService> m_drafts;
};

} // namespace shipshape
