#include "views/SettingsView.h"

#include "background/BackgroundRunner.h"
#include "notification/SmsComposer.h"
#include "notification/SmsSegments.h"
#include "notification/SmsSettings.h"
#include "secrets/SessionSecrets.h"
#include "session/Session.h"
#include "storage/ConnectionReport.h"
#include "style/Appearance.h"
#include "views/FieldErrorLabel.h"
#include "views/SecretKeyField.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A note that an environment variable overrides the field below it (headless machines, tests), or null.
QLabel *environmentNote(const char *variable, QWidget *parent)
{
    const QString value = qEnvironmentVariable(variable);
    if (value.isEmpty())
        return nullptr;
    auto *label = noteLabel(SettingsView::tr("%1 is set in the environment and wins over this setting.")
                                    .arg(QString::fromLatin1(variable)),
            parent);
    label->setObjectName(QString::fromLatin1(variable));
    return label;
}

} // namespace

SettingsView::SettingsView(QWidget *parent)
    : SettingsView(std::make_unique<QSettings>(), SecretStore::Options{}, parent)
{}

SettingsView::SettingsView(std::unique_ptr<QSettings> settings, SecretStore::Options secrets, QWidget *parent)
    : QWidget(parent), m_settings(std::move(settings)), m_secretOptions(std::move(secrets))
{
    setObjectName(u"settingsView"_s);
    m_runner = new BackgroundRunner(this);
    build();
    revert();
}

SettingsView::~SettingsView() = default;

QLabel *SettingsView::addErrorLabel(const QString &field)
{
    auto *label = new FieldErrorLabel(field + u"Error"_s, this);
    m_errors.insert(field, label);
    return label;
}

QWidget *SettingsView::withError(QWidget *field, const QString &name)
{
    auto *cell = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(addErrorLabel(name));
    return cell;
}

