#pragma once

#include "session/Session.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace shipshape::test {

// A fresh SQLite file in a temporary directory, migrated, with a manual clock: the real storage,
// isolated per test and deterministic in time.
// With SHIPSHAPE_TEST_DATABASE=postgresql it is instead a fresh database (CREATE DATABASE test_…) on the
// executable's private PostgreSQL cluster (tests/support/PostgresCluster), dropped afterwards.
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();

    // The SQLite file (meaningless on PostgreSQL).
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("shipshape.sqlite")); }
    [[nodiscard]] DatabaseUrl url() const;
    [[nodiscard]] bool isPostgres() const { return !m_postgresDatabase.isEmpty(); }
    Session &session() { return *m_session; }
    ManualClock &clock() { return m_clock; }

    // Opens another connection to the same file (e.g. a second "desktop").
    std::unique_ptr<Session> openAnother();

private:
    QTemporaryDir m_dir;
    QString m_postgresDatabase;
    ManualClock m_clock;
    std::unique_ptr<Session> m_session;
};

} // namespace shipshape::test
