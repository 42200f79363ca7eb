#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace shipshape {

// What a new cycle count covers: the products typed (SKUs or barcodes), or those not counted for a number of
// days (at most so many, the longest uncounted first). The number of days is remembered (QSettings).
class NewCountDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewCountDialog(QWidget *parent = nullptr);

    // The SKUs typed, split at spaces and commas; empty when the due products were chosen.
    [[nodiscard]] QStringList skus() const;
    [[nodiscard]] bool dueProducts() const;
    [[nodiscard]] int dueDays() const;
    [[nodiscard]] int dueLimit() const;
    [[nodiscard]] QString note() const;

    [[nodiscard]] QLineEdit *skusField() const { return m_skus; }
    [[nodiscard]] QRadioButton *dueChoice() const { return m_due; }

    void accept() override;

    static constexpr int kDefaultDueDays = 90;

private:
    QRadioButton *m_named = nullptr;
    QRadioButton *m_due = nullptr;
    QLineEdit *m_skus = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_limit = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace shipshape
