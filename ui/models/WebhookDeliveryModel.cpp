#include "models/WebhookDeliveryModel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

void WebhookDeliveryModel::setDeliveries(const QList<WebhookDelivery> &deliveries)
{
    beginResetModel();
    m_deliveries = deliveries;
    endResetModel();
}

int WebhookDeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deliveries.size());
}

int WebhookDeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookDeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookDelivery &delivery = m_deliveries.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Id || column == Order || column == HttpStatus || column == Attempts;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole && column == Event)
        return tr("Event %1").arg(delivery.eventId);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (column) {
    case Id:
        return raw ? QVariant(delivery.id) : QVariant(QLocale().toString(delivery.id));
    case Status:
        return raw ? OutboxStatuses::key(delivery.status) : OutboxStatuses::displayName(delivery.status);
    case Event:
        return WebhookEventTypes::key(delivery.type);
    case Order:
        if (raw)
            return delivery.orderNumber ? QVariant(*delivery.orderNumber) : QVariant();
        return delivery.orderNumber ? u"#"_s + QString::number(*delivery.orderNumber) : QString();
    case Endpoint:
        return raw ? QVariant(delivery.endpointId) : QVariant(delivery.url.toDisplayString());
    case HttpStatus:
        if (raw)
            return delivery.httpStatus ? QVariant(*delivery.httpStatus) : QVariant();
        return delivery.httpStatus ? QString::number(*delivery.httpStatus) : QString();
    case Attempts:
        return raw ? QVariant(delivery.attempts) : QVariant(QLocale().toString(delivery.attempts));
    case NextAttempt:
        if (delivery.status != OutboxStatus::Pending && delivery.status != OutboxStatus::Retry)
            return raw ? QVariant() : QVariant(QString());
        return raw ? QVariant(delivery.nextAttemptAt) : QVariant(shortTime(delivery.nextAttemptAt));
    case Created:
        return raw ? QVariant(delivery.createdAt) : QVariant(shortTime(delivery.createdAt));
    case LastError:
        return delivery.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WebhookDeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("ID");
    case Status:
        return tr("Status");
    case Event:
        return tr("Event");
    case Order:
        return tr("Order");
    case Endpoint:
        return tr("Endpoint");
    case HttpStatus:
        return tr("HTTP");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case Created:
        return tr("Queued");
    case LastError:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
