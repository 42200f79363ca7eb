#include "views/SettingsView.h"
#include "views/SecretKeyField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// What the keychain holds for `name`, read the way core reads it (asynchronously) with the test's loop.
QString readSecret(const SecretStore &store, const QString &name)
{
    QObject context;
    std::optional<Result<QString>> answer;
    store.readAsync(name, &context, [&](const Result<QString> &secret) { answer = secret; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000) || !*answer)
        return u"<unreadable>"_s;
    return **answer;
}

class SettingsViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        qunsetenv("SHIPSHAPE_STRIPE_SECRET_KEY");
        qunsetenv("SHIPSHAPE_SENDGRID_API_KEY");
        // A keychain service of the test's own, so a developer's real keys are never touched.
        secrets.service = u"Shipshape-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    [[nodiscard]] QString iniPath() const { return dir.filePath(u"settings.ini"_s); }
    std::unique_ptr<QSettings> isolatedSettings() const
    {
        return std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }
    std::unique_ptr<SettingsView> makeView() { return std::make_unique<SettingsView>(isolatedSettings(), secrets); }

    template <typename Widget>
    static Widget *field(QWidget &view, const QString &name)
    {
        auto *widget = view.findChild<Widget *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    // Every text the page shows or holds in an editor.
    static QStringList visibleTexts(QWidget &view)
    {
        QStringList texts;
        for (const QLabel *label : view.findChildren<QLabel *>())
            texts << label->text() << label->toolTip();
        for (const QLineEdit *edit : view.findChildren<QLineEdit *>())
            texts << edit->text() << edit->placeholderText();
        return texts;
    }

    static bool waitForKeyState(SecretKeyField &key)
    {
        return QTest::qWaitFor([&] { return key.state() != SecretKeyField::State::Unknown; }, 15000);
    }

    QTemporaryDir dir;
    SecretStore::Options secrets;
};

