#include "api/OrderApi.h"

#include "api/ApiOrderJson.h"
#include "api/IdempotencyKeys.h"
#include "common/Async.h"
#include "orders/OrderPolicy.h"
#include "orders/OrderRequestJson.h"
#include "payment/PaymentMethod.h"
#include "payment/PaymentWorkflow.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::api {
namespace {

Q_LOGGING_CATEGORY(lcApi, "shipshape.api")

QFuture<ApiAnswer> now(ApiAnswer answer)
{
    return readyFuture(std::move(answer));
}

ApiAnswer notFound(const QString &field, const QString &value, const QString &message)
{
    return ApiAnswer::error(404, u"not_found"_s, message, QJsonObject{{u"field"_s, field}, {u"value"_s, value}});
}

// A customer token's view of an order: its own, or "not found" (never "forbidden", which would tell a
// guesser that the order exists).
bool mayAccess(const TokenSubject &subject, const Order &order)
{
    return !subject.isCustomer() || order.customer.id.compare(subject.name, Qt::CaseInsensitive) == 0;
}

ApiAnswer orderNotFound(const QString &reference)
{
    return notFound(u"id"_s, reference, OrderApi::tr("There is no order %1.").arg(reference));
}

// The placement key core deduplicates by (order_placements): from the Idempotency-Key when there is one
// (so a retry after a lost claim still finds the order), else a fresh one (so a failed payment can be
// traced back to its order for the decline code).
QString placementKeyFor(const ApiCall &call)
{
    if (call.idempotencyKey.isEmpty())
        return u"api:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray scoped = call.subject.claim().toUtf8() + '\n' + call.idempotencyKey.toUtf8();
    return u"api:"_s + QString::fromLatin1(QCryptographicHash::hash(scoped, QCryptographicHash::Sha256).toHex());
}

// Stripe's decline code of the placement's last charge, when core recorded one.
QString declineCodeOf(Session &session, const QString &placementKey)
{
    auto number = session.orders().orderPlacedWithKey(placementKey);
    if (!number || !*number)
        return {};
    auto order = session.orders().find(QString::number(**number));
    if (!order)
        return {};
    for (qsizetype i = order->paymentAttempts.size() - 1; i >= 0; --i) {
        if (!order->paymentAttempts.at(i).declineCode.isEmpty())
            return order->paymentAttempts.at(i).declineCode;
    }
    return {};
}

// A parsed POST /v1/orders checked as far as it can be without the database: the request core is to place
// (with its placement key), or the answer refusing it.
std::variant<PlaceOrderRequest, ApiAnswer> checkedPlacement(const ApiCall &call, PlaceOrderRequest request)
{
    // Discounts and the shipping fee are the shop's to set (staff in the app or the CLI), never the
    // caller's: an API request naming either is refused rather than trusted.
    if (!request.discounts.isEmpty() || request.shipping) {
        const QString field = request.discounts.isEmpty() ? u"shipping"_s : u"discounts"_s;
        return ApiAnswer::error(400, u"validation_failed"_s,
                OrderApi::tr("%1 cannot be set through the Order API; the shop sets them.").arg(field),
                QJsonObject{{u"field"_s, field}});
    }
    if (call.subject.isCustomer()) {
        // A customer places orders for themselves only, by their ID.
        if (request.customer.id.isEmpty() || request.customer.id.compare(call.subject.name, Qt::CaseInsensitive) != 0)
            return ApiAnswer::error(403, u"forbidden"_s,
                    OrderApi::tr("A customer token places orders for its own customer only."),
                    QJsonObject{{u"field"_s, u"customerId"_s},
                            {u"value"_s,
                                    request.customer.id.isEmpty() ? request.customer.email : request.customer.id}});
    }
    request.idempotencyKey = placementKeyFor(call);
    return request;
}

std::variant<PlaceOrderRequest, ApiAnswer> placementFor(Session &session, const ApiCall &call)
{
    auto request = OrderRequestJson::parsePlace(call.body);
    if (!request)
        return OrderApi::answerFor(session, request.error());
    return checkedPlacement(call, std::move(*request));
}

// The answer to a placement of `placed`.
ApiAnswer placedAnswer(Session &session, const PlaceOrderRequest &placed, const Result<Order> &order)
{
    if (!order) {
        ApiAnswer answer = OrderApi::answerFor(session, order.error(), &placed);
        if (order.error().code == ErrorCode::PaymentFailed) {
            QJsonObject body = QJsonDocument::fromJson(answer.body).object();
            QJsonObject details = body.value(u"details"_s).toObject();
            const QString decline = declineCodeOf(session, placed.idempotencyKey);
            details.insert(u"declineCode"_s, decline.isEmpty() ? QJsonValue() : QJsonValue(decline));
            body.insert(u"details"_s, details);
            answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return answer;
    }
    ApiAnswer answer = ApiAnswer::json(201, ApiOrderJson::order(*order));
    answer.addHeader("Location", "/v1/orders/" + order->id.toUtf8());
    return answer;
}

QFuture<ApiAnswer> placeOrder(Session &session, QObject *context, const ApiCall &call)
{
    auto placement = placementFor(session, call);
    if (const auto *refused = std::get_if<ApiAnswer>(&placement))
        return now(*refused);
    const PlaceOrderRequest placed = std::get<PlaceOrderRequest>(std::move(placement));
    return session.payments().placeOrder(placed).then(
            context, [&session, placed](const Result<Order> &order) { return placedAnswer(session, placed, order); });
}

ApiAnswer getOrder(Session &session, const ApiCall &call, const QString &reference)
{
    auto order = session.orders().find(reference);
    if (!order) {
        if (order.error().code == ErrorCode::NotFound || order.error().code == ErrorCode::InvalidInput)
            return orderNotFound(reference);
        return OrderApi::answerFor(session, order.error());
    }
    if (!mayAccess(call.subject, *order))
        return orderNotFound(reference);
    return ApiAnswer::json(200, ApiOrderJson::order(*order));
}

ApiAnswer listOrders(Session &session, const ApiCall &call)
{
    OrderFilter filter;
    const QString customerId = call.query.queryItemValue(u"customerId"_s, QUrl::FullyDecoded);
    if (call.subject.isCustomer()) {
        if (!customerId.isEmpty() && customerId.compare(call.subject.name, Qt::CaseInsensitive) != 0)
            return notFound(u"customerId"_s, customerId, OrderApi::tr("There is no customer %1.").arg(customerId));
        filter.customerId = call.subject.name;
    } else if (!customerId.isEmpty()) {
        if (QUuid::fromString(customerId).isNull())
            return ApiAnswer::error(400, u"validation_failed"_s,
                    OrderApi::tr("customerId must be a customer ID (a UUID)."),
                    QJsonObject{{u"field"_s, u"customerId"_s}, {u"value"_s, customerId}});
        filter.customerId = customerId;
    }
    const QString status = call.query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
    if (!status.isEmpty()) {
        const auto parsed = OrderLifecycle::fromKey(status);
        if (!parsed)
            return ApiAnswer::error(400, u"validation_failed"_s,
                    OrderApi::tr("status must be pending, confirmed, shipped, delivered or cancelled."),
                    QJsonObject{{u"field"_s, u"status"_s}, {u"value"_s, status}});
        filter.statuses = {*parsed};
    }
    static const QRegularExpression positive(u"^[1-9][0-9]{0,17}$"_s);
    const QString cursor = call.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        if (!positive.match(cursor).hasMatch())
            return ApiAnswer::error(400, u"validation_failed"_s,
                    OrderApi::tr("cursor must be a nextCursor this API gave."),
                    QJsonObject{{u"field"_s, u"cursor"_s}, {u"value"_s, cursor}});
        filter.numberBelow = cursor.toLongLong();
    }
    int limit = OrderApi::kDefaultPageSize;
    const QString limitText = call.query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
    if (!limitText.isEmpty()) {
        if (!positive.match(limitText).hasMatch() || limitText.toLongLong() > OrderApi::kMaxPageSize)
            return ApiAnswer::error(400, u"validation_failed"_s,
                    OrderApi::tr("limit must be a whole number from 1 to %1.").arg(OrderApi::kMaxPageSize),
                    QJsonObject{{u"field"_s, u"limit"_s}, {u"value"_s, limitText}});
        limit = limitText.toInt();
    }
    // One more than asked: whether there is a next page, without counting.
    auto rows = session.orders().list(filter, OrderSort{OrderSortKey::Number, true}, limit + 1, 0);
    if (!rows)
        return OrderApi::answerFor(session, rows.error());
    QJsonArray data;
    for (qsizetype i = 0; i < rows->size() && i < limit; ++i)
        data.append(ApiOrderJson::summary(rows->at(i)));
    const QJsonValue next
            = rows->size() > limit ? QJsonValue(QString::number(rows->at(limit - 1).number)) : QJsonValue();
    return ApiAnswer::json(200, QJsonObject{{u"data"_s, data}, {u"nextCursor"_s, next}});
}

QFuture<ApiAnswer> cancelOrder(Session &session, QObject *context, const ApiCall &call, const QString &reference)
{
    QString note;
    if (!call.body.trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(call.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return now(ApiAnswer::error(400, u"validation_failed"_s,
                    OrderApi::tr("The request must be a JSON object such as {\"reason\": \"…\"}."),
                    QJsonObject{{u"field"_s, u"json"_s}}));
        const QJsonValue reason = document.object().value(u"reason"_s);
        if (!reason.isUndefined() && !reason.isString())
            return now(ApiAnswer::error(400, u"validation_failed"_s, OrderApi::tr("reason must be a string."),
                    QJsonObject{{u"field"_s, u"reason"_s}}));
        note = reason.toString();
    }
    auto order = session.orders().find(reference);
    if (!order) {
        if (order.error().code == ErrorCode::NotFound || order.error().code == ErrorCode::InvalidInput)
            return now(orderNotFound(reference));
        return now(OrderApi::answerFor(session, order.error()));
    }
    if (!mayAccess(call.subject, *order))
        return now(orderNotFound(reference));
    auto permissions = session.staff().currentPermissions();
    if (!permissions)
        return now(OrderApi::answerFor(session, permissions.error()));
    if (const auto why = OrderPolicy::whyNot(OrderAction::Cancel, *order, *permissions))
        return now(ApiAnswer::error(409, u"conflict"_s, *why,
                QJsonObject{{u"field"_s, u"status"_s}, {u"value"_s, OrderLifecycle::key(order->status)}}));
    // Money already paid goes back the way it came: by card through Stripe; paid by hand, it stays owed
    // to the customer until staff settle it (the order shows it as refund owed).
    CancelSettlement settlement;
    if (OrderPolicy::refundableByHand(*order).minorUnits() > 0)
        settlement.money = PaymentMethods::isManual(order->paymentMethod) ? CancelMoney::Later : CancelMoney::Refund;
    return session.payments()
            .cancel(order->id, CancelReason::Customer, note, settlement)
            .then(context, [&session](const Result<Order> &cancelled) {
                if (!cancelled)
                    return OrderApi::answerFor(session, cancelled.error());
                return ApiAnswer::json(200, ApiOrderJson::order(*cancelled));
            });
}

ApiAnswer availability(Session &session, const QString &sku)
{
    auto product = session.inventory().product(sku);
    if (!product) {
        if (product.error().code == ErrorCode::NotFound || product.error().code == ErrorCode::InvalidInput)
            return notFound(u"id"_s, sku, OrderApi::tr("There is no product %1.").arg(sku));
        return OrderApi::answerFor(session, product.error());
    }
    return ApiAnswer::json(200, ApiOrderJson::availability(*product));
}

QFuture<ApiAnswer> run(Session &session, QObject *context, const ApiCall &call, const OrderApi::Route &route)
{
    switch (route.endpoint) {
    case OrderApi::Endpoint::PlaceOrder:
        return placeOrder(session, context, call);
    case OrderApi::Endpoint::ListOrders:
        return now(listOrders(session, call));
    case OrderApi::Endpoint::GetOrder:
        return now(getOrder(session, call, route.id));
    case OrderApi::Endpoint::CancelOrder:
        return cancelOrder(session, context, call, route.id);
    case OrderApi::Endpoint::ProductAvailability:
        return now(availability(session, route.id));
    case OrderApi::Endpoint::StripeWebhook:
    case OrderApi::Endpoint::SendGridWebhook:
    case OrderApi::Endpoint::TwilioWebhook:
        break; // ApiServer hands them to StripeWebhookApi, SendGridWebhookApi and TwilioWebhookApi, never here
    }
    return now(ApiAnswer::error(500, u"internal"_s, OrderApi::tr("Unknown endpoint.")));
}

} // namespace

QString OrderApi::endpointKey(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::PlaceOrder:
        return u"orders.create"_s;
    case Endpoint::ListOrders:
        return u"orders.list"_s;
    case Endpoint::GetOrder:
        return u"orders.get"_s;
    case Endpoint::CancelOrder:
        return u"orders.cancel"_s;
    case Endpoint::ProductAvailability:
        return u"products.availability"_s;
    case Endpoint::StripeWebhook:
        return u"webhooks.stripe"_s;
    case Endpoint::SendGridWebhook:
        return u"webhooks.sendgrid"_s;
    case Endpoint::TwilioWebhook:
        return u"webhooks.twilio"_s;
    }
    return u"unrouted"_s;
}

