#include "background/SessionWorker.h"

#include "session/Session.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

// Lives in the worker thread and owns that thread's Session.
class SessionWorker::Executor : public QObject {
public:
    Executor(DatabaseUrl url, const SessionOptions &options) : m_url(std::move(url)), m_options(options)
    {
        m_options.migrate = false;
    }

    std::function<void()> execute(const Work &work)
    {
        if (!m_session) {
            auto session = Session::open(m_url, m_options);
            if (!session)
                return work(nullptr, &session.error());
            m_session = std::move(*session);
        }
        return work(m_session.get(), nullptr);
    }

private:
    DatabaseUrl m_url;
    SessionOptions m_options;
    std::unique_ptr<Session> m_session;
};

SessionWorker::SessionWorker(DatabaseUrl url, QObject *parent) : SessionWorker(std::move(url), SessionOptions{}, parent)
{}

SessionWorker::SessionWorker(DatabaseUrl url, const SessionOptions &options, QObject *parent)
    : QObject(parent), m_url(url)
{
    m_thread.setObjectName(u"session-worker"_s);
    m_executor = new Executor(std::move(url), options);
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
    QPointer<QObject> guard(context);
    QPointer<SessionWorker> self(this);
    QMetaObject::invokeMethod(m_executor, [executor = m_executor, work = std::move(work), guard, self] {
        std::function<void()> deliver = executor->execute(work);
        // The worker outlives every running job: its destructor waits for this thread to finish, and Qt
        // drops the queued call below if the worker is gone by the time it would run.
        SessionWorker *worker = self.data();
        if (!worker)
            return;
        QMetaObject::invokeMethod(worker, [worker, guard, deliver = std::move(deliver)] {
            if (guard)
                deliver();
            if (--worker->m_pending == 0)
                Q_EMIT worker->busyChanged(false);
        });
    });
}

} // namespace shipshape
