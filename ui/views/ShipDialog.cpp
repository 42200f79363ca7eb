#include "views/ShipDialog.h"

#include "models/UnshippedLineModel.h"
#include "views/FieldErrorLabel.h"
#include "views/LineTableView.h"
#include "views/QuantityDelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ShipDialog::ShipDialog(const Order &order, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"shipDialog"_s);
    setWindowTitle(tr("Ship order #%1").arg(order.number));

    m_scan = new QLineEdit(this);
    m_scan->setObjectName(u"scanField"_s);
    m_scan->setAccessibleName(tr("Scan a SKU or barcode"));
    m_scan->setPlaceholderText(tr("Scan or type a SKU or barcode, then Enter"));
    m_scan->setClearButtonEnabled(true);
    // Enter counts the code here instead of pressing Ship: a scanner ends every code with it.
    m_scan->installEventFilter(this);
    m_scanMode = new QCheckBox(tr("Scan mode"), this);
    m_scanMode->setObjectName(u"scanMode"_s);
    m_scanMode->setToolTip(tr("Count each unit as it is scanned: every count starts at 0"));
    connect(m_scanMode, &QCheckBox::toggled, this, &ShipDialog::setScanMode);
    m_scanStatus = new QLabel(this);
    m_scanStatus->setObjectName(u"scanStatus"_s);
    m_scanStatus->setTextFormat(Qt::PlainText);
    m_scanError = new FieldErrorLabel(u"scanError"_s, this);

    m_lines = new UnshippedLineModel(this);
    m_lines->setChosenHeader(tr("Ship now"));
    m_lines->setLines(order.lines, UnshippedLineModel::Start::ChooseAll);
    m_linesView = new LineTableView(this);
    m_linesView->setObjectName(u"shipLines"_s);
    m_linesView->setAccessibleName(tr("Lines to ship"));
    auto *quantities = new QuantityDelegate;
    quantities->setMaximumRole(UnshippedLineModel::MaximumRole);
    m_linesView->setLines(m_lines, UnshippedLineModel::Product, UnshippedLineModel::Chosen, quantities);
    m_linesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(m_lines, &UnshippedLineModel::chosenChanged, this, &ShipDialog::updateState);
    m_units = new QLabel(this);
    m_units->setObjectName(u"shipUnits"_s);

    m_carrier = new QComboBox(this);
    m_carrier->setObjectName(u"carrier"_s);
    m_carrier->setEditable(true);
    m_carrier->addItems({u"UPS"_s, u"FedEx"_s, u"USPS"_s, u"DHL"_s});
    m_carrier->setAccessibleName(tr("Carrier"));
    if (!order.carrier.isEmpty())
        m_carrier->setCurrentText(order.carrier); // the next parcel most likely travels the same way
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(u"tracking"_s);
    m_tracking->setAccessibleName(tr("Tracking number"));
    m_tracking->setMaxLength(64);
    connect(m_tracking, &QLineEdit::textChanged, this, &ShipDialog::updateState);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ship = buttons->button(QDialogButtonBox::Ok);
    m_ship->setText(tr("Ship"));
    m_ship->setAccessibleName(tr("Ship the parcel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(new QLabel(tr("Scan:"), this));
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(m_scanMode);
    auto *form = new QFormLayout;
    form->addRow(tr("Carrier:"), m_carrier);
    form->addRow(tr("Tracking number:"), m_tracking);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scanRow);
    layout->addWidget(m_scanStatus);
    layout->addWidget(m_scanError);
    layout->addWidget(m_linesView, 1);
    layout->addWidget(m_units);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 420);
    m_scan->setFocus();
    updateState();
}

void ShipDialog::setDraft(const Parcel &draft)
{
    m_tracking->setText(draft.tracking);
    if (!draft.carrier.isEmpty())
        m_carrier->setCurrentText(draft.carrier);
    if (!draft.lines.isEmpty())
        m_lines->setChosen(draft.lines);
}

void ShipDialog::setBarcodes(const QHash<QString, QString> &barcodes)
{
    m_lines->setBarcodes(barcodes);
}

ShipDialog::Parcel ShipDialog::parcel() const
{
    return Parcel{m_tracking->text().trimmed(), m_carrier->currentText().trimmed(), m_lines->chosenLines()};
}

bool ShipDialog::isComplete() const
{
    return m_lines->chosenUnits() > 0 && !m_tracking->text().trimmed().isEmpty();
}

QSpinBox *ShipDialog::quantityBox(int row) const
{
    return qobject_cast<QSpinBox *>(m_linesView->indexWidget(m_lines->index(row, UnshippedLineModel::Chosen)));
}

bool ShipDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scan && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            scan();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ShipDialog::scan()
{
    const QString code = m_scan->text().trimmed();
    m_scan->clear();
    if (code.isEmpty())
        return;
    // The first scan counts from 0: what was preset (everything left) is not what is in the box.
    if (!m_scanMode->isChecked())
        m_scanMode->setChecked(true);
    const UnshippedLineModel::ScanResult result = m_lines->scan(code);
    const QLocale locale;
    switch (result.outcome) {
    case UnshippedLineModel::Scan::Unknown:
        refuseScan(tr("No line left to ship on this order has the SKU or barcode \"%1\"; nothing counted.").arg(code));
        return;
    case UnshippedLineModel::Scan::AllCounted: {
        const QModelIndex left = m_lines->index(result.row, UnshippedLineModel::LeftToShip);
        refuseScan(tr("One too many: all %1 units of %2 left to ship are counted already; nothing counted.")
                           .arg(locale.toString(left.data(UnshippedLineModel::RawValueRole).toLongLong()),
                                   m_lines->skuAt(result.row)));
        return;
    }
    case UnshippedLineModel::Scan::Counted:
        break;
    }
    m_scanError->hide();
    const QModelIndex chosen = m_lines->index(result.row, UnshippedLineModel::Chosen);
    const QModelIndex left = m_lines->index(result.row, UnshippedLineModel::LeftToShip);
    m_scanStatus->setText(tr("%1: %2 of %3 counted")
                                  .arg(m_lines->skuAt(result.row),
                                          locale.toString(chosen.data(UnshippedLineModel::RawValueRole).toLongLong()),
                                          locale.toString(left.data(UnshippedLineModel::RawValueRole).toLongLong())));
    m_linesView->selectRow(result.row);
    m_scan->setFocus(); // selecting the row must not take the scanner's keystrokes away
}

void ShipDialog::refuseScan(const QString &message)
{
    m_scanStatus->clear();
    m_scanError->setText(message);
    m_scanError->show();
    QApplication::beep();
    Q_EMIT scanRefused(message);
}

void ShipDialog::setScanMode(bool on)
{
    m_lines->resetChosen(on ? UnshippedLineModel::Start::ChooseNone : UnshippedLineModel::Start::ChooseAll);
    m_scanStatus->setText(on ? tr("Scan mode: each scan counts one unit.") : QString());
    m_scanError->hide();
    m_scan->setFocus();
}

void ShipDialog::updateState()
{
    const qint64 units = m_lines->chosenUnits();
    m_units->setText(units == 0 ? tr("Nothing chosen to ship yet.")
                                : tr("%n unit(s) in this parcel.", nullptr,
                                        int(std::min<qint64>(units, std::numeric_limits<int>::max()))));
    m_ship->setEnabled(isComplete());
    m_ship->setToolTip(units == 0                            ? tr("Choose at least one unit to ship.")
                    : m_tracking->text().trimmed().isEmpty() ? tr("Give the parcel's tracking number.")
                                                             : QString());
}

} // namespace shipshape
