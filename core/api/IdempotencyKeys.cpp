#include "api/IdempotencyKeys.h"

#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<IdempotencyClaim> IdempotencyKeys::claim(
        const QString &subject, const QString &key, const QByteArray &requestHash)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength) {
        return fail(Error::invalid(u"Idempotency-Key"_s, key.left(kMaxKeyLength),
                tr("The Idempotency-Key header must be 1 to %1 characters.").arg(kMaxKeyLength)));
    }
    const QString hash = QString::fromLatin1(requestHash.toHex());
    return TransactionRunner::run(m_database, [&]() -> Result<IdempotencyClaim> {
        auto unit = UnitOfWork::begin(m_database);
        if (!unit)
            return fail(unit.error());
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        IdempotencyClaim claim;
        bool takeOver = false;
        {
            auto existing = m_database.query(u"SELECT request_hash, state, response_status, response_body, "
                                             u"created_at FROM api_idempotency_keys "
                                             u"WHERE subject = ? AND idempotency_key = ?"_s,
                    {subject, key});
            if (!existing)
                return fail(existing.error());
            if (existing->next()) {
                const bool finished = existing->text(u"state") == u"finished"_s;
                if (existing->text(u"request_hash") != hash) {
                    claim.kind = IdempotencyClaim::Kind::Mismatch;
                } else if (finished) {
                    claim.kind = IdempotencyClaim::Kind::Replay;
                    claim.answer.status = int(existing->integer(u"response_status"));
                    claim.answer.body = existing->text(u"response_body").toUtf8();
                } else if (now - existing->integer(u"created_at")
                        < std::chrono::milliseconds(kAbandonedAfter).count()) {
                    claim.kind = IdempotencyClaim::Kind::InProgress;
                } else {
                    takeOver = true;
                }
            }
        }
        if (claim.kind != IdempotencyClaim::Kind::Claimed)
            return claim; // read only: the unit rolls back
        if (takeOver) {
            auto dropped = m_database.query(u"DELETE FROM api_idempotency_keys "
                                            u"WHERE subject = ? AND idempotency_key = ? AND state = 'started'"_s,
                    {subject, key});
            if (!dropped)
                return fail(dropped.error());
        }
        // Two requests racing with one key: the primary key lets one insert. The other's insert does nothing
        // (on PostgreSQL after waiting for the first to commit) and it answers "in progress": the first
        // request is running or has just finished, and a retry gets its answer.
        {
            auto inserted = m_database.query(u"INSERT INTO api_idempotency_keys (subject, idempotency_key, "
                                             u"request_hash, state, created_at) VALUES (?, ?, ?, 'started', ?) "
                                             u"ON CONFLICT (subject, idempotency_key) DO NOTHING RETURNING state"_s,
                    {subject, key, hash, now});
            if (!inserted)
                return fail(inserted.error());
            if (!inserted->next()) {
                claim.kind = IdempotencyClaim::Kind::InProgress;
                return claim;
            }
        }
        if (auto committed = unit->commit(); !committed)
            return fail(committed.error());
        return claim;
    });
}

Status IdempotencyKeys::finish(const QString &subject, const QString &key, const StoredAnswer &answer)
{
    return TransactionRunner::run(m_database, [&]() -> Status {
        auto unit = UnitOfWork::begin(m_database);
        if (!unit)
            return fail(unit.error());
        auto updated = m_database.query(
                u"UPDATE api_idempotency_keys SET state = 'finished', response_status = ?, response_body = ?, "
                u"finished_at = ? WHERE subject = ? AND idempotency_key = ? AND state = 'started'"_s,
                {answer.status, QString::fromUtf8(answer.body), m_clock.now().toMSecsSinceEpoch(), subject, key});
        if (!updated)
            return fail(updated.error());
        return unit->commit();
    });
}

Status IdempotencyKeys::release(const QString &subject, const QString &key)
{
    return TransactionRunner::run(m_database, [&]() -> Status {
        auto unit = UnitOfWork::begin(m_database);
        if (!unit)
            return fail(unit.error());
        auto deleted = m_database.query(
                u"DELETE FROM api_idempotency_keys WHERE subject = ? AND idempotency_key = ? AND state = 'started'"_s,
                {subject, key});
        if (!deleted)
            return fail(deleted.error());
        return unit->commit();
    });
}

} // namespace shipshape
