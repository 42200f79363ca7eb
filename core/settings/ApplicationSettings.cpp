#include "settings/ApplicationSettings.h"

#include "common/TextField.h"
#include "customers/PhoneNumbers.h"
#include "net/HttpClient.h"
#include "notification/MailSettings.h"
#include "notification/SendGridSignature.h"
#include "notification/SmsSettings.h"
#include "payment/StripeSettings.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Optional text settings: an empty value removes the key, so the default (or nothing) applies again.
void setOrRemove(QSettings &settings, const char *name, const QString &value)
{
    if (value.trimmed().isEmpty())
        settings.remove(key(name));
    else
        settings.setValue(key(name), value.trimmed());
}

} // namespace

ApplicationSettings ApplicationSettings::load(const QSettings &settings)
{
    const MailSettings mailDefaults;
    ApplicationSettings result;
    result.stripeApiBase = settings.value(key(kStripeApiBaseKey), StripeSettings().apiBase.toString()).toString();
    result.checkoutSuccessUrl = settings.value(key(kStripeCheckoutSuccessUrlKey)).toString();
    result.sendGridApiBase = settings.value(key(kSendGridApiBaseKey), mailDefaults.apiBase.toString()).toString();
    result.mailFromAddress = settings.value(key(kMailFromAddressKey), mailDefaults.fromAddress).toString();
    result.mailFromName = settings.value(key(kMailFromNameKey), mailDefaults.fromName).toString();
    bool ok = false;
    const int hold = settings.value(key(kReservationHoldMinutesKey), kDefaultHoldMinutes).toInt(&ok);
    result.reservationHoldMinutes = ok ? hold : kDefaultHoldMinutes;
    result.language = settings.value(key(kLanguageKey)).toString();
    result.appearance = settings.value(key(kAppearanceKey)).toString();
    result.smsEnabled = settings.value(key(kSmsEnabledKey), false).toBool();
    result.twilioAccountSid = settings.value(key(kTwilioAccountSidKey)).toString();
    result.twilioFrom = settings.value(key(kTwilioFromKey)).toString();
    result.twilioMessagingServiceSid = settings.value(key(kTwilioMessagingServiceSidKey)).toString();
    result.sendGridWebhookPublicKey = settings.value(key(kSendGridWebhookPublicKeyKey)).toString();
    return result;
}

QStringList ApplicationSettings::languages()
{
    return {QString(), u"en"_s, u"de"_s};
}

QStringList ApplicationSettings::appearances()
{
    return {QString(), u"light"_s, u"dark"_s};
}

Status ApplicationSettings::checkApiBase(const QString &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::invalid(field, text, tr("Enter the provider's base URL, e.g. https://api.example.com.")));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.userInfo().isEmpty()) {
        // Never echo the value: it may hold a password.
        return fail(Error::invalid(field, QString(),
                tr("Do not put a user name or password in the base URL; API keys go in the keychain.")));
    }
    if (auto allowed = HttpClient::checkUrlAllowed(url); !allowed) {
        Error error = allowed.error();
        error.field = field;
        error.value = text;
        return fail(error);
    }
    if (url.hasQuery() || url.hasFragment())
        return fail(Error::invalid(field, text, tr("\"%1\" must be a plain base URL without ? or #.").arg(trimmed)));
    return {};
}

