#pragma once

#include "ScriptedHttpServer.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace shipshape::test {

// Twilio's Messages API on loopback: a ScriptedHttpServer whose fallback answer is 201 with the contract's
// `create` example (a fresh SM… sid each time), faults scripted in front of it (500, a hang, 21610, 401), and a
// check of every request against the contract kept in the repository
// (tests/contract/specs/twilio-messages-v2010-openapi.json): POST to /2010-04-01/Accounts/{AccountSid}/Messages.json,
// basic auth with the account SID and token, form-encoded, only the parameters the description names, `To`
// present, exactly one of `From` and `MessagingServiceSid`, a `Body`.
class FakeTwilio {
public:
    static constexpr const char *kAccountSid = "AC0123456789abcdef0123456789abcdef";
    static constexpr const char *kAuthToken = "twilio-test-token";

    FakeTwilio();

    ScriptedHttpServer server;

    // What is wrong with one request, empty when it keeps the contract.
    [[nodiscard]] QStringList violations(const ScriptedHttpServer::Request &request) const;
    // Every violation of every request so far.
    [[nodiscard]] QStringList allViolations() const;
    // The form fields of a request, decoded.
    [[nodiscard]] static QUrlQuery form(const ScriptedHttpServer::Request &request);
    // Twilio's error answer: {"code", "message", "more_info", "status"}.
    static ScriptedHttpServer::Reply error(int status, int code, const QString &message);

private:
    QStringList m_parameters; // the POST's form parameters in the description
    QJsonObject m_example; // the 201 example
    int m_next = 0;
};

} // namespace shipshape::test
