#include "drafts/DraftRepository.h"

#include "common/Time.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status DraftRepository::insert(const DraftOrder &draft)
{
    const Address &address = draft.shippingAddress;
    auto query = m_database.query(
            u"INSERT INTO drafts (id, customer_id, customer_name, customer_email, ship_street, ship_city, ship_state, "
            "ship_zip, ship_country, payment_method, payment_token, placement_attempt, created_by, created_at, "
            "updated_by, updated_at, version, payment_link, shipping_method, shipping_amount) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {draft.id, nonNullText(draft.customer.id), nonNullText(draft.customer.name),
                    nonNullText(draft.customer.email), nonNullText(address.street), nonNullText(address.city),
                    nonNullText(address.state), nonNullText(address.zip), nonNullText(address.country),
                    PaymentMethods::key(draft.paymentMethod), nonNullText(draft.paymentToken), draft.placementAttempt,
                    draft.createdBy, toStorage(draft.createdAt), draft.updatedBy, toStorage(draft.updatedAt),
                    draft.version, qint64(draft.paymentLink ? 1 : 0), nonNullText(draft.shipping.method),
                    nonNullText(draft.shipping.amount)});
    if (!query)
        return fail(query.error());
    return {};
}

Result<bool> DraftRepository::update(const DraftOrder &draft, qint64 expectedVersion)
{
    const Address &address = draft.shippingAddress;
    auto query = m_database.query(
            u"UPDATE drafts SET customer_id = ?, customer_name = ?, customer_email = ?, ship_street = ?, "
            "ship_city = ?, ship_state = ?, ship_zip = ?, ship_country = ?, payment_method = ?, payment_token = ?, "
            "payment_link = ?, shipping_method = ?, shipping_amount = ?, updated_by = ?, updated_at = ?, version = ? "
            "WHERE id = ? AND version = ? "
            "RETURNING version"_s,
            {nonNullText(draft.customer.id), nonNullText(draft.customer.name), nonNullText(draft.customer.email),
                    nonNullText(address.street), nonNullText(address.city), nonNullText(address.state),
                    nonNullText(address.zip), nonNullText(address.country), PaymentMethods::key(draft.paymentMethod),
                    nonNullText(draft.paymentToken), qint64(draft.paymentLink ? 1 : 0),
                    nonNullText(draft.shipping.method), nonNullText(draft.shipping.amount), draft.updatedBy,
                    toStorage(draft.updatedAt), expectedVersion + 1, draft.id, expectedVersion});
    if (!query)
        return fail(query.error());
    const bool updated = query->next();
    return updated;
}

Status DraftRepository::replaceLines(const QString &draftId, const QList<DraftLine> &lines)
{
    if (auto removed = m_database.query(u"DELETE FROM draft_lines WHERE draft_id = ?"_s, {draftId}); !removed)
        return fail(removed.error());
    qint64 position = 0;
    for (const DraftLine &line : lines) {
        auto inserted
                = m_database.query(u"INSERT INTO draft_lines (draft_id, position, sku, quantity) VALUES (?, ?, ?, ?)"_s,
                        {draftId, ++position, line.sku, line.quantity});
        if (!inserted)
            return fail(inserted.error());
    }
    return {};
}

Status DraftRepository::replaceDiscounts(const QString &draftId, const QList<DiscountRequest> &discounts)
{
    if (auto removed = m_database.query(u"DELETE FROM draft_discounts WHERE draft_id = ?"_s, {draftId}); !removed)
        return fail(removed.error());
    qint64 position = 0;
    for (const DiscountRequest &discount : discounts) {
        // An order-wide discount names no product (NULL, so that a line discount's SKU can be a foreign key).
        const QVariant sku = discount.sku.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(discount.sku);
        auto inserted
                = m_database.query(u"INSERT INTO draft_discounts (draft_id, position, kind, value, sku, code, reason) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        {draftId, ++position, discount.type, nonNullText(discount.value), sku,
                                nonNullText(discount.code), nonNullText(discount.reason)});
        if (!inserted)
            return fail(inserted.error());
    }
    return {};
}

