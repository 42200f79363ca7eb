#pragma once

#include <QObject>
#include <QString>

namespace shipshape {

class BackgroundJobs;
class ChangeFeed;
class DomainEventBus;
class SessionWorker;

// The one place the app's views hear about changes. It lives on the GUI thread and takes every source:
//  - a session's DomainEventBus (the GUI thread's own session: delivered at once, as the bus publishes);
//  - each SessionWorker's session (its bus publishes on the worker thread; the worker hands each change
//    over with a queued connection, so it arrives here before that job's result);
//  - the background jobs' session (expiry, reconciliation, the email round; queued the same way);
//  - the ChangeFeed (other processes and desktops: LISTEN/NOTIFY or SQLite polling).
// and says each kind of change with one typed signal, on the GUI thread. Views connect to the hub only.
//
// A bus announces each order and SKU once per committed change, the feed once per notification or
// poll. A change made by one of this app's own workers reaches the hub from its bus at once, and on
// SQLite or PostgreSQL also through the feed (the worker's connection is "another client" to the GUI's):
// views refresh a row from what is stored, so hearing it twice costs one more read, never a wrong row.
class ChangeHub : public QObject {
    Q_OBJECT

public:
    explicit ChangeHub(QObject *parent = nullptr);

    // The bus of a session on any thread; may be called from that thread (connect is thread-safe).
    void listenTo(DomainEventBus &bus);
    // The session a worker opens on its thread (now or later). Call on the hub's thread.
    void listenTo(SessionWorker &worker);
    // The background jobs (on their own thread): their session's changes and finished email rounds.
    void listenTo(BackgroundJobs &jobs);
    void listenTo(ChangeFeed &feed);

Q_SIGNALS:
    // The order (its status, lines, payment, timeline, emails queued for it) changed.
    void orderChanged(qint64 orderNumber);
    // The product's stock or catalogue entry changed.
    void stockChanged(const QString &sku);
    // Customer emails were sent, retried or failed (rows of the outbox changed state).
    void outboxChanged();
    // Changes may have been missed (the database connection was lost and is back): re-read what is shown.
    void resynchronize();
};

} // namespace shipshape