void SettingsView::build()
{
    auto *content = new QWidget;
    content->setMaximumWidth(860);
    auto *sections = new QVBoxLayout(content);

    // --- database ---
    auto *database = new QGroupBox(tr("Database"), content);
    auto *databaseLayout = new QVBoxLayout(database);
    m_currentDatabase = noteLabel(QString(), database);
    m_currentDatabase->hide();
    m_sqlite = new QRadioButton(tr("SQLite file on this computer"), database);
    m_sqlite->setObjectName(u"databaseSqlite"_s);
    m_postgres = new QRadioButton(tr("PostgreSQL server (shared by several desktops)"), database);
    m_postgres->setObjectName(u"databasePostgres"_s);
    auto *modes = new QButtonGroup(database);
    modes->addButton(m_sqlite);
    modes->addButton(m_postgres);
    m_sqlitePath = new QLineEdit(database);
    m_sqlitePath->setObjectName(u"databasePath"_s);
    m_sqlitePath->setAccessibleName(tr("SQLite file"));
    m_sqlitePath->setPlaceholderText(DatabaseUrl::defaultSqlitePath());
    m_browse = new QPushButton(tr("Choose…"), database);
    m_browse->setObjectName(u"databaseBrowse"_s);
    m_browse->setAccessibleName(tr("Choose the SQLite file"));
    auto *pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(24, 0, 0, 0);
    pathRow->addWidget(m_sqlitePath, 1);
    pathRow->addWidget(m_browse);
    m_postgresUrl = new QLineEdit(database);
    m_postgresUrl->setObjectName(u"databasePostgresUrl"_s);
    m_postgresUrl->setAccessibleName(tr("PostgreSQL URL"));
    m_postgresUrl->setPlaceholderText(u"postgresql://USER@HOST:5432/DATABASE"_s);
    auto *urlRow = new QHBoxLayout;
    urlRow->setContentsMargins(24, 0, 0, 0);
    urlRow->addWidget(m_postgresUrl, 1);
    m_testConnection = new QPushButton(tr("Test connection"), database);
    m_testConnection->setObjectName(u"databaseTest"_s);
    m_useDatabase = new QPushButton(tr("Use this database"), database);
    m_useDatabase->setObjectName(u"databaseUse"_s);
    m_useDatabase->setToolTip(tr("Open this database the next time Shipshape starts"));
    auto *databaseButtons = new QHBoxLayout;
    databaseButtons->addWidget(m_testConnection);
    databaseButtons->addWidget(m_useDatabase);
    databaseButtons->addStretch();
    m_databaseResult = new QLabel(database);
    m_databaseResult->setObjectName(u"databaseResult"_s);
    m_databaseResult->setTextFormat(Qt::PlainText);
    m_databaseResult->setWordWrap(true);
    m_databaseResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseResult->hide();
    databaseLayout->addWidget(m_currentDatabase);
    databaseLayout->addWidget(m_sqlite);
    databaseLayout->addLayout(pathRow);
    databaseLayout->addWidget(m_postgres);
    databaseLayout->addLayout(urlRow);
    databaseLayout->addWidget(
            noteLabel(tr("Passwords are never part of the URL: they come from the keychain, PGPASSWORD or ~/.pgpass."),
                    database));
    databaseLayout->addLayout(databaseButtons);
    databaseLayout->addWidget(m_databaseResult);
    addErrorLabel(u"database"_s);
    databaseLayout->addWidget(m_errors.value(u"database"_s));
    sections->addWidget(database);

    // --- providers ---
    auto *providers = new QGroupBox(tr("Payments and email providers"), content);
    auto *providerForm = new QFormLayout(providers);
    m_stripeApiBase = new QLineEdit(providers);
    m_stripeApiBase->setObjectName(u"stripeApiBase"_s);
    m_stripeApiBase->setAccessibleName(tr("Stripe base URL"));
    providerForm->addRow(tr("Stripe base URL:"), withError(m_stripeApiBase, u"stripeApiBase"_s));
    if (QLabel *note = environmentNote("SHIPSHAPE_STRIPE_API_BASE", providers))
        providerForm->addRow(QString(), note);
    m_stripeKey = new SecretKeyField(u"stripe"_s, tr("Stripe secret key"), m_secretOptions, providers);
    providerForm->addRow(tr("Stripe secret key:"), m_stripeKey);
    m_checkoutSuccessUrl = new QLineEdit(providers);
    m_checkoutSuccessUrl->setObjectName(u"checkoutSuccessUrl"_s);
    m_checkoutSuccessUrl->setAccessibleName(tr("Page after a payment link is paid"));
    m_checkoutSuccessUrl->setPlaceholderText(tr("https://your-shop.example/thank-you"));
    m_checkoutSuccessUrl->setToolTip(tr("Where Stripe sends customers after they paid through a payment link. "
                                        "Payment links are available once it is set."));
    providerForm->addRow(tr("Payment link return page:"), withError(m_checkoutSuccessUrl, u"checkoutSuccessUrl"_s));
    if (QLabel *note = environmentNote("SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL", providers))
        providerForm->addRow(QString(), note);
    m_sendGridApiBase = new QLineEdit(providers);
    m_sendGridApiBase->setObjectName(u"sendGridApiBase"_s);
    m_sendGridApiBase->setAccessibleName(tr("SendGrid base URL"));
    providerForm->addRow(tr("SendGrid base URL:"), withError(m_sendGridApiBase, u"sendGridApiBase"_s));
    if (QLabel *note = environmentNote("SHIPSHAPE_SENDGRID_API_BASE", providers))
        providerForm->addRow(QString(), note);
    m_sendGridKey = new SecretKeyField(u"sendgrid"_s, tr("SendGrid API key"), m_secretOptions, providers);
    providerForm->addRow(tr("SendGrid API key:"), m_sendGridKey);
    m_sendGridWebhookKey = new QLineEdit(providers);
    m_sendGridWebhookKey->setObjectName(u"sendGridWebhookPublicKey"_s);
    m_sendGridWebhookKey->setAccessibleName(tr("SendGrid event webhook verification key"));
    m_sendGridWebhookKey->setPlaceholderText(tr("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…"));
    m_sendGridWebhookKey->setToolTip(tr("The public key SendGrid shows for a signed Event Webhook. With it, "
                                        "delivered, bounced and dropped emails are recorded on the order."));
    providerForm->addRow(tr("Event webhook key:"), withError(m_sendGridWebhookKey, u"sendGridWebhookPublicKey"_s));
    if (QLabel *note = environmentNote("SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY", providers))
        providerForm->addRow(QString(), note);
    providerForm->addRow(QString(),
            noteLabel(tr("Base URLs must use https; plain http is accepted only for this computer (test servers). "
                         "Keys are kept in the system keychain and never shown again."),
                    providers));
    sections->addWidget(providers);

    // --- sender ---
    auto *sender = new QGroupBox(tr("Sender of customer emails"), content);
    auto *senderForm = new QFormLayout(sender);
    m_fromAddress = new QLineEdit(sender);
    m_fromAddress->setObjectName(u"mailFromAddress"_s);
    m_fromAddress->setAccessibleName(tr("From address"));
    senderForm->addRow(tr("From address:"), withError(m_fromAddress, u"mailFromAddress"_s));
    if (QLabel *note = environmentNote("SHIPSHAPE_MAIL_FROM", sender))
        senderForm->addRow(QString(), note);
    m_fromName = new QLineEdit(sender);
    m_fromName->setObjectName(u"mailFromName"_s);
    m_fromName->setAccessibleName(tr("From name"));
    m_fromName->setMaxLength(ApplicationSettings::kMaxFromNameLength);
    senderForm->addRow(tr("From name:"), withError(m_fromName, u"mailFromName"_s));
    sections->addWidget(sender);

    // --- SMS status messages: what each says and what it costs (docs/notifications.md, "SMS") ---
    auto *sms = new QGroupBox(tr("SMS status messages"), content);
    auto *smsForm = new QFormLayout(sms);
    m_smsEnabled = new QCheckBox(tr("Send SMS status messages to customers with a phone"), sms);
    m_smsEnabled->setObjectName(u"smsEnabled"_s);
    smsForm->addRow(QString(), withError(m_smsEnabled, u"smsEnabled"_s));
    if (QLabel *note = environmentNote("SHIPSHAPE_SMS_ENABLED", sms))
        smsForm->addRow(QString(), note);
    const auto addTwilioField = [&](QLineEdit *&edit, const QString &name, const QString &accessible,
                                        const QString &label, const QString &placeholder, const char *variable) {
        edit = new QLineEdit(sms);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        smsForm->addRow(label, withError(edit, name));
        if (QLabel *note = environmentNote(variable, sms))
            smsForm->addRow(QString(), note);
    };
    addTwilioField(m_twilioAccountSid, u"twilioAccountSid"_s, tr("Twilio account SID"), tr("Twilio account SID:"),
            tr("AC followed by 32 hexadecimal digits"), "SHIPSHAPE_TWILIO_ACCOUNT_SID");
    addTwilioField(m_twilioFrom, u"twilioFrom"_s, tr("SMS sender number"), tr("Sender number:"), tr("+14155550100"),
            "SHIPSHAPE_TWILIO_FROM");
    addTwilioField(m_twilioService, u"twilioMessagingServiceSid"_s, tr("Twilio messaging service SID"),
            tr("Messaging service:"), tr("MG… (optional; sends instead of the number)"),
            "SHIPSHAPE_TWILIO_MESSAGING_SERVICE_SID");
    m_twilioKey = new SecretKeyField(u"twilio"_s, tr("Twilio auth token"), m_secretOptions, sms);
    smsForm->addRow(tr("Twilio auth token:"), m_twilioKey);
    const SmsComposer composer(SmsSettings::load().shopName);
    for (const NotificationEvent event :
            {NotificationEvent::Placed, NotificationEvent::Confirmed, NotificationEvent::Shipped,
                    NotificationEvent::Delivered, NotificationEvent::Cancelled, NotificationEvent::Refunded}) {
        const QString text = composer.sample(event);
        const SmsSegments segments = SmsSegments::count(text);
        const QString encoding = segments.encoding == SmsSegments::Encoding::Gsm7 ? u"GSM-7"_s : u"UCS-2"_s;
        auto *preview = noteLabel(tr("%1\n%n segment(s), %2, %3 characters", nullptr, segments.segments)
                                          .arg(text, encoding)
                                          .arg(segments.units),
                sms);
        preview->setObjectName(u"smsPreview_"_s + NotificationEvents::key(event));
        smsForm->addRow(NotificationEvents::displayName(event) + u':', preview);
    }
    sections->addWidget(sms);

    // --- orders, language and appearance ---
    auto *general = new QGroupBox(tr("Orders, language and appearance"), content);
    auto *generalForm = new QFormLayout(general);
    m_holdMinutes = new QSpinBox(general);
    m_holdMinutes->setObjectName(u"reservationHoldMinutes"_s);
    m_holdMinutes->setAccessibleName(tr("Reservation hold in minutes"));
    m_holdMinutes->setRange(ApplicationSettings::kMinHoldMinutes, ApplicationSettings::kMaxHoldMinutes);
    m_holdMinutes->setSuffix(tr(" min"));
    m_holdMinutes->setToolTip(tr("How long the stock of an unpaid order stays reserved"));
    m_holdMinutes->setMaximumWidth(140);
    generalForm->addRow(tr("Hold stock of unpaid orders for:"), withError(m_holdMinutes, u"reservationHoldMinutes"_s));
    if (QLabel *note = environmentNote("SHIPSHAPE_RESERVATION_HOLD_MINUTES", general))
        generalForm->addRow(QString(), note);
    m_language = new QComboBox(general);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setMaximumWidth(240);
    generalForm->addRow(tr("Language:"), withError(m_language, u"language"_s));
    m_appearance = new QComboBox(general);
    m_appearance->setObjectName(u"appearance"_s);
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("As the desktop"), Appearance::key(Appearance::Scheme::Desktop));
    m_appearance->addItem(tr("Light"), Appearance::key(Appearance::Scheme::Light));
    m_appearance->addItem(tr("Dark"), Appearance::key(Appearance::Scheme::Dark));
    m_appearance->setMaximumWidth(240);
    generalForm->addRow(tr("Appearance:"), withError(m_appearance, u"appearance"_s));
    generalForm->addRow(QString(),
            noteLabel(tr("The appearance changes when saved; the other changes on this page take effect when "
                         "Shipshape starts next."),
                    general));
    sections->addWidget(general);
    sections->addStretch();
    m_sections = sections;

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_status = new QLabel(this);
    m_status->setObjectName(u"settingsStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(u"settingsRevert"_s);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"settingsSave"_s);
    m_save->setDefault(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_sqlite, &QRadioButton::toggled, this, &SettingsView::updateDatabaseMode);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("SQLite database file"),
                m_sqlitePath->text().isEmpty() ? DatabaseUrl::defaultSqlitePath() : m_sqlitePath->text(),
                tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_sqlitePath->setText(path);
    });
    connect(m_testConnection, &QPushButton::clicked, this, &SettingsView::testConnection);
    connect(m_useDatabase, &QPushButton::clicked, this, &SettingsView::useDatabase);
    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsView::revert);
    for (QLineEdit *edit : {m_stripeApiBase, m_checkoutSuccessUrl, m_sendGridApiBase, m_sendGridWebhookKey,
                 m_twilioAccountSid, m_twilioFrom, m_twilioService, m_fromAddress, m_fromName})
        connect(edit, &QLineEdit::textChanged, this, &SettingsView::updateButtons);
    connect(m_smsEnabled, &QCheckBox::toggled, this, &SettingsView::updateButtons);
    connect(m_holdMinutes, &QSpinBox::valueChanged, this, &SettingsView::updateButtons);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsView::updateButtons);
    connect(m_appearance, &QComboBox::currentIndexChanged, this, &SettingsView::updateButtons);
    for (SecretKeyField *key : {m_stripeKey, m_sendGridKey, m_twilioKey}) {
        connect(key, &SecretKeyField::failed, m_status, &QLabel::setText);
        connect(key, &SecretKeyField::changed, this, &SettingsView::secretsChanged);
    }
}

