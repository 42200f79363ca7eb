#include "bulk/BulkShipDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

enum Column {
    OrderColumn,
    CustomerColumn,
    CarrierColumn,
    TrackingColumn
};

} // namespace

BulkShipDialog::BulkShipDialog(
        const QList<OrderSummary> &orders, const QList<BulkOrderOutcome> &refused, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"bulkShipDialog"_s);
    setWindowTitle(tr("Ship %Ln order(s)", nullptr, int(orders.size())));

    m_carrier = new QComboBox(this);
    m_carrier->setEditable(true);
    m_carrier->addItems({u"UPS"_s, u"FedEx"_s, u"USPS"_s, u"DHL"_s});
    m_carrier->setAccessibleName(tr("Carrier for all orders"));

    m_table = new QTableWidget(int(orders.size()), 4, this);
    m_table->setObjectName(u"bulkShipTable"_s);
    m_table->setAccessibleName(tr("Orders to ship"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Customer"), tr("Carrier"), tr("Tracking number")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(TrackingColumn, 200);
    for (int row = 0; row < orders.size(); ++row) {
        const OrderSummary &order = orders.at(row);
        m_numbers << order.number;
        auto *number = new QTableWidgetItem(u"#%1"_s.arg(order.number));
        number->setFlags(number->flags() & ~Qt::ItemIsEditable);
        auto *customer = new QTableWidgetItem(order.customerName);
        customer->setFlags(customer->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, OrderColumn, number);
        m_table->setItem(row, CustomerColumn, customer);
        m_table->setItem(row, CarrierColumn, new QTableWidgetItem(m_carrier->currentText()));
        m_table->setItem(row, TrackingColumn, new QTableWidgetItem);
    }
    connect(m_carrier, &QComboBox::currentTextChanged, this, [this](const QString &carrier) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->item(row, CarrierColumn)->setText(carrier);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Ship"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_refused = new QLabel(this);
    m_refused->setObjectName(u"bulkShipRefused"_s);
    m_refused->setTextFormat(Qt::PlainText);
    m_refused->setWordWrap(true);
    m_refused->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList reasons;
    for (const BulkOrderOutcome &refusal : refused)
        reasons << tr("#%1: %2").arg(refusal.number).arg(refusal.message);
    m_refused->setText(tr("Not shipped (%Ln order(s)):", nullptr, int(refused.size())) + u'\n' + reasons.join(u'\n'));
    m_refused->setVisible(!refused.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("Carrier for all:"), m_carrier);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Enter the tracking number of each parcel:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_refused);
    layout->addWidget(buttons);
    resize(640, 420);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!orders.isEmpty());
    if (!orders.isEmpty())
        m_table->setCurrentCell(0, TrackingColumn);
}

QList<BulkShipLine> BulkShipDialog::lines() const
{
    QList<BulkShipLine> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        result << BulkShipLine{m_numbers.at(row), m_table->item(row, CarrierColumn)->text().trimmed(),
                m_table->item(row, TrackingColumn)->text().trimmed()};
    }
    return result;
}

} // namespace shipshape
