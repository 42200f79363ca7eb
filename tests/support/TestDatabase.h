#pragma once

#include "session/Session.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace shipshape::test {

// A fresh SQLite file in a temporary directory, migrated, with a manual clock: the real storage,
// isolated per test and deterministic in time.
class TestDatabase {
public:
    TestDatabase();

    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("shipshape.sqlite")); }
    [[nodiscard]] DatabaseUrl url() const { return DatabaseUrl::sqliteFile(path()); }
    Session &session() { return *m_session; }
    ManualClock &clock() { return m_clock; }

    // Opens another connection to the same file (e.g. a second "desktop").
    std::unique_ptr<Session> openAnother();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Session> m_session;
};

} // namespace shipshape::test
