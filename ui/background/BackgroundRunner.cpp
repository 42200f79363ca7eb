#include "background/BackgroundRunner.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

BackgroundRunner::BackgroundRunner(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(u"background-runner"_s);
    m_executor = new QObject;
    m_executor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
}

BackgroundRunner::~BackgroundRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void BackgroundRunner::submit(Work work, QObject *context)
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    QPointer<QObject> guard(context);
    QPointer<BackgroundRunner> self(this);
    QMetaObject::invokeMethod(m_executor, [work = std::move(work), guard, self] {
        std::function<void()> deliver = work();
        BackgroundRunner *runner = self.data();
        if (!runner)
            return;
        QMetaObject::invokeMethod(runner, [runner, guard, deliver = std::move(deliver)] {
            if (guard)
                deliver();
            if (--runner->m_pending == 0)
                Q_EMIT runner->busyChanged(false);
        });
    });
}

} // namespace shipshape
