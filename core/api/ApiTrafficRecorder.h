#pragma once

#include "api/ApiTrafficTally.h"
#include "common/Result.h"

namespace shipshape {

class Database;

// Adds an ApiTrafficBatch to the dashboard's API figures (migration 35) in one unit of work: every count
// lands, or none does and the caller keeps the batch for the next attempt. Adding is an upsert, so two
// servers on one database (or one server's consecutive batches for the same hour) add up.
class ApiTrafficRecorder {
public:
    explicit ApiTrafficRecorder(Database &database) : m_database(database) {}

    Status record(const ApiTrafficBatch &batch);

private:
    Status recordOnce(const ApiTrafficBatch &batch);

    Database &m_database;
};

} // namespace shipshape
