#pragma once

#include "notification/OutgoingEmail.h"
#include "notification/SendOutcome.h"

#include <functional>

class QObject;

namespace shipshape {

// A way to hand an email to a provider. The dispatcher only knows this interface.
class EmailSender {
public:
    using Callback = std::function<void(const SendOutcome &outcome)>;

    virtual ~EmailSender() = default;
    // Empty when the sender can send; else why not (e.g. "no email provider configured"). Emails wait,
    // unclaimed and without counting attempts, while this is not empty.
    [[nodiscard]] virtual QString configurationProblem() const = 0;
    // Sends asynchronously; the callback runs once, and only while `context` is alive.
    virtual void send(const OutgoingEmail &email, QObject *context, Callback callback) = 0;
};

} // namespace shipshape
