#pragma once

#include "common/Clock.h"
#include "net/HttpClient.h"
#include "notification/EmailSender.h"
#include "notification/MailSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace shipshape {

// Sends through Twilio SendGrid's v3 Mail Send API (POST {apiBase}/v3/mail/send, Bearer API key).
// See /shared/contracts/sendgrid/mail-v3-openapi.json for the wire format it is tested against.
class SendGridSender final : public EmailSender {
    Q_DECLARE_TR_FUNCTIONS(SendGridSender)

public:
    SendGridSender(HttpClient &http, const Clock &clock, MailSettings settings, QString apiKey);

    void setApiKey(const QString &apiKey) { m_apiKey = apiKey.trimmed(); }
    [[nodiscard]] QString configurationProblem() const override;
    void send(const OutgoingEmail &email, QObject *context, Callback callback) override;

    // The request body for one email (public for tests).
    [[nodiscard]] static QJsonObject requestBody(const OutgoingEmail &email, const MailSettings &settings);
    // Classifies SendGrid's answer (public for tests).
    [[nodiscard]] static SendOutcome classify(const HttpResponse &response, const QDateTime &now);
    // "no email provider configured" (untranslated in the database so every reader can match it).
    static QString noProviderReason();

private:
    HttpClient &m_http;
    const Clock &m_clock;
    MailSettings m_settings;
    QString m_apiKey;
};

} // namespace shipshape
