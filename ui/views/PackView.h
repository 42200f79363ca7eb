#pragma once

#include "common/Result.h"
#include "staff/Permissions.h"
#include "warehouse/PackState.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;

namespace shipshape {

class PackLineModel;
class PackShipDialog;
class SessionWorker;

// The Pack page (docs/warehouse.md): a scan-to-pack station for a keyboard-wedge scanner, used without a
// mouse and read from a metre away. One scan field always has the focus; an order's barcode (#1042) opens
// the order (resuming what was packed, here or on another desktop), each item's SKU or GTIN counts one unit
// through core's PackingStation on the worker thread, in the order scanned. A counted scan turns the banner
// green with a beep; a refused one turns it red, loudly, and nothing is counted. When the box is complete,
// Enter (or the order's barcode again) asks for the tracking number and ships through the fulfillment path.
class PackView : public QWidget {
    Q_OBJECT

public:
    explicit PackView(SessionWorker &worker, QWidget *parent = nullptr);

    void setPermissions(const Permissions &permissions);
    // Where the packing slip of each order shipped here is written as a PDF (OrderDocumentWriter), to print
    // from; none when empty.
    void setPackingSlipFolder(const QString &folder) { m_slipFolder = folder; }
    [[nodiscard]] QString packingSlipPath(qint64 orderNumber) const;
    // Reads the partly packed orders again (shown under the lines, to resume).
    void refreshInProgress();

    [[nodiscard]] QLineEdit *scanField() const { return m_scan; }
    [[nodiscard]] PackLineModel *model() const { return m_model; }
    [[nodiscard]] QLabel *bannerLabel() const { return m_banner; }
    [[nodiscard]] QLabel *inProgressLabel() const { return m_inProgress; }
    // The tracking-number dialog while it is open, else null.
    [[nodiscard]] PackShipDialog *shipDialog() const;
    [[nodiscard]] std::optional<qint64> openOrder() const { return m_openOrder; }
    // Scans sent to core and not answered yet.
    [[nodiscard]] int pendingScans() const { return m_pending; }
    // Whether the last answer was a refusal (the banner is red).
    [[nodiscard]] bool lastScanRefused() const { return m_refused; }

Q_SIGNALS:
    void orderShipped(qint64 orderNumber);
    // A scan's answer is on screen: how long from Enter to the model updated (for the figures).
    void scanAcknowledged(qint64 nanoseconds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scanEntered();
    void submitScan(const QString &code);
    void applyScan(const QString &code, const Result<PackScan> &result, qint64 startedNs);
    void askTracking();
    void ship(qint64 orderNumber, const QString &tracking, const QString &carrier);
    void showGood(const QString &text);
    void showRefusal(const QString &text);
    void updateHeading();

    SessionWorker &m_worker;
    PackLineModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_inProgress = nullptr;
    QLineEdit *m_scan = nullptr;
    QTableView *m_table = nullptr;
    QPointer<PackShipDialog> m_shipDialog;
    std::optional<qint64> m_openOrder; // the order core last opened
    std::optional<qint64> m_targetOrder; // the order scans are sent for (ahead of core's answer)
    int m_pending = 0;
    bool m_refused = false;
    bool m_canPack = true;
    QString m_slipFolder;
};

} // namespace shipshape
