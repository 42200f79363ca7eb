#include "views/OrderViewSelector.h"

#include "common/Clock.h"
#include "models/OrderTableModel.h"
#include "views/SavedOrderViews.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Item data of the view selector: which kind of entry a row is.
const QString kAllOrders = u"all"_s;
const QString kCustomView = u"custom"_s;
const QString kBuiltInPrefix = u"builtin:"_s;
const QString kUserPrefix = u"user:"_s;

} // namespace

OrderViewSelector::OrderViewSelector(const Clock &clock, const OrderTableModel &orderModel, QWidget *page)
    : QObject(page), m_clock(clock), m_orderModel(orderModel), m_page(page)
{
    m_selector = new QComboBox(page);
    m_selector->setObjectName(u"orderViewSelector"_s);
    m_selector->setAccessibleName(tr("Saved views"));
    m_selector->setToolTip(tr("Saved filters"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reload();
    connect(m_selector, &QComboBox::activated, this, &OrderViewSelector::applySelected);

    m_save = new QAction(tr("Save view…"), page);
    m_save->setObjectName(u"saveView"_s);
    m_save->setToolTip(tr("Keep the current filter as a named view"));
    connect(m_save, &QAction::triggered, this, &OrderViewSelector::saveAsked);
    m_delete = new QAction(tr("Delete view"), page);
    m_delete->setObjectName(u"deleteView"_s);
    m_delete->setEnabled(false);
    connect(m_delete, &QAction::triggered, this, &OrderViewSelector::deleteSelected);
}

void OrderViewSelector::showAllOrders()
{
    const QSignalBlocker blocker(m_selector);
    m_selector->setCurrentIndex(0);
    applySelected();
}

void OrderViewSelector::markAsCustom()
{
    if (m_selector->currentData().toString() == kCustomView)
        return;
    const QSignalBlocker blocker(m_selector);
    int custom = m_selector->findData(kCustomView);
    if (custom < 0) {
        m_selector->addItem(tr("Custom filter"), kCustomView);
        custom = m_selector->count() - 1;
    }
    m_selector->setCurrentIndex(custom);
    m_delete->setEnabled(false);
}

void OrderViewSelector::reload()
{
    const QString current = m_selector->currentData().toString();
    const QSignalBlocker blocker(m_selector);
    m_selector->clear();
    m_selector->addItem(tr("All orders"), kAllOrders);
    for (const SavedOrderView &view : SavedOrderViews::builtIns(m_clock.now()))
        m_selector->addItem(view.name, QString(kBuiltInPrefix + view.name));
    const QList<SavedOrderView> userViews = SavedOrderViews::userViews();
    if (!userViews.isEmpty())
        m_selector->insertSeparator(m_selector->count());
    for (const SavedOrderView &view : userViews)
        m_selector->addItem(view.name, QString(kUserPrefix + view.name));
    const int index = m_selector->findData(current);
    m_selector->setCurrentIndex(std::max(index, 0));
}

bool OrderViewSelector::select(const QString &name)
{
    for (const QString &prefix : {kBuiltInPrefix, kUserPrefix}) {
        const int index = m_selector->findData(QString(prefix + name));
        if (index >= 0) {
            m_selector->setCurrentIndex(index);
            applySelected();
            return true;
        }
    }
    if (name == m_selector->itemText(0)) {
        m_selector->setCurrentIndex(0);
        applySelected();
        return true;
    }
    return false;
}

void OrderViewSelector::applySelected()
{
    const QString key = m_selector->currentData().toString();
    m_delete->setEnabled(key.startsWith(kUserPrefix));
    if (key == kCustomView)
        return;
    const int custom = m_selector->findData(kCustomView);
    if (custom >= 0) {
        const QSignalBlocker blocker(m_selector);
        m_selector->removeItem(custom);
    }
    if (key == kAllOrders) {
        Q_EMIT viewChosen({});
        return;
    }
    QList<SavedOrderView> views = SavedOrderViews::builtIns(m_clock.now());
    views << SavedOrderViews::userViews();
    for (const SavedOrderView &view : std::as_const(views)) {
        const QString viewKey = (view.builtIn ? kBuiltInPrefix : kUserPrefix) + view.name;
        if (viewKey == key) {
            Q_EMIT viewChosen(view.filter);
            return;
        }
    }
}

std::optional<QString> OrderViewSelector::saveShownFilter(const QString &name)
{
    if (auto refused = SavedOrderViews::save(name, m_orderModel.filter()))
        return refused;
    reload();
    const QSignalBlocker blocker(m_selector);
    m_selector->setCurrentIndex(m_selector->findData(QString(kUserPrefix + name.simplified())));
    const int custom = m_selector->findData(kCustomView);
    if (custom >= 0)
        m_selector->removeItem(custom);
    m_delete->setEnabled(true);
    return std::nullopt;
}

void OrderViewSelector::saveAsked()
{
    QString name = m_selector->currentData().toString().startsWith(kUserPrefix) ? m_selector->currentText() : QString();
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_page, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        const auto refused = saveShownFilter(name);
        if (!refused)
            return;
        // Ask again with what was typed still there.
        QMessageBox::warning(m_page, tr("Save view"), *refused);
    }
}

void OrderViewSelector::deleteSelected()
{
    const QString key = m_selector->currentData().toString();
    if (!key.startsWith(kUserPrefix))
        return;
    const QString name = key.mid(kUserPrefix.size());
    if (QMessageBox::question(m_page, tr("Delete view"), tr("Delete the view \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    SavedOrderViews::remove(name);
    reload();
    m_delete->setEnabled(false);
}

} // namespace shipshape
