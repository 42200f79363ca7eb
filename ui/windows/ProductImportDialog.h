#pragma once

#include "inventory/ProductImport.h"
#include "session/Session.h"
#include "storage/DatabaseUrl.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace shipshape {

class ImportIssueModel;
class SessionWorker;

// File → Import products…: checks a CSV file (a dry run) as soon as it is opened, shows what it would do or
// every problem by row, column and value, and imports it when asked, all or nothing (core's ProductImport).
// Both run on a worker thread of the dialog's own with a progress bar, so a 100,000-row file holds up
// neither the pages nor the window.
class ProductImportDialog : public QDialog {
    Q_OBJECT

public:
    ProductImportDialog(DatabaseUrl url, SessionOptions options, QWidget *parent = nullptr);
    ~ProductImportDialog() override;

    // Reads `path` and starts the check.
    void openFile(const QString &path);
    // Imports the checked file (the Import button).
    void importFile();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] ImportIssueModel *issueModel() const { return m_issues; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] QString summaryText() const;

Q_SIGNALS:
    // A check or an import has finished (`imported`: products were written).
    void finished(bool imported);

private:
    // The job's progress, written by the worker and read by a timer here.
    struct Progress {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };
    void start(bool dryRun);
    void showSummary(const Result<ImportSummary> &summary, bool dryRun);

    SessionWorker *m_worker = nullptr;
    QString m_path;
    QByteArray m_csv;
    bool m_running = false;
    bool m_checked = false;
    std::shared_ptr<Progress> m_progressState;
    QLabel *m_file = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    QTableView *m_table = nullptr;
    ImportIssueModel *m_issues = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace shipshape