Result<std::optional<DraftOrder>> DraftRepository::load(const QString &draftId)
{
    auto query = m_database.query(
            u"SELECT id, customer_id, customer_name, customer_email, ship_street, ship_city, ship_state, ship_zip, "
            "ship_country, payment_method, payment_token, placement_attempt, created_by, created_at, updated_by, "
            "updated_at, version, payment_link, shipping_method, shipping_amount FROM drafts WHERE id = ?"_s,
            {draftId});
    if (!query)
        return fail(query.error());
    if (!query->next()) {
        return std::optional<DraftOrder>();
    }
    const Rows &row = *query;
    DraftOrder draft;
    draft.id = row.text(u"id");
    draft.customer
            = CustomerReference{row.text(u"customer_id"), row.text(u"customer_name"), row.text(u"customer_email")};
    draft.shippingAddress = Address{row.text(u"ship_street"), row.text(u"ship_city"), row.text(u"ship_state"),
            row.text(u"ship_zip"), row.text(u"ship_country")};
    auto paymentMethodStored = StoredValue::decode(PaymentMethods::fromKey(row.text(u"payment_method")), u"drafts"_s,
            row.text(u"id"), u"payment_method"_s, row.text(u"payment_method"));
    if (!paymentMethodStored)
        return fail(paymentMethodStored.error());
    draft.paymentMethod = *paymentMethodStored;
    draft.paymentToken = row.text(u"payment_token");
    draft.placementAttempt = row.integer(u"placement_attempt");
    draft.createdBy = row.text(u"created_by");
    draft.createdAt = fromStorage(row.value(u"created_at"));
    draft.updatedBy = row.text(u"updated_by");
    draft.updatedAt = fromStorage(row.value(u"updated_at"));
    draft.version = row.integer(u"version");
    draft.paymentLink = row.integer(u"payment_link") != 0;
    draft.shipping = ShippingRequest{row.text(u"shipping_method"), row.text(u"shipping_amount")};
    if (auto read = row.status(); !read)
        return fail(read.error());

    auto lines = m_database.query(
            u"SELECT sku, quantity FROM draft_lines WHERE draft_id = ? ORDER BY position"_s, {draftId});
    if (!lines)
        return fail(lines.error());
    while (lines->next())
        draft.lines.append(DraftLine{lines->text(u"sku"), lines->integer(u"quantity")});
    if (auto read = lines->status(); !read)
        return fail(read.error());

    auto discounts = m_database.query(
            u"SELECT kind, value, COALESCE(sku, '') AS sku, code, reason FROM draft_discounts WHERE draft_id = ? "
            "ORDER BY position"_s,
            {draftId});
    if (!discounts)
        return fail(discounts.error());
    while (discounts->next()) {
        draft.discounts.append(DiscountRequest{discounts->text(u"kind"), discounts->text(u"value"),
                discounts->text(u"sku"), discounts->text(u"code"), discounts->text(u"reason")});
    }
    if (auto read = discounts->status(); !read)
        return fail(read.error());
    return std::optional<DraftOrder>(std::move(draft));
}

Result<QList<DraftSummary>> DraftRepository::list(int limit)
{
    auto query = m_database.query(
            u"SELECT d.id, d.customer_name, d.customer_email, d.created_by, d.created_at, d.updated_by, d.updated_at, "
            "COUNT(l.sku) AS line_count, COALESCE(SUM(l.quantity), 0) AS item_count FROM drafts d LEFT JOIN "
            "draft_lines l ON l.draft_id = d.id "
            "GROUP BY d.id, d.customer_name, d.customer_email, d.created_by, d.created_at, d.updated_by, d.updated_at "
            "ORDER BY d.updated_at DESC, d.id DESC LIMIT ?"_s,
            {limit});
    if (!query)
        return fail(query.error());
    QList<DraftSummary> drafts;
    while (query->next()) {
        const Rows &row = *query;
        DraftSummary summary;
        summary.id = row.text(u"id");
        summary.customerName = row.text(u"customer_name");
        summary.customerEmail = row.text(u"customer_email");
        summary.createdBy = row.text(u"created_by");
        summary.createdAt = fromStorage(row.value(u"created_at"));
        summary.updatedBy = row.text(u"updated_by");
        summary.updatedAt = fromStorage(row.value(u"updated_at"));
        summary.lineCount = row.integer(u"line_count");
        summary.itemCount = row.integer(u"item_count");
        drafts.append(summary);
    }
    if (auto read = query->status(); !read)
        return fail(read.error());
    return drafts;
}

Result<bool> DraftRepository::remove(const QString &draftId)
{
    // Lines and discounts go with the draft (ON DELETE CASCADE); deleted explicitly too, so that no engine
    // setting decides whether they are orphaned.
    if (auto discounts = m_database.query(u"DELETE FROM draft_discounts WHERE draft_id = ?"_s, {draftId}); !discounts)
        return fail(discounts.error());
    if (auto lines = m_database.query(u"DELETE FROM draft_lines WHERE draft_id = ?"_s, {draftId}); !lines)
        return fail(lines.error());
    auto query = m_database.query(u"DELETE FROM drafts WHERE id = ? RETURNING id"_s, {draftId});
    if (!query)
        return fail(query.error());
    const bool removed = query->next();
    return removed;
}

Result<bool> DraftRepository::advancePlacementAttempt(const QString &draftId, qint64 attempt)
{
    auto query = m_database.query(
            u"UPDATE drafts SET placement_attempt = placement_attempt + 1 WHERE id = ? AND placement_attempt = ? "
            "RETURNING placement_attempt"_s,
            {draftId, attempt});
    if (!query)
        return fail(query.error());
    const bool advanced = query->next();
    return advanced;
}

} // namespace shipshape
