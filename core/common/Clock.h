#pragma once

#include <QDateTime>

namespace shipshape {

// Time is injected so that expiry and timelines are testable without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to: the test hook for reservation expiry and timelines.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDateTime time) { m_now = std::move(time); }
    void advance(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

private:
    QDateTime m_now;
};

} // namespace shipshape
