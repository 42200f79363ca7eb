#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `backup FILE` and `restore FILE`: the embedded SQLite database copied online and verified, or put
// back from such a copy (core/storage/SqliteBackup). A PostgreSQL database gets the pg_dump/pg_restore
// procedure instead (exit 4).
class BackupCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();
    // The PostgreSQL procedure, one step a line (docs/operations.md says the same).
    static QStringList postgresqlProcedure(const QString &databaseUrl);

private:
    static int backup(CliContext &context, const CommandInput &input);
    static int restore(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
