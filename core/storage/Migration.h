#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shipshape {

// One versioned schema change. Statements use SqlDialect placeholders so that the same migration
// creates and upgrades SQLite and PostgreSQL. `down` undoes `up` exactly.
struct Migration {
    int version = 0;
    QString name;
    QStringList up;
    QStringList down;
};

// All migrations, in version order. The last one's version is the schema this build understands.
const QList<Migration> &allMigrations();
int latestSchemaVersion();

} // namespace shipshape
