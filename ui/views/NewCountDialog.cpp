#include "views/NewCountDialog.h"

#include "inventory/CycleCounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kDueDaysKey = u"counts/dueDays"_s;

} // namespace

NewCountDialog::NewCountDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"newCountDialog"_s);
    setWindowTitle(tr("New count"));
    m_named = new QRadioButton(tr("These products:"), this);
    m_named->setObjectName(u"countNamedChoice"_s);
    m_skus = new QLineEdit(this);
    m_skus->setObjectName(u"countSkusField"_s);
    m_skus->setAccessibleName(tr("Products to count"));
    m_skus->setPlaceholderText(tr("SKUs or barcodes, separated by spaces or commas"));
    m_due = new QRadioButton(tr("Products not counted for"), this);
    m_due->setObjectName(u"countDueChoice"_s);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"countDueDays"_s);
    m_days->setAccessibleName(tr("Days since the last count"));
    m_days->setRange(0, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(QSettings().value(kDueDaysKey, kDefaultDueDays).toInt());
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(u"countDueLimit"_s);
    m_limit->setAccessibleName(tr("At most this many products"));
    m_limit->setRange(1, CycleCounts::kMaxLines);
    m_limit->setValue(50);
    m_limit->setPrefix(tr("at most "));
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"countNoteField"_s);
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Where or why, e.g. aisle A (goes on the ledger corrections)"));

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due);
    dueRow->addWidget(m_days);
    dueRow->addWidget(m_limit);
    dueRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_named);
    form->addRow(m_skus);
    form->addRow(dueRow);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start count"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_named->setChecked(true);
    const auto follow = [this] {
        m_skus->setEnabled(m_named->isChecked());
        m_days->setEnabled(m_due->isChecked());
        m_limit->setEnabled(m_due->isChecked());
    };
    connect(m_named, &QRadioButton::toggled, this, follow);
    connect(m_skus, &QLineEdit::textEdited, this, [this] { m_named->setChecked(true); });
    follow();
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCountDialog::reject);
}

QStringList NewCountDialog::skus() const
{
    if (!m_named->isChecked())
        return {};
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    return m_skus->text().split(separators, Qt::SkipEmptyParts);
}

bool NewCountDialog::dueProducts() const
{
    return m_due->isChecked();
}

int NewCountDialog::dueDays() const
{
    return m_days->value();
}

int NewCountDialog::dueLimit() const
{
    return m_limit->value();
}

QString NewCountDialog::note() const
{
    return m_note->text().trimmed();
}

void NewCountDialog::accept()
{
    if (m_named->isChecked() && skus().isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                tr("Type the products to count, or choose the products not "
                   "counted for a number of days."));
        m_skus->setFocus();
        return;
    }
    if (m_due->isChecked())
        QSettings().setValue(kDueDaysKey, m_days->value());
    QDialog::accept();
}

} // namespace shipshape
