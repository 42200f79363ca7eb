#pragma once

#include "secrets/SessionSecrets.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shipshape {

// One line of the diagnostics report (`shipshape-cli doctor`): what was checked, whether it passed, and
// what was found or, when it did not pass, what to do.
struct DiagnosticResult {
    QString key; // stable, for scripts: "database", "schema", "migrations", "clock", "outbox", "disk", "secrets",
                 // "stripe", "sendgrid"
    QString title; // for people
    bool passed = false;
    QString detail;
    // Not checked on purpose (a live Stripe key is never called): neither passed nor failed, and it does
    // not fail the report.
    bool skipped = false;

    [[nodiscard]] bool failed() const { return !passed && !skipped; }
    // "✓", "✗" or "–" (skipped): the report's first column.
    [[nodiscard]] QString mark() const;
};

struct DiagnosticsOptions {
    QDateTime now; // this machine's clock, for the skew against the database's
    qint64 maxClockSkewSeconds = 60;
    qint64 minimumFreeBytes = qint64(200) * 1024 * 1024; // beside an SQLite file
    qint64 waitingEmailsLimit = 100; // emails waiting to be sent before the backlog counts as stuck
    // What the program's top read before (as it does for a session): the provider keys from the
    // environment or the keychain, and whether a keychain could be asked at all.
    SessionSecrets secrets;
    bool keychainReachable = false;
};

// Checks an installation without changing it: the database opens, its schema is this build's and its
// migrations are the ones this build has (same text), the database's clock agrees with this machine's,
// customer emails are not failing or piling up, an SQLite file's disk has room, and the provider keys
// can be found. Never migrates and never creates a database file.
class Diagnostics {
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)

public:
    [[nodiscard]] static QList<DiagnosticResult> run(const DatabaseUrl &url, const DiagnosticsOptions &options);
    // The report as `shipshape-cli doctor` prints it: one line per check, "✓ Title: detail".
    [[nodiscard]] static QString text(const QList<DiagnosticResult> &results);
    // True when no check failed (skipped ones do not count).
    [[nodiscard]] static bool allPassed(const QList<DiagnosticResult> &results);
};

} // namespace shipshape