QList<Error> ApplicationSettings::validate() const
{
    QList<Error> errors;
    if (auto stripe = checkApiBase(u"stripeApiBase"_s, stripeApiBase); !stripe)
        errors.append(stripe.error());
    if (auto returnPage = StripeSettings::checkSuccessUrl(checkoutSuccessUrl); !returnPage)
        errors.append(returnPage.error());
    if (auto sendGrid = checkApiBase(u"sendGridApiBase"_s, sendGridApiBase); !sendGrid)
        errors.append(sendGrid.error());
    if (auto address = TextField::email(u"mailFromAddress"_s, mailFromAddress.trimmed()); !address)
        errors.append(address.error());
    if (auto name = TextField::singleLine(u"mailFromName"_s, mailFromName, kMaxFromNameLength, false); !name)
        errors.append(name.error());
    if (reservationHoldMinutes < kMinHoldMinutes || reservationHoldMinutes > kMaxHoldMinutes) {
        errors.append(Error::invalid(u"reservationHoldMinutes"_s, QString::number(reservationHoldMinutes),
                tr("The reservation hold must be %1 to %2 minutes.").arg(kMinHoldMinutes).arg(kMaxHoldMinutes)));
    }
    if (!languages().contains(language)) {
        errors.append(Error::invalid(u"language"_s, language,
                tr("Unknown language \"%1\" (use the system language, en or de).").arg(language)));
    }
    if (!appearances().contains(appearance)) {
        errors.append(Error::invalid(u"appearance"_s, appearance,
                tr("Unknown appearance \"%1\" (use the desktop's, light or dark).").arg(appearance)));
    }
    const QString accountSid = twilioAccountSid.trimmed();
    const QString from = twilioFrom.trimmed();
    const QString service = twilioMessagingServiceSid.trimmed();
    if (!accountSid.isEmpty() && !SmsSettings::isAccountSid(accountSid)) {
        errors.append(Error::invalid(u"twilioAccountSid"_s, twilioAccountSid,
                tr("\"%1\" is not a Twilio account SID (AC and 32 hexadecimal digits).").arg(accountSid)));
    }
    if (!from.isEmpty() && !PhoneNumbers::hasE164Shape(from)) {
        errors.append(Error::invalid(u"twilioFrom"_s, twilioFrom,
                tr("\"%1\" is not a phone number in E.164 form (+ and the country code, e.g. +14155550100).")
                        .arg(from)));
    }
    if (!service.isEmpty() && !SmsSettings::isMessagingServiceSid(service)) {
        errors.append(Error::invalid(u"twilioMessagingServiceSid"_s, twilioMessagingServiceSid,
                tr("\"%1\" is not a Twilio messaging service SID (MG and 32 hexadecimal digits).").arg(service)));
    }
    if (smsEnabled && (accountSid.isEmpty() || (from.isEmpty() && service.isEmpty()))) {
        errors.append(Error::invalid(u"smsEnabled"_s, u"true"_s,
                tr("SMS needs the Twilio account SID and a sender number or messaging service.")));
    }
    if (const QString publicKey = sendGridWebhookPublicKey.trimmed(); !publicKey.isEmpty()) {
        if (auto checked = SendGridSignature::checkPublicKey(publicKey.toLatin1()); !checked) {
            Error error = checked.error();
            error.field = u"sendGridWebhookPublicKey"_s;
            errors.append(error);
        }
    }
    return errors;
}

Status ApplicationSettings::save(QSettings &settings) const
{
    if (const QList<Error> errors = validate(); !errors.isEmpty())
        return fail(errors.constFirst());
    settings.setValue(key(kStripeApiBaseKey), stripeApiBase.trimmed());
    if (checkoutSuccessUrl.trimmed().isEmpty())
        settings.remove(key(kStripeCheckoutSuccessUrlKey));
    else
        settings.setValue(key(kStripeCheckoutSuccessUrlKey), checkoutSuccessUrl.trimmed());
    settings.setValue(key(kSendGridApiBaseKey), sendGridApiBase.trimmed());
    settings.setValue(key(kMailFromAddressKey), mailFromAddress.trimmed());
    settings.setValue(key(kMailFromNameKey), mailFromName.trimmed());
    settings.setValue(key(kReservationHoldMinutesKey), reservationHoldMinutes);
    if (language.isEmpty())
        settings.remove(key(kLanguageKey));
    else
        settings.setValue(key(kLanguageKey), language);
    if (appearance.isEmpty())
        settings.remove(key(kAppearanceKey));
    else
        settings.setValue(key(kAppearanceKey), appearance);
    settings.setValue(key(kSmsEnabledKey), smsEnabled);
    setOrRemove(settings, kTwilioAccountSidKey, twilioAccountSid);
    setOrRemove(settings, kTwilioFromKey, twilioFrom);
    setOrRemove(settings, kTwilioMessagingServiceSidKey, twilioMessagingServiceSid);
    setOrRemove(settings, kSendGridWebhookPublicKeyKey, sendGridWebhookPublicKey);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(Error::unavailable(tr("The settings could not be written to %1.").arg(settings.fileName())));
    return {};
}

std::optional<DatabaseUrl> ApplicationSettings::storedDatabase(const QSettings &settings)
{
    const QString text = settings.value(key(kDatabaseUrlKey)).toString();
    if (text.isEmpty())
        return std::nullopt;
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return std::nullopt;
    return *url;
}

Result<DatabaseUrl> ApplicationSettings::saveDatabase(QSettings &settings, const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return fail(parsed.error());
    settings.setValue(key(kDatabaseUrlKey), parsed->toString());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(Error::unavailable(tr("The settings could not be written to %1.").arg(settings.fileName())));
    return *parsed;
}

int ApplicationSettings::effectiveReservationHoldMinutes(const QSettings &settings)
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SHIPSHAPE_RESERVATION_HOLD_MINUTES", &ok);
    // Headless use may ask for 0 (reservations lapse at the next worker round), which the Settings page
    // does not offer.
    if (ok && fromEnvironment >= 0 && fromEnvironment <= kMaxHoldMinutes)
        return fromEnvironment;
    const int stored = settings.value(key(kReservationHoldMinutesKey), kDefaultHoldMinutes).toInt(&ok);
    if (ok && stored >= kMinHoldMinutes && stored <= kMaxHoldMinutes)
        return stored;
    return kDefaultHoldMinutes;
}

} // namespace shipshape
