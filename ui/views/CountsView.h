#pragma once

#include "common/Result.h"
#include "inventory/CycleCount.h"
#include "staff/Permissions.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace shipshape {

class CycleCountLineModel;
class CycleCountListModel;
class SessionWorker;

// The Counts page (docs/warehouse.md): cycle counts through core's CycleCounts on the worker thread. The list
// of counts on top; below, the selected count's products with the stock expected when it started, what moved
// during it, what was counted and the variance. A keyboard-wedge scanner types into the scan field (each scan
// one unit, by SKU or barcode); a number can also be typed into a Counted cell. An admin approves, which posts
// each difference to the stock ledger; the page shows core's answers, never a count of its own.
class CountsView : public QWidget {
    Q_OBJECT

public:
    explicit CountsView(SessionWorker &worker, QWidget *parent = nullptr);

    void setPermissions(const Permissions &permissions);
    // Reads the list of counts and the selected count again (a count changed here or elsewhere).
    void refresh();
    // A product's stock changed (ChangeHub::stockChanged): the shown count is read again if it holds it.
    void refreshProduct(const QString &sku);
    // Shows a count (selects it in the list when it is there).
    void showCount(qint64 countId);

    [[nodiscard]] CycleCountListModel *listModel() const { return m_listModel; }
    [[nodiscard]] CycleCountLineModel *lineModel() const { return m_lineModel; }
    [[nodiscard]] QTableView *countTable() const { return m_counts; }
    [[nodiscard]] QTableView *lineTable() const { return m_lines; }
    [[nodiscard]] QLineEdit *scanField() const { return m_scan; }
    [[nodiscard]] QLabel *bannerLabel() const { return m_banner; }
    [[nodiscard]] QPushButton *newButton() const { return m_new; }
    [[nodiscard]] QPushButton *approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QComboBox *stateFilter() const { return m_filter; }
    // Jobs sent to core and not answered yet.
    [[nodiscard]] int pending() const { return m_pending; }
    [[nodiscard]] bool lastAnswerRefused() const { return m_refused; }

    // Starts a count as the New count dialog would (also what the dialog calls).
    void startCount(const QStringList &codes, std::optional<int> dueDays, int dueLimit, const QString &note);
    // Approves or cancels the shown count without asking (the buttons ask first).
    void approveShown();
    void cancelShown();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void askNewCount();
    void scanEntered();
    void enterCount(const QString &sku, qint64 counted);
    void applyLine(const Result<CycleCountLine> &line);
    void applyCount(const Result<CycleCount> &count, const QString &done);
    void loadSelected();
    void focusScanField();
    void updateActions();
    void showGood(const QString &text);
    void showRefusal(const QString &text);
    void finished();

    SessionWorker &m_worker;
    CycleCountListModel *m_listModel = nullptr;
    CycleCountLineModel *m_lineModel = nullptr;
    QTableView *m_counts = nullptr;
    QTableView *m_lines = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_banner = nullptr;
    QLineEdit *m_scan = nullptr;
    std::optional<qint64> m_shown;
    bool m_canCount = false;
    bool m_canApprove = false;
    QString m_readOnlyReason;
    int m_pending = 0;
    bool m_refused = false;
};

} // namespace shipshape
