#pragma once

#include "diagnostics/Diagnostics.h"
#include "secrets/SessionSecrets.h"
#include "session/Session.h"
#include "storage/DatabaseUrl.h"

#include <QDialog>

#include <chrono>

class QLabel;
class QPushButton;
class QTableView;

namespace shipshape {

class DiagnosticsModel;
class SessionWorker;

// Help → Diagnostics: the report `shipshape-cli doctor` prints (database, schema, migrations, clock,
// customer emails, disk, provider keys, Stripe and SendGrid), as a table of check, ✓/✗/– and what was
// found or what to do. The checks run on a worker thread of the dialog's own (a provider that does not
// answer holds up no page), "Run again" runs them again and "Copy report" puts the plain text on the
// clipboard, as the CLI prints it.
class DiagnosticsDialog : public QDialog {
    Q_OBJECT

public:
    DiagnosticsDialog(DatabaseUrl url, SessionOptions options, QWidget *parent = nullptr);
    ~DiagnosticsDialog() override;

    // Starts a run unless one is under way.
    void runChecks();
    // New keys (the Settings page changed one): the next run uses them.
    void setSecrets(const SessionSecrets &secrets);
    // How long each provider may take to answer (default 10 s).
    void setProviderTimeout(std::chrono::milliseconds timeout) { m_providerTimeout = timeout; }

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] DiagnosticsModel *model() const { return m_model; }
    // The report as the CLI prints it; empty before the first run has finished.
    [[nodiscard]] QString reportText() const;

Q_SIGNALS:
    void finished(bool allPassed);

private:
    void showResults(const QList<DiagnosticResult> &results);
    void copyReport();

    DatabaseUrl m_url;
    SessionOptions m_options;
    std::chrono::milliseconds m_providerTimeout{10000};
    SessionWorker *m_worker = nullptr;
    DiagnosticsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_copy = nullptr;
    bool m_running = false;
};

} // namespace shipshape
