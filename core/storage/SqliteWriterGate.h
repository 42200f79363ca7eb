#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace shipshape {

// One writer at a time per SQLite file among this process's connections, waiting on a condition variable
// instead of in SQLite's busy handler. SQLite still decides (BEGIN IMMEDIATE takes its write lock, and other
// processes wait in its busy handler as before); what changes is how this process's own connections — the
// API server's sessions, the desktop's workers — wait for each other: woken the moment the writer before
// them finishes, rather than polling for the lock with sleeps of up to 100 ms, which made a writer wait far
// longer than the transactions before it took (docs/api.md, "Load"). UnitOfWork takes the turn for the
// outermost unit on a SQLite connection and gives it back when that unit ends.
class SqliteWriterGate {
public:
    // The gate of the file at `path`, shared by every connection of this process to that file.
    static std::shared_ptr<SqliteWriterGate> forFile(const QString &path);

    // Waits up to `timeout` for the file's writer turn, behind those who asked before (first come, first
    // served, so no writer is starved by one that keeps coming back); false when it did not come.
    [[nodiscard]] bool enter(std::chrono::milliseconds timeout);
    void leave();
    // How many wait for the turn now (diagnostics and tests: the order they queued in is the order they enter).
    [[nodiscard]] std::size_t waiting();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<quint64> m_waiting; // tickets, oldest first
    quint64 m_nextTicket = 0;
    bool m_taken = false;
};

} // namespace shipshape
