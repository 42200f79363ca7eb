#pragma once

#include "notification/SendOutcome.h"

#include <QString>

#include <functional>

class QObject;

namespace shipshape {

// One SMS as handed to a provider.
struct OutgoingSms {
    QString toPhone; // E.164
    QString text;
    qint64 orderNumber = 0;
    qint64 notificationId = 0;
};

// A way to hand an SMS to a provider; the dispatcher sends the outbox's SMS rows through it.
class SmsSender {
public:
    using Callback = std::function<void(const SendOutcome &outcome)>;

    virtual ~SmsSender() = default;
    // Empty when the sender can send; else why not. SMS rows wait, unclaimed, while this is not empty.
    [[nodiscard]] virtual QString configurationProblem() const = 0;
    // Sends asynchronously; the callback runs once, and only while `context` is alive.
    virtual void send(const OutgoingSms &sms, QObject *context, Callback callback) = 0;
};

} // namespace shipshape
