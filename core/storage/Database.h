#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <unordered_map>

namespace shipshape {

// QtSql binds a null QString as SQL NULL; NOT NULL text columns take "" instead.
inline QString nonNullText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

struct DatabaseOptions {
    int busyTimeoutMs = 5000;
    // Off only for bulk generation into a fresh file; every normal connection keeps FULL so that an
    // acknowledged change survives a power loss.
    bool durable = true;
};

// One open connection to the Shipshape database, owned by the thread that opened it.
// Other threads open their own Database on the same URL (QtSql connections are per thread).
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, const DatabaseOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] const DatabaseUrl &url() const { return m_url; }
    [[nodiscard]] const SqlDialect &dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase connection() const;

    // Prepares (once per connection, then reused), binds the values positionally and executes.
    // The returned query stays valid until the same statement is run again.
    Result<QSqlQuery *> run(const QString &sql, std::initializer_list<QVariant> values = {});
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values);
    // Executes a statement that takes no values and is not worth caching (DDL, pragmas, BEGIN).
    Status execute(const QString &sql);
    // Resets every cached statement so that none keeps a read snapshot open past a transaction.
    void finishStatements();

    // The name recorded as actor on timelines and ledgers: the OS account on SQLite,
    // the server login on PostgreSQL.
    [[nodiscard]] const QString &actor() const { return m_actor; }

    // Turns a driver error into an Error whose code says whether retrying or reconnecting can help.
    static Error translate(const QSqlError &error, DatabaseKind kind, const QString &context);

private:
    Database(DatabaseUrl url, QString connectionName);
    Status configure(const DatabaseOptions &options);

    DatabaseUrl m_url;
    SqlDialect m_dialect;
    QString m_connectionName;
    QString m_actor;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace shipshape
