#pragma once

#include "notification/WebhookDelivery.h"

#include <QAbstractTableModel>
#include <QList>

namespace shipshape {

// Webhook deliveries for the Outbox page's Webhooks kind: the webhook outbox, newest first.
class WebhookDeliveryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Id,
        Status,
        Event,
        Order,
        Endpoint,
        HttpStatus,
        Attempts,
        NextAttempt,
        Created,
        LastError,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDeliveries(const QList<WebhookDelivery> &deliveries);
    [[nodiscard]] const QList<WebhookDelivery> &deliveries() const { return m_deliveries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WebhookDelivery> m_deliveries;
};

} // namespace shipshape
