#include "storage/DatabaseUrl.h"

#include <QFileInfo>

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {

// No control character, no replacement character (what broken UTF-8 decodes to), no lone surrogate, no
// noncharacter (QUrl writes U+3FFFF back as half a surrogate pair; found by fuzz_database_url).
bool isPlainText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (QChar::isNonCharacter(QChar::surrogateToUcs4(c, text.at(i + 1))))
                return false;
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.isNonCharacter() || c == QChar::ReplacementCharacter
                || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto invalid = [&](const QString &why) { return fail(Error::invalid(u"database"_s, text, why)); };

    if (trimmed.startsWith(u"sqlite:"_s)) {
        QString path = trimmed.mid(7);
        if (path.startsWith(u"//"_s)) // tolerate sqlite:///abs/path
            path = path.mid(2);
        if (path.isEmpty())
            return invalid(tr("The SQLite database URL \"%1\" has no file path (use sqlite:PATH).").arg(text));
        // A folder is not a database file; cleaning "/shop /" would also leave "/shop ", which the next
        // parse trims to another file, and "/." would become "/" (found by fuzz_database_url).
        const QString lastName = QFileInfo(path).fileName();
        if (path.endsWith(u'/') || lastName == "."_L1 || lastName == ".."_L1)
            return invalid(tr("The SQLite database URL \"%1\" names a folder: end it with the file's name, "
                              "e.g. sqlite:%2shipshape.sqlite.")
                                   .arg(text, path));
        return sqliteFile(path);
    }
    if (trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return invalid(tr("\"%1\" is not a valid PostgreSQL URL (use postgresql://USER@HOST:PORT/DB).").arg(text));
        if (!url.password().isEmpty())
            return invalid(
                    tr("Do not put the password in the database URL; use the keychain, PGPASSWORD or ~/.pgpass."));
        DatabaseUrl result;
        result.m_kind = DatabaseKind::PostgreSql;
        result.m_user = url.userName(QUrl::FullyDecoded);
        result.m_host = url.host();
        result.m_port = url.port(5432);
        result.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
        if (result.m_databaseName.isEmpty())
            return invalid(
                    tr("The PostgreSQL URL \"%1\" names no database (use postgresql://USER@HOST:PORT/DB).").arg(text));
        // Broken UTF-8 or control characters would not survive being written back (found by fuzz_database_url).
        if (!isPlainText(result.m_user) || !isPlainText(result.m_databaseName)) {
            return invalid(tr("The PostgreSQL URL \"%1\" holds characters that are not text (control characters "
                              "or broken UTF-8) in its user or database name.")
                                   .arg(text));
        }
        return result;
    }
    return invalid(tr("Unknown database URL \"%1\": use sqlite:PATH or postgresql://USER@HOST:PORT/DB.").arg(text));
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl result;
    result.m_kind = DatabaseKind::Sqlite;
    // A leading ':' makes Qt take a path for a resource (":/…"), never a file on disk: such a name is a file in
    // the current folder (found by fuzz_database_url: ":x/../r" was cleaned to the relative "r").
    const QString onDisk = path.startsWith(u':') ? u"./"_s + path : path;
    result.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(onDisk));
    // Decided by location, not by how the URL was written: the Settings page and --database may name
    // the default file too, and it must behave the same.
    result.m_createsMissingFolder = result.m_path == QDir::cleanPath(defaultSqlitePath());
    return result;
}

Result<DatabaseUrl> DatabaseUrl::fromEnvironmentOrDefault()
{
    const QString fromEnvironment = qEnvironmentVariable("SHIPSHAPE_DATABASE");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment);
    return sqliteFile(defaultSqlitePath());
}

QString DatabaseUrl::defaultSqlitePath()
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (directory.isEmpty())
        directory = QDir::homePath() + u"/.local/share/Shipshape"_s;
    return directory + u"/shipshape.sqlite"_s;
}

QString DatabaseUrl::toString() const
{
    if (m_kind == DatabaseKind::Sqlite)
        return u"sqlite:"_s + m_path;
    // Through QUrl, so that an IPv6 host gets its brackets and a login or database name with '@', '/' or
    // '%' its percent-encoding: the text must read back as the same database (tests/fuzz, database_url).
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u"/"_s + m_databaseName);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseUrl::displayName() const
{
    if (m_kind == DatabaseKind::Sqlite)
        return tr("SQLite file %1").arg(QDir::toNativeSeparators(m_path));
    return tr("PostgreSQL %1 on %2:%3 as %4").arg(m_databaseName, m_host, QString::number(m_port), m_user);
}

} // namespace shipshape
