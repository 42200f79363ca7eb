#pragma once

#include "common/Result.h"
#include "tags/Tag.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace shipshape {

class Database;

// Which tags a store keeps: an order's (by order number) or a customer's (by the customer's row id).
enum class TagOwner {
    Order,
    Customer
};

// SQL for the tag tables (migration 16): order_tags and customer_tags, one row per owner and tag key.
// Callers own the transaction; only the fixed table and column names reach the SQL text.
class TagStore {
public:
    TagStore(Database &database, TagOwner owner);

    // The tags the owner did not have yet (in any case), as stored; the others are left as they are.
    Result<QStringList> add(qint64 owner, const QList<Tag> &tags, const QString &actor, const QDateTime &at);
    // The tags the owner had, as they were stored; tags it did not have are ignored.
    Result<QStringList> remove(qint64 owner, const QList<Tag> &tags);
    // The owner's tags, sorted (Tags::sort).
    Result<QStringList> tagsOf(qint64 owner);
    // The tags of each of `owners` that has any (a page of a list: one statement).
    Result<QHash<qint64, QStringList>> tagsOfEach(const QList<qint64> &owners);
    // The distinct tags in use, sorted, at most `limit` (for completion): a skip scan over the key index,
    // one probe per distinct tag however many rows carry it.
    Result<QStringList> inUse(int limit);

    // The condition "the order `ownerExpression` (e.g. o.number) carries `tag`" for the order list (values
    // appended to `values`). A tag on a tenth of all orders or more is answered by walking the orders in the
    // list's order and looking each one's tag up by primary key; a narrower tag by collecting its orders from
    // the (tag_key, order_number) index first (docs/search.md, "Tags").
    Result<QString> orderCondition(const QString &ownerExpression, const QString &tag, QVariantList &values);

private:
    Database &m_database;
    QString m_table;
    QString m_ownerColumn;
};

} // namespace shipshape
