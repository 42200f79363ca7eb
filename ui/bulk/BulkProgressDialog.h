#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace shipshape {

class BulkOrderRunner;
class BulkResultModel;

// Progress of a bulk action (bar, Cancel) and then its per-order report. Not modal: the rest of the
// window stays usable, and tests drive it directly.
class BulkProgressDialog : public QDialog {
    Q_OBJECT

public:
    BulkProgressDialog(BulkOrderRunner &runner, const QString &title, QWidget *parent = nullptr);

    [[nodiscard]] BulkResultModel *resultModel() const { return m_results; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    // Shown under the summary once the batch is done (e.g. where the file went).
    void setOutcomeText(const QString &text);

private:
    void updateSummary();

    BulkOrderRunner &m_runner;
    BulkResultModel *m_results = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_outcome = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace shipshape
