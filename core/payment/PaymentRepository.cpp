#include "payment/PaymentRepository.h"

#include "common/Time.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kAttemptColumns
        = u"id, order_number, kind, idempotency_key, amount_minor, currency, payment_method, payment_intent, "
          u"provider_id, "
          "status, decline_code, error_code, message, reason, started_at, finished_at, duration_ms, actor"_s;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Result<PaymentAttempt> attemptFromRow(const Rows &row)
{
    auto currency = Currency::fromCode(row.text(u"currency"));
    if (!currency)
        return fail(currency.error());
    PaymentAttempt attempt;
    attempt.id = row.integer(u"id");
    attempt.orderNumber = row.integer(u"order_number");
    attempt.kind = row.text(u"kind") == u"refund"_s ? PaymentAttemptKind::Refund : PaymentAttemptKind::Charge;
    attempt.idempotencyKey = row.text(u"idempotency_key");
    attempt.amount = Money(row.integer(u"amount_minor"), *currency);
    attempt.paymentMethod = row.text(u"payment_method");
    attempt.paymentIntent = row.text(u"payment_intent");
    attempt.providerId = row.text(u"provider_id");
    auto statusStored = StoredValue::decode(PaymentAttempts::statusFromKey(row.text(u"status")), u"payment_attempts"_s,
            row.text(u"id"), u"status"_s, row.text(u"status"));
    if (!statusStored)
        return fail(statusStored.error());
    attempt.status = *statusStored;
    attempt.declineCode = row.text(u"decline_code");
    attempt.errorCode = row.text(u"error_code");
    attempt.message = row.text(u"message");
    attempt.reason = row.text(u"reason");
    attempt.startedAt = fromStorage(row.value(u"started_at"));
    if (!row.isNull(u"finished_at"))
        attempt.finishedAt = fromStorage(row.value(u"finished_at"));
    if (!row.isNull(u"duration_ms"))
        attempt.durationMs = row.integer(u"duration_ms");
    attempt.actor = row.text(u"actor");
    if (auto read = row.status(); !read)
        return fail(read.error());
    return attempt;
}

Result<QList<PaymentAttempt>> attemptsFrom(Rows &rows)
{
    QList<PaymentAttempt> attempts;
    while (rows.next()) {
        auto attempt = attemptFromRow(rows);
        if (!attempt)
            return fail(attempt.error());
        attempts.append(*attempt);
    }
    return attempts;
}

} // namespace

Status PaymentRepository::recordManual(qint64 orderNumber, PaymentMethodType method, const Money &amount,
        const QString &reference, const QString &actor, const QDateTime &at)
{
    auto query = m_database.query(
            u"INSERT INTO payments (order_number, method, amount_minor, currency, reference, actor, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {orderNumber, PaymentMethods::key(method), amount.minorUnits(), amount.currency().code(),
                    nonNullText(reference), actor, toStorage(at)});
    if (!query)
        return fail(query.error());
    return {};
}

Status PaymentRepository::recordRefund(qint64 orderNumber, const RefundRecord &refund)
{
    auto query = m_database.query(
            u"INSERT INTO refunds (order_number, attempt_id, method, amount_minor, currency, reason, provider_id, "
            "reference, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {orderNumber, refund.attemptId > 0 ? QVariant(refund.attemptId) : QVariant(QMetaType::fromType<qint64>()),
                    RefundMethods::key(refund.method), refund.amount.minorUnits(), refund.amount.currency().code(),
                    nonNullText(refund.reason), nonNullText(refund.providerId), nonNullText(refund.reference),
                    refund.actor, toStorage(refund.at)});
    if (!query)
        return fail(query.error());
    return {};
}

Result<PaymentAttempt> PaymentRepository::createAttempt(PaymentAttempt attempt)
{
    auto query = m_database.query(
            u"INSERT INTO payment_attempts (order_number, kind, idempotency_key, amount_minor, currency, "
            u"payment_method, "
            "payment_intent, status, reason, started_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {attempt.orderNumber, PaymentAttempts::key(attempt.kind), attempt.idempotencyKey,
                    attempt.amount.minorUnits(), attempt.amount.currency().code(), nonNullText(attempt.paymentMethod),
                    nullable(attempt.paymentIntent), PaymentAttempts::key(attempt.status), nonNullText(attempt.reason),
                    toStorage(attempt.startedAt), attempt.actor});
    if (!query)
        return fail(query.error());
    if (query->next())
        attempt.id = query->integer(u"id");
    return attempt;
}

Result<bool> PaymentRepository::finishAttempt(const PaymentAttempt &attempt)
{
    auto query = m_database.query(
            u"UPDATE payment_attempts SET status = ?, provider_id = COALESCE(?, provider_id), "
            "payment_intent = COALESCE(?, payment_intent), decline_code = ?, error_code = ?, message = ?, "
            "finished_at = ?, duration_ms = ? WHERE id = ? AND status IN ('started', 'processing', 'unknown') RETURNING id"_s,
            {PaymentAttempts::key(attempt.status), nullable(attempt.providerId), nullable(attempt.paymentIntent),
                    nonNullText(attempt.declineCode), nonNullText(attempt.errorCode), nonNullText(attempt.message),
                    attempt.finishedAt ? QVariant(toStorage(*attempt.finishedAt))
                                       : QVariant(QMetaType::fromType<qint64>()),
                    attempt.durationMs ? QVariant(*attempt.durationMs) : QVariant(QMetaType::fromType<qint64>()),
                    attempt.id});
    if (!query)
        return fail(query.error());
    const bool updated = query->next();
    return updated;
}

