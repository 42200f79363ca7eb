#pragma once

#include "drafts/DraftQuote.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace shipshape {

// The money of a draft as core's quote computed it: subtotal, each discount, shipping, tax per rate and the
// total, one row each. It shows figures and does no arithmetic; without a total it says why.
class DraftTotalsView : public QWidget {
    Q_OBJECT

public:
    explicit DraftTotalsView(QWidget *parent = nullptr);

    void showQuote(const DraftQuote &quote);
    // No total: nothing priced yet (empty `reason`), or why not ("Total unavailable: …").
    void showNoTotal(const QString &reason = {});
    // The rows as shown, "label: amount", for tests and the accessible description.
    [[nodiscard]] QStringList rows() const;

private:
    struct Row {
        QString objectName; // of the amount's label
        QString label;
        QString amount;
    };
    // Shows `rows` above the total, reusing the labels already there (no flicker on every keystroke's quote).
    void setRows(const QList<Row> &rows, const QString &total, const QString &note);

    QGridLayout *m_grid = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_note = nullptr;
    QList<std::pair<QLabel *, QLabel *>> m_rows;
};

} // namespace shipshape
