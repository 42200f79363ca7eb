#pragma once

#include "api/ApiAnswer.h"
#include "common/Result.h"
#include "session/Session.h"
#include "storage/DatabaseUrl.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace shipshape::api {

// What a worker runs for one request: work on its thread's session, possibly waiting for Stripe (the
// future finishes from that thread's event loop). `context` lives on that thread.
using ApiJob = std::function<QFuture<ApiAnswer>(Session &session, QObject *context)>;

// One thread with its own Session (QtSql connections belong to one thread), running one job at a time
// in arrival order, as the app's SessionWorker does: the next job starts when the current job's future
// has finished, so nothing spins a nested event loop.
class ApiSessionWorker : public QObject {
    Q_OBJECT

public:
    ApiSessionWorker() = default;
    ~ApiSessionWorker() override;

    // On the worker's thread (the pool calls these through queued invocations).
    Status open(const DatabaseUrl &url, const SessionOptions &options);
    void close();
    void enqueue(ApiJob job, std::function<void(ApiAnswer)> done);

    // Jobs queued or running; read from any thread to pick the least busy worker.
    [[nodiscard]] int load() const { return m_load.load(); }

private:
    friend class ApiWorkerPool;
    void runNext();

    struct Pending {
        ApiJob job;
        std::function<void(ApiAnswer)> done;
    };
    std::unique_ptr<Session> m_session;
    QQueue<Pending> m_queue;
    bool m_running = false;
    std::atomic<int> m_load{0};
};

// The server's session threads. submit() hands a job to the least busy worker and calls `done` with its
// answer on the thread of `context` (the server's), so a slow payment holds one worker while the
// others go on serving.
class ApiWorkerPool {
public:
    ApiWorkerPool() = default;
    ~ApiWorkerPool();
    ApiWorkerPool(const ApiWorkerPool &) = delete;
    ApiWorkerPool &operator=(const ApiWorkerPool &) = delete;

    // Starts `count` threads and opens a session on each (the schema must already be migrated).
    Status start(int count, const DatabaseUrl &url, const SessionOptions &options);
    void submit(ApiJob job, QObject *context, std::function<void(ApiAnswer)> done);
    // Closes the sessions and joins the threads; call when no job is left (the server drains first).
    void stop();
    [[nodiscard]] int size() const { return int(m_workers.size()); }

private:
    struct Worker {
        std::unique_ptr<QThread> thread;
        ApiSessionWorker *worker = nullptr; // deleted on its thread when the thread finishes
    };
    std::vector<Worker> m_workers;
};

} // namespace shipshape::api
