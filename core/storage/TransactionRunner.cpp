#include "storage/TransactionRunner.h"

#include "common/Logging.h"

#include <QRandomGenerator>
#include <QThread>

namespace shipshape {

void TransactionRunner::backOff(int attempt)
{
    // Full jitter over an exponentially growing window (2, 4, 8 … ms, at most 64 ms) so that the
    // clients that collided do not collide again in lock-step.
    const quint32 window = 1u << qMin(attempt, 6);
    const quint32 delay = 1 + QRandomGenerator::global()->bounded(window);
    qCDebug(lcStorage) << "Transient database failure; attempt" << attempt + 1 << "in" << delay << "ms";
    QThread::msleep(delay);
}

void TransactionRunner::noteGaveUp(int attempts, const Error &error)
{
    qCWarning(lcStorage).noquote() << "Giving up after" << attempts << "attempts:" << error.message;
}

} // namespace shipshape
