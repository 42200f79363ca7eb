#pragma once

#include "notification/DeliveryState.h"
#include "notification/NotificationEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shipshape {

// Where an outbox row stands:
//   pending → sending (claimed by a dispatcher) → sent
//                                              ↘ retry (transient failure, waits for next_attempt_at) → sending …
//                                              ↘ failed (permanent, or attempts exhausted) → pending (staff retry)
enum class OutboxStatus {
    Pending,
    Sending,
    Retry,
    Sent,
    Failed
};

class OutboxStatuses {
    Q_DECLARE_TR_FUNCTIONS(OutboxStatuses)

public:
    static QString key(OutboxStatus status);
    static std::optional<OutboxStatus> fromKey(const QString &key);
    static QList<OutboxStatus> all();
    // For people: "Waiting", "Sending", "Retrying", "Sent", "Failed".
    static QString displayName(OutboxStatus status);
};

// How an outbox row reaches the customer. An SMS row (migration 27) is a status message to the customer's
// phone: recipientPhone holds the number, bodyText the message, subject and bodyHtml are empty.
enum class OutboxChannel {
    Email,
    Sms
};

// Which channels a dispatcher can send right now (a provider without credentials leaves its rows alone).
struct OutboxChannels {
    bool email = true;
    bool sms = true;
};

// One customer email or SMS in the transactional outbox.
struct OutboxEntry {
    qint64 id = 0;
    qint64 orderNumber = 0;
    QString orderId; // the order's UUID, sent along as a custom argument
    NotificationEvent event = NotificationEvent::Placed;
    OutboxChannel channel = OutboxChannel::Email;
    QString recipientEmail; // also on SMS rows: the customer's email, naming whose message it is
    QString recipientPhone; // SMS rows only, E.164
    QString recipientName;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    OutboxStatus status = OutboxStatus::Pending;
    int attempts = 0; // every claim, ever
    int roundAttempts = 0; // claims since the row was (re)queued; the retry limit applies to these
    QDateTime nextAttemptAt;
    QString claimedBy;
    std::optional<QDateTime> claimedUntil;
    QString lastError;
    QString providerMessageId;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> sentAt;
    // What SendGrid's Event Webhook last said became of it (a sent email only), why, and when.
    std::optional<DeliveryState> deliveryState;
    QString deliveryReason;
    std::optional<QDateTime> deliveryAt;

    [[nodiscard]] bool isSms() const { return channel == OutboxChannel::Sms; }
    // The address the row goes to: the phone of an SMS, else the email address.
    [[nodiscard]] const QString &recipient() const { return isSms() ? recipientPhone : recipientEmail; }
    // Everything but the bodies, for `outbox list --json`.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace shipshape
