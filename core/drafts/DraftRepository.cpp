#include "drafts/DraftRepository.h"

#include "common/Time.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status DraftRepository::insert(const DraftOrder &draft)
{
    const Address &address = draft.shippingAddress;
    auto query = m_database.run(
            u"INSERT INTO drafts (id, customer_id, customer_name, customer_email, ship_street, ship_city, ship_state, "
            "ship_zip, ship_country, payment_method, payment_token, placement_attempt, created_by, created_at, "
            "updated_by, updated_at, version, payment_link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {draft.id, nonNullText(draft.customer.id), nonNullText(draft.customer.name),
                    nonNullText(draft.customer.email), nonNullText(address.street), nonNullText(address.city),
                    nonNullText(address.state), nonNullText(address.zip), nonNullText(address.country),
                    PaymentMethods::key(draft.paymentMethod), nonNullText(draft.paymentToken), draft.placementAttempt,
                    draft.createdBy, toStorage(draft.createdAt), draft.updatedBy, toStorage(draft.updatedAt),
                    draft.version, qint64(draft.paymentLink ? 1 : 0)});
    if (!query)
        return fail(query.error());
    return {};
}

Result<bool> DraftRepository::update(const DraftOrder &draft, qint64 expectedVersion)
{
    const Address &address = draft.shippingAddress;
    auto query = m_database.run(
            u"UPDATE drafts SET customer_id = ?, customer_name = ?, customer_email = ?, ship_street = ?, "
            "ship_city = ?, ship_state = ?, ship_zip = ?, ship_country = ?, payment_method = ?, payment_token = ?, "
            "payment_link = ?, updated_by = ?, updated_at = ?, version = ? WHERE id = ? AND version = ? "
            "RETURNING version"_s,
            {nonNullText(draft.customer.id), nonNullText(draft.customer.name), nonNullText(draft.customer.email),
                    nonNullText(address.street), nonNullText(address.city), nonNullText(address.state),
                    nonNullText(address.zip), nonNullText(address.country), PaymentMethods::key(draft.paymentMethod),
                    nonNullText(draft.paymentToken), qint64(draft.paymentLink ? 1 : 0), draft.updatedBy,
                    toStorage(draft.updatedAt), expectedVersion + 1, draft.id, expectedVersion});
    if (!query)
        return fail(query.error());
    const bool updated = (*query)->next();
    (*query)->finish();
    return updated;
}

Status DraftRepository::replaceLines(const QString &draftId, const QList<DraftLine> &lines)
{
    if (auto removed = m_database.run(u"DELETE FROM draft_lines WHERE draft_id = ?"_s, {draftId}); !removed)
        return fail(removed.error());
    qint64 position = 0;
    for (const DraftLine &line : lines) {
        auto inserted
                = m_database.run(u"INSERT INTO draft_lines (draft_id, position, sku, quantity) VALUES (?, ?, ?, ?)"_s,
                        {draftId, ++position, line.sku, line.quantity});
        if (!inserted)
            return fail(inserted.error());
    }
    return {};
}

Result<std::optional<DraftOrder>> DraftRepository::load(const QString &draftId)
{
    auto query = m_database.run(
            u"SELECT id, customer_id, customer_name, customer_email, ship_street, ship_city, ship_state, ship_zip, "
            "ship_country, payment_method, payment_token, placement_attempt, created_by, created_at, updated_by, "
            "updated_at, version, payment_link FROM drafts WHERE id = ?"_s,
            {draftId});
    if (!query)
        return fail(query.error());
    if (!(*query)->next()) {
        (*query)->finish();
        return std::optional<DraftOrder>();
    }
    QSqlQuery &row = **query;
    DraftOrder draft;
    draft.id = row.value(0).toString();
    draft.customer = CustomerReference{row.value(1).toString(), row.value(2).toString(), row.value(3).toString()};
    draft.shippingAddress = Address{row.value(4).toString(), row.value(5).toString(), row.value(6).toString(),
            row.value(7).toString(), row.value(8).toString()};
    auto paymentMethodStored = StoredValue::decode(PaymentMethods::fromKey(row.value(9).toString()), u"drafts"_s,
            row.value(0).toString(), u"payment_method"_s, row.value(9).toString());
    if (!paymentMethodStored)
        return fail(paymentMethodStored.error());
    draft.paymentMethod = *paymentMethodStored;
    draft.paymentToken = row.value(10).toString();
    draft.placementAttempt = row.value(11).toLongLong();
    draft.createdBy = row.value(12).toString();
    draft.createdAt = fromStorage(row.value(13));
    draft.updatedBy = row.value(14).toString();
    draft.updatedAt = fromStorage(row.value(15));
    draft.version = row.value(16).toLongLong();
    draft.paymentLink = row.value(17).toLongLong() != 0;
    row.finish();

    auto lines = m_database.run(
            u"SELECT sku, quantity FROM draft_lines WHERE draft_id = ? ORDER BY position"_s, {draftId});
    if (!lines)
        return fail(lines.error());
    while ((*lines)->next())
        draft.lines.append(DraftLine{(*lines)->value(0).toString(), (*lines)->value(1).toLongLong()});
    (*lines)->finish();
    return std::optional<DraftOrder>(std::move(draft));
}

Result<QList<DraftSummary>> DraftRepository::list(int limit)
{
    auto query = m_database.run(
            u"SELECT d.id, d.customer_name, d.customer_email, d.created_by, d.created_at, d.updated_by, d.updated_at, "
            "COUNT(l.sku), COALESCE(SUM(l.quantity), 0) FROM drafts d LEFT JOIN draft_lines l ON l.draft_id = d.id "
            "GROUP BY d.id, d.customer_name, d.customer_email, d.created_by, d.created_at, d.updated_by, d.updated_at "
            "ORDER BY d.updated_at DESC, d.id DESC LIMIT ?"_s,
            {limit});
    if (!query)
        return fail(query.error());
    QList<DraftSummary> drafts;
    while ((*query)->next()) {
        QSqlQuery &row = **query;
        DraftSummary summary;
        summary.id = row.value(0).toString();
        summary.customerName = row.value(1).toString();
        summary.customerEmail = row.value(2).toString();
        summary.createdBy = row.value(3).toString();
        summary.createdAt = fromStorage(row.value(4));
        summary.updatedBy = row.value(5).toString();
        summary.updatedAt = fromStorage(row.value(6));
        summary.lineCount = row.value(7).toLongLong();
        summary.itemCount = row.value(8).toLongLong();
        drafts.append(summary);
    }
    (*query)->finish();
    return drafts;
}

Result<bool> DraftRepository::remove(const QString &draftId)
{
    // Lines go with the draft (ON DELETE CASCADE); deleted explicitly too, so that no engine setting
    // decides whether lines are orphaned.
    if (auto lines = m_database.run(u"DELETE FROM draft_lines WHERE draft_id = ?"_s, {draftId}); !lines)
        return fail(lines.error());
    auto query = m_database.run(u"DELETE FROM drafts WHERE id = ? RETURNING id"_s, {draftId});
    if (!query)
        return fail(query.error());
    const bool removed = (*query)->next();
    (*query)->finish();
    return removed;
}

Result<bool> DraftRepository::advancePlacementAttempt(const QString &draftId, qint64 attempt)
{
    auto query = m_database.run(
            u"UPDATE drafts SET placement_attempt = placement_attempt + 1 WHERE id = ? AND placement_attempt = ? "
            "RETURNING placement_attempt"_s,
            {draftId, attempt});
    if (!query)
        return fail(query.error());
    const bool advanced = (*query)->next();
    (*query)->finish();
    return advanced;
}

} // namespace shipshape
