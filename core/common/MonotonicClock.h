#pragma once

#include <QtGlobal>

#include <chrono>

namespace shipshape {

// Durations are measurements, not clock times: they are read from a clock that only moves forward and
// that changes to the wall clock cannot disturb. Tests substitute readings they choose.
class MonotonicClock {
public:
    virtual ~MonotonicClock() = default;
    // Milliseconds since an arbitrary, fixed origin.
    [[nodiscard]] virtual qint64 elapsedMs() const = 0;
};

class SteadyClock final : public MonotonicClock {
public:
    [[nodiscard]] qint64 elapsedMs() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now().time_since_epoch())
                .count();
    }
};

} // namespace shipshape
