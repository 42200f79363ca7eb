#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <type_traits>

namespace shipshape {

// Runs work that needs no Shipshape session but may block (the keychain, a connection test to another
// database) on one worker thread, one job after another, and hands each result back on the caller's
// thread while `context` lives. For work on the open database use SessionWorker.
class BackgroundRunner : public QObject {
    Q_OBJECT

public:
    explicit BackgroundRunner(QObject *parent = nullptr);
    // Waits for the running job (keychain calls have their own timeout) and drops the queued ones.
    ~BackgroundRunner() override;

    template <typename Job, typename Done>
    void run(Job job, QObject *context, Done done)
    {
        using JobResult = std::invoke_result_t<Job &>;
        submit(
                [job = std::move(job), done = std::move(done)]() mutable -> std::function<void()> {
                    JobResult result = job();
                    return [done, result = std::move(result)]() mutable { done(result); };
                },
                context);
    }

    [[nodiscard]] int pendingJobs() const { return m_pending; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    using Work = std::function<std::function<void()>()>;
    void submit(Work work, QObject *context);

    QThread m_thread;
    QObject *m_executor = nullptr;
    int m_pending = 0;
};

} // namespace shipshape
