// The Settings page's rules: keys shared with StripeSettings/MailSettings, validation that names the
// field, nothing written when anything is invalid.
#include "settings/ApplicationSettings.h"

#include "net/HttpClient.h"
#include "notification/MailSettings.h"
#include "notification/SmsSettings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

class ApplicationSettingsTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};

    static ApplicationSettings valid()
    {
        ApplicationSettings result;
        result.stripeApiBase = u"https://api.stripe.com"_s;
        result.checkoutSuccessUrl = u"https://shop.example/thanks"_s;
        result.sendGridApiBase = u"http://127.0.0.1:8025"_s;
        result.mailFromAddress = u"shop@example.com"_s;
        result.mailFromName = u"Müller & Söhne"_s;
        result.reservationHoldMinutes = 30;
        result.language = u"de"_s;
        result.appearance = u"dark"_s;
        return result;
    }

    static QStringList fieldsOf(const QList<Error> &errors)
    {
        QStringList fields;
        for (const Error &error : errors)
            fields << error.field;
        return fields;
    }
};

TEST_F(ApplicationSettingsTest, DefaultsWhenNothingIsStored)
{
    const ApplicationSettings loaded = ApplicationSettings::load(settings);
    EXPECT_EQ(loaded.stripeApiBase, u"https://api.stripe.com"_s);
    EXPECT_EQ(loaded.sendGridApiBase, u"https://api.sendgrid.com"_s);
    EXPECT_EQ(loaded.mailFromAddress, MailSettings().fromAddress);
    EXPECT_EQ(loaded.reservationHoldMinutes, 15);
    EXPECT_EQ(loaded.language, QString());
    EXPECT_EQ(loaded.appearance, QString()); // the desktop's own
    EXPECT_TRUE(loaded.checkoutSuccessUrl.isEmpty()); // payment links stay off until a return page is set
    EXPECT_TRUE(loaded.validate().isEmpty());
}

TEST_F(ApplicationSettingsTest, RoundTripUsesTheKeysTheProvidersRead)
{
    ASSERT_TRUE(valid().save(settings));
    const ApplicationSettings loaded = ApplicationSettings::load(settings);
    EXPECT_EQ(loaded.sendGridApiBase, u"http://127.0.0.1:8025"_s);
    EXPECT_EQ(loaded.mailFromName, u"Müller & Söhne"_s);
    EXPECT_EQ(loaded.reservationHoldMinutes, 30);
    EXPECT_EQ(loaded.language, u"de"_s);
    EXPECT_EQ(settings.value(u"stripe/apiBase"_s).toString(), u"https://api.stripe.com"_s);
    EXPECT_EQ(settings.value(u"orders/reservationHoldMinutes"_s).toInt(), 30);
    EXPECT_EQ(settings.value(u"ui/language"_s).toString(), u"de"_s);
    EXPECT_EQ(loaded.appearance, u"dark"_s);
    EXPECT_EQ(settings.value(u"ui/appearance"_s).toString(), u"dark"_s);
    // MailSettings (what the dispatcher uses) reads the same keys.
    const MailSettings mail = MailSettings::load(settings);
    EXPECT_EQ(mail.fromAddress, u"shop@example.com"_s);
    EXPECT_EQ(mail.fromName, u"Müller & Söhne"_s);
    EXPECT_EQ(mail.apiBase, QUrl(u"http://127.0.0.1:8025"_s));
}

