#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// What became of a sent email once SendGrid took it, as its Event Webhook reports (docs/notifications.md).
// An email without one has not been reported on (yet).
enum class DeliveryState {
    Delivered, // the receiving server accepted it
    Bounced, // the receiving server refused it ("550 5.2.2 mailbox full")
    Dropped, // SendGrid did not send it (an address that bounced before, unsubscribed, invalid)
    SpamReport, // the recipient marked it as spam
};

class DeliveryStates {
    Q_DECLARE_TR_FUNCTIONS(DeliveryStates)

public:
    // Stable key used in the database, the CLI and JSON: delivered, bounced, dropped, spam_report.
    static QString key(DeliveryState state);
    static std::optional<DeliveryState> fromKey(const QString &key);
    static QList<DeliveryState> all();
    // For people: "Delivered", "Bounced", "Dropped", "Marked as spam".
    static QString displayName(DeliveryState state);
    // The order's timeline row that records it: EmailDelivered, EmailBounced, EmailDropped, EmailSpamReport
    // (migration 28 checks that a staff login writes it with every change of an email's delivery state).
    static QString timelineEvent(DeliveryState state);
    // The state a SendGrid event type means: delivered, bounce, dropped, spamreport; none for the others
    // (processed, deferred, open, click, …), which change nothing.
    static std::optional<DeliveryState> fromSendGridEvent(const QString &event);
};

} // namespace shipshape
