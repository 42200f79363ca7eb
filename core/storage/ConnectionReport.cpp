#include "storage/ConnectionReport.h"

#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<ConnectionReport> ConnectionReport::describe(Database &database)
{
    ConnectionReport report;
    report.url = database.url();
    const bool sqlite = database.dialect().isSqlite();
    auto version
            = database.query(sqlite ? u"SELECT sqlite_version()"_s : u"SELECT current_setting('server_version')"_s);
    if (!version)
        return fail(version.error());
    const QString serverVersion = version->next() ? version->single().toString() : QString();
    report.engine = (sqlite ? u"SQLite %1"_s : u"PostgreSQL %1"_s).arg(serverVersion).trimmed();
    auto schema = Migrator(database).currentVersion();
    if (!schema)
        return fail(schema.error());
    report.schemaVersion = *schema;
    report.expectedSchemaVersion = latestSchemaVersion();
    report.login = database.actor();
    return report;
}

QString ConnectionReport::summary() const
{
    QString schema;
    if (schemaVersion == 0)
        schema = tr("no Shipshape schema yet (created on first start)");
    else if (schemaVersion < expectedSchemaVersion)
        schema = tr("schema version %1 (upgraded to %2 on first start)").arg(schemaVersion).arg(expectedSchemaVersion);
    else
        schema = tr("schema version %1").arg(schemaVersion);
    return tr("%1 · %2 · login %3").arg(engine, schema, login);
}

} // namespace shipshape
