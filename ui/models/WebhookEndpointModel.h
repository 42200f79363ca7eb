#pragma once

#include "notification/WebhookEndpoints.h"

#include <QAbstractTableModel>
#include <QList>

namespace shipshape {

// The registered webhook endpoints for the Settings page: ID, URL, events, when and by whom added.
class WebhookEndpointModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Id,
        Url,
        Events,
        Added,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEndpoints(const QList<WebhookEndpoint> &endpoints);
    [[nodiscard]] const QList<WebhookEndpoint> &endpoints() const { return m_endpoints; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WebhookEndpoint> m_endpoints;
};

} // namespace shipshape
