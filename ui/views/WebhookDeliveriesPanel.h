#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace shipshape {

class SessionWorker;
class WebhookDeliveryModel;

// The Outbox page's Webhooks kind: every webhook delivery (newest 500) with its status, event, order, endpoint,
// last HTTP status, attempts and last error, filtered by status, and "Retry now" for the selected failed or
// retrying ones (WebhookOutbox::retry, as `webhooks retry`). Reads and retries run on the SessionWorker.
class WebhookDeliveriesPanel : public QWidget {
    Q_OBJECT

public:
    explicit WebhookDeliveriesPanel(SessionWorker &worker, QWidget *parent = nullptr);

    [[nodiscard]] WebhookDeliveryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_statusFilter; }
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }
    [[nodiscard]] QString statusText() const;

    void reload();
    void retrySelected();

Q_SIGNALS:
    // A load or retry finished.
    void updated();

private:
    void updateActions();

    SessionWorker &m_worker;
    WebhookDeliveryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_status = nullptr;
    bool m_busy = false;
};

} // namespace shipshape
