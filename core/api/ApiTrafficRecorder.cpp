#include "api/ApiTrafficRecorder.h"

#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status ApiTrafficRecorder::record(const ApiTrafficBatch &batch)
{
    if (batch.isEmpty())
        return {};
    return TransactionRunner::run(m_database, [&] { return recordOnce(batch); });
}

Status ApiTrafficRecorder::recordOnce(const ApiTrafficBatch &batch)
{
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    for (auto it = batch.hourly.cbegin(); it != batch.hourly.cend(); ++it) {
        auto added = m_database.query(u"INSERT INTO api_hourly_requests (hour, endpoint, status, requests, replays) "
                                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hour, endpoint, status) DO UPDATE SET "
                                      "requests = api_hourly_requests.requests + excluded.requests, "
                                      "replays = api_hourly_requests.replays + excluded.replays"_s,
                {it.key().hour, it.key().endpoint, it.key().status, it->requests, it->replays});
        if (!added)
            return fail(added.error());
    }
    for (auto it = batch.latency.cbegin(); it != batch.latency.cend(); ++it) {
        auto added = m_database.query(u"INSERT INTO api_daily_latency (day, duration_ms, requests) VALUES (?, ?, ?) "
                                      "ON CONFLICT (day, duration_ms) DO UPDATE SET "
                                      "requests = api_daily_latency.requests + excluded.requests"_s,
                {it.key().day, it.key().durationMs, it.value()});
        if (!added)
            return fail(added.error());
    }
    return unit->commit();
}

} // namespace shipshape
