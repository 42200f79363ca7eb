#include "payment/PaymentLinkRepository.h"

#include "common/Time.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kLinkColumns = u"id, order_number, idempotency_key, amount_minor, currency, status, session_id, url, "
                             "payment_intent, recipient_email, expires_at, message, created_at, finished_at, actor"_s;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Result<PaymentLink> linkFrom(const Rows &row)
{
    auto currency = Currency::fromCode(row.text(u"currency"));
    if (!currency)
        return fail(currency.error());
    const auto status = StoredValue::decode(PaymentLinks::fromKey(row.text(u"status")), u"payment_links"_s,
            row.text(u"id"), u"status"_s, row.text(u"status"));
    if (!status)
        return fail(status.error());
    PaymentLink link;
    link.id = row.integer(u"id");
    link.orderNumber = row.integer(u"order_number");
    link.idempotencyKey = row.text(u"idempotency_key");
    link.amount = Money(row.integer(u"amount_minor"), *currency);
    link.status = *status;
    link.sessionId = row.text(u"session_id");
    link.url = row.text(u"url");
    link.paymentIntent = row.text(u"payment_intent");
    link.recipientEmail = row.text(u"recipient_email");
    link.expiresAt = fromStorage(row.value(u"expires_at"));
    link.message = row.text(u"message");
    link.createdAt = fromStorage(row.value(u"created_at"));
    if (!row.isNull(u"finished_at"))
        link.finishedAt = fromStorage(row.value(u"finished_at"));
    link.actor = row.text(u"actor");
    if (auto read = row.status(); !read)
        return fail(read.error());
    return link;
}

Result<QList<PaymentLink>> linksFrom(Rows &rows)
{
    QList<PaymentLink> links;
    while (rows.next()) {
        auto link = linkFrom(rows);
        if (!link) {
            return fail(link.error());
        }
        links.append(*link);
    }
    return links;
}

} // namespace

Result<PaymentLink> PaymentLinkRepository::create(PaymentLink link)
{
    auto query = m_database.query(
            u"INSERT INTO payment_links (order_number, idempotency_key, amount_minor, currency, status, "
            "recipient_email, expires_at, message, created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?) "
            "RETURNING id"_s,
            {link.orderNumber, link.idempotencyKey, link.amount.minorUnits(), link.amount.currency().code(),
                    PaymentLinks::key(link.status), link.recipientEmail, toStorage(link.expiresAt),
                    toStorage(link.createdAt), link.actor});
    if (!query)
        return fail(query.error());
    if (query->next())
        link.id = query->integer(u"id");
    return link;
}

Result<std::optional<PaymentLink>> PaymentLinkRepository::find(qint64 id)
{
    auto query = m_database.query(u"SELECT "_s + kLinkColumns + u" FROM payment_links WHERE id = ?"_s, {id});
    if (!query)
        return fail(query.error());
    auto links = linksFrom(*query);
    if (!links)
        return fail(links.error());
    return links->isEmpty() ? std::optional<PaymentLink>() : std::optional<PaymentLink>(links->constFirst());
}

Result<QList<PaymentLink>> PaymentLinkRepository::forOrder(qint64 orderNumber)
{
    auto query = m_database.query(
            u"SELECT "_s + kLinkColumns + u" FROM payment_links WHERE order_number = ? ORDER BY id"_s, {orderNumber});
    if (!query)
        return fail(query.error());
    return linksFrom(*query);
}

Result<int> PaymentLinkRepository::countFor(qint64 orderNumber)
{
    auto query = m_database.query(u"SELECT COUNT(*) FROM payment_links WHERE order_number = ?"_s, {orderNumber});
    if (!query)
        return fail(query.error());
    const int count = query->next() ? query->single().toInt() : 0;
    return count;
}

Result<QList<PaymentLink>> PaymentLinkRepository::live(const QDateTime &createdBefore, int limit)
{
    auto query = m_database.query(u"SELECT "_s + kLinkColumns
                    + u" FROM payment_links WHERE status = 'open' "
                      "OR (status = 'creating' AND created_at <= ?) ORDER BY id LIMIT ?"_s,
            {toStorage(createdBefore), limit});
    if (!query)
        return fail(query.error());
    return linksFrom(*query);
}

Result<bool> PaymentLinkRepository::changed(const QString &sql, const QVariantList &values)
{
    auto query = m_database.query(sql, values);
    if (!query)
        return fail(query.error());
    const bool updated = query->next();
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
    auto query = m_database.query(
            u"UPDATE payment_links SET message = ? WHERE id = ? AND status IN ('creating', 'open') AND message <> ?"_s,
            {nonNullText(message), id, nonNullText(message)});
    if (!query)
        return fail(query.error());
    return {};
}

} // namespace shipshape
