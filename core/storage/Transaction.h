#pragma once

#include "common/Result.h"

namespace shipshape {

class Database;

// A write transaction that rolls back unless committed: every multi-step change runs inside one.
class Transaction {
public:
    static Result<Transaction> begin(Database &database);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Status commit();

private:
    explicit Transaction(Database *database) : m_database(database) {}
    Database *m_database = nullptr;
};

} // namespace shipshape
