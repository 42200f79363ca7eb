#pragma once

#include "ScriptedHttpServer.h"

#include <QHash>
#include <QMap>
#include <QQueue>
#include <QString>
#include <QUrlQuery>

namespace shipshape::test {

// A stateful stand-in for Stripe's API on loopback, speaking its wire format (form-encoded requests,
// JSON objects and errors, idempotent replays). It behaves like Stripe's test mode for the well-known
// test payment methods (pm_card_visa succeeds, pm_card_chargeDeclinedInsufficientFunds declines, …)
// and can be told to misbehave on the next requests, to prove that faults never charge twice.
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

    explicit FakeStripe(ScriptedHttpServer &server);

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
    static QByteArray intentJson(const Intent &intent);
    static Reply error(int status, const QString &type, const QString &code, const QString &message,
            const QString &declineCode = {}, const QString &param = {});

    ScriptedHttpServer &m_server;
    QQueue<Fault> m_faults;
    QMap<QString, Intent> m_intents;
    // Idempotency: the first answer to each key, replayed for every repeat of the key.
    QHash<QString, QPair<QByteArray, Reply>> m_replays;
    int m_refundCount = 0;
    int m_sequence = 0;
};

} // namespace shipshape::test