TEST_F(SettingsViewTest, SaveRoundTripsThroughTheSettingsFileAndRevertRestores)
{
    auto view = makeView();
    field<QLineEdit>(*view, u"stripeApiBase"_s)->setText(u"http://127.0.0.1:12111"_s);
    field<QLineEdit>(*view, u"checkoutSuccessUrl"_s)->setText(u"https://shop.example/thanks"_s);
    field<QLineEdit>(*view, u"sendGridApiBase"_s)->setText(u"https://sendgrid.internal.example"_s);
    field<QLineEdit>(*view, u"mailFromAddress"_s)->setText(u"hello@shop.example"_s);
    field<QLineEdit>(*view, u"mailFromName"_s)->setText(u"Shop & Co"_s);
    field<QSpinBox>(*view, u"reservationHoldMinutes"_s)->setValue(45);
    auto *language = field<QComboBox>(*view, u"language"_s);
    language->setCurrentIndex(language->findData(u"de"_s));
    auto *save = field<QPushButton>(*view, u"settingsSave"_s);
    ASSERT_TRUE(save->isEnabled());
    QSignalSpy saved(view.get(), &SettingsView::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_EQ(saved.size(), 1);
    EXPECT_FALSE(save->isEnabled()) << "nothing left to save";

    QSettings file(iniPath(), QSettings::IniFormat);
    EXPECT_EQ(file.value(u"stripe/apiBase"_s).toString(), u"http://127.0.0.1:12111"_s);
    EXPECT_EQ(file.value(u"stripe/checkoutSuccessUrl"_s).toString(), u"https://shop.example/thanks"_s);
    EXPECT_EQ(file.value(u"sendgrid/apiBase"_s).toString(), u"https://sendgrid.internal.example"_s);
    EXPECT_EQ(file.value(u"mail/fromAddress"_s).toString(), u"hello@shop.example"_s);
    EXPECT_EQ(file.value(u"mail/fromName"_s).toString(), u"Shop & Co"_s);
    EXPECT_EQ(file.value(u"orders/reservationHoldMinutes"_s).toInt(), 45);
    EXPECT_EQ(file.value(u"ui/language"_s).toString(), u"de"_s);

    // A fresh page shows what was saved; Revert throws away unsaved edits.
    auto again = makeView();
    EXPECT_EQ(field<QLineEdit>(*again, u"mailFromName"_s)->text(), u"Shop & Co"_s);
    EXPECT_EQ(field<QSpinBox>(*again, u"reservationHoldMinutes"_s)->value(), 45);
    field<QLineEdit>(*again, u"mailFromName"_s)->setText(u"Someone else"_s);
    QTest::mouseClick(field<QPushButton>(*again, u"settingsRevert"_s), Qt::LeftButton);
    EXPECT_EQ(field<QLineEdit>(*again, u"mailFromName"_s)->text(), u"Shop & Co"_s);
}

// Issue 16: each SMS status message is previewed with what it costs (core's SmsSegments).
TEST_F(SettingsViewTest, SmsMessagesArePreviewedWithTheirSegmentCount)
{
    auto view = makeView();
    for (const char16_t *key : {u"placed", u"confirmed", u"shipped", u"delivered", u"cancelled", u"refunded"}) {
        auto *preview = field<QLabel>(*view, u"smsPreview_"_s + QString::fromUtf16(key));
        ASSERT_NE(preview, nullptr);
        EXPECT_TRUE(preview->text().contains(u"#1042"_s)) << preview->text().toStdString();
        // "1 segment" (English plural forms come from translations/shipshape_en.ts once the lead adds the text).
        EXPECT_TRUE(preview->text().contains(u"\n1 segment"_s)) << preview->text().toStdString();
        EXPECT_TRUE(preview->text().contains(u"GSM-7"_s)) << preview->text().toStdString();
    }
}

// Issue 16: SMS is set up on the page (the account, a sender and the token in the keychain), and the
// SendGrid event webhook's key beside the other email settings.
TEST_F(SettingsViewTest, SmsAccountAndEmailWebhookKeyAreSetUpOnThePage)
{
    for (const char *variable : {"SHIPSHAPE_SMS_ENABLED", "SHIPSHAPE_TWILIO_ACCOUNT_SID", "SHIPSHAPE_TWILIO_FROM",
                 "SHIPSHAPE_TWILIO_MESSAGING_SERVICE_SID", "SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY",
                 "SHIPSHAPE_TWILIO_AUTH_TOKEN"})
        qunsetenv(variable);
    auto view = makeView();
    auto *enabled = field<QCheckBox>(*view, u"smsEnabled"_s);
    ASSERT_NE(enabled, nullptr);
    EXPECT_FALSE(enabled->isChecked());

    // On without an account: refused, the reason under the box, nothing written.
    QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(4, enabled->height() / 2));
    ASSERT_TRUE(enabled->isChecked());
    EXPECT_FALSE(view->save());
    EXPECT_TRUE(view->fieldError(u"smsEnabled"_s).contains(u"account SID"_s))
            << view->fieldError(u"smsEnabled"_s).toStdString();
    field<QLineEdit>(*view, u"twilioAccountSid"_s)->setText(u"AC12"_s);
    field<QLineEdit>(*view, u"twilioFrom"_s)->setText(u"+14155550100"_s);
    EXPECT_FALSE(view->save());
    EXPECT_TRUE(view->fieldError(u"twilioAccountSid"_s).contains(u"AC12"_s));
    EXPECT_TRUE(view->fieldError(u"twilioFrom"_s).isEmpty());
    QSettings file(iniPath(), QSettings::IniFormat);
    EXPECT_TRUE(file.allKeys().isEmpty()) << file.allKeys().join(u", "_s).toStdString();

    field<QLineEdit>(*view, u"twilioAccountSid"_s)->setText(u"AC0123456789abcdef0123456789abcdef"_s);
    field<QLineEdit>(*view, u"sendGridWebhookPublicKey"_s)
            ->setText(u"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECBnUpK3gZL4oDmmezkvrn2xh5B0Bj4GpnAA3uY0411dODxKnmsli"
                      "IPG35LjzjkwYGX68q5wjtRZwGHdDSbMuvg=="_s);
    ASSERT_TRUE(view->save()) << view->fieldError(u"sendGridWebhookPublicKey"_s).toStdString();
    file.sync();
    EXPECT_TRUE(file.value(u"sms/enabled"_s).toBool());
    EXPECT_EQ(file.value(u"twilio/accountSid"_s).toString(), u"AC0123456789abcdef0123456789abcdef"_s);
    EXPECT_EQ(file.value(u"twilio/from"_s).toString(), u"+14155550100"_s);
    EXPECT_TRUE(file.value(u"sendgrid/webhookPublicKey"_s).toString().startsWith(u"MFkw"_s));

    // The auth token is a key like the others: from the keychain or the environment, never shown.
    qputenv("SHIPSHAPE_TWILIO_AUTH_TOKEN", "twilio-token-0123456789");
    auto withToken = makeView();
    ASSERT_TRUE(waitForKeyState(*withToken->twilioKey()));
    EXPECT_EQ(withToken->twilioKey()->state(), SecretKeyField::State::FromEnvironment);
    EXPECT_TRUE(field<QCheckBox>(*withToken, u"smsEnabled"_s)->isChecked()) << "the page shows what was saved";
    EXPECT_FALSE(visibleTexts(*withToken).join(u"\n"_s).contains(u"twilio-token-0123456789"_s));
    qunsetenv("SHIPSHAPE_TWILIO_AUTH_TOKEN");
}

