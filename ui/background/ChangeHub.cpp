#include "background/ChangeHub.h"

#include "background/SessionWorker.h"
#include "events/DomainEventBus.h"
#include "session/BackgroundJobs.h"
#include "sync/ChangeFeed.h"

namespace shipshape {

ChangeHub::ChangeHub(QObject *parent) : QObject(parent) {}

void ChangeHub::listenTo(DomainEventBus &bus)
{
    // Automatic connections: direct from a bus on the hub's thread, queued from any other thread.
    connect(&bus, &DomainEventBus::orderChanged, this, &ChangeHub::orderChanged);
    connect(&bus, &DomainEventBus::stockChanged, this, &ChangeHub::stockChanged);
}

void ChangeHub::listenTo(SessionWorker &worker)
{
    Q_ASSERT(worker.thread() == thread());
    connect(&worker, &SessionWorker::orderChanged, this, &ChangeHub::orderChanged);
    connect(&worker, &SessionWorker::stockChanged, this, &ChangeHub::stockChanged);
}

void ChangeHub::listenTo(BackgroundJobs &jobs)
{
    connect(&jobs, &BackgroundJobs::orderChanged, this, &ChangeHub::orderChanged);
    connect(&jobs, &BackgroundJobs::stockChanged, this, &ChangeHub::stockChanged);
    connect(&jobs, &BackgroundJobs::emailRoundFinished, this, [this](int sent, int retried, int failed) {
        if (sent + retried + failed > 0)
            Q_EMIT outboxChanged();
    });
}

void ChangeHub::listenTo(ChangeFeed &feed)
{
    connect(&feed, &ChangeFeed::orderChanged, this, &ChangeHub::orderChanged);
    connect(&feed, &ChangeFeed::stockChanged, this, &ChangeHub::stockChanged);
    connect(&feed, &ChangeFeed::resynchronize, this, &ChangeHub::resynchronize);
}

} // namespace shipshape
