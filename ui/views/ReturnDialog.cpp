#include "views/ReturnDialog.h"

#include "background/SessionWorker.h"
#include "orders/ReturnableUnits.h"
#include "session/Session.h"
#include "views/FieldErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ReturnDialog::ReturnDialog(SessionWorker &worker, const Order &order, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_orderNumber(order.number)
{
    setObjectName(u"returnDialog"_s);
    setWindowTitle(tr("Return from order #%1").arg(order.number));
    const QLocale locale;
    auto *grid = new QGridLayout;
    const QStringList headers{
            tr("SKU"), tr("Product"), tr("Shipped"), tr("Already returned"), tr("Return"), tr("Reason"), tr("Note")};
    for (int column = 0; column < headers.size(); ++column)
        grid->addWidget(new QLabel(headers.at(column), this), 0, column);
    for (const LineItem &line : order.lines) {
        if (line.shippedQuantity <= 0)
            continue;
        const int gridRow = int(m_rows.size()) + 1;
        const qint64 underReturn = ReturnableUnits::underReturn(order.returns, line.sku);
        const qint64 returnable = ReturnableUnits::of(line, order.returns);
        Row row;
        row.sku = line.sku;
        row.quantity = new QSpinBox(this);
        row.quantity->setObjectName(u"returnQuantity_%1"_s.arg(line.sku));
        row.quantity->setAccessibleName(tr("Units of %1 to return").arg(line.sku));
        row.quantity->setRange(0, int(returnable));
        row.quantity->setEnabled(returnable > 0);
        row.reason = new QComboBox(this);
        row.reason->setObjectName(u"returnReason_%1"_s.arg(line.sku));
        row.reason->setAccessibleName(tr("Why %1 comes back").arg(line.sku));
        for (const QString &key : ReturnReasons::keys()) {
            if (const auto reason = ReturnReasons::fromKey(key))
                row.reason->addItem(ReturnReasons::displayName(*reason), key);
        }
        row.note = new QLineEdit(this);
        row.note->setObjectName(u"returnNote_%1"_s.arg(line.sku));
        row.note->setAccessibleName(tr("Note on %1").arg(line.sku));
        row.note->setMaxLength(500);
        row.note->setPlaceholderText(tr("Required for \"other\""));
        auto *sku = new QLabel(line.sku, this);
        sku->setTextFormat(Qt::PlainText);
        auto *name = new QLabel(line.productName, this);
        name->setTextFormat(Qt::PlainText);
        grid->addWidget(sku, gridRow, 0);
        grid->addWidget(name, gridRow, 1);
        grid->addWidget(new QLabel(locale.toString(line.shippedQuantity), this), gridRow, 2);
        grid->addWidget(new QLabel(locale.toString(underReturn), this), gridRow, 3);
        grid->addWidget(row.quantity, gridRow, 4);
        grid->addWidget(row.reason, gridRow, 5);
        grid->addWidget(row.note, gridRow, 6);
        connect(row.quantity, &QSpinBox::valueChanged, this, &ReturnDialog::updateState);
        connect(row.reason, &QComboBox::currentIndexChanged, this, &ReturnDialog::updateState);
        connect(row.note, &QLineEdit::textChanged, this, &ReturnDialog::updateState);
        m_rows.append(row);
    }

    m_returnNote = new QLineEdit(this);
    m_returnNote->setObjectName(u"returnNote"_s);
    m_returnNote->setAccessibleName(tr("Note on the return"));
    m_returnNote->setPlaceholderText(tr("Optional, for the timeline"));
    m_returnNote->setMaxLength(2000);
    m_error = new FieldErrorLabel(u"returnError"_s, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(tr("Open return"));
    m_submit->setAccessibleName(tr("Open return"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(new QLabel(tr("Note:"), this));
    noteRow->addWidget(m_returnNote, 1);
    layout->addLayout(noteRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateState();
}

QList<ReturnRequestLine> ReturnDialog::requestLines() const
{
    QList<ReturnRequestLine> lines;
    for (const Row &row : m_rows) {
        if (row.quantity->value() <= 0)
            continue;
        const auto reason = ReturnReasons::fromKey(row.reason->currentData().toString());
        lines.append(ReturnRequestLine{
                row.sku, row.quantity->value(), reason.value_or(ReturnReason::Other), row.note->text().trimmed()});
    }
    return lines;
}

bool ReturnDialog::isComplete() const
{
    const QList<ReturnRequestLine> lines = requestLines();
    if (lines.isEmpty())
        return false;
    return std::ranges::all_of(lines,
            [](const ReturnRequestLine &line) { return line.reason != ReturnReason::Other || !line.note.isEmpty(); });
}

void ReturnDialog::updateState()
{
    for (const Row &row : std::as_const(m_rows)) {
        const bool other = row.reason->currentData().toString() == ReturnReasons::key(ReturnReason::Other);
        row.note->setEnabled(other && !m_busy);
    }
    m_submit->setEnabled(!m_busy && isComplete());
}

void ReturnDialog::submit()
{
    if (m_busy || !isComplete())
        return;
    m_busy = true;
    updateState();
    m_error->hide();
    const qint64 number = m_orderNumber;
    const QList<ReturnRequestLine> lines = requestLines();
    const QString note = m_returnNote->text();
    m_worker.run(
            [number, lines, note](Session &session) -> Result<Order> {
                auto opened = session.orders().returns().open(QString::number(number), lines, note);
                if (!opened)
                    return fail(opened.error());
                return session.orders().find(QString::number(number));
            },
            this,
            [this](const Result<Order> &result) {
                m_busy = false;
                if (result) {
                    Q_EMIT returnOpened(*result);
                    accept();
                    return;
                }
                m_error->setText(result.error().message);
                m_error->show();
                updateState();
                Q_EMIT openFailed(result.error().message);
            });
}

} // namespace shipshape
