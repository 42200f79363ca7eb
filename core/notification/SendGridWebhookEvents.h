#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "notification/SendGridSignature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace shipshape {

class Database;
class NotificationOutbox;

// One event of a SendGrid Event Webhook batch, as Shipshape reads it.
struct SendGridEvent {
    QString eventId; // sg_event_id
    QString messageId; // sg_message_id: the send's X-Message-Id, then ".filter…"
    QString event; // delivered, bounce, dropped, spamreport, processed, open, …
    QString reason; // why it bounced or was dropped ("550 5.2.2 mailbox full"); empty otherwise
    QString email; // the recipient
    QDateTime at; // when SendGrid saw it (its `timestamp`, seconds)
};

// What became of one event of a delivery.
struct SendGridEventReceipt {
    enum class Outcome {
        Applied, // recorded on its email and its order's timeline
        Replayed, // an event id seen before: nothing changed
        UnknownMessage, // names no email this shop sent: acknowledged and logged
        Ignored, // a type Shipshape does not track (processed, deferred, open, click, …)
    };
    Outcome outcome = Outcome::Ignored;
    QString eventId;
    QString event;
    std::optional<qint64> notificationId;
    std::optional<qint64> orderNumber;
    QString note; // what was done, for the answer and the log
};

// What became of one delivery (a signed batch). Every outcome but SignatureRefused is a 2xx: SendGrid
// retries anything else for 24 hours.
struct SendGridWebhookReceipt {
    bool signatureRefused = false;
    SendGridSignature::Verdict signature = SendGridSignature::Verdict::Valid;
    QString note; // why the signature was refused
    QList<SendGridEventReceipt> events;

    [[nodiscard]] int count(SendGridEventReceipt::Outcome outcome) const;
};

// SendGrid's signed Event Webhook (POST /v1/webhooks/sendgrid, docs/api.md), everything but HTTP: the
// signature checked against the shop's public key and the session's clock, the batch read, and each
// delivered, bounce, dropped and spamreport event recorded on the sent email it names (found by the
// X-Message-Id SendGrid answered the send with, which its sg_message_id starts with) and on that email's
// order's timeline, in one transaction with the record of its id (sendgrid_webhook_events). Support then
// sees "bounced: mailbox full" instead of "sent". Other event types are acknowledged and ignored; an event
// id seen before is acknowledged and changes nothing; an email this shop does not know is acknowledged and
// logged.
class SendGridWebhookEvents {
    Q_DECLARE_TR_FUNCTIONS(SendGridWebhookEvents)

public:
    SendGridWebhookEvents(Database &database, NotificationOutbox &outbox, const Clock &clock);

    // Verifies, reads and applies one delivery. Fails (nothing written) on a body that is not a batch of
    // SendGrid events (InvalidInput naming the field) or when the database cannot apply it now (SendGrid
    // then retries; the events applied before stay applied and are replays then).
    Result<SendGridWebhookReceipt> receive(const QByteArray &signatureHeader, const QByteArray &timestampHeader,
            const QByteArray &body, const QByteArray &publicKeyBase64);

    // The events in `body` (a JSON array), read without the database; InvalidInput names the field
    // ("[2].sg_event_id").
    static Result<QList<SendGridEvent>> parse(const QByteArray &body);
    // Applies events whose signature was checked, each in its own transaction.
    Result<SendGridWebhookReceipt> apply(const QList<SendGridEvent> &events);

private:
    Result<SendGridEventReceipt> applyOne(const SendGridEvent &event);

    Database &m_database;
    NotificationOutbox &m_outbox;
    const Clock &m_clock;
};

} // namespace shipshape
