#include "views/OrderEditPreviewPanel.h"

#include "payment/PaymentWorkflow.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QStringList kPreviewRows{u"subtotal"_s, u"discount"_s, u"shipping"_s, u"tax"_s, u"total"_s, u"paid"_s};

} // namespace

OrderEditPreviewPanel::OrderEditPreviewPanel(QWidget *parent) : QGroupBox(tr("Preview"), parent)
{
    setObjectName(u"editPreview"_s);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    auto *beforeHeader = new QLabel(tr("Before"), this);
    auto *afterHeader = new QLabel(tr("After"), this);
    QFont bold = afterHeader->font();
    bold.setBold(true);
    beforeHeader->setFont(bold);
    afterHeader->setFont(bold);
    grid->addWidget(beforeHeader, 0, 1, Qt::AlignRight);
    grid->addWidget(afterHeader, 0, 2, Qt::AlignRight);
    const QStringList names{tr("Subtotal"), tr("Discount"), tr("Shipping"), tr("Tax"), tr("Total"), tr("Paid so far")};
    for (int row = 0; row < kPreviewRows.size(); ++row) {
        auto *name = new QLabel(names.at(row), this);
        if (kPreviewRows.at(row) == u"tax"_s)
            m_taxLabel = name;
        grid->addWidget(name, row + 1, 0);
        for (const QString &column : {u"before"_s, u"after"_s}) {
            auto *cell = new QLabel(this);
            cell->setObjectName(u"preview:%1:%2"_s.arg(kPreviewRows.at(row), column));
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            if (kPreviewRows.at(row) == u"total"_s)
                cell->setFont(bold);
            grid->addWidget(cell, row + 1, column == u"before"_s ? 1 : 2);
            m_cells.insert(kPreviewRows.at(row) + u'/' + column, cell);
        }
    }
    grid->setColumnStretch(0, 1);

    const auto textLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_balance = textLabel(u"previewBalance"_s);
    m_balance->setFont(bold);
    m_settlement = textLabel(u"previewSettlement"_s);
    m_stock = textLabel(u"previewStock"_s);
    m_status = textLabel(u"previewStatus"_s);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_status->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_balance);
    layout->addWidget(m_settlement);
    layout->addSpacing(8);
    auto *stockTitle = new QLabel(tr("Stock"), this);
    stockTitle->setFont(bold);
    layout->addWidget(stockTitle);
    layout->addWidget(m_stock);
    layout->addStretch(1);
    layout->addWidget(m_status);
}

void OrderEditPreviewPanel::showUnchanged(const Order &order)
{
    clearFigures(order);
    setStatus(tr("Change a line, a price, a discount, the shipping or the address to see what the edit does."));
}

void OrderEditPreviewPanel::clearFigures(const Order &order)
{
    for (QLabel *cell : std::as_const(m_cells))
        cell->setText(u"—"_s);
    const QLocale locale;
    const OrderTotals totals = order.totals();
    m_cells.value(u"subtotal/before"_s)->setText(totals.subtotal.toDisplayString(locale));
    m_cells.value(u"discount/before"_s)->setText(totals.discount.toDisplayString(locale));
    m_cells.value(u"shipping/before"_s)->setText(totals.shipping.toDisplayString(locale));
    m_cells.value(u"tax/before"_s)->setText(totals.tax.toDisplayString(locale));
    m_cells.value(u"total/before"_s)->setText(order.total.toDisplayString(locale));
    m_cells.value(u"paid/before"_s)->setText(order.netPaid().toDisplayString(locale));
    m_taxLabel->setText(order.pricesIncludeTax ? tr("Tax (included)") : tr("Tax"));
    m_balance->clear();
    m_settlement->clear();
    m_stock->setText(tr("No change to reservations"));
}