std::variant<OrderApi::Route, ApiAnswer> OrderApi::route(const QByteArray &method, const QString &path)
{
    static const QRegularExpression order(u"^/v1/orders/([^/]+)$"_s);
    static const QRegularExpression cancel(u"^/v1/orders/([^/]+)/cancel$"_s);
    static const QRegularExpression availability(u"^/v1/products/([^/]+)/availability$"_s);
    const auto only = [&method](const QByteArray &allowed, Route route) -> std::variant<Route, ApiAnswer> {
        if (method == allowed)
            return route;
        ApiAnswer answer = ApiAnswer::error(405, u"method_not_allowed"_s,
                tr("%1 is not allowed here; use %2.").arg(QString::fromLatin1(method), QString::fromLatin1(allowed)));
        answer.addHeader("Allow", allowed);
        return answer;
    };
    if (path == u"/v1/webhooks/stripe"_s)
        return only("POST", Route{Endpoint::StripeWebhook, {}});
    if (path == u"/v1/webhooks/sendgrid"_s)
        return only("POST", Route{Endpoint::SendGridWebhook, {}});
    if (path == u"/v1/webhooks/twilio"_s)
        return only("POST", Route{Endpoint::TwilioWebhook, {}});
    if (path == u"/v1/orders"_s) {
        if (method == "POST")
            return Route{Endpoint::PlaceOrder, {}};
        return only("GET", Route{Endpoint::ListOrders, {}});
    }
    if (const auto match = cancel.match(path); match.hasMatch())
        return only("POST", Route{Endpoint::CancelOrder, match.captured(1)});
    if (const auto match = order.match(path); match.hasMatch())
        return only("GET", Route{Endpoint::GetOrder, match.captured(1)});
    if (const auto match = availability.match(path); match.hasMatch())
        return only("GET", Route{Endpoint::ProductAvailability, match.captured(1)});
    return ApiAnswer::error(404, u"not_found"_s, tr("There is nothing at %1.").arg(path),
            QJsonObject{{u"field"_s, u"path"_s}, {u"value"_s, path}});
}

