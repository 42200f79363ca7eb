#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <utility>

namespace shipshape {

// Runs a whole unit of work (begin … commit) again when PostgreSQL rolled it back for a reason a
// second attempt can fix: a serialization failure (40001), a deadlock (40P01) or two clients racing to
// insert the same unique row. Bounded attempts with jittered back-off; after the last one the error is
// reported as it is. On SQLite nothing is transient (BEGIN IMMEDIATE serializes writers), so the unit
// runs exactly once. The unit must start its own UnitOfWork and keep no state between attempts. Inside an
// enclosing unit of work the unit runs once: a transient failure rolls back the whole transaction, so only
// the outermost runner can try again.
class TransactionRunner {
    Q_DECLARE_TR_FUNCTIONS(TransactionRunner)

public:
    static constexpr int kMaxAttempts = 6;

    template <typename Unit>
    static auto run(Database &database, Unit &&unit) -> decltype(unit())
    {
        if (database.inTransaction())
            return unit();
        for (int attempt = 1;; ++attempt) {
            database.clearTransientFailure();
            auto result = unit();
            if (result || !database.lastFailureWasTransient())
                return result;
            if (attempt >= kMaxAttempts) {
                noteGaveUp(attempt, result.error());
                return result;
            }
            backOff(attempt);
        }
    }

private:
    static void backOff(int attempt);
    static void noteGaveUp(int attempts, const Error &error);
};

} // namespace shipshape
