#include "views/PackShipDialog.h"

#include "warehouse/PackingStation.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

PackShipDialog::PackShipDialog(const PackState &state, QWidget *parent) : QDialog(parent), m_state(state)
{
    setObjectName(u"packShipDialog"_s);
    setWindowTitle(tr("Ship order #%1").arg(state.orderNumber));
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    setFont(large);

    auto *intro = new QLabel(tr("Order #%1 is packed (%n unit(s)). Scan or type the tracking number and press "
                                "Enter to ship.",
                                     nullptr, int(state.unitsPacked()))
                                     .arg(state.orderNumber),
            this);
    intro->setWordWrap(true);
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(u"packTrackingField"_s);
    m_tracking->setAccessibleName(tr("Tracking number"));
    m_tracking->setMaxLength(64);
    m_carrier = new QLineEdit(state.lastCarrier, this);
    m_carrier->setObjectName(u"packCarrierField"_s);
    m_carrier->setAccessibleName(tr("Carrier"));
    m_carrier->setMaxLength(64);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"packShipProblem"_s);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 6px; }"_s);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ship = buttons->addButton(tr("Ship"), QDialogButtonBox::AcceptRole);
    ship->setObjectName(u"packShipButton"_s);
    // Enter is handled by the fields (a scanner's Enter must be checked first), never by a default button.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(ship, &QPushButton::clicked, this, &PackShipDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tracking, &QLineEdit::returnPressed, this, &PackShipDialog::submit);
    connect(m_carrier, &QLineEdit::returnPressed, this, &PackShipDialog::submit);

    auto *form = new QFormLayout;
    form->addRow(tr("&Tracking number"), m_tracking);
    form->addRow(tr("&Carrier"), m_carrier);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_tracking->setFocus();
}

QString PackShipDialog::trackingNumber() const
{
    return m_tracking->text().trimmed();
}

QString PackShipDialog::carrier() const
{
    return m_carrier->text().trimmed();
}

bool PackShipDialog::isCodeOfThisOrder(const QString &code) const
{
    if (PackingStation::isOrderCode(code))
        return true;
    for (const PackLine &line : m_state.lines) {
        if (line.sku.compare(code, Qt::CaseInsensitive) == 0 || (!line.barcode.isEmpty() && line.barcode == code))
            return true;
    }
    return false;
}

void PackShipDialog::submit()
{
    const QString tracking = trackingNumber();
    if (tracking.isEmpty()) {
        m_problem->setText(tr("Scan or type the tracking number first."));
        m_problem->show();
        m_tracking->setFocus();
        return;
    }
    if (isCodeOfThisOrder(tracking)) {
        // A scan meant for the box, arriving while this dialog is open: not a tracking number.
        m_problem->setText(tr("\"%1\" is a barcode of the order or its items, not a tracking number: nothing was "
                              "shipped or counted. Scan the carrier's label.")
                                   .arg(tracking));
        m_problem->show();
        m_tracking->clear();
        m_tracking->setFocus();
        QApplication::beep();
        return;
    }
    accept();
}

} // namespace shipshape