QByteArray OrderApi::requestHash(const ApiCall &call)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(call.method);
    hash.addData(" ");
    hash.addData(call.path.toUtf8());
    hash.addData("\n");
    hash.addData(call.body);
    return hash.result();
}

namespace {

// The answer to a key that was used before (replayed, in progress, or with another request); none when the
// request may run.
std::optional<ApiAnswer> answerForUsedKey(const IdempotencyClaim &claim, const ApiCall &call)
{
    switch (claim.kind) {
    case IdempotencyClaim::Kind::Mismatch:
        return ApiAnswer::error(422, u"idempotency_key_reused"_s,
                OrderApi::tr(
                        "This Idempotency-Key was used with a different request; use a new key for a new request."),
                QJsonObject{{u"field"_s, u"Idempotency-Key"_s}, {u"value"_s, call.idempotencyKey}});
    case IdempotencyClaim::Kind::InProgress: {
        ApiAnswer answer = ApiAnswer::error(409, u"idempotency_in_progress"_s,
                OrderApi::tr("A request with this Idempotency-Key is still running; retry in a moment."),
                QJsonObject{{u"field"_s, u"Idempotency-Key"_s}, {u"value"_s, call.idempotencyKey}});
        answer.addHeader("Retry-After", "1");
        return answer;
    }
    case IdempotencyClaim::Kind::Replay: {
        ApiAnswer answer{claim.answer.status, claim.answer.body, {}};
        answer.addHeader("Idempotent-Replayed", "true");
        return answer;
    }
    case IdempotencyClaim::Kind::Claimed:
        break;
    }
    return std::nullopt;
}

// A POST answered without waiting for anything outside the database: the key's claim, the work and its
// answer commit together (IdempotencyKeys::runOnce), one commit where the general path makes three.
ApiAnswer answerOnceWithKey(Session &session, const ApiCall &call, const std::function<ApiAnswer()> &respond)
{
    IdempotencyKeys keys(session.database(), session.clock());
    ApiAnswer answered;
    auto claim = keys.runOnce(call.subject.claim(), call.idempotencyKey, OrderApi::requestHash(call), [&] {
        answered = respond();
        return StoredAnswer{answered.status, answered.body};
    });
    if (!claim)
        return OrderApi::answerFor(session, claim.error());
    if (auto used = answerForUsedKey(*claim, call))
        return *used;
    return answered;
}

} // namespace

