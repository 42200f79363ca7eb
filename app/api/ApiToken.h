#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace shipshape::api {

// Who a bearer token speaks for. A customer token sees and cancels only that customer's orders and
// places orders only for them; a storefront token places orders for any customer it names.
struct TokenSubject {
    enum class Kind {
        Customer,
        Storefront,
    };
    Kind kind = Kind::Customer;
    QString name; // the customer's UUID, or the storefront's name

    // "customer:<uuid>" or "storefront:<name>": the JWT `sub` claim and the request log's subject.
    [[nodiscard]] QString claim() const;
    static Result<TokenSubject> fromClaim(const QString &claim);
    [[nodiscard]] bool isCustomer() const { return kind == Kind::Customer; }
};

// The Order API's bearer tokens: JSON Web Tokens signed with HMAC-SHA256 (RFC 7519, RFC 7515) and
// nothing else. `alg` must be exactly HS256: "none", RS256 (whose public key an attacker would use as
// the HMAC secret) and every other algorithm are refused before any signature is computed. The
// signature is compared in constant time; `exp` is required, `nbf`, `iss` and `aud` are checked.
class ApiToken {
    Q_DECLARE_TR_FUNCTIONS(ApiToken)

public:
    static constexpr auto kIssuer = "shipshape";
    static constexpr auto kAudience = "shipshape-order-api";
    // A shorter HMAC key is guessable; RFC 7518 asks for at least the hash's size.
    static constexpr qsizetype kMinimumKeyBytes = 32;
    // Clocks of the minting machine and the server may differ this much.
    static constexpr std::chrono::seconds kLeeway{30};

    static QByteArray sign(const TokenSubject &subject, const QByteArray &key, const QDateTime &issuedAt,
            std::chrono::seconds lifetime);
    // The subject of a valid token; an error (ErrorCode::InvalidInput, field "Authorization") whose message
    // says what is wrong otherwise. Messages never contain the token.
    static Result<TokenSubject> verify(const QByteArray &token, const QByteArray &key, const QDateTime &now);
    // "90s", "15m", "1h", "7d" (at most 366 days).
    static Result<std::chrono::seconds> parseLifetime(const QString &text);
    static Status checkKey(const QByteArray &key);
};

} // namespace shipshape::api
