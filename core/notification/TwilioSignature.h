#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace shipshape {

// The fields of an application/x-www-form-urlencoded body, decoded, in the order they came.
using FormFields = QList<std::pair<QString, QString>>;

// Twilio's request signature (X-Twilio-Signature, docs/api.md): base64 of HMAC-SHA1, keyed with the account's
// auth token, over the full URL Twilio called (scheme, host, path and query, exactly as configured in its
// console) followed by every POST field's name and value, sorted by name (then value), without separators.
// Compared in constant time: the signature is a MAC over a secret. Pure: no I/O, so every case is a unit test.
class TwilioSignature {
    Q_DECLARE_TR_FUNCTIONS(TwilioSignature)

public:
    enum class Verdict {
        Valid,
        Missing, // no X-Twilio-Signature header
        Mismatch, // another token, another URL, or a changed field
        TokenMissing, // no auth token is configured to check with (a setup mistake)
    };

    static QByteArray sign(const QString &url, const FormFields &fields, const QByteArray &authToken);
    static Verdict verify(const QByteArray &signatureHeader, const QString &url, const FormFields &fields,
            const QByteArray &authToken);
    // Reads a form body: '&'-separated name=value pairs, '+' for a space, %XX escapes decoded as UTF-8. A pair
    // without '=' is a name with an empty value (as browsers and Twilio's libraries read it). InvalidInput
    // names the field when a name is empty or a text is not UTF-8.
    static Result<FormFields> parseForm(const QByteArray &body);
    // Stable codes for the answer to a refused request: signature_missing, signature_mismatch, key_invalid.
    static QString code(Verdict verdict);
    static QString message(Verdict verdict);
};

} // namespace shipshape