void SettingsView::addShopSection(QWidget *section)
{
    // Before the stretch that keeps the sections at the top.
    m_sections->insertWidget(m_sections->count() - 1, section);
}

void SettingsView::setCurrentDatabase(const DatabaseUrl &url)
{
    m_currentDatabase->setText(tr("In use now: %1").arg(url.displayName()));
    m_currentDatabase->show();
    if (!m_settings->contains(QString::fromLatin1(ApplicationSettings::kDatabaseUrlKey))) {
        // Nothing chosen yet: start from the database that is open.
        if (url.kind() == DatabaseKind::Sqlite) {
            m_sqlite->setChecked(true);
            m_sqlitePath->setText(url.path());
        } else {
            m_postgres->setChecked(true);
            m_postgresUrl->setText(url.toString());
        }
    }
}

void SettingsView::updateDatabaseMode()
{
    const bool sqlite = m_sqlite->isChecked();
    m_sqlitePath->setEnabled(sqlite);
    m_browse->setEnabled(sqlite);
    m_postgresUrl->setEnabled(!sqlite);
}

QString SettingsView::databaseText() const
{
    if (m_sqlite->isChecked()) {
        const QString path = m_sqlitePath->text().trimmed();
        return u"sqlite:"_s + (path.isEmpty() ? DatabaseUrl::defaultSqlitePath() : path);
    }
    return m_postgresUrl->text().trimmed();
}

