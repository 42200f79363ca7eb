#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>

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
// answer. A key is claimed in its own committed transaction before the request runs, so concurrent
// requests with one key run it once; the answer is stored when the request finishes, or the claim is
// released when the request failed in a way a retry may fix (the database or Stripe was unreachable).
class IdempotencyKeys {
    Q_DECLARE_TR_FUNCTIONS(IdempotencyKeys)

public:
    // A claim older than this whose request never finished (the server stopped mid-request) may be
    // taken over: the requests behind it are idempotent in core (placement keys), so running again is safe.
    static constexpr std::chrono::seconds kAbandonedAfter{120};
    static constexpr qsizetype kMaxKeyLength = 255;

    IdempotencyKeys(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<IdempotencyClaim> claim(const QString &subject, const QString &key, const QByteArray &requestHash);
    Status finish(const QString &subject, const QString &key, const StoredAnswer &answer);
    Status release(const QString &subject, const QString &key);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shipshape
