#pragma once

#include <QWidget>

#include <chrono>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace shipshape {

class EmptyStateOverlay;
class OutboxModel;
class SafeTextBrowser;
class SessionWorker;
class WebhookDeliveriesPanel;

// The customer-email outbox: every email with its status, attempts, next attempt and last error,
// filtered by status; retry now, send a sent email again, and a preview of the selected email exactly
// as stored (rendered safely: nothing is loaded from anywhere). Work runs on the SessionWorker; the
// rows on screen are re-read every few seconds while the view is visible (the background sender
// changes them) and new emails appear at the top. The Kind filter switches to the webhook deliveries
// (WebhookDeliveriesPanel), with their own status filter and retry.
class OutboxView : public QWidget {
    Q_OBJECT

public:
    explicit OutboxView(SessionWorker &worker, QWidget *parent = nullptr);

    [[nodiscard]] OutboxModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_statusFilter; }
    [[nodiscard]] QComboBox *deliveryFilter() const { return m_deliveryFilter; }
    // Emails and SMS (0) or webhooks (1).
    [[nodiscard]] QComboBox *kindFilter() const { return m_kindFilter; }
    [[nodiscard]] WebhookDeliveriesPanel *webhooks() const { return m_webhooks; }
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }
    [[nodiscard]] QPushButton *resendButton() const { return m_resend; }
    [[nodiscard]] SafeTextBrowser *preview() const { return m_preview; }
    [[nodiscard]] QLabel *previewSubject() const { return m_previewSubject; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }
    [[nodiscard]] EmptyStateOverlay *emptyState() const { return m_emptyState; }

    // Test hook: answer "yes" to confirmations instead of a person.
    void setConfirmAutomatically(bool yes) { m_autoConfirm = yes; }
    // Retry and send again disabled, with `reason` as their tooltip (an archive under review).
    void setReadOnly(const QString &reason);
    // How often the rows on screen are re-read while visible; 0 turns polling off (tests drive it).
    void setPollInterval(std::chrono::milliseconds interval);

    // Reloads from the first page (F5).
    void refresh();
    // Re-reads the rows on screen in place and picks up new emails.
    void refreshVisible();
    // An order changed (ChangeHub::orderChanged): its emails may have changed or been queued.
    void refreshOrder(qint64 orderNumber);
    // Shows the email with this id in the preview (the selection does this too).
    void showPreview(qint64 id);
    // Retry now / send again for the selected emails (the buttons do this).
    void retrySelected();
    void resendSelected();

Q_SIGNALS:
    void actionFinished(const QString &message);
    void actionFailed(const QString &message);
    // Double-click on a row: the lead's main window opens that order.
    void openOrderRequested(qint64 orderNumber);
    void previewShown(qint64 id);

private:
    QList<qint64> selectedIds(bool (*wanted)(const QString &statusKey)) const;
    void updateActions();
    void updateCount();
    void updateEmptyState();
    bool confirm(const QString &question);

    SessionWorker &m_worker;
    OutboxModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_deliveryFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QStackedWidget *m_kinds = nullptr;
    WebhookDeliveriesPanel *m_webhooks = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_resend = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_previewSubject = nullptr;
    QLabel *m_previewMeta = nullptr;
    SafeTextBrowser *m_preview = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_poll = nullptr;
    EmptyStateOverlay *m_emptyState = nullptr;
    qint64 m_previewId = 0;
    QString m_loadError;
    bool m_autoConfirm = false;
    bool m_busy = false;
    QString m_readOnlyReason; // empty: emails may be retried and sent again
};

} // namespace shipshape
