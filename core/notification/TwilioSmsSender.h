#pragma once

#include "common/Clock.h"
#include "net/HttpClient.h"
#include "notification/SmsSender.h"
#include "notification/SmsSettings.h"

#include <QCoreApplication>

namespace shipshape {

// Sends through Twilio's Programmable Messaging API: POST {apiBase}/2010-04-01/Accounts/{AccountSid}/Messages.json,
// form-encoded To, From (or MessagingServiceSid) and Body, HTTP basic auth with the account SID and auth token.
// The wire format is tested against Twilio's description (tests/contract/specs/twilio-messages-v2010-openapi.json).
// All requests go through the caller's HttpClient (one QNetworkAccessManager per thread).
class TwilioSmsSender final : public SmsSender {
    Q_DECLARE_TR_FUNCTIONS(TwilioSmsSender)

public:
    // Twilio's error codes that decide an outcome (https://www.twilio.com/docs/api/errors).
    static constexpr int kUnsubscribedRecipient = 21610; // the recipient answered STOP
    static constexpr int kInvalidToNumber = 21211;
    static constexpr int kNotMobileNumber = 21614;

    TwilioSmsSender(HttpClient &http, const Clock &clock, SmsSettings settings, QString authToken);

    void setAuthToken(const QString &token) { m_authToken = token.trimmed(); }
    [[nodiscard]] QString configurationProblem() const override;
    void send(const OutgoingSms &sms, QObject *context, Callback callback) override;

    // The form body for one message (public for tests): keys and values percent-encoded, '+' as %2B.
    [[nodiscard]] static QByteArray formBody(const OutgoingSms &sms, const SmsSettings &settings);
    // "Basic base64(sid:token)".
    [[nodiscard]] static QByteArray basicAuthorization(const QString &accountSid, const QString &authToken);
    // Classifies Twilio's answer (public for tests).
    [[nodiscard]] static SendOutcome classify(const HttpResponse &response, const QDateTime &now);
    // "no SMS provider configured" (untranslated in the database so every reader can match it).
    static QString noProviderReason();

private:
    HttpClient &m_http;
    const Clock &m_clock;
    SmsSettings m_settings;
    QString m_authToken;
};

} // namespace shipshape
