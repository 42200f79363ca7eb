#include "tags/TagStore.h"

#include "common/Time.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString tableOf(TagOwner owner)
{
    return owner == TagOwner::Order ? u"order_tags"_s : u"customer_tags"_s;
}

QString ownerColumnOf(TagOwner owner)
{
    return owner == TagOwner::Order ? u"order_number"_s : u"customer_id"_s;
}

} // namespace

TagStore::TagStore(Database &database, TagOwner owner)
    : m_database(database), m_table(tableOf(owner)), m_ownerColumn(ownerColumnOf(owner))
{}

Result<QStringList> TagStore::add(qint64 owner, const QList<Tag> &tags, const QString &actor, const QDateTime &at)
{
    // ON CONFLICT DO NOTHING against the (owner, key) primary key: a tag the owner already has, in whatever
    // case and whoever added it meanwhile, is no error and no second row; RETURNING says which were new.
    const QString sql = u"INSERT INTO %1 (%2, tag, tag_key, actor, at) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT DO NOTHING RETURNING tag"_s.arg(m_table, m_ownerColumn);
    QStringList added;
    for (const Tag &tag : tags) {
        auto inserted = m_database.query(sql, {owner, tag.text, tag.key, actor, toStorage(at)});
        if (!inserted)
            return fail(inserted.error());
        if (inserted->next())
            added << inserted->text(u"tag");
        if (auto read = inserted->status(); !read)
            return fail(read.error());
    }
    return added;
}

Result<QStringList> TagStore::remove(qint64 owner, const QList<Tag> &tags)
{
    const QString sql = u"DELETE FROM %1 WHERE %2 = ? AND tag_key = ? RETURNING tag"_s.arg(m_table, m_ownerColumn);
    QStringList removed;
    for (const Tag &tag : tags) {
        auto deleted = m_database.query(sql, {owner, tag.key});
        if (!deleted)
            return fail(deleted.error());
        if (deleted->next())
            removed << deleted->text(u"tag");
        if (auto read = deleted->status(); !read)
            return fail(read.error());
    }
    return removed;
}

Result<QStringList> TagStore::tagsOf(qint64 owner)
{
    auto rows = m_database.query(
            u"SELECT tag FROM %1 WHERE %2 = ? ORDER BY tag_key"_s.arg(m_table, m_ownerColumn), {owner});
    if (!rows)
        return fail(rows.error());
    QStringList tags;
    while (rows->next())
        tags << rows->text(u"tag");
    if (auto read = rows->status(); !read)
        return fail(read.error());
    // ORDER BY compares keys by the database's collation; the UI's order is Tags::sort's.
    Tags::sort(tags);
    return tags;
}

Result<QHash<qint64, QStringList>> TagStore::tagsOfEach(const QList<qint64> &owners)
{
    QHash<qint64, QStringList> result;
    if (owners.isEmpty())
        return result;
    // Placeholders in steps of powers of two (the last owner repeated), so that a connection keeps a few
    // prepared statements for every page size rather than one per size.
    qsizetype slots = 1;
    while (slots < owners.size())
        slots *= 2;
    QVariantList values;
    values.reserve(slots);
    for (qsizetype i = 0; i < slots; ++i)
        values << owners.at(std::min(i, owners.size() - 1));
    QString marks = u"?"_s;
    marks += u", ?"_s.repeated(slots - 1);
    auto rows = m_database.query(
            u"SELECT %2 AS owner, tag FROM %1 WHERE %2 IN (%3)"_s.arg(m_table, m_ownerColumn, marks), values);
    if (!rows)
        return fail(rows.error());
    while (rows->next())
        result[rows->integer(u"owner")] << rows->text(u"tag");
    if (auto read = rows->status(); !read)
        return fail(read.error());
    for (QStringList &tags : result)
        Tags::sort(tags);
    return result;
}

Result<QStringList> TagStore::inUse(int limit)
{
    auto rows = m_database.query(
            u"WITH RECURSIVE keys (tag_key) AS ("
            "SELECT MIN(tag_key) FROM %1 "
            "UNION ALL SELECT (SELECT MIN(t.tag_key) FROM %1 t WHERE t.tag_key > keys.tag_key) FROM keys "
            "WHERE keys.tag_key IS NOT NULL) "
            "SELECT (SELECT t.tag FROM %1 t WHERE t.tag_key = keys.tag_key LIMIT 1) AS tag FROM keys "
            "WHERE keys.tag_key IS NOT NULL LIMIT ?"_s.arg(m_table),
            {limit});
    if (!rows)
        return fail(rows.error());
    QStringList tags;
    while (rows->next())
        tags << rows->text(u"tag");
    if (auto read = rows->status(); !read)
        return fail(read.error());
    Tags::sort(tags);
    return tags;
}

Result<QString> TagStore::orderCondition(const QString &ownerExpression, const QString &tag, QVariantList &values)
{
    const QString key = Tags::keyOf(tag);
    auto kept = m_database.query(u"SELECT value FROM counters WHERE name = 'orders'"_s);
    if (!kept)
        return fail(kept.error());
    const qint64 orders = kept->next() ? kept->integer(u"value") : 0;
    // Collecting a tag on half of a million orders first costs 0.3-0.4 s per page or count; walking the
    // orders finds a page in a millisecond and 10,001 matches in 15 ms. A rare tag is the other way round
    // (walking would visit every order). The probe stops at the threshold.
    const qint64 threshold = std::max<qint64>(orders / 10, 1);
    auto probe = m_database.query(
            u"SELECT COUNT(*) FROM (SELECT 1 FROM order_tags WHERE tag_key = ? LIMIT ?) AS probe"_s, {key, threshold});
    if (!probe)
        return fail(probe.error());
    const bool broad = (probe->next() ? probe->singleInteger() : 0) >= threshold;
    values << key;
    if (broad)
        return u"EXISTS (SELECT 1 FROM order_tags t WHERE t.order_number = %1 AND t.tag_key = ?)"_s.arg(
                ownerExpression);
    return u"%1 IN (SELECT t.order_number FROM order_tags t WHERE t.tag_key = ?)"_s.arg(ownerExpression);
}

} // namespace shipshape
