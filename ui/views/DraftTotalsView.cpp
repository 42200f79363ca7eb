#include "views/DraftTotalsView.h"

#include <QGridLayout>
#include <QHBoxLayout>
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
    m_totalLabel = new QLabel(tr("Total"), this);
    QFont labelFont = m_totalLabel->font();
    labelFont.setBold(true);
    m_totalLabel->setFont(labelFont);
    m_total = new QLabel(this);
    m_total->setObjectName(u"orderTotal"_s);
    m_total->setTextFormat(Qt::PlainText);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.25);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(m_totalLabel, 1);
    totalRow->addWidget(m_total);
    m_note = new QLabel(this);
    m_note->setObjectName(u"totalNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addLayout(totalRow);
    layout->addWidget(m_note);
    layout->addStretch();
    showNoTotal();
}

void DraftTotalsView::setRows(const QList<Row> &rows, const QString &total, const QString &note)
{
    while (m_rows.size() > rows.size()) {
        const auto [label, amount] = m_rows.takeLast();
        delete label;
        delete amount;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i == m_rows.size()) {
            auto *label = new QLabel(this);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true); // a long code or reason wraps instead of widening the window
            auto *amount = new QLabel(this);
            amount->setTextFormat(Qt::PlainText);
            amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->addWidget(label, int(i), 0);
            m_grid->addWidget(amount, int(i), 1);
            // Shown now, not when the layout gets round to it: a grab or a paint in between shows them.
            label->show();
            amount->show();
            m_rows.append(std::pair(label, amount));
        }
        const auto &[label, amount] = m_rows.at(i);
        label->setText(rows.at(i).label);
        amount->setText(rows.at(i).amount);
        amount->setObjectName(rows.at(i).objectName);
    }
    m_total->setText(total);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void DraftTotalsView::showNoTotal(const QString &reason)
{
    setRows({}, tr("—"), reason);
}

void DraftTotalsView::showQuote(const DraftQuote &quote)
{
    if (!quote.subtotal) {
        showNoTotal(quote.problem.isEmpty() ? QString() : tr("Total unavailable: %1").arg(quote.problem));
        return;
    }
    const QLocale locale;
    QList<Row> rows{{u"subtotal"_s, tr("Subtotal (%n item(s))", nullptr, int(quote.itemCount)),
            quote.subtotal->toDisplayString(locale)}};
    if (!quote.total) {
        setRows(rows, tr("—"),
                quote.refused ? tr("Correct the discount or shipping fee marked in red to see the total.")
                              : tr("Total unavailable: %1").arg(quote.problem));
        return;
    }
    for (qsizetype i = 0; i < quote.discounts.size(); ++i) {
        const Discount &discount = quote.discounts.at(i);
        rows.append({u"discount%1"_s.arg(i), discountLabel(discount),
                tr("−%1").arg(discount.amount.toDisplayString(locale))});
    }
    if (quote.shipping && (!quote.shipping->isZero() || !quote.shippingMethod.isEmpty())) {
        rows.append({u"shipping"_s,
                quote.shippingMethod.isEmpty() ? tr("Shipping") : tr("Shipping · %1").arg(quote.shippingMethod),
                quote.shipping->toDisplayString(locale)});
    }
    for (qsizetype i = 0; i < quote.taxes.size(); ++i) {
        const Order::TaxLine &tax = quote.taxes.at(i);
        const QString name = tax.name.isEmpty() ? tr("Tax") : tax.name;
        rows.append({u"tax%1"_s.arg(i),
                quote.pricesIncludeTax ? tr("incl. %1 %2 %").arg(name, tax.rate.toPercentString())
                                       : tr("%1 %2 %").arg(name, tax.rate.toPercentString()),
                tax.tax.toDisplayString(locale)});
    }
    const bool taxIncluded = quote.pricesIncludeTax && quote.tax && !quote.tax->isZero();
    setRows(rows, quote.total->toDisplayString(locale), taxIncluded ? tr("Prices include tax.") : QString());
}

QStringList DraftTotalsView::rows() const
{
    QStringList shown;
    for (const auto &[label, amount] : m_rows)
        shown << label->text() + u": "_s + amount->text();
    shown << m_totalLabel->text() + u": "_s + m_total->text();
    return shown;
}

} // namespace shipshape
