#pragma once

#include "secrets/SecretStore.h"
#include "settings/ApplicationSettings.h"
#include "storage/DatabaseUrl.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;
class QVBoxLayout;

namespace shipshape {

class BackgroundRunner;
class SecretKeyField;
struct ConnectionReport;

// The Settings page: the database for the next start (with a connection test), Stripe and SendGrid
// base URLs and API keys (keys in the keychain, never shown), the sender of customer emails, the
// reservation hold and the language. Save writes the fields only when core accepts every one of them;
// otherwise each invalid field shows core's message and nothing is written.
class SettingsView : public QWidget {
    Q_OBJECT

public:
    // Uses the application's QSettings and the system keychain.
    explicit SettingsView(QWidget *parent = nullptr);
    // Tests: an isolated settings file and a keychain service of their own.
    SettingsView(std::unique_ptr<QSettings> settings, SecretStore::Options secrets, QWidget *parent = nullptr);
    ~SettingsView() override;

    // The database this process has open, shown for reference (the lead's main window sets it).
    void setCurrentDatabase(const DatabaseUrl &url);
    // A section of shop data kept in the database (tax rates), shown after the preferences. Unlike the
    // preferences it applies at once and is not part of Save and Revert.
    void addShopSection(QWidget *section);

    // Reads the fields back from the settings (Revert).
    void revert();
    // Validates through core and writes everything, or nothing (Save). True when written.
    bool save();
    // Tests the database in the fields on a background thread (connectionTested follows).
    void testConnection();
    // Stores the database in the fields as the next start's default.
    bool useDatabase();

    // The database URL the fields describe ("sqlite:PATH" or the PostgreSQL URL as typed).
    [[nodiscard]] QString databaseText() const;
    // The error shown under a field (ApplicationSettings' field names), empty when none.
    [[nodiscard]] QString fieldError(const QString &field) const;
    [[nodiscard]] SecretKeyField *stripeKey() const { return m_stripeKey; }
    [[nodiscard]] SecretKeyField *sendGridKey() const { return m_sendGridKey; }
    [[nodiscard]] SecretKeyField *twilioKey() const { return m_twilioKey; }
    [[nodiscard]] QSettings &settings() const { return *m_settings; }

Q_SIGNALS:
    void connectionTested(bool ok, const QString &message);
    // "Use this database" stored a new default for the next start.
    void databaseChosen(const shipshape::DatabaseUrl &url);
    void saved();
    // The Stripe, SendGrid or Twilio key was stored or removed in the keychain.
    void secretsChanged();
    void saveRefused(const QString &message);

private:
    void build();
    [[nodiscard]] ApplicationSettings fieldValues() const;
    void showFieldErrors(const QList<Error> &errors);
    void updateButtons();
    void updateDatabaseMode();
    QLabel *addErrorLabel(const QString &field);
    // The field with its error line under it (the line takes no room while there is no error).
    QWidget *withError(QWidget *field, const QString &name);

    std::unique_ptr<QSettings> m_settings;
    QVBoxLayout *m_sections = nullptr;
    SecretStore::Options m_secretOptions;
    BackgroundRunner *m_runner = nullptr;
    ApplicationSettings m_loaded;

    QLabel *m_currentDatabase = nullptr;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_postgresUrl = nullptr;
    QPushButton *m_testConnection = nullptr;
    QPushButton *m_useDatabase = nullptr;
    QLabel *m_databaseResult = nullptr;

    QLineEdit *m_stripeApiBase = nullptr;
    QLineEdit *m_checkoutSuccessUrl = nullptr;
    QLineEdit *m_sendGridApiBase = nullptr;
    SecretKeyField *m_stripeKey = nullptr;
    SecretKeyField *m_sendGridKey = nullptr;
    QLineEdit *m_sendGridWebhookKey = nullptr;
    QCheckBox *m_smsEnabled = nullptr;
    QLineEdit *m_twilioAccountSid = nullptr;
    QLineEdit *m_twilioFrom = nullptr;
    QLineEdit *m_twilioService = nullptr;
    SecretKeyField *m_twilioKey = nullptr;
    QLineEdit *m_fromAddress = nullptr;
    QLineEdit *m_fromName = nullptr;
    QSpinBox *m_holdMinutes = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QHash<QString, QLabel *> m_errors;

    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_status = nullptr;
    bool m_testing = false;
};

} // namespace shipshape
