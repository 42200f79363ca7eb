#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace shipshape {

class Session;

// Runs database and provider work (which may wait for a lock, a server or a payment provider) on a
// worker thread with its own Session, and hands each result back on the GUI thread. The GUI never blocks.
class SessionWorker : public QObject {
    Q_OBJECT

public:
    explicit SessionWorker(DatabaseUrl url, QObject *parent = nullptr);
    ~SessionWorker() override;

    // Queues `job` (a callable taking Session& and returning a Result<T>); `done` receives that result on
    // the caller's thread, and only while `context` lives. Jobs run one after another, in order.
    template <typename Job, typename Done>
    void run(Job job, QObject *context, Done done)
    {
        using JobResult = std::invoke_result_t<Job &, Session &>;
        submit(
                [job = std::move(job), done = std::move(done)](Session *session, const Error *openError) mutable
                -> std::function<void()> {
                    JobResult result = session ? job(*session) : JobResult(fail(*openError));
                    return [done, result = std::move(result)]() mutable { done(result); };
                },
                context);
    }

    [[nodiscard]] int pendingJobs() const { return m_pending; }
    [[nodiscard]] const DatabaseUrl &databaseUrl() const { return m_url; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    // Runs on the worker thread with its session (or the error that kept it from opening) and returns
    // what to run on the caller's thread.
    using Work = std::function<std::function<void()>(Session *session, const Error *openError)>;
    void submit(Work work, QObject *context);

    class Executor;
    DatabaseUrl m_url;
    QThread m_thread;
    Executor *m_executor = nullptr;
    int m_pending = 0;
};

} // namespace shipshape
