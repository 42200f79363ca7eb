#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

enum class DatabaseKind {
    Sqlite,
    PostgreSql
};

// Where the data lives: `sqlite:PATH` or `postgresql://USER@HOST:PORT/DB`.
// Passwords are never part of the URL; they come from the keychain, PGPASSWORD or ~/.pgpass.
class DatabaseUrl {
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    static Result<DatabaseUrl> parse(const QString &text);
    // An SQLite file. Its folder must exist, except for the application's default file
    // (defaultSqlitePath()), whose folder is created on first use.
    static DatabaseUrl sqliteFile(const QString &path);
    // $SHIPSHAPE_DATABASE if set, else the embedded file in the user's data directory.
    static Result<DatabaseUrl> fromEnvironmentOrDefault();
    static QString defaultSqlitePath();

    [[nodiscard]] DatabaseKind kind() const { return m_kind; }
    [[nodiscard]] const QString &path() const { return m_path; } // SQLite file
    [[nodiscard]] const QString &user() const { return m_user; }
    [[nodiscard]] const QString &host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] const QString &databaseName() const { return m_databaseName; }
    // True only for the application's own SQLite file: opening it creates its folder. Any other
    // location is the user's choice, and a missing folder there is an error rather than a guess.
    [[nodiscard]] bool createsMissingFolder() const { return m_createsMissingFolder; }
    [[nodiscard]] QString toString() const;
    // For status bars and logs: names the file or the server and login, never a secret.
    [[nodiscard]] QString displayName() const;

private:
    DatabaseKind m_kind = DatabaseKind::Sqlite;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    bool m_createsMissingFolder = false;
};

} // namespace shipshape
