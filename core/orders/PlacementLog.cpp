#include "orders/PlacementLog.h"

#include "common/Time.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString PlacementOutcomes::key(PlacementOutcome outcome)
{
    switch (outcome) {
    case PlacementOutcome::Confirmed:
        return u"confirmed"_s;
    case PlacementOutcome::Pending:
        return u"pending"_s;
    case PlacementOutcome::Declined:
        return u"declined"_s;
    case PlacementOutcome::OutOfStock:
        return u"out_of_stock"_s;
    case PlacementOutcome::Conflict:
        return u"conflict"_s;
    case PlacementOutcome::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

namespace {

// A null QString binds as SQL NULL; these columns are NOT NULL with '' for none.
QString textValue(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QVariant orderNumberValue(const std::optional<qint64> &number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Status PlacementLog::record(const PlacementRecord &record)
{
    auto inserted = m_database.query(
            u"INSERT INTO placement_log (at, currency, outcome, duration_ms, order_number, payment_method, error, "
            "actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {toStorage(record.at), record.currency, PlacementOutcomes::key(record.outcome),
                    qMax<qint64>(record.durationMs, 0), orderNumberValue(record.orderNumber),
                    textValue(record.paymentMethod), textValue(record.error.left(500)), m_database.actor()});
    if (!inserted)
        return fail(inserted.error());
    return {};
}

Status PlacementLog::recordRefused(const PlacementRecord &record, const QString &firstSku)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto inserted = m_database.query(
            u"INSERT INTO placement_log (at, currency, outcome, duration_ms, order_number, payment_method, error, "
            "actor) SELECT ?, currency, ?, ?, NULL, ?, ?, ? FROM products WHERE sku = ?"_s,
            {toStorage(record.at), PlacementOutcomes::key(record.outcome), qMax<qint64>(record.durationMs, 0),
                    textValue(record.paymentMethod), textValue(record.error.left(500)), m_database.actor(), firstSku});
    if (!inserted)
        return fail(inserted.error());
    return transaction->commit();
}

Status PlacementLog::settle(qint64 orderNumber, PlacementOutcome outcome, qint64 durationMs)
{
    auto updated = m_database.query(u"UPDATE placement_log SET outcome = ?, duration_ms = ? "
                                    "WHERE order_number = ? AND outcome = 'pending'"_s,
            {PlacementOutcomes::key(outcome), qMax<qint64>(durationMs, 0), orderNumber});
    if (!updated)
        return fail(updated.error());
    return {};
}

} // namespace shipshape
