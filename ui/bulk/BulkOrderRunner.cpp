#include "bulk/BulkOrderRunner.h"

#include "background/SessionWorker.h"

namespace shipshape {

BulkOrderRunner::BulkOrderRunner(SessionWorker &worker, QObject *parent) : QObject(parent), m_worker(worker) {}

void BulkOrderRunner::start(const QList<qint64> &numbers, Job job, const QList<BulkOrderOutcome> &refused)
{
    if (m_running)
        return;
    m_numbers = numbers;
    m_job = std::move(job);
    m_outcomes.clear();
    m_succeeded.clear();
    m_next = 0;
    m_refused = refused.size();
    m_cancelled = false;
    m_running = true;
    for (const BulkOrderOutcome &outcome : refused) {
        m_outcomes << outcome;
        Q_EMIT orderFinished(outcome);
    }
    Q_EMIT progressed(int(m_outcomes.size()), total());
    runNext();
}

void BulkOrderRunner::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void BulkOrderRunner::runNext()
{
    if (m_cancelled || m_next >= m_numbers.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const qint64 number = m_numbers.at(m_next++);
    // One job per order (not one job for the batch): Cancel takes effect between orders, and the GUI
    // sees each result as it comes.
    m_worker.run([job = m_job, number](Session &session) { return job(session, number); }, this,
            [this, number](const Result<Order> &result) {
                BulkOrderOutcome outcome{number, result.has_value(), result ? QString() : result.error().message};
                if (result)
                    m_succeeded << *result;
                m_outcomes << outcome;
                Q_EMIT orderFinished(outcome);
                Q_EMIT progressed(int(m_outcomes.size()), total());
                runNext();
            });
}

} // namespace shipshape
