#include "session/Session.h"

#include "common/Logging.h"
#include "notification/SmsSettings.h"
#include "payment/StripeGateway.h"
#include "payment/StripeSettings.h"
#include "staff/StaffDirectory.h"
#include "storage/Migrator.h"
#include "sync/ChangeFeed.h"
#include "sync/ConnectionMonitor.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

DatabaseOptions databaseOptionsFor(const SessionOptions &options)
{
    DatabaseOptions databaseOptions;
    databaseOptions.password = options.secrets.databasePassword;
    databaseOptions.readOnly = options.readOnly;
    return databaseOptions;
}

} // namespace

Session::~Session()
{
    // The gateway first: calls still in flight are abandoned (their futures cancelled) before anything
    // chained to them could run against the services below.
    m_gateway.reset();
}

Result<std::unique_ptr<Session>> Session::open(const DatabaseUrl &url, const SessionOptions &options)
{
    return openWith(url, options, false);
}

Result<std::unique_ptr<Session>> Session::openAwaitingServer(const DatabaseUrl &url, const SessionOptions &options)
{
    return openWith(url, options, true);
}

Status Session::prepareSchema(Database &database, const SessionOptions &options)
{
    Migrator migrator(database);
    if (options.migrate && !options.readOnly) {
        if (auto migrated = migrator.migrateToLatest(); !migrated)
            return fail(migrated.error());
        return {};
    }
    return migrator.checkCompatible();
}

Status Session::completeOpen()
{
    if (!m_awaitsServer)
        return {};
    {
        // On a connection of its own, so that a schema this build cannot use leaves the session's own
        // connection closed, its statements still refused.
        auto connection = Database::open(m_database->url(), databaseOptionsFor(m_options));
        if (!connection)
            return fail(connection.error());
        if (auto prepared = prepareSchema(**connection, m_options); !prepared)
            return prepared;
    }
    if (auto connected = m_database->reconnectIfNeeded(); !connected)
        return connected;
    m_awaitsServer = false;
    return {};
}

Result<std::unique_ptr<Session>> Session::openWith(
        const DatabaseUrl &url, const SessionOptions &options, bool whileUnreachable)
{
    DatabaseOptions databaseOptions = databaseOptionsFor(options);
    databaseOptions.openWhileUnreachable = whileUnreachable;
    auto database = Database::open(url, databaseOptions);
    if (!database)
        return fail(database.error());
    // A server that did not answer has not shown its schema: completeOpen() checks it when it does.
    const bool awaitsServer = !(*database)->isConnected();
    if (!awaitsServer) {
        if (auto prepared = prepareSchema(**database, options); !prepared)
            return fail(prepared.error());
    }

    std::unique_ptr<Session> session(new Session);
    session->m_options = options;
    session->m_database = std::move(*database);
    session->m_awaitsServer = awaitsServer;
    session->m_clock = options.clock ? options.clock : &session->m_systemClock;
    OrderServiceSettings settings;
    settings.reservationHoldMinutes = options.reservationHoldMinutes;
    session->m_orders
            = std::make_unique<OrderService>(*session->m_database, *session->m_clock, &session->m_events, settings);
    session->m_inventory
            = std::make_unique<InventoryService>(*session->m_database, *session->m_clock, &session->m_events);
    session->m_counts = std::make_unique<CycleCounts>(*session->m_database, *session->m_clock, &session->m_events);
    session->m_customers = std::make_unique<CustomerService>(*session->m_database);
    session->m_customerTags = std::make_unique<CustomerTags>(*session->m_database, *session->m_clock);
    session->m_dashboard = std::make_unique<DashboardService>(*session->m_database, *session->m_clock);
    session->m_notifications = std::make_unique<NotificationOutbox>(
            *session->m_database, *session->m_clock, EmailComposer(MailSettings::load()));
    const SmsSettings sms = SmsSettings::load();
    session->m_notifications->setSms(SmsComposer(sms.shopName), sms.enabled);
    session->m_orders->setNotificationOutbox(session->m_notifications.get());
    return session;
}

PaymentWorkflow &Session::payments()
{
    if (!m_payments) {
        if (!m_gateway) {
            auto settings = StripeSettings::load(m_options.secrets.stripeSecretKey);
            if (settings && settings->isConfigured()) {
                m_gateway = std::make_unique<StripeGateway>(&m_network, *settings);
                m_gatewayFromSecrets = true;
            } else if (!settings) {
                qCWarning(lcPayments) << "Stripe is not available:" << settings.error().message;
            }
        }
        m_payments = std::make_unique<PaymentWorkflow>(*m_database, *m_orders, m_gateway.get(), *m_clock);
    }
    return *m_payments;
}

void Session::setPaymentGateway(std::unique_ptr<PaymentGateway> gateway)
{
    m_payments.reset();
    m_gateway = std::move(gateway);
    m_gatewayFromSecrets = false;
}

void Session::setSecrets(const SessionSecrets &secrets)
{
    const bool stripeChanged = secrets.stripeSecretKey != m_options.secrets.stripeSecretKey;
    m_options.secrets = secrets;
    // A gateway made from the old key (or none, for want of one) is made again on next use.
    if (stripeChanged && (m_gatewayFromSecrets || !m_gateway)) {
        m_payments.reset();
        m_gateway.reset();
        m_gatewayFromSecrets = false;
    }
}

DraftService &Session::drafts()
{
    if (!m_drafts) {
        m_drafts = std::make_unique<DraftService>(
                *m_database, *m_clock, *m_orders, [this]() -> PaymentWorkflow & { return payments(); });
    }
    return *m_drafts;
}

ChangeFeed &Session::changeFeed()
{
    if (!m_changeFeed)
        m_changeFeed = std::make_unique<ChangeFeed>(*m_database);
    return *m_changeFeed;
}

ConnectionMonitor &Session::connectionMonitor()
{
    if (!m_connectionMonitor)
        m_connectionMonitor = std::make_unique<ConnectionMonitor>(*m_database);
    return *m_connectionMonitor;
}

StaffDirectory &Session::staff()
{
    if (!m_staff)
        m_staff = std::make_unique<StaffDirectory>(*m_database);
    return *m_staff;
}

Result<bool> Session::isEmpty()
{
    auto query = m_database->query(u"SELECT (SELECT COUNT(*) FROM products) + (SELECT COUNT(*) FROM orders)"_s);
    if (!query)
        return fail(query.error());
    const bool empty = query->next() && query->singleInteger() == 0;
    return empty;
}

} // namespace shipshape
