#include "views/DeliverDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {
constexpr int kEveryParcel = 0; // the button id of "every parcel"; parcels count from 1
} // namespace

DeliverDialog::DeliverDialog(const Order &order, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"deliverDialog"_s);
    setWindowTitle(tr("Mark parcels of order #%1 delivered").arg(order.number));
    const QList<Shipment> parcels = onTheirWay(order);
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(
            tr("%n parcel(s) of this order are on their way. Which one arrived?", nullptr, int(parcels.size())), this);
    question->setWordWrap(true);
    layout->addWidget(question);
    m_choices = new QButtonGroup(this);
    auto *every = new QRadioButton(tr("Every parcel on its way (%n)", nullptr, int(parcels.size())), this);
    every->setObjectName(u"deliverEvery"_s);
    m_choices->addButton(every, kEveryParcel);
    layout->addWidget(every);
    const QLocale locale;
    for (const Shipment &parcel : parcels) {
        QStringList contents;
        for (const ShipmentLine &line : parcel.lines)
            contents << tr("%1 × %2").arg(locale.toString(line.quantity), line.sku);
        auto *button = new QRadioButton(tr("Parcel %1: %2 — %3")
                                                .arg(parcel.id)
                                                .arg(u"%1 %2"_s.arg(parcel.carrier, parcel.trackingNumber).simplified(),
                                                        contents.join(u", "_s)),
                this);
        button->setObjectName(u"deliverParcel_%1"_s.arg(parcel.id));
        m_parcelIds.append(parcel.id);
        m_choices->addButton(button, int(m_parcelIds.size()));
        layout->addWidget(button);
    }
    every->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_deliver = buttons->button(QDialogButtonBox::Ok);
    m_deliver->setText(tr("Mark delivered"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<Shipment> DeliverDialog::onTheirWay(const Order &order)
{
    QList<Shipment> parcels;
    for (const Shipment &shipment : order.shipments) {
        if (!shipment.isDelivered())
            parcels.append(shipment);
    }
    return parcels;
}

std::optional<qint64> DeliverDialog::choice() const
{
    const int id = m_choices->checkedId();
    if (id <= kEveryParcel || id > m_parcelIds.size())
        return std::nullopt;
    return m_parcelIds.at(id - 1);
}

QRadioButton *DeliverDialog::everyParcelButton() const
{
    return qobject_cast<QRadioButton *>(m_choices->button(kEveryParcel));
}

QRadioButton *DeliverDialog::parcelButton(qint64 shipmentId) const
{
    const qsizetype at = m_parcelIds.indexOf(shipmentId);
    return at < 0 ? nullptr : qobject_cast<QRadioButton *>(m_choices->button(int(at) + 1));
}

} // namespace shipshape
