#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shipshape {

class Database;

// One table a replica follows, read from the catalogues: the server's tables that carry the change log's
// trigger (migration 26 attaches it to every table, later ones included), their primary key, and the
// columns both the server and the replica's SQLite schema have. No table is named in code.
struct ReplicaTable {
    QString name;
    QStringList keyColumns;
    QStringList columns;
    qint64 estimatedRows = 0; // the server's statistics, for progress only
};

class ReplicaTables {
    Q_DECLARE_TR_FUNCTIONS(ReplicaTables)

public:
    static Result<QList<ReplicaTable>> followed(Database &server, Database &replica);
};

} // namespace shipshape
