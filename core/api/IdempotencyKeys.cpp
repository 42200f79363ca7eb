#include "api/IdempotencyKeys.h"

#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status IdempotencyKeys::checkKey(const QString &key)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength) {
        return fail(Error::invalid(u"Idempotency-Key"_s, key.left(kMaxKeyLength),
                tr("The Idempotency-Key header must be 1 to %1 characters.").arg(kMaxKeyLength)));
    }
    return {};
}

Result<IdempotencyKeys::Record> IdempotencyKeys::readRecord(
        const QString &subject, const QString &key, const QString &hash)
{
    auto existing = m_database.query(u"SELECT request_hash, state, response_status, response_body, "
                                     u"created_at FROM api_idempotency_keys "
                                     u"WHERE subject = ? AND idempotency_key = ?"_s,
            {subject, key});
    if (!existing)
        return fail(existing.error());
    Record record;
    if (!existing->next())
        return record; // no record: the request may run
    IdempotencyClaim &claim = record.claim;
    if (existing->text(u"request_hash") != hash) {
        claim.kind = IdempotencyClaim::Kind::Mismatch;
    } else if (existing->text(u"state") == u"finished"_s) {
        claim.kind = IdempotencyClaim::Kind::Replay;
        claim.answer.status = int(existing->integer(u"response_status"));
        claim.answer.body = existing->text(u"response_body").toUtf8();
    } else if (m_clock.now().toMSecsSinceEpoch() - existing->integer(u"created_at")
            < std::chrono::milliseconds(kAbandonedAfter).count()) {
        claim.kind = IdempotencyClaim::Kind::InProgress;
    } else {
        record.abandoned = true; // Claimed: the request may run again
    }
    return record;
}

Result<IdempotencyClaim> IdempotencyKeys::claimWithin(const QString &subject, const QString &key, const QString &hash)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto record = readRecord(subject, key, hash);
    if (!record)
        return fail(record.error());
    IdempotencyClaim claim = record->claim;
    const bool takeOver = record->abandoned;
    if (claim.kind != IdempotencyClaim::Kind::Claimed)
        return claim;
    if (takeOver) {
        auto dropped = m_database.query(u"DELETE FROM api_idempotency_keys "
                                        u"WHERE subject = ? AND idempotency_key = ? AND state = 'started'"_s,
                {subject, key});
        if (!dropped)
            return fail(dropped.error());
    }
    // Two requests racing with one key: the primary key lets one insert. The other's insert does nothing
    // (on PostgreSQL after waiting for the first to commit), and it answers with what the first one left:
    // its answer, a mismatch, or "in progress" while it runs (a retry then gets its answer).
    auto inserted = m_database.query(u"INSERT INTO api_idempotency_keys (subject, idempotency_key, "
                                     u"request_hash, state, created_at) VALUES (?, ?, ?, 'started', ?) "
                                     u"ON CONFLICT (subject, idempotency_key) DO NOTHING RETURNING state"_s,
            {subject, key, hash, now});
    if (!inserted)
        return fail(inserted.error());
    if (!inserted->next()) {
        // Another request with this key got there first. Read its record again: on PostgreSQL this
        // statement sees what that request committed while this one waited on the insert.
        auto winner = readRecord(subject, key, hash);
        if (!winner)
            return fail(winner.error());
        claim = winner->claim;
        if (claim.kind == IdempotencyClaim::Kind::Claimed)
            claim.kind = IdempotencyClaim::Kind::InProgress;
    }
    return claim;
}

Status IdempotencyKeys::store(const QString &subject, const QString &key, const StoredAnswer &answer)
{
    auto updated = m_database.query(
            u"UPDATE api_idempotency_keys SET state = 'finished', response_status = ?, response_body = ?, "
            u"finished_at = ? WHERE subject = ? AND idempotency_key = ? AND state = 'started'"_s,
            {answer.status, QString::fromUtf8(answer.body), m_clock.now().toMSecsSinceEpoch(), subject, key});
    if (!updated)
        return fail(updated.error());
    return {};
}

Result<IdempotencyClaim> IdempotencyKeys::claimAndThen(const QString &subject, const QString &key,
        const QByteArray &requestHash, const std::function<Result<bool>(IdempotencyClaim &)> &whileClaimed)
{
    if (auto valid = checkKey(key); !valid)
        return fail(valid.error());
    const QString hash = QString::fromLatin1(requestHash.toHex());
    return TransactionRunner::run(m_database, [&]() -> Result<IdempotencyClaim> {
        auto unit = UnitOfWork::begin(m_database);
        if (!unit)
            return fail(unit.error());
        auto claim = claimWithin(subject, key, hash);
        if (!claim || claim->kind != IdempotencyClaim::Kind::Claimed)
            return claim; // nothing written: the unit rolls back
        auto keep = whileClaimed(*claim);
        if (!keep)
            return fail(keep.error());
        if (!*keep)
            return claim; // not kept: the unit rolls back the claim and whatever was written with it
        if (auto committed = unit->commit(); !committed)
            return fail(committed.error());
        return claim;
    });
}

Result<IdempotencyClaim> IdempotencyKeys::claim(
        const QString &subject, const QString &key, const QByteArray &requestHash)
{
    return claimAndThen(subject, key, requestHash, [](IdempotencyClaim &) -> Result<bool> { return true; });
}

Result<IdempotencyClaim> IdempotencyKeys::runOnce(const QString &subject, const QString &key,
        const QByteArray &requestHash, const std::function<StoredAnswer()> &request)
{
    return claimAndThen(subject, key, requestHash, [&](IdempotencyClaim &claim) -> Result<bool> {
        claim.answer = request();
        // Inside this transaction the request could not try again itself; the whole of it can.
        if (m_database.lastFailureWasTransient())
            return fail(Error::unavailable(tr("The database was busy with a concurrent change; try again.")));
        if (claim.answer.status >= 500)
            return false;
        if (auto stored = store(subject, key, claim.answer); !stored)
            return fail(stored.error());
        return true;
    });
}

Status IdempotencyKeys::finish(const QString &subject, const QString &key, const StoredAnswer &answer)
{
    return TransactionRunner::run(m_database, [&]() -> Status {
        auto unit = UnitOfWork::begin(m_database);
        if (!unit)
            return fail(unit.error());
        if (auto stored = store(subject, key, answer); !stored)
            return stored;
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
