#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "customers/SmsOptOuts.h"
#include "notification/TwilioSignature.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

class Database;

// What an inbound SMS asks of the shop (Twilio's default keywords, matched like Twilio matches them: the
// whole message, any case, surrounding spaces and a final full stop or exclamation mark ignored).
enum class SmsKeyword {
    Stop, // STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, OPTOUT, REVOKE
    Start, // START, YES, UNSTOP
    Help, // HELP, INFO (Twilio answers it; the shop only records it)
    None, // anything else: a reply the shop does not act on
};

// One inbound message as Twilio posts it to the messaging webhook.
struct TwilioInboundMessage {
    QString messageSid; // SM… or MM…, 34 characters
    QString from; // the customer's number; E.164 for SMS (a WhatsApp or short-code sender is not)
    QString body;
    QString optOutType; // Twilio's Advanced Opt-Out: STOP, START or HELP; empty without it
};

// What became of one delivery.
struct TwilioInboundReceipt {
    enum class Outcome {
        Applied, // recorded; a STOP or START changed the number's opt-out
        Replayed, // a MessageSid seen before: nothing changed
        Ignored, // a sender that is no E.164 phone number: acknowledged, nothing recorded
    };
    bool signatureRefused = false;
    TwilioSignature::Verdict signature = TwilioSignature::Verdict::Valid;
    Outcome outcome = Outcome::Ignored;
    SmsKeyword keyword = SmsKeyword::None;
    SmsOptOutChange change;
    QString messageSid;
    QString note; // what was done, for the answer and the log
};

// Twilio's messaging webhook (POST /v1/webhooks/twilio, docs/api.md), everything but HTTP: the signature
// checked against the auth token and the URL Twilio called, the form read, and the message recorded in
// sms_inbound_messages (its MessageSid makes a retried delivery a replay) in one transaction with what its
// keyword does: STOP opts the number out and START opts it in again (SmsOptOuts), so a customer who texts
// STOP to the shop's number gets no further status messages without waiting for a send to fail with 21610.
class TwilioInboundSms {
    Q_DECLARE_TR_FUNCTIONS(TwilioInboundSms)

public:
    TwilioInboundSms(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // Verifies, reads and applies one delivery. Fails (nothing written) on a form without a valid MessageSid
    // or From (InvalidInput naming the field) or when the database cannot apply it now.
    Result<TwilioInboundReceipt> receive(
            const QByteArray &signatureHeader, const QString &url, const QByteArray &body, const QByteArray &authToken);

    static Result<TwilioInboundMessage> read(const FormFields &fields);
    static SmsKeyword keywordOf(const QString &body, const QString &optOutType);
    // The stored name of a keyword: stop, start, help, none.
    static QString keywordName(SmsKeyword keyword);
    // Records one message whose signature was checked, and applies its keyword.
    Result<TwilioInboundReceipt> apply(const TwilioInboundMessage &message);

private:
    Result<TwilioInboundReceipt> applyOnce(const TwilioInboundMessage &message);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shipshape
