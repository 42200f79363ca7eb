#include "storage/SqliteWriterGate.h"

#include <QFileInfo>
#include <QHash>

namespace shipshape {

std::shared_ptr<SqliteWriterGate> SqliteWriterGate::forFile(const QString &path)
{
    static std::mutex registryMutex;
    // Weak: a file's gate lives as long as a connection to it does.
    static QHash<QString, std::weak_ptr<SqliteWriterGate>> registry;
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath();
    const QString key = canonical.isEmpty() ? file.absoluteFilePath() : canonical;
    const std::lock_guard lock(registryMutex);
    if (registry.size() > 64) // files no connection uses any more (tests make many)
        registry.removeIf([](const auto &gate) { return gate.value().expired(); });
    std::weak_ptr<SqliteWriterGate> &entry = registry[key];
    if (auto existing = entry.lock())
        return existing;
    auto gate = std::make_shared<SqliteWriterGate>();
    entry = gate;
    return gate;
}

bool SqliteWriterGate::enter(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    const quint64 ticket = m_nextTicket++;
    m_waiting.push_back(ticket);
    const bool entered = m_changed.wait_for(lock, timeout, [&] { return !m_taken && m_waiting.front() == ticket; });
    if (!entered) {
        // Out of the queue; the one behind may be first now.
        std::erase(m_waiting, ticket);
        lock.unlock();
        m_changed.notify_all();
        return false;
    }
    m_waiting.pop_front();
    m_taken = true;
    return true;
}

void SqliteWriterGate::leave()
{
    {
        const std::lock_guard lock(m_mutex);
        m_taken = false;
    }
    // Every waiter checks whether it is first; the queue is as long as this process's writers.
    m_changed.notify_all();
}

std::size_t SqliteWriterGate::waiting()
{
    const std::lock_guard lock(m_mutex);
    return m_waiting.size();
}

} // namespace shipshape
