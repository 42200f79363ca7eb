#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

// What a provider said about one email, reduced to what the outbox needs to decide.
struct SendOutcome {
    enum class Kind {
        Accepted, // the provider took it (SendGrid: 202); it will deliver or bounce on its own
        Transient, // try again later: network error, timeout, 429, 5xx
        Permanent, // trying again cannot help: validation or authorisation errors
    };
    Kind kind = Kind::Transient;
    int httpStatus = 0;
    QString providerMessageId;
    QString reason; // for people and the outbox's last_error; never holds secrets
    std::optional<QDateTime> notBefore; // the provider asked us to wait until then (Retry-After, rate limit reset)
    // The recipient told the provider to stop (Twilio's error 21610 after an SMS STOP): record the opt-out.
    bool recipientOptedOut = false;
};

} // namespace shipshape