TEST_F(ApplicationSettingsTest, ApiBasesAreHttpsOrLoopbackWithoutCredentials)
{
    for (const QString &good :
            {u"https://api.stripe.com"_s, u"https://stripe.internal:8443/base"_s, u"http://127.0.0.1:4010"_s,
                    u"http://127.1.2.3"_s, u"http://localhost:8080"_s, u"http://[::1]:9000"_s}) {
        EXPECT_TRUE(ApplicationSettings::checkApiBase(u"stripeApiBase"_s, good)) << good.toStdString();
    }
    for (const QString &bad : {u""_s, u"api.stripe.com"_s, u"http://api.stripe.com"_s, u"ftp://127.0.0.1"_s,
                 u"http://localhost.evil.example"_s, u"http://127.0.0.1.nip.io"_s, u"https://"_s,
                 u"https://user:secret@api.stripe.com"_s, u"https://api.stripe.com/?key=1"_s,
                 u"https://api.stripe.com/#x"_s, u"http://10.0.0.1"_s}) {
        auto checked = ApplicationSettings::checkApiBase(u"sendGridApiBase"_s, bad);
        ASSERT_FALSE(checked) << bad.toStdString();
        EXPECT_EQ(checked.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(checked.error().field, u"sendGridApiBase"_s);
        EXPECT_FALSE(checked.error().message.contains(u"secret"_s)) << "a password in a URL is never echoed";
    }
    // The client refuses what the settings refuse (the same rule for requests).
    EXPECT_FALSE(HttpClient::checkUrlAllowed(QUrl(u"http://192.168.1.10"_s)));
    EXPECT_TRUE(HttpClient::checkUrlAllowed(QUrl(u"http://127.0.0.1:1"_s)));
}

TEST_F(ApplicationSettingsTest, InvalidFieldsAreNamedAndNothingIsWritten)
{
    ASSERT_TRUE(valid().save(settings));
    ApplicationSettings bad = valid();
    bad.stripeApiBase = u"http://stripe.example.com"_s;
    bad.mailFromAddress = u"not an address"_s;
    bad.mailFromName = u"line\nbreak"_s;
    bad.reservationHoldMinutes = 0;
    bad.language = u"fr"_s;
    bad.appearance = u"sepia"_s;
    bad.sendGridApiBase = u"https://api.sendgrid.com"_s; // valid, and must not be written either
    EXPECT_EQ(fieldsOf(bad.validate()),
            (QStringList{u"stripeApiBase"_s, u"mailFromAddress"_s, u"mailFromName"_s, u"reservationHoldMinutes"_s,
                    u"language"_s, u"appearance"_s}));
    auto saved = bad.save(settings);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().field, u"stripeApiBase"_s);
    EXPECT_EQ(ApplicationSettings::load(settings).sendGridApiBase, u"http://127.0.0.1:8025"_s);
    bad = valid();
    bad.checkoutSuccessUrl = u"http://shop.example/thanks"_s;
    EXPECT_EQ(fieldsOf(bad.validate()), QStringList{u"checkoutSuccessUrl"_s});
    bad = valid();
    bad.reservationHoldMinutes = 1441;
    EXPECT_EQ(fieldsOf(bad.validate()), QStringList{u"reservationHoldMinutes"_s});
    bad.reservationHoldMinutes = 1440;
    EXPECT_TRUE(bad.validate().isEmpty());
}

