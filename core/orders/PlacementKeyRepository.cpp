#include "orders/PlacementKeyRepository.h"

#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<std::optional<qint64>> PlacementKeyRepository::orderFor(const QString &key)
{
    auto query = m_database.query(u"SELECT order_number FROM order_placements WHERE placement_key = ?"_s, {key});
    if (!query)
        return fail(query.error());
    std::optional<qint64> number;
    if (query->next())
        number = query->integer(u"order_number");
    return number;
}

Status PlacementKeyRepository::record(const QString &key, qint64 orderNumber, const QDateTime &at)
{
    auto query = m_database.query(
            u"INSERT INTO order_placements (placement_key, order_number, placed_at) VALUES (?, ?, ?)"_s,
            {key, orderNumber, at.toMSecsSinceEpoch()});
    if (!query)
        return fail(query.error());
    return {};
}

} // namespace shipshape
