#include "views/ReturnReceiveDialog.h"

#include "views/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ReturnReceiveDialog::ReturnReceiveDialog(const OrderReturn &orderReturn, QWidget *parent)
    : QDialog(parent), m_returnId(orderReturn.id)
{
    setObjectName(u"returnReceiveDialog"_s);
    setWindowTitle(tr("Receive return %1").arg(orderReturn.id));
    const QLocale locale;
    auto *grid = new QGridLayout;
    const QStringList headers{tr("SKU"), tr("Returned"), tr("Reason"), tr("Restock"), tr("Write off")};
    for (int column = 0; column < headers.size(); ++column)
        grid->addWidget(new QLabel(headers.at(column), this), 0, column);
    for (const ReturnLine &line : orderReturn.lines) {
        const int gridRow = int(m_rows.size()) + 1;
        Row row;
        row.sku = line.sku;
        // A late receipt (docs/fulfillment.md) takes only what the earlier ones left outstanding.
        row.quantity = line.outstanding();
        row.restock = new QSpinBox(this);
        row.restock->setObjectName(u"restock_%1"_s.arg(line.sku));
        row.restock->setAccessibleName(tr("Units of %1 back on the shelf").arg(line.sku));
        row.restock->setRange(0, int(row.quantity));
        row.writeOff = new QSpinBox(this);
        row.writeOff->setObjectName(u"writeOff_%1"_s.arg(line.sku));
        row.writeOff->setAccessibleName(tr("Units of %1 written off").arg(line.sku));
        row.writeOff->setRange(0, int(row.quantity));
        auto *sku = new QLabel(line.sku, this);
        sku->setTextFormat(Qt::PlainText);
        grid->addWidget(sku, gridRow, 0);
        grid->addWidget(new QLabel(line.received() == 0 ? locale.toString(line.quantity)
                                                        : tr("%1 (%2 received)")
                                                                  .arg(locale.toString(line.quantity),
                                                                          locale.toString(line.received())),
                                this),
                gridRow, 1);
        grid->addWidget(new QLabel(ReturnReasons::displayName(line.reason), this), gridRow, 2);
        grid->addWidget(row.restock, gridRow, 3);
        grid->addWidget(row.writeOff, gridRow, 4);
        connect(row.restock, &QSpinBox::valueChanged, this, &ReturnReceiveDialog::updateState);
        connect(row.writeOff, &QSpinBox::valueChanged, this, &ReturnReceiveDialog::updateState);
        m_rows.append(row);
    }
    m_error = new FieldErrorLabel(u"returnReceiveError"_s, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(tr("Receive"));
    m_submit->setAccessibleName(tr("Receive"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this,
            [this] { Q_EMIT submitted(m_returnId, restock(), writeOff()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("What arrived? Units that never arrived are left at 0."), this));
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateState();
}

QList<ShipmentLine> ReturnReceiveDialog::restock() const
{
    QList<ShipmentLine> lines;
    for (const Row &row : m_rows) {
        if (row.restock->value() > 0)
            lines.append(ShipmentLine{row.sku, row.restock->value()});
    }
    return lines;
}

QList<ShipmentLine> ReturnReceiveDialog::writeOff() const
{
    QList<ShipmentLine> lines;
    for (const Row &row : m_rows) {
        if (row.writeOff->value() > 0)
            lines.append(ShipmentLine{row.sku, row.writeOff->value()});
    }
    return lines;
}

void ReturnReceiveDialog::updateState()
{
    bool any = false;
    for (const Row &row : std::as_const(m_rows)) {
        // Together never more than the line holds: each box stops where the other leaves off.
        row.restock->setMaximum(int(row.quantity - row.writeOff->value()));
        row.writeOff->setMaximum(int(row.quantity - row.restock->value()));
        any = any || row.restock->value() > 0 || row.writeOff->value() > 0;
        row.restock->setEnabled(!m_busy);
        row.writeOff->setEnabled(!m_busy);
    }
    m_submit->setEnabled(any && !m_busy);
}

void ReturnReceiveDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReturnReceiveDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

} // namespace shipshape
