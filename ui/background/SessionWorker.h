#pragma once

#include "common/Async.h"
#include "common/Result.h"
#include "secrets/SessionSecrets.h"
#include "session/Session.h"
#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace shipshape {

// Runs database and provider work (which may wait for a lock, a server or a payment provider) on a
// worker thread with its own Session, and hands each result back on the GUI thread. The GUI never blocks.
//
// A session's jobs run strictly in order, one at a time: a job may finish later (it returns a QFuture,
// e.g. a card payment waiting for Stripe), and the next job starts only after that future has finished.
// Nothing spins a nested event loop, so no job can ever start inside another.
class SessionWorker : public QObject {
    Q_OBJECT

public:
    explicit SessionWorker(DatabaseUrl url, QObject *parent = nullptr);
    // The worker's session is opened with `options` (never migrating: the app's own session did that).
    SessionWorker(DatabaseUrl url, const SessionOptions &options, QObject *parent = nullptr);
    ~SessionWorker() override;

    // Queues `job` (a callable taking Session& and returning a Result<T>, or a QFuture<Result<T>> that
    // finishes later); `done` receives that result on the caller's thread, and only while `context`
    // lives. Jobs run one after another, in order; a job that returns a future holds the queue until it
    // has finished.
    template <typename Job, typename Done>
    void run(Job job, QObject *context, Done done)
    {
        using Returned = std::invoke_result_t<Job &, Session &>;
        using JobResult = typename ValueOf<Returned>::Type;
        submit(
                [job = std::move(job), done = std::move(done)](
                        Session *session, const Error *openError) mutable -> QFuture<Delivery> {
                    auto deliver = [done](JobResult result) -> Delivery {
                        return [done, result = std::move(result)]() mutable { done(result); };
                    };
                    if (!session)
                        return readyFuture(deliver(JobResult(fail(*openError))));
                    if constexpr (IsQFuture<Returned>::value)
                        return andThen(job(*session), std::move(deliver));
                    else
                        return readyFuture(deliver(job(*session)));
                },
                context);
    }

    // New secrets for this worker's session (the Settings page changed a key): applied in turn, after
    // the jobs queued before and before those queued after, so a payment under way keeps its gateway.
    void setSecrets(const SessionSecrets &secrets);
    // Another database for the jobs queued from now on (offline mode: the replica, read-only; back to the
    // server when it answers again). Applied in turn like setSecrets; the session is opened at the next job.
    void switchDatabase(const DatabaseUrl &url, const SessionOptions &options);

    [[nodiscard]] int pendingJobs() const { return m_pending; }
    [[nodiscard]] const DatabaseUrl &databaseUrl() const { return m_url; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // Announced by this worker's session (its DomainEventBus, after a job's transaction committed), on
    // this object's thread: queued from the worker thread, so they arrive before that job's result.
    // A ChangeHub listens to them.
    void orderChanged(qint64 orderNumber);
    void stockChanged(const QString &sku);

private:
    template <typename T>
    struct ValueOf {
        using Type = T;
    };
    template <typename T>
    struct ValueOf<QFuture<T>> {
        using Type = T;
    };

    // What to run on the caller's thread once a job has finished.
    using Delivery = std::function<void()>;
    // Runs on the worker thread with its session (or the error that kept it from opening) and returns
    // the future of what to run on the caller's thread.
    using Work = std::function<QFuture<Delivery>(Session *session, const Error *openError)>;
    void submit(Work work, QObject *context);

    class Executor;
    DatabaseUrl m_url;
    QThread m_thread;
    Executor *m_executor = nullptr;
    int m_pending = 0;
};

} // namespace shipshape
