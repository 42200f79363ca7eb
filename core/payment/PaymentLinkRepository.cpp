#include "payment/PaymentLinkRepository.h"

#include "common/Time.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kLinkColumns = u"id, order_number, idempotency_key, amount_minor, currency, status, session_id, url, "
                             "payment_intent, recipient_email, expires_at, message, created_at, finished_at, actor"_s;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Result<PaymentLink> linkFrom(const QSqlQuery &row)
{
    auto currency = Currency::fromCode(row.value(4).toString());
    if (!currency)
        return fail(currency.error());
    const auto status = StoredValue::decode(PaymentLinks::fromKey(row.value(5).toString()), u"payment_links"_s,
            row.value(0).toString(), u"status"_s, row.value(5).toString());
    if (!status)
        return fail(status.error());
    PaymentLink link;
    link.id = row.value(0).toLongLong();
    link.orderNumber = row.value(1).toLongLong();
    link.idempotencyKey = row.value(2).toString();
    link.amount = Money(row.value(3).toLongLong(), *currency);
    link.status = *status;
    link.sessionId = row.value(6).toString();
    link.url = row.value(7).toString();
    link.paymentIntent = row.value(8).toString();
    link.recipientEmail = row.value(9).toString();
    link.expiresAt = fromStorage(row.value(10));
    link.message = row.value(11).toString();
    link.createdAt = fromStorage(row.value(12));
    if (!row.value(13).isNull())
        link.finishedAt = fromStorage(row.value(13));
    link.actor = row.value(14).toString();
    return link;
}

Result<QList<PaymentLink>> linksFrom(QSqlQuery *query)
{
    QList<PaymentLink> links;
    while (query->next()) {
        auto link = linkFrom(*query);
        if (!link) {
            query->finish();
            return fail(link.error());
        }
        links.append(*link);
    }
    query->finish();
    return links;
}

} // namespace

Result<PaymentLink> PaymentLinkRepository::create(PaymentLink link)
{
    auto query = m_database.run(
            u"INSERT INTO payment_links (order_number, idempotency_key, amount_minor, currency, status, "
            "recipient_email, expires_at, message, created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?) "
            "RETURNING id"_s,
            {link.orderNumber, link.idempotencyKey, link.amount.minorUnits(), link.amount.currency().code(),
                    PaymentLinks::key(link.status), link.recipientEmail, toStorage(link.expiresAt),
                    toStorage(link.createdAt), link.actor});
    if (!query)
        return fail(query.error());
    if ((*query)->next())
        link.id = (*query)->value(0).toLongLong();
    (*query)->finish();
    return link;
}

Result<std::optional<PaymentLink>> PaymentLinkRepository::find(qint64 id)
{
    auto query = m_database.run(u"SELECT "_s + kLinkColumns + u" FROM payment_links WHERE id = ?"_s, {id});
    if (!query)
        return fail(query.error());
    auto links = linksFrom(*query);
    if (!links)
        return fail(links.error());
    return links->isEmpty() ? std::optional<PaymentLink>() : std::optional<PaymentLink>(links->constFirst());
}

Result<QList<PaymentLink>> PaymentLinkRepository::forOrder(qint64 orderNumber)
{
    auto query = m_database.run(
            u"SELECT "_s + kLinkColumns + u" FROM payment_links WHERE order_number = ? ORDER BY id"_s, {orderNumber});
    if (!query)
        return fail(query.error());
    return linksFrom(*query);
}

Result<int> PaymentLinkRepository::countFor(qint64 orderNumber)
{
    auto query = m_database.run(u"SELECT COUNT(*) FROM payment_links WHERE order_number = ?"_s, {orderNumber});
    if (!query)
        return fail(query.error());
    const int count = (*query)->next() ? (*query)->value(0).toInt() : 0;
    (*query)->finish();
    return count;
}

Result<QList<PaymentLink>> PaymentLinkRepository::live(const QDateTime &createdBefore, int limit)
{
    auto query = m_database.run(u"SELECT "_s + kLinkColumns
                    + u" FROM payment_links WHERE status = 'open' "
                      "OR (status = 'creating' AND created_at <= ?) ORDER BY id LIMIT ?"_s,
            {toStorage(createdBefore), limit});
    if (!query)
        return fail(query.error());
    return linksFrom(*query);
}

Result<bool> PaymentLinkRepository::changed(const QString &sql, const QVariantList &values)
{
    auto query = m_database.run(sql, values);
    if (!query)
        return fail(query.error());
    const bool updated = (*query)->next();
    (*query)->finish();
    return updated;
}

Result<bool> PaymentLinkRepository::markOpen(
        qint64 id, const QString &sessionId, const QString &url, const QDateTime &expiresAt)
{
    return changed(u"UPDATE payment_links SET status = 'open', session_id = ?, url = ?, expires_at = ?, message = '' "
                   "WHERE id = ? AND status = 'creating' RETURNING id"_s,
            {sessionId, url, toStorage(expiresAt), id});
}

Result<bool> PaymentLinkRepository::markPaid(
        qint64 id, const QString &sessionId, const QString &paymentIntent, const QDateTime &at)
{
    return changed(u"UPDATE payment_links SET status = 'paid', session_id = COALESCE(session_id, ?), "
                   "payment_intent = ?, finished_at = ?, message = '' "
                   "WHERE id = ? AND status IN ('creating', 'open') RETURNING id"_s,
            {nullable(sessionId), paymentIntent, toStorage(at), id});
}

Result<bool> PaymentLinkRepository::markExpired(
        qint64 id, const QString &sessionId, const QDateTime &at, const QString &message)
{
    return changed(u"UPDATE payment_links SET status = 'expired', session_id = COALESCE(session_id, ?), "
                   "finished_at = ?, message = ? WHERE id = ? AND status IN ('creating', 'open') RETURNING id"_s,
            {nullable(sessionId), toStorage(at), nonNullText(message), id});
}

Result<bool> PaymentLinkRepository::markFailed(qint64 id, const QDateTime &at, const QString &message)
{
    return changed(u"UPDATE payment_links SET status = 'failed', finished_at = ?, message = ? "
                   "WHERE id = ? AND status = 'creating' RETURNING id"_s,
            {toStorage(at), nonNullText(message), id});
}

Status PaymentLinkRepository::noteProblem(qint64 id, const QString &message)
{
    auto query = m_database.run(
            u"UPDATE payment_links SET message = ? WHERE id = ? AND status IN ('creating', 'open') AND message <> ?"_s,
            {nonNullText(message), id, nonNullText(message)});
    if (!query)
        return fail(query.error());
    return {};
}

} // namespace shipshape
