#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>

namespace shipshape {

class Database;

// An answer the Order API gave, kept to be given again.
struct StoredAnswer {
    int status = 0;
    QByteArray body;
};

// What a POST with an Idempotency-Key may do (IdempotencyKeys::claim).
struct IdempotencyClaim {
    enum class Kind {
        Claimed, // first use of the key (or a retry of a request that died unanswered): run the request
        Replay, // the same request was answered before: give `answer` again
        Mismatch, // the key was used with another request
        InProgress, // the same request is running right now (a concurrent retry)
    };
    Kind kind = Kind::Claimed;
    StoredAnswer answer;
};

// The Order API's Idempotency-Key records (api_idempotency_keys, migration 15), as Stripe keeps them: per
// token subject and key, the hash of the request (method, path and body) and, once it is answered, the
// answer. A request that waits for Stripe claims its key in a committed transaction of its own before it
// runs, so concurrent requests with one key run it once; the answer is stored when the request finishes,
// or the claim is released when the request failed in a way a retry may fix (the database or Stripe was
// unreachable). A request that answers at once does all three in one transaction (runOnce).
class IdempotencyKeys {
    Q_DECLARE_TR_FUNCTIONS(IdempotencyKeys)

public:
    // A claim older than this whose request never finished (the server stopped mid-request) may be
    // taken over: the requests behind it are idempotent in core (placement keys), so running again is safe.
    static constexpr std::chrono::seconds kAbandonedAfter{120};
    static constexpr qsizetype kMaxKeyLength = 255;

    IdempotencyKeys(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<IdempotencyClaim> claim(const QString &subject, const QString &key, const QByteArray &requestHash);
    // For a request that answers without waiting (nothing to ask Stripe): claims the key, runs `request` and
    // keeps its answer in one transaction, so one commit instead of three (claim, request, answer). On a
    // claim, the claim's `answer` is what `request` answered. An answer of 500 or more is not kept: the
    // whole transaction rolls back, so the key is free again and nothing the request wrote stays. A
    // transient failure (PostgreSQL serialization, deadlock) runs it all again.
    Result<IdempotencyClaim> runOnce(const QString &subject, const QString &key, const QByteArray &requestHash,
            const std::function<StoredAnswer()> &request);
    Status finish(const QString &subject, const QString &key, const StoredAnswer &answer);
    Status release(const QString &subject, const QString &key);

private:
    struct Record {
        IdempotencyClaim claim; // Claimed when there is none, or one abandoned
        bool abandoned = false; // a claim older than kAbandonedAfter whose request never finished
    };
    static Status checkKey(const QString &key);
    Result<Record> readRecord(const QString &subject, const QString &key, const QString &hash);
    // Within the caller's unit of work: reads the key's record and, when the request may run, inserts the
    // claim (uncommitted).
    Result<IdempotencyClaim> claimWithin(const QString &subject, const QString &key, const QString &hash);
    // Claims the key in a unit of work of its own and, when it was claimed now, runs `whileClaimed` in it: true
    // commits, false rolls the claim back with whatever was written; an error rolls back and is returned.
    Result<IdempotencyClaim> claimAndThen(const QString &subject, const QString &key, const QByteArray &requestHash,
            const std::function<Result<bool>(IdempotencyClaim &)> &whileClaimed);
    Status store(const QString &subject, const QString &key, const StoredAnswer &answer);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shipshape
