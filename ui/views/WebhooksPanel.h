#pragma once

#include "secrets/SecretStore.h"

#include <QGroupBox>
#include <QHash>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableView;

namespace shipshape {

class HttpClient;
class SessionWorker;
class WebhookEndpointModel;
class WebhookSender;
enum class WebhookEventType;

// Outbound webhooks on the Settings page (docs/notifications.md, "Webhooks"): the registered endpoints, a form to
// add one (URL and events; core checks both and names the field it refuses), removal, and a Test button that sends
// a signed ping and shows the answer and how long it took. Endpoints are shop data in the database and apply at
// once. A new endpoint's secret is generated here, stored in the keychain (webhook-<id>) and shown once, to be
// given to the receiver; it is never shown again. Database work runs on the session's worker, the ping
// asynchronously on this thread's event loop.
class WebhooksPanel : public QGroupBox {
    Q_OBJECT

public:
    // `network` is the GUI thread's one QNetworkAccessManager (Session::network()), which the test ping uses.
    WebhooksPanel(SessionWorker &worker, QNetworkAccessManager &network, SecretStore::Options secrets = {},
            QWidget *parent = nullptr);
    ~WebhooksPanel() override;

    void reload();
    void addFromForm();
    void removeSelected();
    void testSelected();
    [[nodiscard]] WebhookEndpointModel *model() const { return m_model; }
    [[nodiscard]] QString statusText() const;
    // The secret of the endpoint added last, until the next action (shown once).
    [[nodiscard]] QString shownSecret() const;

Q_SIGNALS:
    // A load, change or test finished (its outcome is in statusText()).
    void updated();

private:
    void showStatus(const QString &text);
    void updateButtons();
    [[nodiscard]] qint64 selectedId() const;

    SessionWorker &m_worker;
    SecretStore::Options m_secrets;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<WebhookSender> m_sender;
    WebhookEndpointModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_url = nullptr;
    QHash<WebhookEventType, QCheckBox *> m_events;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_secret = nullptr;
    bool m_busy = false;
};

} // namespace shipshape
