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
// A request answered from the database alone (an order placed without a card, OrderApi::placeAtOnce): its
// work may run inside a transaction the worker opened, and so share a commit with other such requests.
using ApiAtOnceJob = std::function<ApiAnswer(Session &session)>;

// One thread with its own Session (QtSql connections belong to one thread), running one job at a time
// in arrival order, as the app's SessionWorker does: the next job starts when the current job's future
// has finished, so nothing spins a nested event loop.
//
// Group commit (SQLite): when several at-once jobs wait in a row, they run in one transaction, each in its
// own savepoint (a refused order rolls back alone), and are answered after its one commit. On SQLite a
// commit is an fsync of the journal, one writer at a time, so a commit per order bounds throughput at the
// disk's sync rate. A job answering 5xx (the database failing) or a failed commit rolls the whole group
// back, and its jobs run again one by one, each in its own transaction, as without groups. PostgreSQL runs
// each in its own transaction: a serialization failure there must retry one order, not abort the others.
class ApiSessionWorker : public QObject {
    Q_OBJECT

public:
    ApiSessionWorker() = default;
    ~ApiSessionWorker() override;

    // On the worker's thread (the pool calls these through queued invocations).
    Status open(const DatabaseUrl &url, const SessionOptions &options);
    void close();
    // At-once jobs waiting in a row are committed together (set before jobs arrive).
    void setGroupCommits(bool enabled) { m_groupCommits = enabled; }

    // Jobs queued or running; read from any thread to pick the least busy worker.
    [[nodiscard]] int load() const { return m_load.load(); }
    // Commits shared by several at-once requests so far, and how many requests they answered (any thread).
    [[nodiscard]] qint64 sharedCommits() const { return m_sharedCommits.load(); }
    [[nodiscard]] qint64 requestsInSharedCommits() const { return m_requestsInSharedCommits.load(); }
    // Groups rolled back and run again one by one (a request answered 5xx, a failed commit).
    [[nodiscard]] qint64 groupsRunAgain() const { return m_groupsRunAgain.load(); }

    // At most this many orders share a commit: a group holds SQLite's writer turn while it runs.
    static constexpr int kMaxGroup = 32;

private:
    friend class ApiWorkerPool;
    struct Pending {
        ApiJob job;
        ApiAtOnceJob atOnce; // set instead of job for at-once requests
        std::function<void(ApiAnswer)> done;
    };
    // On the worker's thread (the pool hands jobs over through queued invocations).
    void enqueue(Pending pending);
    void runNext();
    // runNext in the next turn of this thread's event loop (once, however often asked meanwhile).
    void scheduleRun();
    // Runs the at-once jobs at the head of the queue: together when there are several, else one.
    void runAtOnceJobs();
    // Answers each of `jobs` from its own transaction.
    void runEachAlone(const QList<Pending> &jobs);
    void answer(const Pending &pending, ApiAnswer answer);

    std::unique_ptr<Session> m_session;
    QQueue<Pending> m_queue;
    bool m_running = false;
    bool m_groupCommits = false;
    bool m_runScheduled = false;
    std::atomic<int> m_load{0};
    std::atomic<qint64> m_sharedCommits{0};
    std::atomic<qint64> m_requestsInSharedCommits{0};
    std::atomic<qint64> m_groupsRunAgain{0};
};

// What group commit did (ApiWorkerPool::groupCommits).
struct GroupCommits {
    qint64 commits = 0; // commits shared by two or more requests
    qint64 requests = 0; // requests answered by those commits
    qint64 runAgain = 0; // groups rolled back and run again one by one
};

// The server's session threads. submit() hands a job to the least busy worker and calls `done` with its
// answer on the thread of `context` (the server's), so a slow payment holds one worker while the
// others go on serving. On SQLite with three workers or more, the first is the writer lane: every at-once
// order goes there (submitAtOnce), where those waiting share a commit, and the other requests go to the
// other workers (with two, one worker left for every read and card payment would be too few).
class ApiWorkerPool {
public:
    ApiWorkerPool() = default;
    ~ApiWorkerPool();
    ApiWorkerPool(const ApiWorkerPool &) = delete;
    ApiWorkerPool &operator=(const ApiWorkerPool &) = delete;

    // Starts `count` threads and opens a session on each (the schema must already be migrated).
    Status start(int count, const DatabaseUrl &url, const SessionOptions &options);
    void submit(ApiJob job, QObject *context, std::function<void(ApiAnswer)> done);
    // An at-once request (OrderApi::placesAtOnce): on SQLite it may share its commit with others waiting.
    void submitAtOnce(ApiAtOnceJob job, QObject *context, std::function<void(ApiAnswer)> done);
    // Closes the sessions and joins the threads; call when no job is left (the server drains first).
    void stop();
    [[nodiscard]] int size() const { return int(m_workers.size()); }
    // Summed over the workers (any thread).
    [[nodiscard]] GroupCommits groupCommits() const;

private:
    // The worker for a request (counted busier by one): the least busy, or the writer lane.
    ApiSessionWorker *pick(bool atOnce);
    // Hands `pending` to `worker`, whose `done` is called on `context`'s thread.
    static void hand(ApiSessionWorker *worker, ApiSessionWorker::Pending pending, QObject *context);

    struct Worker {
        std::unique_ptr<QThread> thread;
        ApiSessionWorker *worker = nullptr; // deleted on its thread when the thread finishes
    };
    std::vector<Worker> m_workers;
    bool m_groupCommits = false; // SQLite
};

} // namespace shipshape::api
