#pragma once

#include "common/Result.h"

#include <QFuture>
#include <QList>
#include <QPromise>

#include <memory>
#include <type_traits>
#include <utility>

namespace shipshape {

// Work that finishes later (a provider's answer): a QFuture that its QPromise fulfils on the thread
// that started it, from that thread's event loop. Nothing in core waits for one: callers chain what
// comes next with andThen(), and only the top of a program (the CLI's command, a test) may run an event
// loop until a future has finished.
//
// Cancellation means "abandoned": a promise dropped unfulfilled (its provider client was destroyed with
// its session) cancels the future and everything chained to it, so no continuation ever runs against
// objects that are going away. Nothing in core cancels on purpose.
template <typename T>
using AsyncResult = QFuture<Result<T>>;

template <typename T>
struct IsQFuture : std::false_type {};
template <typename T>
struct IsQFuture<QFuture<T>> : std::true_type {
    using Value = T;
};

// A future that already holds `value`.
template <typename T>
QFuture<std::decay_t<T>> readyFuture(T &&value)
{
    QPromise<std::decay_t<T>> promise;
    QFuture<std::decay_t<T>> future = promise.future();
    promise.start();
    promise.addResult(std::forward<T>(value));
    promise.finish();
    return future;
}

namespace detail {

template <typename T>
void abandon(QPromise<T> &promise)
{
    promise.future().cancel();
    promise.finish();
}

template <typename T>
void fulfil(QFuture<T> source, std::shared_ptr<QPromise<T>> promise)
{
    source.then([promise](T value) {
              promise->addResult(std::move(value));
              promise->finish();
          }).onCanceled([promise] { abandon(*promise); });
}

} // namespace detail

// Runs `next` with the value of `future` once it is there (at once when it already is, else on the
// thread that fulfils it, inside that call) and returns the future of what `next` returns: a plain value,
// or another future that is waited for in turn. A future only ever has this one continuation.
template <typename T, typename Next>
auto andThen(QFuture<T> future, Next next)
{
    using Returned = std::invoke_result_t<Next &, T>;
    if constexpr (IsQFuture<Returned>::value) {
        using Value = typename IsQFuture<Returned>::Value;
        auto promise = std::make_shared<QPromise<Value>>();
        QFuture<Value> result = promise->future();
        promise->start();
        future.then([promise, next = std::move(next)](T value) mutable {
                  detail::fulfil(next(std::move(value)), promise);
              }).onCanceled([promise] { detail::abandon(*promise); });
        return result;
    } else {
        return future.then(std::move(next));
    }
}

namespace detail {

template <typename Item, typename Step>
class InTurn : public std::enable_shared_from_this<InTurn<Item, Step>> {
public:
    InTurn(QList<Item> items, Step step) : m_items(std::move(items)), m_step(std::move(step)) { m_promise.start(); }

    QFuture<Status> future() { return m_promise.future(); }

    // Steps that finish at once are taken in this loop, not by recursion, so a long list of quick steps
    // cannot exhaust the stack.
    void advance()
    {
        while (m_next < m_items.size()) {
            QFuture<Status> current = m_step(m_items.at(m_next++));
            if (!current.isFinished()) {
                auto self = this->shared_from_this();
                current.then([self](const Status &status) {
                           if (status)
                               self->advance();
                           else
                               self->finish(status);
                       })
                        .onCanceled([self] { abandon(self->m_promise); });
                return;
            }
            if (current.isCanceled()) {
                abandon(m_promise);
                return;
            }
            if (Status status = current.result(); !status) {
                finish(status);
                return;
            }
        }
        finish({});
    }

private:
    void finish(const Status &status)
    {
        m_promise.addResult(status);
        m_promise.finish();
    }

    QList<Item> m_items;
    Step m_step;
    qsizetype m_next = 0;
    QPromise<Status> m_promise;
};

} // namespace detail

// Calls `step(item)` (returning QFuture<Status>) for each item, starting the next only after the
// previous one's future has finished, and stops at the first error, which the returned future carries.
template <typename Item, typename Step>
QFuture<Status> forEachInTurn(QList<Item> items, Step step)
{
    auto run = std::make_shared<detail::InTurn<Item, Step>>(std::move(items), std::move(step));
    QFuture<Status> future = run->future();
    run->advance();
    return future;
}

} // namespace shipshape
