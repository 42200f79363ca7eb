#include "views/TaxRatesPanel.h"

#include "background/SessionWorker.h"
#include "models/TaxRateModel.h"
#include "pricing/TaxService.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

struct TaxSetup {
    QList<TaxRate> rates;
    bool pricesIncludeTax = false;
};

Result<TaxSetup> readSetup(Session &session)
{
    TaxService taxes(session.database(), session.clock());
    auto rates = taxes.rates();
    if (!rates)
        return fail(rates.error());
    auto inclusive = taxes.pricesIncludeTax();
    if (!inclusive)
        return fail(inclusive.error());
    return TaxSetup{*rates, *inclusive};
}

} // namespace

TaxRatesPanel::TaxRatesPanel(SessionWorker &worker, QWidget *parent)
    : QGroupBox(tr("Tax rates"), parent), m_worker(worker)
{
    setObjectName(u"taxRates"_s);
    m_model = new TaxRateModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"taxRateTable"_s);
    m_table->setAccessibleName(tr("Tax rates"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(140);

    const auto field = [this](const QString &name, const QString &accessible, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_country = field(u"taxCountry"_s, tr("Country code"), u"DE"_s);
    m_country->setMaxLength(2);
    m_region = field(u"taxRegion"_s, tr("Region"), tr("whole country"));
    m_taxClass = field(u"taxClass"_s, tr("Tax class"), u"standard"_s);
    m_name = field(u"taxName"_s, tr("Tax name on invoices"), tr("VAT"));
    m_percent = field(u"taxPercent"_s, tr("Rate in percent"), u"19"_s);
    m_set = new QPushButton(tr("Set rate"), this);
    m_set->setObjectName(u"taxSet"_s);
    m_remove = new QPushButton(tr("Remove selected"), this);
    m_remove->setObjectName(u"taxRemove"_s);
    m_remove->setEnabled(false);
    m_inclusive = new QCheckBox(tr("Catalogue prices include tax"), this);
    m_inclusive->setObjectName(u"pricesIncludeTax"_s);
    m_inclusive->setToolTip(tr("When on, tax is the part of each price that is tax; when off, it is added on top."));
    m_status = new QLabel(this);
    m_status->setObjectName(u"taxStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *where = new QHBoxLayout;
    where->addWidget(m_country);
    where->addWidget(m_region, 1);
    form->addRow(tr("Country, region:"), where);
    form->addRow(tr("Tax class:"), m_taxClass);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Rate (%):"), m_percent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    form->addRow(QString(), buttons);

    auto *note = new QLabel(tr("Rates apply at once to new orders and new lines on every desktop; orders already "
                               "placed keep the rates they were placed with."),
            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inclusive);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(note);

    connect(m_set, &QPushButton::clicked, this, &TaxRatesPanel::setRateFromForm);
    connect(m_percent, &QLineEdit::returnPressed, this, &TaxRatesPanel::setRateFromForm);
    connect(m_remove, &QPushButton::clicked, this, &TaxRatesPanel::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_remove->setEnabled(m_readOnlyReason.isEmpty() && m_table->selectionModel()->hasSelection());
        fillFormFromSelection();
    });
    connect(m_inclusive, &QCheckBox::toggled, this, [this](bool include) {
        if (m_loading)
            return;
        m_worker.run(
                [include](Session &session) -> Result<TaxSetup> {
                    if (auto written = TaxService(session.database(), session.clock()).setPricesIncludeTax(include);
                            !written)
                        return fail(written.error());
                    return readSetup(session);
                },
                this,
                [this, include](const Result<TaxSetup> &result) {
                    showStatus(!result        ? result.error().message
                                    : include ? tr("New orders: prices include tax.")
                                              : tr("New orders: tax is added on top of prices."));
                    Q_EMIT updated();
                });
    });
    reload();
}

void TaxRatesPanel::reload()
{
    m_worker.run([](Session &session) { return readSetup(session); }, this,
            [this](const Result<TaxSetup> &setup) {
                if (!setup) {
                    showStatus(setup.error().message);
                    Q_EMIT updated();
                    return;
                }
                m_model->setRates(setup->rates);
                m_loading = true;
                m_inclusive->setChecked(setup->pricesIncludeTax);
                m_loading = false;
                m_table->resizeColumnsToContents();
                if (setup->rates.isEmpty())
                    showStatus(tr("No tax rates: orders are not taxed."));
                Q_EMIT updated();
            });
}

void TaxRatesPanel::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    const bool writable = reason.isEmpty();
    m_set->setEnabled(writable);
    m_set->setToolTip(reason);
    m_remove->setEnabled(writable && m_table->selectionModel()->hasSelection());
    m_remove->setToolTip(reason);
    m_inclusive->setEnabled(writable);
    m_inclusive->setToolTip(reason);
}

void TaxRatesPanel::setRateFromForm()
{
    if (!m_readOnlyReason.isEmpty())
        return; // Return in the percent field
    const QString country = m_country->text();
    const QString region = m_region->text();
    const QString taxClass = m_taxClass->text();
    const QString name = m_name->text();
    const QString percent = m_percent->text();
    m_worker.run(
            [=](Session &session) -> Result<TaxSetup> {
                auto rate = TaxService(session.database(), session.clock())
                                    .setRate(country, region, taxClass, name, percent);
                if (!rate)
                    return fail(rate.error());
                return readSetup(session);
            },
            this,
            [this](const Result<TaxSetup> &setup) {
                if (!setup) {
                    showStatus(setup.error().message);
                    Q_EMIT updated();
                    return;
                }
                m_model->setRates(setup->rates);
                m_table->resizeColumnsToContents();
                showStatus(tr("Tax rate saved."));
                Q_EMIT updated();
            });
}

void TaxRatesPanel::removeSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const TaxRate rate = m_model->rates().at(selected.constFirst().row());
    m_worker.run(
            [rate](Session &session) -> Result<TaxSetup> {
                if (auto removed = TaxService(session.database(), session.clock())
                                           .removeRate(rate.country, rate.region, rate.taxClass);
                        !removed)
                    return fail(removed.error());
                return readSetup(session);
            },
            this,
            [this](const Result<TaxSetup> &setup) {
                if (!setup) {
                    showStatus(setup.error().message);
                    Q_EMIT updated();
                    return;
                }
                m_model->setRates(setup->rates);
                showStatus(tr("Tax rate removed."));
                Q_EMIT updated();
            });
}

void TaxRatesPanel::fillFormFromSelection()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const TaxRate &rate = m_model->rates().at(selected.constFirst().row());
    m_country->setText(rate.country);
    m_region->setText(rate.region);
    m_taxClass->setText(rate.taxClass);
    m_name->setText(rate.name);
    m_percent->setText(rate.rate.toPercentString());
}

void TaxRatesPanel::showStatus(const QString &text)
{
    m_status->setText(text);
}

QString TaxRatesPanel::statusText() const
{
    return m_status->text();
}

} // namespace shipshape
