#include "views/DraftTotalsView.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString discountLabel(const Discount &discount)
{
    const QString value = discount.valueText();
    const QString why = discount.code.isEmpty() ? discount.reason : discount.code;
    const QString what = discount.isOrderWide() ? DraftTotalsView::tr("Discount %1").arg(value)
                                                : DraftTotalsView::tr("Discount %1 on %2").arg(value, discount.sku);
    return why.isEmpty() ? what : DraftTotalsView::tr("%1 · %2").arg(what, why);
}

} // namespace

DraftTotalsView::DraftTotalsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"draftTotals"_s);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(u"orderTotal"_s);
    m_total->setTextFormat(Qt::PlainText);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.25);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_note = new QLabel(this);
    m_note->setObjectName(u"totalNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_note);
    layout->addStretch();
    showNoTotal();
}

void DraftTotalsView::clearRows()
{
    m_grid->removeWidget(m_total); // kept, and added again as the last row
    for (const auto &[label, amount] : std::as_const(m_rows)) {
        delete label;
        if (amount != m_total)
            delete amount;
    }
    m_rows.clear();
}

void DraftTotalsView::addRow(const QString &objectName, const QString &label, const QString &amount, bool emphasised)
{
    auto *name = new QLabel(label, this);
    name->setTextFormat(Qt::PlainText);
    QLabel *figure = emphasised ? m_total : new QLabel(this);
    figure->setTextFormat(Qt::PlainText);
    figure->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    figure->setText(amount);
    if (!emphasised)
        figure->setObjectName(objectName);
    if (emphasised) {
        QFont font = name->font();
        font.setBold(true);
        name->setFont(font);
    }
    const int row = int(m_rows.size());
    m_grid->addWidget(name, row, 0);
    m_grid->addWidget(figure, row, 1);
    figure->show();
    m_rows.append(std::pair(name, figure));
}

void DraftTotalsView::showNoTotal(const QString &reason)
{
    clearRows();
    addRow({}, tr("Total"), tr("—"), true);
    m_note->setText(reason);
    m_note->setVisible(!reason.isEmpty());
}

void DraftTotalsView::showQuote(const DraftQuote &quote)
{
    if (!quote.subtotal) {
        showNoTotal(quote.problem.isEmpty() ? QString() : tr("Total unavailable: %1").arg(quote.problem));
        return;
    }
    const QLocale locale;
    clearRows();
    addRow(u"subtotal"_s, tr("Subtotal (%n item(s))", nullptr, int(quote.itemCount)),
            quote.subtotal->toDisplayString(locale));
    if (!quote.total) {
        addRow({}, tr("Total"), tr("—"), true);
        const QString why = quote.refused ? tr("Correct the discount or shipping fee marked above to see the total.")
                                          : tr("Total unavailable: %1").arg(quote.problem);
        m_note->setText(why);
        m_note->show();
        return;
    }
    for (qsizetype i = 0; i < quote.discounts.size(); ++i) {
        const Discount &discount = quote.discounts.at(i);
        addRow(u"discount%1"_s.arg(i), discountLabel(discount), tr("−%1").arg(discount.amount.toDisplayString(locale)));
    }
    if (quote.shipping && (!quote.shipping->isZero() || !quote.shippingMethod.isEmpty())) {
        addRow(u"shipping"_s,
                quote.shippingMethod.isEmpty() ? tr("Shipping") : tr("Shipping · %1").arg(quote.shippingMethod),
                quote.shipping->toDisplayString(locale));
    }
    for (qsizetype i = 0; i < quote.taxes.size(); ++i) {
        const Order::TaxLine &tax = quote.taxes.at(i);
        const QString name = tax.name.isEmpty() ? tr("Tax") : tax.name;
        const QString label = quote.pricesIncludeTax ? tr("incl. %1 %2 %").arg(name, tax.rate.toPercentString())
                                                     : tr("%1 %2 %").arg(name, tax.rate.toPercentString());
        addRow(u"tax%1"_s.arg(i), label, tax.tax.toDisplayString(locale));
    }
    addRow({}, tr("Total"), quote.total->toDisplayString(locale), true);
    m_note->setText(
            quote.pricesIncludeTax && quote.tax && !quote.tax->isZero() ? tr("Prices include tax.") : QString());
    m_note->setVisible(!m_note->text().isEmpty());
}

QStringList DraftTotalsView::rows() const
{
    QStringList shown;
    for (const auto &[label, amount] : m_rows)
        shown << label->text() + u": "_s + amount->text();
    return shown;
}

} // namespace shipshape