void OrderEditPreviewPanel::showPreview(const OrderEditPreview &preview)
{
    const QLocale locale;
    const OrderTotals before = preview.before.totals();
    const OrderTotals after = preview.after.totals();
    const auto show = [this, &locale](const QString &row, const Money &was, const Money &will) {
        m_cells.value(row + u"/before"_s)->setText(was.toDisplayString(locale));
        m_cells.value(row + u"/after"_s)->setText(will.toDisplayString(locale));
    };
    show(u"subtotal"_s, before.subtotal, after.subtotal);
    show(u"discount"_s, before.discount, after.discount);
    show(u"shipping"_s, before.shipping, after.shipping);
    show(u"tax"_s, before.tax, after.tax);
    show(u"total"_s, preview.before.total, preview.after.total);
    show(u"paid"_s, preview.before.netPaid(), preview.after.netPaid());
    m_taxLabel->setText(preview.after.pricesIncludeTax ? tr("Tax (included)") : tr("Tax"));

    if (preview.refundOwed.minorUnits() > 0)
        m_balance->setText(tr("Refund owed: %1").arg(preview.refundOwed.toDisplayString(locale)));
    else if (preview.balanceDue.minorUnits() > 0)
        m_balance->setText(tr("Balance due: %1").arg(preview.balanceDue.toDisplayString(locale)));
    else
        m_balance->setText(tr("Nothing due, nothing owed back"));
    m_settlement->setText(willHappen(preview.after));

    QStringList stock;
    for (const OrderEditPreview::StockEffect &effect : preview.stock) {
        stock << (effect.reservedChange > 0
                        ? tr("%1: %Ln more reserved", nullptr, int(effect.reservedChange)).arg(effect.sku)
                        : tr("%1: %Ln released", nullptr, int(-effect.reservedChange)).arg(effect.sku));
    }
    m_stock->setText(stock.isEmpty() ? tr("No change to reservations") : stock.join(u'\n'));
    setStatus(tr("Preview of the order after the edit; nothing is saved until you apply it."));
}

void OrderEditPreviewPanel::showOwed(const Order &now)
{
    const QLocale locale;
    m_balance->setText(now.balanceDue().minorUnits() > 0
                    ? tr("Balance due: %1").arg(now.balanceDue().toDisplayString(locale))
                    : tr("Refund owed: %1").arg(now.refundOwed().toDisplayString(locale)));
    m_settlement->clear();
}

void OrderEditPreviewPanel::setStatus(const QString &status)
{
    m_status->setText(status);
}

QString OrderEditPreviewPanel::willHappen(const Order &after) const
{
    const QLocale locale;
    const Money due = after.balanceDue();
    const Money owed = after.refundOwed();
    if (PaymentWorkflow::settlesByCard(after)) {
        if (owed.minorUnits() > 0)
            return tr("%1 will be refunded to the card.").arg(owed.toDisplayString(locale));
        if (due.minorUnits() > 0)
            return tr("The card will be charged %1.").arg(due.toDisplayString(locale));
        return tr("Nothing will be charged or refunded.");
    }
    if (due.minorUnits() > 0) {
        if (after.paymentMethod == PaymentMethodType::Card)
            return tr("%1 will be due: send the customer a payment link for it.").arg(due.toDisplayString(locale));
        return tr("%1 will be due, waiting for mark-paid.").arg(due.toDisplayString(locale));
    }
    if (owed.minorUnits() > 0) {
        return tr("%1 will be owed back to the customer: record the refund or keep it as credit.")
                .arg(owed.toDisplayString(locale));
    }
    return tr("Nothing will be charged or refunded.");
}

QString OrderEditPreviewPanel::figureText(const QString &row, const QString &column) const
{
    const QLabel *cell = m_cells.value(row + u'/' + column);
    return cell ? cell->text() : QString();
}

QString OrderEditPreviewPanel::balanceText() const
{
    return m_balance->text();
}

QString OrderEditPreviewPanel::settlementText() const
{
    return m_settlement->text();
}

QString OrderEditPreviewPanel::stockText() const
{
    return m_stock->text();
}

} // namespace shipshape