TEST_F(SettingsViewTest, AnInvalidFieldShowsCoresErrorAndNothingIsSaved)
{
    auto view = makeView();
    field<QLineEdit>(*view, u"stripeApiBase"_s)->setText(u"http://api.stripe.example"_s);
    field<QLineEdit>(*view, u"mailFromName"_s)->setText(u"Would be saved"_s);
    QSignalSpy refused(view.get(), &SettingsView::saveRefused);
    QTest::mouseClick(field<QPushButton>(*view, u"settingsSave"_s), Qt::LeftButton);
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(view->fieldError(u"stripeApiBase"_s).contains(u"https"_s))
            << view->fieldError(u"stripeApiBase"_s).toStdString();
    EXPECT_TRUE(field<QLabel>(*view, u"stripeApiBaseError"_s)->isVisibleTo(view.get()));
    EXPECT_TRUE(view->fieldError(u"mailFromName"_s).isEmpty());
    QSettings file(iniPath(), QSettings::IniFormat);
    EXPECT_TRUE(file.allKeys().isEmpty()) << file.allKeys().join(u", "_s).toStdString();

    field<QLineEdit>(*view, u"mailFromAddress"_s)->setText(u"no-at-sign"_s);
    field<QLineEdit>(*view, u"stripeApiBase"_s)->setText(u"https://user:hunter2@api.stripe.com"_s);
    EXPECT_FALSE(view->save());
    EXPECT_FALSE(view->fieldError(u"mailFromAddress"_s).isEmpty());
    EXPECT_FALSE(view->fieldError(u"stripeApiBase"_s).contains(u"hunter2"_s)) << "a password is never echoed";
    field<QLineEdit>(*view, u"checkoutSuccessUrl"_s)->setText(u"http://shop.example/thanks"_s);
    EXPECT_FALSE(view->save());
    EXPECT_TRUE(view->fieldError(u"checkoutSuccessUrl"_s).contains(u"https"_s))
            << view->fieldError(u"checkoutSuccessUrl"_s).toStdString();
    file.sync();
    EXPECT_TRUE(file.allKeys().isEmpty());
}

TEST_F(SettingsViewTest, AKeyFromTheEnvironmentIsNeverShown)
{
    const QByteArray secret = "SG.super-secret-value-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    qputenv("SHIPSHAPE_SENDGRID_API_KEY", secret);
    auto view = makeView();
    ASSERT_TRUE(waitForKeyState(*view->sendGridKey()));
    EXPECT_EQ(view->sendGridKey()->state(), SecretKeyField::State::FromEnvironment);
    EXPECT_TRUE(view->sendGridKey()->statusLabel()->text().contains(u"SHIPSHAPE_SENDGRID_API_KEY"_s));
    for (const QString &text : visibleTexts(*view))
        ASSERT_FALSE(text.contains(QString::fromLatin1(secret))) << text.toStdString();
    qunsetenv("SHIPSHAPE_SENDGRID_API_KEY");
}

TEST_F(SettingsViewTest, SaysWhenTheEnvironmentOverridesASetting)
{
    qputenv("SHIPSHAPE_STRIPE_API_BASE", "http://127.0.0.1:12111");
    auto view = makeView();
    qunsetenv("SHIPSHAPE_STRIPE_API_BASE");
    auto *note = view->findChild<QLabel *>(u"SHIPSHAPE_STRIPE_API_BASE"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(u"wins over this setting"_s));
    EXPECT_EQ(view->findChild<QLabel *>(u"SHIPSHAPE_SENDGRID_API_BASE"_s), nullptr);
}

