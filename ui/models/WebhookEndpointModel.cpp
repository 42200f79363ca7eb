#include "models/WebhookEndpointModel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

void WebhookEndpointModel::setEndpoints(const QList<WebhookEndpoint> &endpoints)
{
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

int WebhookEndpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int WebhookEndpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookEndpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookEndpoint &endpoint = m_endpoints.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (index.column() == Id ? Qt::AlignRight : Qt::AlignLeft));
    if (role == Qt::ToolTipRole && index.column() == Added)
        return tr("Added by %1").arg(endpoint.createdBy);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (static_cast<Column>(index.column())) {
    case Id:
        return raw ? QVariant(endpoint.id) : QVariant(QLocale().toString(endpoint.id));
    case Url:
        return raw ? QVariant(endpoint.url) : QVariant(endpoint.url.toDisplayString());
    case Events:
        return raw ? QVariant(endpoint.eventKeys()) : QVariant(endpoint.eventKeys().join(u", "_s));
    case Added:
        return raw ? QVariant(endpoint.createdAt)
                   : QVariant(QLocale().toString(endpoint.createdAt.toLocalTime(), QLocale::ShortFormat));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WebhookEndpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("ID");
    case Url:
        return tr("URL");
    case Events:
        return tr("Events");
    case Added:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