ApplicationSettings SettingsView::fieldValues() const
{
    ApplicationSettings values;
    values.stripeApiBase = m_stripeApiBase->text();
    values.checkoutSuccessUrl = m_checkoutSuccessUrl->text();
    values.sendGridApiBase = m_sendGridApiBase->text();
    values.mailFromAddress = m_fromAddress->text();
    values.mailFromName = m_fromName->text();
    values.reservationHoldMinutes = m_holdMinutes->value();
    values.language = m_language->currentData().toString();
    values.appearance = m_appearance->currentData().toString();
    values.smsEnabled = m_smsEnabled->isChecked();
    values.twilioAccountSid = m_twilioAccountSid->text();
    values.twilioFrom = m_twilioFrom->text();
    values.twilioMessagingServiceSid = m_twilioService->text();
    values.sendGridWebhookPublicKey = m_sendGridWebhookKey->text();
    return values;
}

QString SettingsView::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsView::showFieldErrors(const QList<Error> &errors)
{
    for (QLabel *label : std::as_const(m_errors)) {
        if (label != m_errors.value(u"database"_s)) {
            label->clear();
            label->hide();
        }
    }
    for (const Error &error : errors) {
        if (QLabel *label = m_errors.value(error.field)) {
            label->setText(error.message);
            label->show();
        }
    }
}