QFuture<ApiAnswer> OrderApi::handle(Session &session, QObject *context, const ApiCall &call, const Route &route)
{
    if (call.method != "POST" || call.idempotencyKey.isEmpty())
        return run(session, context, call, route);
    if (auto parsed = atOnceRequest(call, route))
        return now(placeAtOnce(session, call, std::move(*parsed)));

    IdempotencyKeys keys(session.database(), session.clock());
    const QString subject = call.subject.claim();
    auto claim = keys.claim(subject, call.idempotencyKey, requestHash(call));
    if (!claim)
        return now(answerFor(session, claim.error()));
    if (auto used = answerForUsedKey(*claim, call))
        return now(*used);
    const QString key = call.idempotencyKey;
    return run(session, context, call, route).then(context, [&session, subject, key](ApiAnswer answer) {
        IdempotencyKeys records(session.database(), session.clock());
        // Answers a retry could change (the database or Stripe unreachable, a bug) are not kept: the key is
        // given back, and a retry runs the request again (core's placement key keeps it one order).
        const Status stored = answer.status >= 500
                ? records.release(subject, key)
                : records.finish(subject, key, StoredAnswer{answer.status, answer.body});
        if (!stored)
            qCWarning(lcApi).noquote() << "could not record the answer to an Idempotency-Key:"
                                       << stored.error().message;
        return answer;
    });
}