Result<std::optional<PaymentAttempt>> PaymentRepository::attempt(qint64 id)
{
    auto query = m_database.query(u"SELECT "_s + kAttemptColumns + u" FROM payment_attempts WHERE id = ?"_s, {id});
    if (!query)
        return fail(query.error());
    auto attempts = attemptsFrom(*query);
    if (!attempts)
        return fail(attempts.error());
    return attempts->isEmpty() ? std::optional<PaymentAttempt>()
                               : std::optional<PaymentAttempt>(attempts->constFirst());
}

Result<QList<PaymentAttempt>> PaymentRepository::attemptsFor(qint64 orderNumber)
{
    auto query = m_database.query(
            u"SELECT "_s + kAttemptColumns + u" FROM payment_attempts WHERE order_number = ? ORDER BY id"_s,
            {orderNumber});
    if (!query)
        return fail(query.error());
    return attemptsFrom(*query);
}

Result<QList<PaymentAttempt>> PaymentRepository::openAttempts(const QDateTime &startedBefore, int limit)
{
    auto query = m_database.query(u"SELECT "_s + kAttemptColumns
                    + u" FROM payment_attempts WHERE status IN ('processing', 'unknown') "
                      "OR (status = 'started' AND started_at <= ?) ORDER BY id LIMIT ?"_s,
            {toStorage(startedBefore), limit});
    if (!query)
        return fail(query.error());
    return attemptsFrom(*query);
}

Result<QList<PaymentAttempt>> PaymentRepository::attemptsForIntent(const QString &paymentIntent)
{
    auto query = m_database.query(u"SELECT "_s + kAttemptColumns
                    + u" FROM payment_attempts WHERE payment_intent = ? OR provider_id = ? ORDER BY id"_s,
            {paymentIntent, paymentIntent});
    if (!query)
        return fail(query.error());
    return attemptsFrom(*query);
}

Result<std::optional<PaymentAttempt>> PaymentRepository::attemptWithProviderId(const QString &providerId)
{
    auto query = m_database.query(
            u"SELECT "_s + kAttemptColumns + u" FROM payment_attempts WHERE provider_id = ? ORDER BY id LIMIT 1"_s,
            {providerId});
    if (!query)
        return fail(query.error());
    auto attempts = attemptsFrom(*query);
    if (!attempts)
        return fail(attempts.error());
    if (attempts->isEmpty())
        return std::optional<PaymentAttempt>();
    return std::optional<PaymentAttempt>(attempts->constFirst());
}

Result<int> PaymentRepository::attemptCount(qint64 orderNumber, PaymentAttemptKind kind)
{
    auto query = m_database.query(u"SELECT COUNT(*) FROM payment_attempts WHERE order_number = ? AND kind = ?"_s,
            {orderNumber, PaymentAttempts::key(kind)});
    if (!query)
        return fail(query.error());
    const int count = query->next() ? query->single().toInt() : 0;
    return count;
}

Result<QList<PaymentRecord>> PaymentRepository::paymentsFor(qint64 orderNumber)
{
    auto query = m_database.query(u"SELECT id, method, amount_minor, currency, reference, actor, at FROM payments "
                                  "WHERE order_number = ? ORDER BY id"_s,
            {orderNumber});
    if (!query)
        return fail(query.error());
    QList<PaymentRecord> payments;
    while (query->next()) {
        const Rows &row = *query;
        auto currency = Currency::fromCode(row.text(u"currency"));
        if (!currency)
            return fail(currency.error());
        auto method = StoredValue::decode(PaymentMethods::fromKey(row.text(u"method")), u"payments"_s, row.text(u"id"),
                u"method"_s, row.text(u"method"));
        if (!method)
            return fail(method.error());
        payments.append(PaymentRecord{row.integer(u"id"), *method, Money(row.integer(u"amount_minor"), *currency),
                row.text(u"reference"), row.text(u"actor"), fromStorage(row.value(u"at"))});
    }
    if (auto read = query->status(); !read)
        return fail(read.error());
    return payments;
}

Result<QList<RefundRecord>> PaymentRepository::refundsFor(qint64 orderNumber, const Currency &currency)
{
    auto query = m_database.query(u"SELECT id, attempt_id, amount_minor, reason, provider_id, actor, at, method, "
                                  "reference FROM refunds WHERE order_number = ? ORDER BY id"_s,
            {orderNumber});
    if (!query)
        return fail(query.error());
    QList<RefundRecord> refunds;
    while (query->next()) {
        const Rows &row = *query;
        const auto method = StoredValue::decode(RefundMethods::fromKey(row.text(u"method")), u"refunds"_s,
                row.text(u"id"), u"method"_s, row.text(u"method"));
        if (!method) {
            return fail(method.error());
        }
        RefundRecord refund;
        refund.id = row.integer(u"id");
        refund.attemptId = row.isNull(u"attempt_id") ? 0 : row.integer(u"attempt_id");
        refund.method = *method;
        refund.amount = Money(row.integer(u"amount_minor"), currency);
        refund.reason = row.text(u"reason");
        refund.providerId = row.text(u"provider_id");
        refund.actor = row.text(u"actor");
        refund.at = fromStorage(row.value(u"at"));
        refund.reference = row.text(u"reference");
        refunds.append(refund);
    }
    if (auto read = query->status(); !read)
        return fail(read.error());
    return refunds;
}

} // namespace shipshape