void SettingsView::updateButtons()
{
    const bool changed = fieldValues() != m_loaded;
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
}

void SettingsView::revert()
{
    m_settings->sync();
    m_loaded = ApplicationSettings::load(*m_settings);
    m_stripeApiBase->setText(m_loaded.stripeApiBase);
    m_checkoutSuccessUrl->setText(m_loaded.checkoutSuccessUrl);
    m_sendGridApiBase->setText(m_loaded.sendGridApiBase);
    m_fromAddress->setText(m_loaded.mailFromAddress);
    m_fromName->setText(m_loaded.mailFromName);
    m_sendGridWebhookKey->setText(m_loaded.sendGridWebhookPublicKey);
    m_smsEnabled->setChecked(m_loaded.smsEnabled);
    m_twilioAccountSid->setText(m_loaded.twilioAccountSid);
    m_twilioFrom->setText(m_loaded.twilioFrom);
    m_twilioService->setText(m_loaded.twilioMessagingServiceSid);
    m_holdMinutes->setValue(std::clamp(m_loaded.reservationHoldMinutes, ApplicationSettings::kMinHoldMinutes,
            ApplicationSettings::kMaxHoldMinutes));
    const int language = m_language->findData(m_loaded.language);
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    const int appearance = m_appearance->findData(m_loaded.appearance);
    m_appearance->setCurrentIndex(appearance >= 0 ? appearance : 0);

    if (const auto stored = ApplicationSettings::storedDatabase(*m_settings)) {
        if (stored->kind() == DatabaseKind::Sqlite) {
            m_sqlite->setChecked(true);
            m_sqlitePath->setText(stored->path());
        } else {
            m_postgres->setChecked(true);
            m_postgresUrl->setText(stored->toString());
        }
    } else if (!m_sqlite->isChecked() && !m_postgres->isChecked()) {
        m_sqlite->setChecked(true);
    }
    updateDatabaseMode();
    showFieldErrors({});
    m_status->clear();
    updateButtons();
}

