#pragma once

#include "ScriptedHttpServer.h"

#include <QHash>
#include <QMap>
#include <QQueue>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace shipshape::test {

// A stateful stand-in for Stripe's API on loopback, speaking its wire format (form-encoded requests,
// JSON objects and errors, idempotent replays). It behaves like Stripe's test mode for the well-known
// test payment methods (pm_card_visa succeeds, pm_card_chargeDeclinedInsufficientFunds declines, …)
// and can be told to misbehave on the next requests, to prove that faults never charge twice.
// Checkout Sessions (payment links) follow tests/support/stripe-checkout-sessions.md: created open,
// completed by a test acting as the customer (completeSession), expired on request or when their
// expires_at has passed on the fake's clock.
class FakeStripe {
public:
    static constexpr const char *kSecretKey = "sk_test_shipshape_fake";

    enum class Fault {
        ServerErrorBefore, // 500 without doing anything
        RateLimited, // 429 without doing anything
        ShouldNotRetry500, // 500 with Stripe-Should-Retry: false
        HangAfterProcessing, // does the work, then never answers (client times out)
        DropAfterProcessing, // does the work, then closes the connection
        DropBeforeProcessing, // closes the connection without doing anything
        MalformedAfterProcessing, // does the work, answers 200 with broken JSON
        InvalidRequestBefore, // 400 invalid_request_error without doing anything
        // A PaymentIntent is declined this time whatever its card (insufficient funds), as a card that
        // paid the order may be declined for a later balance charge.
        DeclineInsufficientFunds,
    };

    struct Intent {
        QString id;
        qint64 amount = 0;
        QString currency;
        QString status;
        QString paymentMethod;
        QUrlQuery form;
        qint64 refunded = 0;
        bool retrievedOnce = false;
    };

    struct CheckoutSession {
        QString id;
        QUrlQuery form;
        qint64 amountTotal = 0;
        QString currency;
        QString status; // open, complete, expired
        QString paymentStatus; // unpaid, paid
        QString paymentIntent;
        qint64 created = 0;
        qint64 expiresAt = 0;
    };

    explicit FakeStripe(ScriptedHttpServer &server);

    // Stripe's idea of "now", in seconds since the epoch (default: the system clock). Tests that run
    // on a manual clock pass it here, so that expires_at is judged against the same time.
    void setClock(std::function<qint64()> epochSeconds) { m_now = std::move(epochSeconds); }
    // Stripe expires a session some time after its expires_at; off, sessions stay open until they are
    // expired through the API, as they may for a while at Stripe.
    void setExpiresByItself(bool yes) { m_expiresByItself = yes; }
    // The customer pays on the session's page with a test card: a PaymentIntent is created and the
    // session completes. Returns the intent's id; empty when the session is not open (or unknown).
    QString completeSession(const QString &sessionId, const QString &paymentMethod = QStringLiteral("pm_card_visa"));
    [[nodiscard]] int sessionsCreated() const { return int(m_sessions.size()); }
    [[nodiscard]] const QMap<QString, CheckoutSession> &sessions() const { return m_sessions; }

    void injectFaults(const QList<Fault> &faults);
    [[nodiscard]] QUrl baseUrl() const { return m_server.baseUrl(); }
    // PaymentIntents actually created (idempotent replays do not create another).
    [[nodiscard]] int intentsCreated() const { return int(m_intents.size()); }
    [[nodiscard]] int refundsCreated() const { return m_refundCount; }
    [[nodiscard]] const QMap<QString, Intent> &intents() const { return m_intents; }
    [[nodiscard]] qint64 capturedAmount() const;
    [[nodiscard]] qint64 refundedAmount() const;
    [[nodiscard]] ScriptedHttpServer &server() { return m_server; }

    static QUrlQuery parseForm(const QByteArray &body);

private:
    using Reply = ScriptedHttpServer::Reply;
    using Request = ScriptedHttpServer::Request;

    Reply handle(const Request &request);
    Reply createIntent(const QUrlQuery &form);
    Reply createRefund(const QUrlQuery &form);
    Reply retrieveIntent(const QString &id);
    Reply createSession(const QUrlQuery &form);
    Reply retrieveSession(const QString &id);
    Reply expireSession(const QString &id);
    void expireIfDue(CheckoutSession &session) const;
    [[nodiscard]] qint64 now() const { return m_now(); }
    static QByteArray intentJson(const Intent &intent);
    static QByteArray sessionJson(const CheckoutSession &session);
    static Reply error(int status, const QString &type, const QString &code, const QString &message,
            const QString &declineCode = {}, const QString &param = {});

    ScriptedHttpServer &m_server;
    QQueue<Fault> m_faults;
    QMap<QString, Intent> m_intents;
    // Idempotency: the first answer to each key, replayed for every repeat of the key.
    QHash<QString, QPair<QByteArray, Reply>> m_replays;
    QMap<QString, CheckoutSession> m_sessions;
    std::function<qint64()> m_now;
    bool m_expiresByItself = true;
    int m_refundCount = 0;
    int m_sequence = 0;
};

} // namespace shipshape::test