std::optional<PlaceOrderRequest> OrderApi::atOnceRequest(const ApiCall &call, const Route &route)
{
    if (call.method != "POST" || call.idempotencyKey.isEmpty() || route.endpoint != Endpoint::PlaceOrder)
        return std::nullopt;
    auto request = OrderRequestJson::parsePlace(call.body);
    if (!request || !PaymentWorkflow::placesAtOnce(*request))
        return std::nullopt;
    return std::move(*request);
}

ApiAnswer OrderApi::placeAtOnce(Session &session, const ApiCall &call, PlaceOrderRequest parsed)
{
    auto placement = checkedPlacement(call, std::move(parsed));
    if (const auto *refused = std::get_if<ApiAnswer>(&placement))
        return answerOnceWithKey(session, call, [&] { return *refused; });
    const PlaceOrderRequest &request = std::get<PlaceOrderRequest>(placement);
    return answerOnceWithKey(session, call,
            [&] { return placedAnswer(session, request, session.payments().placeOrder(request).result()); });
}

ApiAnswer OrderApi::answerFor(Session &session, const Error &error, const PlaceOrderRequest *request)
{
    QJsonObject details;
    if (!error.field.isEmpty())
        details.insert(u"field"_s, error.field);
    if (!error.value.isEmpty())
        details.insert(u"value"_s, error.value);
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return ApiAnswer::error(400, u"validation_failed"_s, error.message, details);
    case ErrorCode::NotFound:
        return ApiAnswer::error(404, u"not_found"_s, error.message, details);
    case ErrorCode::PaymentFailed:
        return ApiAnswer::error(402, u"payment_failed"_s, error.message, details);
    case ErrorCode::Unavailable: {
        ApiAnswer answer = ApiAnswer::error(503, u"unavailable"_s, error.message);
        answer.addHeader("Retry-After", "5");
        return answer;
    }
    case ErrorCode::Internal:
        qCWarning(lcApi).noquote() << "internal error:" << error.message;
        return ApiAnswer::error(500, u"internal"_s, tr("Something went wrong on the server; it has been logged."));
    case ErrorCode::Conflict:
        break;
    }
    // Conflicts core reports while placing: a stale price names its line's price field
    // ("items[0].price"), a stock shortage names the SKU. Both are described from the catalogue.
    static const QRegularExpression priceField(u"^items\\[(\\d+)\\]\\.price$"_s);
    if (const auto match = priceField.match(error.field); match.hasMatch() && request) {
        const qsizetype line = match.captured(1).toLongLong();
        if (line < request->items.size()) {
            const QString sku = request->items.at(line).sku;
            details.insert(u"productId"_s, sku);
            details.insert(u"requestedPrice"_s, error.value);
            if (auto product = session.inventory().product(sku)) {
                details.insert(u"currentPrice"_s, product->price.toDecimalString());
                details.insert(u"currentPriceMinor"_s, product->price.minorUnits());
                details.insert(u"currency"_s, product->price.currency().code());
            }
            return ApiAnswer::error(409, u"price_changed"_s, error.message, details);
        }
    }
    if (error.field == u"sku"_s && request) {
        qint64 requested = 0;
        for (const OrderItemRequest &item : request->items) {
            if (item.sku.compare(error.value, Qt::CaseInsensitive) == 0)
                requested += item.quantity;
        }
        details.insert(u"productId"_s, error.value);
        details.insert(u"requested"_s, requested);
        if (auto product = session.inventory().product(error.value))
            details.insert(u"available"_s, std::max<qint64>(0, product->available()));
        return ApiAnswer::error(409, u"out_of_stock"_s, error.message, details);
    }
    return ApiAnswer::error(409, u"conflict"_s, error.message, details);
}

} // namespace shipshape::api