TEST_F(SettingsViewTest, AKeyInTheKeychainIsStoredReplacedAndRemovedButNeverShown)
{
    if (!SecretStore::keychainReachable()) {
        GTEST_SKIP() << "No D-Bus session bus, so no keychain: run ui_tests through "
                        "tests/notification/with-keyring.sh to include this test";
    }
    auto view = makeView();
    SecretKeyField &key = *view->stripeKey();
    ASSERT_TRUE(waitForKeyState(key));
    ASSERT_EQ(key.state(), SecretKeyField::State::NotSet) << key.statusLabel()->text().toStdString();
    EXPECT_FALSE(key.removeButton()->isEnabled());

    const QString secret = u"sk_test_"_s + QUuid::createUuid().toString(QUuid::Id128);
    key.setNextKeyAnswer(secret);
    QSignalSpy states(&key, &SecretKeyField::stateChanged);
    QTest::mouseClick(key.replaceButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return key.state() == SecretKeyField::State::Stored; }, 15000))
            << key.statusLabel()->text().toStdString();
    EXPECT_EQ(key.statusLabel()->text(), u"Stored in the keychain"_s);
    for (const QString &text : visibleTexts(*view))
        ASSERT_FALSE(text.contains(secret)) << text.toStdString();
    SecretStore::Options keychainOnly = secrets;
    keychainOnly.useEnvironment = false;
    EXPECT_EQ(readSecret(SecretStore(keychainOnly), u"stripe"_s), secret);

    key.setConfirmAutomatically(true);
    QTest::mouseClick(key.removeButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return key.state() == SecretKeyField::State::NotSet; }, 15000));
    EXPECT_EQ(key.statusLabel()->text(), u"Not set"_s);
    EXPECT_TRUE(readSecret(SecretStore(keychainOnly), u"stripe"_s).isEmpty());
}

TEST_F(SettingsViewTest, ConnectionTestReportsATempSqliteFileAndFailsClearlyOnAnUnusablePath)
{
    auto view = makeView();
    field<QRadioButton>(*view, u"databaseSqlite"_s)->setChecked(true);
    field<QLineEdit>(*view, u"databasePath"_s)->setText(dir.filePath(u"test.sqlite"_s));
    QSignalSpy tested(view.get(), &SettingsView::connectionTested);
    QTest::mouseClick(field<QPushButton>(*view, u"databaseTest"_s), Qt::LeftButton);
    ASSERT_TRUE(tested.wait(15000));
    ASSERT_TRUE(tested.first().at(0).toBool()) << tested.first().at(1).toString().toStdString();
    const QString report = tested.first().at(1).toString();
    EXPECT_TRUE(report.contains(u"SQLite 3."_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"login"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"test.sqlite"_s)) << report.toStdString();
    EXPECT_EQ(field<QLabel>(*view, u"databaseResult"_s)->text(), report);

    // A path below a regular file can never be a database.
    QFile blocker(dir.filePath(u"not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    field<QLineEdit>(*view, u"databasePath"_s)->setText(dir.filePath(u"not-a-folder/shop.sqlite"_s));
    tested.clear();
    QTest::mouseClick(field<QPushButton>(*view, u"databaseTest"_s), Qt::LeftButton);
    ASSERT_TRUE(tested.wait(15000));
    EXPECT_FALSE(tested.first().at(0).toBool());
    const QString failure = tested.first().at(1).toString();
    EXPECT_TRUE(failure.startsWith(u"Connection failed: "_s)) << failure.toStdString();
    EXPECT_TRUE(failure.contains(u"not-a-folder"_s)) << failure.toStdString();

    // Neither test stored anything; "Use this database" does.
    QSettings file(iniPath(), QSettings::IniFormat);
    EXPECT_FALSE(file.contains(u"database/url"_s));
    field<QRadioButton>(*view, u"databasePostgres"_s)->setChecked(true);
    field<QLineEdit>(*view, u"databasePostgresUrl"_s)->setText(u"mysql://nope"_s);
    EXPECT_FALSE(view->useDatabase());
    EXPECT_FALSE(view->fieldError(u"database"_s).isEmpty());
    field<QLineEdit>(*view, u"databasePostgresUrl"_s)->setText(u"postgresql://anna@db.example.com:5432/shop"_s);
    QSignalSpy chosen(view.get(), &SettingsView::databaseChosen);
    EXPECT_TRUE(view->useDatabase());
    EXPECT_EQ(chosen.size(), 1);
    file.sync();
    EXPECT_EQ(file.value(u"database/url"_s).toString(), u"postgresql://anna@db.example.com:5432/shop"_s);
}

} // namespace
} // namespace shipshape
