#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace shipshape {

class SessionWorker;
class TaxRateModel;

// The shop's tax rates on the Settings page (docs/pricing.md): the table of rates by country, region and
// product tax class, a form to add or change one, removal, and whether catalogue prices include tax. These
// are shop data in the database, shared by every desktop, and apply at once to new orders; orders already
// placed keep their rates. core validates every field and names the one it refuses.
class TaxRatesPanel : public QGroupBox {
    Q_OBJECT

public:
    TaxRatesPanel(SessionWorker &worker, QWidget *parent = nullptr);

    void reload();
    // Sets the rate in the form's fields (the "Set rate" button).
    void setRateFromForm();
    void removeSelected();
    // Nothing may change the shop (offline): setting, removing and the prices-include-tax switch are off,
    // saying why; an empty reason gives them back.
    void setReadOnly(const QString &reason);
    [[nodiscard]] TaxRateModel *model() const { return m_model; }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    // A load or change finished (its outcome is in statusText()).
    void updated();

private:
    void showStatus(const QString &text);
    void fillFormFromSelection();

    SessionWorker &m_worker;
    TaxRateModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_taxClass = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_percent = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_remove = nullptr;
    QCheckBox *m_inclusive = nullptr;
    QLabel *m_status = nullptr;
    bool m_loading = false;
    QString m_readOnlyReason;
};

} // namespace shipshape
