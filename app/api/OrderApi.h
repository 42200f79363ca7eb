#pragma once

#include "api/ApiAnswer.h"
#include "api/ApiToken.h"
#include "orders/OrderRequests.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUrlQuery>

#include <optional>
#include <variant>

class QObject;

namespace shipshape {
class Session;
struct Error;
} // namespace shipshape

namespace shipshape::api {

// One authenticated request, as the server hands it to a session thread.
struct ApiCall {
    QByteArray method; // "GET", "POST"
    QString path; // "/v1/orders/…"
    QUrlQuery query;
    QByteArray body;
    TokenSubject subject;
    QString idempotencyKey; // the Idempotency-Key header; empty when not given
};

// The Order API's endpoints over one Session: a thin adapter that reads the contract's JSON with
// core's OrderRequestJson, calls the same services as the CLI (PaymentWorkflow to place and cancel,
// OrderService to read, InventoryService for availability) and answers in the contract's shapes. It
// decides nothing core decides: prices, stock, the lifecycle and what an order allows are core's; this
// class only says who may see what (a customer token sees its own orders) and how answers look.
class OrderApi {
    Q_DECLARE_TR_FUNCTIONS(OrderApi)

public:
    enum class Endpoint {
        PlaceOrder, // POST /v1/orders
        ListOrders, // GET /v1/orders
        GetOrder, // GET /v1/orders/{id}
        CancelOrder, // POST /v1/orders/{id}/cancel
        ProductAvailability, // GET /v1/products/{id}/availability
        StripeWebhook, // POST /v1/webhooks/stripe: signed by Stripe, not by a bearer token (StripeWebhookApi)
        SendGridWebhook, // POST /v1/webhooks/sendgrid: signed by SendGrid (SendGridWebhookApi)
        TwilioWebhook, // POST /v1/webhooks/twilio: signed by Twilio (TwilioWebhookApi)
    };
    struct Route {
        Endpoint endpoint = Endpoint::PlaceOrder;
        QString id;
    };
    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxPageSize = 200;

    // The endpoint a method and path name, or the 404/405 answer (given without touching the database).
    static std::variant<Route, ApiAnswer> route(const QByteArray &method, const QString &path);
    // The endpoint as the dashboard's API figures name it (ApiTrafficTally::kEndpoints): "orders.create".
    static QString endpointKey(Endpoint endpoint);
    // Runs the call on `session`, on the session's thread; `context` lives on that thread (continuations of
    // payment futures and the idempotency record run there). POSTs with an Idempotency-Key go through
    // IdempotencyKeys: a replay gets the stored answer with `Idempotent-Replayed: true`.
    static QFuture<ApiAnswer> handle(Session &session, QObject *context, const ApiCall &call, const Route &route);
    // The order, parsed, when the call places one with an Idempotency-Key that waits for nothing outside
    // the database (no card to charge): placeAtOnce answers it, and several such calls may share a
    // transaction (ApiWorkerPool::submitAtOnce). Decided from the request alone, before any database work.
    static std::optional<PlaceOrderRequest> atOnceRequest(const ApiCall &call, const Route &route);
    // Answers a call with the order atOnceRequest() parsed: the key's claim, the placement (or its refusal)
    // and the answer in one unit of work, which joins the caller's when one is open.
    static ApiAnswer placeAtOnce(Session &session, const ApiCall &call, PlaceOrderRequest parsed);

    // A core error as the contract's Error answer (status, stable code, details naming the field).
    // `request`, when the error came from placing it, lets price_changed and out_of_stock name the
    // product and both prices or the quantity available, read from the catalogue.
    static ApiAnswer answerFor(Session &session, const Error &error, const PlaceOrderRequest *request = nullptr);
    static QByteArray requestHash(const ApiCall &call);
};

} // namespace shipshape::api
