#pragma once

#include "common/Result.h"
#include "orders/Order.h"
#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace shipshape {

class Session;

// Runs order operations (which may wait for the database or a payment provider) on a worker thread
// with its own Session, and hands each result back on the GUI thread. The GUI never blocks.
class SessionWorker : public QObject {
    Q_OBJECT

public:
    using Job = std::function<Result<Order>(Session &session)>;
    using Done = std::function<void(const Result<Order> &result)>;

    explicit SessionWorker(DatabaseUrl url, QObject *parent = nullptr);
    ~SessionWorker() override;

    // Queues `job`; `done` runs on the caller's thread while `context` lives.
    void run(Job job, QObject *context, Done done);
    [[nodiscard]] int pendingJobs() const { return m_pending; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    class Executor;
    QThread m_thread;
    Executor *m_executor = nullptr;
    int m_pending = 0;
};

} // namespace shipshape
