#pragma once

#include "orders/OrderImport.h"
#include "session/Session.h"
#include "storage/DatabaseUrl.h"

#include <QDialog>
#include <QHash>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QWidget;

namespace shipshape {

class ImportIssueModel;
class SessionWorker;

// File → Import orders…: orders from another system's CSV or JSON Lines file (core's OrderImport,
// docs/orders-import.md). For a CSV file the user chooses the column of each field from the file's header (the
// guessed ones preselected); the file is checked (a dry run) on opening and again on Check, with every problem by
// line, column and value; Import places the orders. Both run on a worker thread of the dialog's own with a
// progress bar, like the product import.
class OrderImportDialog : public QDialog {
    Q_OBJECT

public:
    OrderImportDialog(DatabaseUrl url, SessionOptions options, QWidget *parent = nullptr);
    ~OrderImportDialog() override;

    // Reads `path`, fills the column choices and starts the check.
    void openFile(const QString &path);
    // Checks the file again with the chosen source and columns (the Check button).
    void checkFile();
    // Places the checked file's orders (the Import button).
    void importFile();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] ImportIssueModel *issueModel() const { return m_issues; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] QLineEdit *sourceEdit() const { return m_source; }
    // The chooser of `field`'s column (CSV files).
    [[nodiscard]] QComboBox *columnChooser(const QString &field) const { return m_columns.value(field); }
    [[nodiscard]] QString summaryText() const;

Q_SIGNALS:
    // A check or an import has finished (`imported`: orders were placed).
    void finished(bool imported);

private:
    struct Progress {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };
    void start(bool dryRun);
    void showSummary(const Result<OrderImportSummary> &summary, bool dryRun);
    [[nodiscard]] OrderImportOptions options(bool dryRun) const;

    SessionWorker *m_worker = nullptr;
    QString m_path;
    QByteArray m_data;
    OrderImportFormat m_format = OrderImportFormat::Csv;
    bool m_running = false;
    bool m_checked = false;
    std::shared_ptr<Progress> m_progressState;
    QLabel *m_file = nullptr;
    QLineEdit *m_source = nullptr;
    QWidget *m_mapping = nullptr;
    QHash<QString, QComboBox *> m_columns;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    QTableView *m_table = nullptr;
    ImportIssueModel *m_issues = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace shipshape
