#include "sync/ChangeFeed.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ChangeFeed::ChangeFeed(Database &database, QObject *parent) : QObject(parent), m_database(database)
{
    m_pollTimer.setInterval(kDefaultPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeFeed::pollNow);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::setPollInterval(int milliseconds)
{
    m_pollTimer.setInterval(milliseconds);
}

bool ChangeFeed::start()
{
    if (m_active)
        return true;
    if (m_database.dialect().isSqlite()) {
        readSqliteMarks();
        m_pollTimer.start();
        m_active = true;
        return true;
    }
    if (!subscribe())
        return false;
    m_observerId = m_database.addConnectionObserver([this](bool connected) {
        if (!connected)
            return;
        // A new connection has no LISTEN subscription; whatever happened meanwhile was not heard.
        if (subscribe())
            Q_EMIT resynchronize();
    });
    m_active = true;
    return true;
}

bool ChangeFeed::subscribe()
{
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        qCWarning(lcStorage) << "The SQL driver cannot deliver change notifications";
        return false;
    }
    // QPSQL channel names are case-sensitive and must match the triggers' pg_notify exactly.
    const QString channel = QString::fromLatin1(kChannel);
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
        qCWarning(lcStorage) << "LISTEN" << channel << "failed";
        return false;
    }
    // The driver object survives close()/open(), so one connection is enough; UniqueConnection keeps
    // it single across re-subscriptions.
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::handleNotification, Qt::UniqueConnection);
    return true;
}

void ChangeFeed::stop()
{
    m_pollTimer.stop();
    if (!m_active)
        return;
    m_active = false;
    if (m_observerId != 0) {
        m_database.removeConnectionObserver(m_observerId);
        m_observerId = 0;
    }
    if (!m_database.dialect().isSqlite()) {
        if (QSqlDriver *driver = m_database.connection().driver()) {
            disconnect(driver, &QSqlDriver::notification, this, &ChangeFeed::handleNotification);
            if (m_database.isConnected())
                driver->unsubscribeFromNotification(QString::fromLatin1(kChannel));
        }
    }
}

void ChangeFeed::handleNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != QLatin1StringView(kChannel))
        return;
    const QString text = payload.toString();
    // A replica copies this client's own changes too (core/replica, docs/replica.md).
    if (text == u"replica"_s) {
        Q_EMIT replicaChanged();
        return;
    }
    if (source == QSqlDriver::SelfSource)
        return;
    if (text.startsWith(u"order:"_s)) {
        bool ok = false;
        const qint64 number = QStringView(text).mid(6).toLongLong(&ok);
        if (ok)
            Q_EMIT orderChanged(number);
    } else if (text.startsWith(u"stock:"_s)) {
        Q_EMIT stockChanged(text.mid(6));
    }
}

void ChangeFeed::readSqliteMarks()
{
    auto query = m_database.query(u"SELECT (SELECT COALESCE(MAX(id), 0) FROM order_events) AS last_event, "
                                  "(SELECT COALESCE(MAX(id), 0) FROM stock_movements) AS last_movement"_s);
    if (query && query->next()) {
        m_lastOrderEventId = query->integer(u"last_event");
        m_lastMovementId = query->integer(u"last_movement");
    }
    QSqlQuery version(m_database.connection());
    if (version.exec(u"PRAGMA data_version"_s) && version.next())
        m_dataVersion = version.value(0).toLongLong();
}

void ChangeFeed::pollNow()
{
    if (!m_active || !m_database.dialect().isSqlite())
        return;
    // data_version changes only when another connection commits: the poll costs one tiny statement.
    QSqlQuery version(m_database.connection());
    if (!version.exec(u"PRAGMA data_version"_s) || !version.next())
        return;
    const qint64 current = version.value(0).toLongLong();
    version.finish();
    if (current == m_dataVersion)
        return;
    m_dataVersion = current;

    QSet<qint64> orders;
    QList<qint64> orderList;
    auto events = m_database.query(
            u"SELECT id, order_number FROM order_events WHERE id > ? ORDER BY id"_s, {m_lastOrderEventId});
    if (!events)
        return;
    while (events->next()) {
        m_lastOrderEventId = events->integer(u"id");
        const qint64 number = events->integer(u"order_number");
        if (!orders.contains(number)) {
            orders.insert(number);
            orderList.append(number);
        }
    }

    QSet<QString> skus;
    QStringList skuList;
    auto movements
            = m_database.query(u"SELECT id, sku FROM stock_movements WHERE id > ? ORDER BY id"_s, {m_lastMovementId});
    if (!movements)
        return;
    while (movements->next()) {
        m_lastMovementId = movements->integer(u"id");
        const QString sku = movements->text(u"sku");
        if (!skus.contains(sku)) {
            skus.insert(sku);
            skuList.append(sku);
        }
    }

    for (qint64 number : std::as_const(orderList))
        Q_EMIT orderChanged(number);
    for (const QString &sku : std::as_const(skuList))
        Q_EMIT stockChanged(sku);
}

} // namespace shipshape
