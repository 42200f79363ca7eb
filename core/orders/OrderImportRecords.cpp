#include "orders/OrderImportRecords.h"

#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<std::optional<qint64>> OrderImportRecords::orderFor(const QString &source, const QString &externalId)
{
    auto query = m_database.query(
            u"SELECT order_number FROM order_imports WHERE source = ? AND external_id = ?"_s, {source, externalId});
    if (!query)
        return fail(query.error());
    std::optional<qint64> number;
    if (query->next())
        number = query->integer(u"order_number");
    return number;
}

Result<QHash<QString, qint64>> OrderImportRecords::importedFrom(const QString &source)
{
    auto query = m_database.query(u"SELECT external_id, order_number FROM order_imports WHERE source = ?"_s, {source});
    if (!query)
        return fail(query.error());
    QHash<QString, qint64> numbers;
    while (query->next())
        numbers.insert(query->text(u"external_id"), query->integer(u"order_number"));
    if (auto read = query->status(); !read)
        return fail(read.error());
    return numbers;
}

Status OrderImportRecords::record(qint64 orderNumber, const QString &source, const QString &externalId,
        const std::optional<QDateTime> &placedAt, const QDateTime &importedAt)
{
    const QVariant originalTime
            = placedAt ? QVariant(placedAt->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
    auto query
            = m_database.query(u"INSERT INTO order_imports (order_number, source, external_id, placed_at, imported_at) "
                               "VALUES (?, ?, ?, ?, ?)"_s,
                    {orderNumber, source, externalId, originalTime, importedAt.toMSecsSinceEpoch()});
    if (!query)
        return fail(query.error());
    return {};
}

} // namespace shipshape