TEST_F(ApplicationSettingsTest, SmsAndTheEmailWebhookKeyAreWhatTheSendersRead)
{
    // A real EC P-256 public key in SendGrid's format (the one SendGridSignatureTest verifies with).
    const QString publicKey
            = u"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECBnUpK3gZL4oDmmezkvrn2xh5B0Bj4GpnAA3uY0411dODxKnmsli"
              "IPG35LjzjkwYGX68q5wjtRZwGHdDSbMuvg=="_s;
    for (const char *variable : {"SHIPSHAPE_SMS_ENABLED", "SHIPSHAPE_TWILIO_ACCOUNT_SID", "SHIPSHAPE_TWILIO_FROM",
                 "SHIPSHAPE_TWILIO_MESSAGING_SERVICE_SID", "SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY"})
        qunsetenv(variable);
    ApplicationSettings values = valid();
    values.smsEnabled = true;
    values.twilioAccountSid = u" AC0123456789abcdef0123456789abcdef "_s;
    values.twilioFrom = u"+14155550100"_s;
    values.sendGridWebhookPublicKey = publicKey;
    ASSERT_TRUE(values.save(settings));
    const ApplicationSettings loaded = ApplicationSettings::load(settings);
    EXPECT_TRUE(loaded.smsEnabled);
    EXPECT_EQ(loaded.twilioAccountSid, u"AC0123456789abcdef0123456789abcdef"_s);
    EXPECT_TRUE(loaded.twilioMessagingServiceSid.isEmpty());
    const SmsSettings sms = SmsSettings::load(settings);
    EXPECT_TRUE(sms.enabled);
    EXPECT_EQ(sms.accountSid, u"AC0123456789abcdef0123456789abcdef"_s);
    EXPECT_EQ(sms.fromNumber, u"+14155550100"_s);
    EXPECT_TRUE(sms.senderProblem().isEmpty()) << sms.senderProblem().toStdString();
    EXPECT_EQ(MailSettings::load(settings).webhookPublicKey, publicKey.toLatin1());

    // Emptied optional fields are removed, so nothing stale is read back.
    values.smsEnabled = false;
    values.twilioFrom.clear();
    values.sendGridWebhookPublicKey.clear();
    ASSERT_TRUE(values.save(settings));
    EXPECT_FALSE(settings.contains(u"twilio/from"_s));
    EXPECT_FALSE(settings.contains(u"sendgrid/webhookPublicKey"_s));
    EXPECT_FALSE(SmsSettings::load(settings).enabled);

    ApplicationSettings bad = valid();
    bad.smsEnabled = true; // with no account and no sender
    EXPECT_EQ(fieldsOf(bad.validate()), QStringList{u"smsEnabled"_s});
    bad.twilioAccountSid = u"AC123"_s;
    bad.twilioFrom = u"0415 555 0100"_s;
    bad.twilioMessagingServiceSid = u"MGxyz"_s;
    bad.sendGridWebhookPublicKey = u"not a key"_s;
    EXPECT_EQ(fieldsOf(bad.validate()),
            (QStringList{u"twilioAccountSid"_s, u"twilioFrom"_s, u"twilioMessagingServiceSid"_s,
                    u"sendGridWebhookPublicKey"_s}));
    ASSERT_FALSE(bad.save(settings));
    EXPECT_FALSE(ApplicationSettings::load(settings).smsEnabled) << "a refused save writes nothing";
    // A messaging service alone is a sender.
    bad = valid();
    bad.smsEnabled = true;
    bad.twilioAccountSid = u"AC0123456789abcdef0123456789abcdef"_s;
    bad.twilioMessagingServiceSid = u"MG0123456789abcdef0123456789abcdef"_s;
    EXPECT_TRUE(bad.validate().isEmpty());
}

TEST_F(ApplicationSettingsTest, DatabaseForTheNextStart)
{
    EXPECT_FALSE(ApplicationSettings::storedDatabase(settings).has_value());
    auto refused = ApplicationSettings::saveDatabase(settings, u"mysql://db"_s);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, u"database"_s);
    EXPECT_FALSE(settings.contains(u"database/url"_s));
    auto saved = ApplicationSettings::saveDatabase(settings, u"postgresql://anna@db.example.com:5433/shop"_s);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    auto stored = ApplicationSettings::storedDatabase(settings);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->toString(), u"postgresql://anna@db.example.com:5433/shop"_s);
    ASSERT_TRUE(ApplicationSettings::saveDatabase(settings, u"sqlite:"_s + dir.filePath(u"x.sqlite"_s)));
    EXPECT_EQ(ApplicationSettings::storedDatabase(settings)->path(), dir.filePath(u"x.sqlite"_s));
}

TEST_F(ApplicationSettingsTest, EffectiveHoldMinutes)
{
    qunsetenv("SHIPSHAPE_RESERVATION_HOLD_MINUTES");
    EXPECT_EQ(ApplicationSettings::effectiveReservationHoldMinutes(settings), 15);
    settings.setValue(u"orders/reservationHoldMinutes"_s, 45);
    EXPECT_EQ(ApplicationSettings::effectiveReservationHoldMinutes(settings), 45);
    settings.setValue(u"orders/reservationHoldMinutes"_s, 99999);
    EXPECT_EQ(ApplicationSettings::effectiveReservationHoldMinutes(settings), 15) << "out of range: the default";
    qputenv("SHIPSHAPE_RESERVATION_HOLD_MINUTES", "5");
    EXPECT_EQ(ApplicationSettings::effectiveReservationHoldMinutes(settings), 5) << "the environment wins";
    qunsetenv("SHIPSHAPE_RESERVATION_HOLD_MINUTES");
}

} // namespace
