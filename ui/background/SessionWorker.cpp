#include "background/SessionWorker.h"

#include "session/Session.h"

#include <QMetaObject>
#include <QPointer>
#include <QQueue>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

// Lives in the worker thread, owns that thread's Session and keeps the queue of jobs: one runs at a
// time, and the next starts only once the current one's future has finished.
class SessionWorker::Executor : public QObject {
public:
    struct Task {
        Work work; // empty for a change of secrets or database
        std::optional<SessionSecrets> secrets;
        std::optional<std::pair<DatabaseUrl, SessionOptions>> database;
        QPointer<QObject> context;
        QPointer<SessionWorker> worker;
    };

    Executor(DatabaseUrl url, const SessionOptions &options, SessionWorker *worker)
        : m_url(std::move(url)), m_options(options), m_worker(worker)
    {
        m_options.migrate = false;
    }

    ~Executor() override
    {
        // Work still in flight is abandoned with the session (its futures are cancelled); nothing may
        // then reach back into this half-destroyed executor.
        m_closing = true;
        m_session.reset();
    }

    void enqueue(Task task)
    {
        m_queue.enqueue(std::move(task));
        startNext();
    }

private:
    void startNext()
    {
        if (m_running || m_closing)
            return;
        while (!m_queue.isEmpty() && !m_queue.head().work) {
            // Secrets and databases take effect between jobs, in the order they were queued.
            const Task change = m_queue.dequeue();
            if (change.database) {
                const SessionSecrets secrets = m_options.secrets;
                m_url = change.database->first;
                m_options = change.database->second;
                m_options.secrets = secrets;
                m_options.migrate = false;
                m_session.reset();
                continue;
            }
            const SessionSecrets secrets = *change.secrets;
            m_options.secrets = secrets;
            if (m_session)
                m_session->setSecrets(secrets);
        }
        if (m_queue.isEmpty())
            return;
        m_running = true;
        Task task = m_queue.dequeue();
        QFuture<Delivery> finished = execute(task.work);
        finished.then([this, task](Delivery deliver) { complete(task, std::move(deliver)); }).onCanceled([this, task] {
            complete(task, {});
        });
    }

    QFuture<Delivery> execute(const Work &work)
    {
        if (!m_session) {
            auto session = Session::open(m_url, m_options);
            if (!session)
                return work(nullptr, &session.error());
            m_session = std::move(*session);
            // The worker outlives this thread (its destructor waits for it), and the connections go with
            // the session; the worker's thread receives them queued.
            DomainEventBus &events = m_session->events();
            connect(&events, &DomainEventBus::orderChanged, m_worker, &SessionWorker::orderChanged);
            connect(&events, &DomainEventBus::stockChanged, m_worker, &SessionWorker::stockChanged);
        }
        return work(m_session.get(), nullptr);
    }

    // The job is over (its result is `deliver`; empty when it was abandoned): hand it to the caller's
    // thread and start the next one from the event loop, never from inside the job's last callback.
    void complete(const Task &task, Delivery deliver)
    {
        if (m_closing)
            return;
        // The worker outlives every running job: its destructor waits for this thread to finish, and Qt
        // drops the queued call below if the worker is gone by the time it would run.
        if (SessionWorker *worker = task.worker.data()) {
            QMetaObject::invokeMethod(worker, [worker, context = task.context, deliver = std::move(deliver)] {
                if (context && deliver)
                    deliver();
                if (--worker->m_pending == 0)
                    Q_EMIT worker->busyChanged(false);
            });
        }
        m_running = false;
        QMetaObject::invokeMethod(this, &Executor::startNext, Qt::QueuedConnection);
    }

    DatabaseUrl m_url;
    SessionOptions m_options;
    SessionWorker *m_worker = nullptr;
    std::unique_ptr<Session> m_session;
    QQueue<Task> m_queue;
    bool m_running = false;
    bool m_closing = false;
};

SessionWorker::SessionWorker(DatabaseUrl url, QObject *parent) : SessionWorker(std::move(url), SessionOptions{}, parent)
{}

SessionWorker::SessionWorker(DatabaseUrl url, const SessionOptions &options, QObject *parent)
    : QObject(parent), m_url(url)
{
    m_thread.setObjectName(u"session-worker"_s);
    m_executor = new Executor(std::move(url), options, this);
    m_executor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
}

SessionWorker::~SessionWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void SessionWorker::submit(Work work, QObject *context)
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    Executor::Task task{std::move(work), std::nullopt, std::nullopt, context, this};
    QMetaObject::invokeMethod(m_executor,
            [executor = m_executor, task = std::move(task)]() mutable { executor->enqueue(std::move(task)); });
}

void SessionWorker::setSecrets(const SessionSecrets &secrets)
{
    Executor::Task task{{}, secrets, std::nullopt, nullptr, this};
    QMetaObject::invokeMethod(m_executor,
            [executor = m_executor, task = std::move(task)]() mutable { executor->enqueue(std::move(task)); });
}

void SessionWorker::switchDatabase(const DatabaseUrl &url, const SessionOptions &options)
{
    m_url = url;
    Executor::Task task{{}, std::nullopt, std::pair{url, options}, nullptr, this};
    QMetaObject::invokeMethod(m_executor,
            [executor = m_executor, task = std::move(task)]() mutable { executor->enqueue(std::move(task)); });
}

} // namespace shipshape
