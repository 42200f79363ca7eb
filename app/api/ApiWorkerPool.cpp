#include "api/ApiWorkerPool.h"

#include "storage/UnitOfWork.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::api {

ApiSessionWorker::~ApiSessionWorker() = default;

Status ApiSessionWorker::open(const DatabaseUrl &url, const SessionOptions &options)
{
    auto session = Session::open(url, options);
    if (!session)
        return fail(session.error());
    m_session = std::move(*session);
    return {};
}

void ApiSessionWorker::close()
{
    m_queue.clear();
    m_session.reset();
}

void ApiSessionWorker::enqueue(Pending pending)
{
    const bool atOnce = bool(pending.atOnce);
    m_queue.enqueue(std::move(pending));
    // An at-once request runs after the requests already handed to this thread are queued too: they can
    // share its commit.
    if (atOnce)
        scheduleRun();
    else
        runNext();
}

void ApiSessionWorker::scheduleRun()
{
    if (std::exchange(m_runScheduled, true))
        return;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_runScheduled = false;
                runNext();
            },
            Qt::QueuedConnection);
}

void ApiSessionWorker::answer(const Pending &pending, ApiAnswer answer)
{
    pending.done(std::move(answer));
    m_load.fetch_sub(1);
}

void ApiSessionWorker::runEachAlone(const QList<Pending> &jobs)
{
    for (const Pending &pending : jobs)
        answer(pending, pending.atOnce(*m_session));
}

void ApiSessionWorker::runAtOnceJobs()
{
    QList<Pending> group;
    while (!m_queue.isEmpty() && m_queue.head().atOnce && group.size() < kMaxGroup)
        group.append(m_queue.dequeue());
    if (!m_groupCommits || group.size() == 1) {
        runEachAlone(group);
        return;
    }
    QList<ApiAnswer> answers;
    answers.reserve(group.size());
    {
        auto unit = UnitOfWork::begin(m_session->database());
        if (unit) {
            bool failing = false;
            for (const Pending &pending : std::as_const(group)) {
                answers.append(pending.atOnce(*m_session));
                // The database failing (disk full, I/O error) may have ended the transaction: the whole
                // group is rolled back and run again one by one, each finding out for itself.
                if (answers.constLast().status >= 500) {
                    failing = true;
                    break;
                }
            }
            if (!failing && unit->commit()) {
                m_sharedCommits.fetch_add(1);
                m_requestsInSharedCommits.fetch_add(group.size());
                for (qsizetype i = 0; i < group.size(); ++i)
                    answer(group.at(i), answers.at(i));
                return;
            }
        }
    } // rolled back here
    m_groupsRunAgain.fetch_add(1);
    runEachAlone(group);
}

void ApiSessionWorker::runNext()
{
    if (m_running || m_queue.isEmpty() || !m_session)
        return;
    if (m_queue.head().atOnce) {
        runAtOnceJobs();
        // What is left, with the requests that arrived meanwhile, in the next turn of this thread's loop.
        if (!m_queue.isEmpty())
            scheduleRun();
        return;
    }
    m_running = true;
    Pending pending = m_queue.dequeue();
    QFuture<ApiAnswer> future = pending.job(*m_session, this);
    auto finish = [this, done = pending.done](ApiAnswer answer) {
        done(std::move(answer));
        m_load.fetch_sub(1);
        m_running = false;
        runNext();
    };
    if (future.isFinished() && !future.isCanceled() && future.resultCount() > 0) {
        finish(future.result());
        return;
    }
    future.then(this, finish).onCanceled(this, [finish] {
        finish(ApiAnswer::error(503, u"unavailable"_s, u"The request was abandoned; retry it."_s));
    });
}

ApiWorkerPool::~ApiWorkerPool()
{
    stop();
}

Status ApiWorkerPool::start(int count, const DatabaseUrl &url, const SessionOptions &options)
{
    m_groupCommits = url.kind() == DatabaseKind::Sqlite;
    for (int i = 0; i < count; ++i) {
        Worker worker;
        worker.thread = std::make_unique<QThread>();
        worker.thread->setObjectName(u"api-session-%1"_s.arg(i + 1));
        worker.worker = new ApiSessionWorker;
        worker.worker->moveToThread(worker.thread.get());
        QObject::connect(worker.thread.get(), &QThread::finished, worker.worker, &QObject::deleteLater);
        worker.thread->start();
        worker.worker->setGroupCommits(m_groupCommits);
        Status opened;
        // Blocking until the session is open on its own thread: start-up, before the server listens.
        QMetaObject::invokeMethod(
                worker.worker, [&] { opened = worker.worker->open(url, options); }, Qt::BlockingQueuedConnection);
        m_workers.push_back(std::move(worker));
        if (!opened) {
            stop();
            return opened;
        }
    }
    return {};
}

ApiSessionWorker *ApiWorkerPool::pick(bool atOnce)
{
    Q_ASSERT(!m_workers.empty());
    // With group commits, every at-once order goes to the first worker, where the waiting ones share a
    // commit (spread over several sessions they would queue for SQLite's one writer in small groups), and
    // the other requests go to the other workers, so that no order waits behind a card payment there.
    const bool writerLane = m_groupCommits && m_workers.size() >= 3;
    ApiSessionWorker *chosen = m_workers.front().worker;
    if (!(writerLane && atOnce)) {
        const std::size_t first = writerLane ? 1 : 0;
        chosen = m_workers.at(first).worker;
        for (std::size_t i = first; i < m_workers.size(); ++i) {
            if (m_workers.at(i).worker->load() < chosen->load())
                chosen = m_workers.at(i).worker;
        }
    }
    chosen->m_load.fetch_add(1);
    return chosen;
}

void ApiWorkerPool::hand(ApiSessionWorker *worker, ApiSessionWorker::Pending pending, QObject *context)
{
    // `context` (the server) outlives the pool's jobs: the server drains and stops the pool before it goes.
    pending.done = [context, done = std::move(pending.done)](ApiAnswer answer) {
        QMetaObject::invokeMethod(
                context, [done, answer = std::move(answer)] { done(answer); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
            worker, [worker, pending = std::move(pending)] { worker->enqueue(pending); }, Qt::QueuedConnection);
}

void ApiWorkerPool::submit(ApiJob job, QObject *context, std::function<void(ApiAnswer)> done)
{
    hand(pick(false), {std::move(job), {}, std::move(done)}, context);
}

void ApiWorkerPool::submitAtOnce(ApiAtOnceJob job, QObject *context, std::function<void(ApiAnswer)> done)
{
    hand(pick(true), {{}, std::move(job), std::move(done)}, context);
}

GroupCommits ApiWorkerPool::groupCommits() const
{
    GroupCommits total;
    for (const Worker &worker : m_workers) {
        total.commits += worker.worker->sharedCommits();
        total.requests += worker.worker->requestsInSharedCommits();
        total.runAgain += worker.worker->groupsRunAgain();
    }
    return total;
}

void ApiWorkerPool::stop()
{
    for (Worker &worker : m_workers) {
        if (worker.thread->isRunning()) {
            QMetaObject::invokeMethod(
                    worker.worker, [&] { worker.worker->close(); }, Qt::BlockingQueuedConnection);
            worker.thread->quit();
            worker.thread->wait();
        }
    }
    m_workers.clear();
}

} // namespace shipshape::api
