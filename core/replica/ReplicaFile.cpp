#include "replica/ReplicaFile.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

Result<QStringList> names(Database &database, const QString &sql)
{
    auto rows = database.query(sql);
    if (!rows)
        return fail(rows.error());
    QStringList found;
    while (rows->next())
        found << rows->valueAt(0).toString();
    if (auto read = rows->status(); !read)
        return fail(read.error());
    return found;
}

} // namespace

ReplicaFile::ReplicaFile(QString path, std::unique_ptr<Database> database)
    : m_path(std::move(path)), m_database(std::move(database))
{}

ReplicaFile::~ReplicaFile() = default;

QString ReplicaFile::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/replicas"_s;
}

QString ReplicaFile::pathFor(const DatabaseUrl &server, const QString &folder)
{
    const QByteArray identity
            = u"%1:%2/%3"_s.arg(server.host().toLower()).arg(server.port()).arg(server.databaseName()).toUtf8();
    const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]"_s);
    QString readable = server.databaseName();
    readable.replace(unsafe, u"_"_s);
    return QDir(folder.isEmpty() ? defaultFolder() : folder).filePath(u"%1-%2.replica"_s.arg(readable.left(40), hash));
}

void ReplicaFile::remove(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

Result<std::unique_ptr<ReplicaFile>> ReplicaFile::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(Error::notFound(u"replica"_s, path, tr("There is no replica at %1 yet.").arg(path)));
    const auto unsound = [&path](const QString &why) {
        return fail(
                Error::conflict(tr("The replica %1 cannot be trusted (%2).").arg(QDir::toNativeSeparators(path), why)));
    };
    auto opened = Database::open(DatabaseUrl::sqliteFile(path));
    if (!opened)
        return unsound(opened.error().message);
    std::unique_ptr<ReplicaFile> file(new ReplicaFile(path, std::move(*opened)));
    Database &database = file->database();
    // quick_check reads every page (not every index entry): a file damaged on disk is caught here.
    auto check = names(database, u"PRAGMA quick_check"_s);
    if (!check)
        return unsound(check.error().message);
    if (check->value(0) != u"ok"_s)
        return unsound(tr("it is damaged: %1").arg(check->join(u"; "_s).left(200)));
    auto bookkeeping
            = names(database, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'replica_meta'"_s);
    if (!bookkeeping)
        return unsound(bookkeeping.error().message);
    if (bookkeeping->isEmpty())
        return unsound(tr("it is no Shipshape replica"));
    auto version = Migrator(database).currentVersion();
    if (!version)
        return unsound(version.error().message);
    if (*version != latestSchemaVersion())
        return unsound(tr("its schema version %1 is not this Shipshape's %2").arg(*version).arg(latestSchemaVersion()));
    if (auto prepared = file->prepareWriter(); !prepared)
        return fail(prepared.error());
    return file;
}

Result<std::unique_ptr<ReplicaFile>> ReplicaFile::create(const QString &path)
{
    remove(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(Error::unavailable(
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))));
    }
    auto opened = Database::open(DatabaseUrl::sqliteFile(path));
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<ReplicaFile> file(new ReplicaFile(path, std::move(*opened)));
    Database &database = file->database();
    if (auto migrated = Migrator(database).migrateToLatest(); !migrated)
        return fail(migrated.error());
    if (auto dropped = file->dropDerivingTriggers(); !dropped)
        return fail(dropped.error());
    for (const QString &statement : {u"CREATE TABLE replica_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                 u"CREATE TABLE replica_copy_progress (table_name TEXT PRIMARY KEY, last_key TEXT, "
                 "rows_copied INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0)"_s,
                 // The migrations seed a few rows (the shop's pricing, the order counter): the server's
                 // rows replace them.
                 u"DELETE FROM shop_pricing"_s, u"DELETE FROM counters"_s}) {
        if (auto done = database.execute(statement); !done)
            return fail(done.error());
    }
    if (auto prepared = file->prepareWriter(); !prepared)
        return fail(prepared.error());
    qCInfo(lcReplica) << "Created replica" << path;
    return file;
}

Result<std::unique_ptr<Database>> ReplicaFile::openReadOnly(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(Error::notFound(u"replica"_s, path, tr("There is no replica at %1 yet.").arg(path)));
    DatabaseOptions options;
    options.readOnly = true;
    return Database::open(DatabaseUrl::sqliteFile(path), options);
}

Status ReplicaFile::prepareWriter()
{
    // Rows arrive table by table (the server checked their references); REPLACE fires delete triggers
    // so that the search index drops what a replaced row said.
    for (const QString &pragma : {u"PRAGMA foreign_keys=OFF"_s, u"PRAGMA recursive_triggers=ON"_s,
                 u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA cache_size=-131072"_s}) {
        if (auto set = m_database->execute(pragma); !set)
            return set;
    }
    return {};
}

Status ReplicaFile::dropDerivingTriggers()
{
    // A trigger that maintains a structure only SQLite has (a full-text index: a virtual table, such as
    // the customer search) stays; every other one derives rows the server sends itself.
    auto serverless = names(
            *m_database, u"SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"_s);
    if (!serverless)
        return fail(serverless.error());
    auto triggers = m_database->query(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s);
    if (!triggers)
        return fail(triggers.error());
    QStringList dropped;
    while (triggers->next()) {
        const QString sql = triggers->text(u"sql");
        const bool keeps = std::any_of(serverless->cbegin(), serverless->cend(), [&sql](const QString &table) {
            return QRegularExpression(u"\\b%1\\b"_s.arg(QRegularExpression::escape(table))).match(sql).hasMatch();
        });
        if (!keeps)
            dropped << triggers->text(u"name");
    }
    if (auto read = triggers->status(); !read)
        return fail(read.error());
    for (const QString &name : std::as_const(dropped)) {
        // Names from sqlite_master, i.e. from the migrations this build ran on the new file.
        if (auto done = m_database->execute(u"DROP TRIGGER "_s + quoted(name)); !done)
            return done;
    }
    return {};
}

Result<QHash<QString, QString>> ReplicaFile::meta()
{
    auto rows = m_database->query(u"SELECT key, value FROM replica_meta"_s);
    if (!rows)
        return fail(rows.error());
    QHash<QString, QString> values;
    while (rows->next())
        values.insert(rows->text(u"key"), rows->text(u"value"));
    if (auto read = rows->status(); !read)
        return fail(read.error());
    return values;
}

Status ReplicaFile::setMeta(const QString &key, const QString &value)
{
    auto set = m_database->query(u"INSERT INTO replica_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
            {key, value});
    if (!set)
        return fail(set.error());
    return {};
}

} // namespace shipshape
