#pragma once

#include "Helpers.h"
#include "PostgresCluster.h"

#include "common/Clock.h"
#include "session/Session.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace shipshape::test {

// Exit codes of the CLI contract.
inline constexpr int kExitOk = 0;
inline constexpr int kExitConflict = 4;
inline constexpr int kExitUnavailable = 6;
inline constexpr int kExitNotFound = 7;

// One fresh database on the executable's PostgreSQL cluster, migrated by the superuser (the owner),
// plus helpers to open sessions as staff logins and to run shipshape-cli against it.
class PgTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    PostgresCluster &cluster() { return *m_cluster; }
    [[nodiscard]] const QString &databaseName() const { return m_databaseName; }
    [[nodiscard]] QString url(const QString &user = QStringLiteral("postgres")) const;
    Session &admin() { return *m_admin; }
    ManualClock &clock() { return m_clock; }

    // A new session as `user` (password through PGPASSWORD, as a desktop would with ~/.pgpass).
    Result<std::unique_ptr<Session>> openAs(const QString &user, const QString &password = {});
    // A staff login with the given role, created through StaffDirectory by the owner.
    void addStaff(const QString &login, const QString &role, const QString &password = QStringLiteral("s3cret-pass"));

    // Writes an `orders place` request file (the documented JSON shape) and returns its path.
    QString placeFile(const QString &sku, qint64 quantity, const QString &email);
    QString writeFile(const QString &name, const QByteArray &contents);
    // shipshape-cli --database <url> ARGS, started (not waited for) in `process`.
    void startCli(QProcess &process, const QStringList &arguments, const QString &user = QStringLiteral("postgres"),
            const QString &password = {});

private:
    PostgresCluster *m_cluster = nullptr;
    QString m_databaseName;
    QTemporaryDir m_files;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Session> m_admin;
};

QString cliPath();
// Median and 95th percentile of samples (milliseconds).
std::pair<double, double> medianAndP95(QList<double> samples);

} // namespace shipshape::test
