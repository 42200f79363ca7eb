#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

#include <gtest/gtest.h>

#include <chrono>

namespace shipshape::test {

// Runs the test's own (top-level) event loop until `future` has finished and returns its value: how a
// test waits for an asynchronous core call (a payment waiting for the loopback Stripe). The limit only
// guards against a hang; reaching it fails the test.
template <typename T>
T await(QFuture<T> future, std::chrono::milliseconds limit = std::chrono::seconds(60))
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        QTimer::singleShot(limit, &loop, &QEventLoop::quit);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished()) {
        ADD_FAILURE() << "The asynchronous call did not finish within " << limit.count() << " ms";
        return T{};
    }
    if (future.isCanceled() || future.resultCount() == 0) {
        ADD_FAILURE() << "The asynchronous call was abandoned (cancelled)";
        return T{};
    }
    return future.result();
}

} // namespace shipshape::test
