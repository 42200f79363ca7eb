#pragma once

#include "common/Result.h"
#include "orders/Order.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace shipshape {

class Session;
class SessionWorker;

// What happened to one order of a bulk action.
struct BulkOrderOutcome {
    qint64 number = 0;
    bool succeeded = false;
    QString message; // the reason when it failed
};

// Runs one action over many orders on the SessionWorker, one order per job: each order commits or fails
// on its own, a failure is recorded and the batch goes on, and cancel() stops before the next order.
class BulkOrderRunner : public QObject {
    Q_OBJECT

public:
    using Job = std::function<Result<Order>(Session &session, qint64 number)>;

    explicit BulkOrderRunner(SessionWorker &worker, QObject *parent = nullptr);

    // `refused`: orders of the selection the action was never asked for (OrderPolicy refused them); they
    // are reported first, as failed with their reason, and count in total().
    void start(const QList<qint64> &numbers, Job job, const QList<BulkOrderOutcome> &refused = {});
    // Stops after the order being worked on (which completes or fails as it would have).
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    [[nodiscard]] int total() const { return int(m_refused + m_numbers.size()); }
    [[nodiscard]] const QList<BulkOrderOutcome> &outcomes() const { return m_outcomes; }
    // The orders the action succeeded on, as they are afterwards, in the order they were given.
    [[nodiscard]] const QList<Order> &succeededOrders() const { return m_succeeded; }
    [[nodiscard]] int failedCount() const { return int(m_outcomes.size() - m_succeeded.size()); }

Q_SIGNALS:
    void orderFinished(const shipshape::BulkOrderOutcome &outcome);
    void progressed(int done, int total);
    void finished();

private:
    void runNext();

    SessionWorker &m_worker;
    QList<qint64> m_numbers;
    Job m_job;
    QList<BulkOrderOutcome> m_outcomes;
    QList<Order> m_succeeded;
    qsizetype m_next = 0;
    qsizetype m_refused = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace shipshape
