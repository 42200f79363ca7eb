#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shipshape {

class Session;
class Database;

struct ArchivePurgeRequest {
    QDate through; // the orders placed through this day (UTC), included
    QString archiveFile; // a verified archive that holds every one of them as they are
    bool dryRun = false; // check everything, write nothing
};

// What a purge did (or, on a dry run, would do).
struct ArchivePurgeOutcome {
    QDate through;
    qint64 orders = 0;
    qint64 firstOrder = 0; // 0 when there are none
    qint64 lastOrder = 0;
    qint64 ledgerRows = 0; // the purged orders' stock ledger rows
    qint64 foldedLedgerRows = 0; // the `purged` rows they became (0 on a dry run)
    QString archiveSha256; // hex, from the archive's manifest
    bool dryRun = false;
};

// One row of `purges` (migration 33): the only history of orders that are gone.
struct PurgeRecord {
    qint64 id = 0;
    QString purgedBy;
    QDateTime purgedAt; // UTC
    QDate through;
    QString archiveFile;
    QString archiveSha256;
    qint64 orders = 0;
    qint64 ledgerRows = 0;
    QDate historyThrough; // the dashboard keeps the days up to this one as they were
};

// Deletes the orders placed through a day from the live database, only once a verified archive is shown to
// hold every one of them exactly as they are now (docs/operations.md, "Purging archived orders"):
//  1. the archive verifies (ArchiveVerifier: integrity, manifest, counts, checksums), is not redacted, was
//     exported from this database (the manifest's source) and its period reaches the day;
//  2. in one UnitOfWork (REPEATABLE READ on PostgreSQL): every order placed through the day is finished
//     (delivered or cancelled, no open return, no email/SMS, webhook, payment link or card attempt still
//     under way), and its per-order digest (ArchiveDigest::ofOrders: its row and its rows in every
//     order-keyed table) equals the archive's; any order missing from the archive or changed since the
//     export refuses the whole purge, naming the first few;
//  3. the orders go with their rows; their stock ledger rows are folded into `purged` rows so on_hand and
//     reserved stay the ledger's last row; the dashboard's aggregates keep the purged days' figures; a
//     `purges` row records who, when, which archive and how many. On PostgreSQL step 3 is the server's
//     shipshape_purge_orders (SECURITY DEFINER, admins only), which checks step 2's rules again.
// Admins only (on SQLite the one local user is). A refusal is a Conflict and writes nothing.
class ArchivePurge {
    Q_DECLARE_TR_FUNCTIONS(ArchivePurge)

public:
    static Result<ArchivePurgeOutcome> purge(Session &session, const ArchivePurgeRequest &request);
    // Every purge, newest first.
    static Result<QList<PurgeRecord>> history(Database &database);
};

} // namespace shipshape