bool SettingsView::save()
{
    const ApplicationSettings values = fieldValues();
    const QList<Error> errors = values.validate();
    showFieldErrors(errors);
    if (!errors.isEmpty()) {
        const QString message = tr("Nothing was saved: %Ln field(s) need attention.", nullptr, int(errors.size()));
        m_status->setText(message);
        Q_EMIT saveRefused(message);
        return false;
    }
    if (auto written = values.save(*m_settings); !written) {
        m_status->setText(written.error().message);
        Q_EMIT saveRefused(written.error().message);
        return false;
    }
    const bool appearanceChanged = values.appearance != m_loaded.appearance;
    m_loaded = ApplicationSettings::load(*m_settings);
    if (appearanceChanged) {
        if (const auto scheme = Appearance::fromKey(m_loaded.appearance))
            Appearance::apply(*scheme);
    }
    m_status->setText(appearanceChanged
                    ? tr("Saved. The appearance has changed; the other changes take effect when Shipshape starts next.")
                    : tr("Saved. The changes take effect when Shipshape starts next."));
    updateButtons();
    Q_EMIT saved();
    return true;
}

void SettingsView::testConnection()
{
    QLabel *error = m_errors.value(u"database"_s);
    error->hide();
    auto url = DatabaseUrl::parse(databaseText());
    if (!url) {
        error->setText(url.error().message);
        error->show();
        m_databaseResult->clear();
        m_databaseResult->hide();
        Q_EMIT connectionTested(false, url.error().message);
        return;
    }
    m_testing = true;
    m_testConnection->setEnabled(false);
    m_databaseResult->setText(tr("Connecting to %1…").arg(url->displayName()));
    m_databaseResult->show();
    // The password (PostgreSQL, from the keychain) is read here, on the GUI thread, and handed to the
    // session the runner opens.
    SessionSecrets::load(SecretStore(m_secretOptions), *url, this, [this, url = *url](const SessionSecrets &secrets) {
        m_runner->run(
                [url, secrets]() -> Result<ConnectionReport> {
                    // Opened and closed on the runner's thread; nothing is migrated by a test.
                    SessionOptions options;
                    options.migrate = false;
                    options.secrets = secrets;
                    auto session = Session::open(url, options);
                    if (!session)
                        return fail(session.error());
                    return ConnectionReport::describe((*session)->database());
                },
                this,
                [this](const Result<ConnectionReport> &report) {
                    m_testing = false;
                    m_testConnection->setEnabled(true);
                    if (report) {
                        const QString message
                                = tr("Connected to %1: %2").arg(report->url.displayName(), report->summary());
                        m_databaseResult->setText(message);
                        Q_EMIT connectionTested(true, message);
                    } else {
                        const QString message = tr("Connection failed: %1").arg(report.error().message);
                        m_databaseResult->setText(message);
                        Q_EMIT connectionTested(false, message);
                    }
                });
    });
}

bool SettingsView::useDatabase()
{
    QLabel *error = m_errors.value(u"database"_s);
    error->hide();
    auto stored = ApplicationSettings::saveDatabase(*m_settings, databaseText());
    if (!stored) {
        error->setText(stored.error().message);
        error->show();
        return false;
    }
    m_databaseResult->setText(tr("Shipshape will open %1 the next time it starts.").arg(stored->displayName()));
    m_databaseResult->show();
    Q_EMIT databaseChosen(*stored);
    return true;
}

} // namespace shipshape
