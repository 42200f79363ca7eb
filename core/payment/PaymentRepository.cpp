#include "payment/PaymentRepository.h"

#include "common/Time.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"

#include <QSqlQuery>

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

Result<PaymentAttempt> attemptFromRow(const QSqlQuery &row)
{
    auto currency = Currency::fromCode(row.value(5).toString());
    if (!currency)
        return fail(currency.error());
    PaymentAttempt attempt;
    attempt.id = row.value(0).toLongLong();
    attempt.orderNumber = row.value(1).toLongLong();
    attempt.kind = row.value(2).toString() == u"refund"_s ? PaymentAttemptKind::Refund : PaymentAttemptKind::Charge;
    attempt.idempotencyKey = row.value(3).toString();
    attempt.amount = Money(row.value(4).toLongLong(), *currency);
    attempt.paymentMethod = row.value(6).toString();
    attempt.paymentIntent = row.value(7).toString();
    attempt.providerId = row.value(8).toString();
    auto statusStored = StoredValue::decode(PaymentAttempts::statusFromKey(row.value(9).toString()),
            u"payment_attempts"_s, row.value(0).toString(), u"status"_s, row.value(9).toString());
    if (!statusStored)
        return fail(statusStored.error());
    attempt.status = *statusStored;
    attempt.declineCode = row.value(10).toString();
    attempt.errorCode = row.value(11).toString();
    attempt.message = row.value(12).toString();
    attempt.reason = row.value(13).toString();
    attempt.startedAt = fromStorage(row.value(14));
    if (!row.value(15).isNull())
        attempt.finishedAt = fromStorage(row.value(15));
    if (!row.value(16).isNull())
        attempt.durationMs = row.value(16).toLongLong();
    attempt.actor = row.value(17).toString();
    return attempt;
}

Result<QList<PaymentAttempt>> attemptsFrom(QSqlQuery *query)
{
    QList<PaymentAttempt> attempts;
    while (query->next()) {
        auto attempt = attemptFromRow(*query);
        if (!attempt)
            return fail(attempt.error());
        attempts.append(*attempt);
    }
    query->finish();
    return attempts;
}

} // namespace

Status PaymentRepository::recordManual(qint64 orderNumber, PaymentMethodType method, const Money &amount,
        const QString &reference, const QString &actor, const QDateTime &at)
{
    auto query = m_database.run(
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
    auto query = m_database.run(
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
    auto query = m_database.run(
            u"INSERT INTO payment_attempts (order_number, kind, idempotency_key, amount_minor, currency, "
            u"payment_method, "
            "payment_intent, status, reason, started_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {attempt.orderNumber, PaymentAttempts::key(attempt.kind), attempt.idempotencyKey,
                    attempt.amount.minorUnits(), attempt.amount.currency().code(), nonNullText(attempt.paymentMethod),
                    nullable(attempt.paymentIntent), PaymentAttempts::key(attempt.status), nonNullText(attempt.reason),
                    toStorage(attempt.startedAt), attempt.actor});
    if (!query)
        return fail(query.error());
    if ((*query)->next())
        attempt.id = (*query)->value(0).toLongLong();
    (*query)->finish();
    return attempt;
}

Result<bool> PaymentRepository::finishAttempt(const PaymentAttempt &attempt)
{
    auto query = m_database.run(
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
    const bool updated = (*query)->next();
    (*query)->finish();
    return updated;
}

Result<std::optional<PaymentAttempt>> PaymentRepository::attempt(qint64 id)
{
    auto query = m_database.run(u"SELECT "_s + kAttemptColumns + u" FROM payment_attempts WHERE id = ?"_s, {id});
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
    auto query = m_database.run(
            u"SELECT "_s + kAttemptColumns + u" FROM payment_attempts WHERE order_number = ? ORDER BY id"_s,
            {orderNumber});
    if (!query)
        return fail(query.error());
    return attemptsFrom(*query);
}

Result<QList<PaymentAttempt>> PaymentRepository::openAttempts(const QDateTime &startedBefore, int limit)
{
    auto query = m_database.run(u"SELECT "_s + kAttemptColumns
                    + u" FROM payment_attempts WHERE status IN ('processing', 'unknown') "
                      "OR (status = 'started' AND started_at <= ?) ORDER BY id LIMIT ?"_s,
            {toStorage(startedBefore), limit});
    if (!query)
        return fail(query.error());
    return attemptsFrom(*query);
}

Result<int> PaymentRepository::attemptCount(qint64 orderNumber, PaymentAttemptKind kind)
{
    auto query = m_database.run(u"SELECT COUNT(*) FROM payment_attempts WHERE order_number = ? AND kind = ?"_s,
            {orderNumber, PaymentAttempts::key(kind)});
    if (!query)
        return fail(query.error());
    const int count = (*query)->next() ? (*query)->value(0).toInt() : 0;
    (*query)->finish();
    return count;
}

Result<QList<PaymentRecord>> PaymentRepository::paymentsFor(qint64 orderNumber)
{
    auto query = m_database.run(u"SELECT id, method, amount_minor, currency, reference, actor, at FROM payments "
                                "WHERE order_number = ? ORDER BY id"_s,
            {orderNumber});
    if (!query)
        return fail(query.error());
    QList<PaymentRecord> payments;
    while ((*query)->next()) {
        const QSqlQuery &row = **query;
        auto currency = Currency::fromCode(row.value(3).toString());
        if (!currency)
            return fail(currency.error());
        auto method = StoredValue::decode(PaymentMethods::fromKey(row.value(1).toString()), u"payments"_s,
                row.value(0).toString(), u"method"_s, row.value(1).toString());
        if (!method)
            return fail(method.error());
        payments.append(PaymentRecord{row.value(0).toLongLong(), *method, Money(row.value(2).toLongLong(), *currency),
                row.value(4).toString(), row.value(5).toString(), fromStorage(row.value(6))});
    }
    (*query)->finish();
    return payments;
}

Result<QList<RefundRecord>> PaymentRepository::refundsFor(qint64 orderNumber, const Currency &currency)
{
    auto query = m_database.run(u"SELECT id, attempt_id, amount_minor, reason, provider_id, actor, at, method, "
                                "reference FROM refunds WHERE order_number = ? ORDER BY id"_s,
            {orderNumber});
    if (!query)
        return fail(query.error());
    QList<RefundRecord> refunds;
    while ((*query)->next()) {
        const QSqlQuery &row = **query;
        const auto method = StoredValue::decode(RefundMethods::fromKey(row.value(7).toString()), u"refunds"_s,
                row.value(0).toString(), u"method"_s, row.value(7).toString());
        if (!method) {
            (*query)->finish();
            return fail(method.error());
        }
        RefundRecord refund;
        refund.id = row.value(0).toLongLong();
        refund.attemptId = row.value(1).isNull() ? 0 : row.value(1).toLongLong();
        refund.method = *method;
        refund.amount = Money(row.value(2).toLongLong(), currency);
        refund.reason = row.value(3).toString();
        refund.providerId = row.value(4).toString();
        refund.actor = row.value(5).toString();
        refund.at = fromStorage(row.value(6));
        refund.reference = row.value(8).toString();
        refunds.append(refund);
    }
    (*query)->finish();
    return refunds;
}

} // namespace shipshape
