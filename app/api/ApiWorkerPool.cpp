#include "api/ApiWorkerPool.h"

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

void ApiSessionWorker::enqueue(ApiJob job, std::function<void(ApiAnswer)> done)
{
    m_queue.enqueue(Pending{std::move(job), std::move(done)});
    runNext();
}

void ApiSessionWorker::runNext()
{
    if (m_running || m_queue.isEmpty() || !m_session)
        return;
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
    for (int i = 0; i < count; ++i) {
        Worker worker;
        worker.thread = std::make_unique<QThread>();
        worker.thread->setObjectName(u"api-session-%1"_s.arg(i + 1));
        worker.worker = new ApiSessionWorker;
        worker.worker->moveToThread(worker.thread.get());
        QObject::connect(worker.thread.get(), &QThread::finished, worker.worker, &QObject::deleteLater);
        worker.thread->start();
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

void ApiWorkerPool::submit(ApiJob job, QObject *context, std::function<void(ApiAnswer)> done)
{
    Q_ASSERT(!m_workers.empty());
    ApiSessionWorker *least = m_workers.front().worker;
    for (const Worker &candidate : std::as_const(m_workers)) {
        if (candidate.worker->load() < least->load())
            least = candidate.worker;
    }
    least->m_load.fetch_add(1);
    // `context` (the server) outlives the pool's jobs: the server drains and stops the pool before it goes.
    auto deliver = [context, done = std::move(done)](ApiAnswer answer) {
        QMetaObject::invokeMethod(
                context, [done, answer = std::move(answer)] { done(answer); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
            least, [least, job = std::move(job), deliver] { least->enqueue(job, deliver); }, Qt::QueuedConnection);
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
