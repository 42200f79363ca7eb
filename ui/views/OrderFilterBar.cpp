#include "views/OrderFilterBar.h"

#include "common/Clock.h"
#include "orders/OrderStatus.h"
#include "orders/PaymentStates.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Status filter entry standing for the several statuses a view selected.
const QString kSeveralStatuses = u"*"_s;

enum class DateRange {
    Any,
    Today,
    Last7Days,
    Last30Days,
    Custom
};

} // namespace

OrderFilterBar::OrderFilterBar(const Clock &clock, QWidget *parent) : QToolBar(tr("Filters"), parent), m_clock(clock)
{
    setObjectName(u"orderFilters"_s);
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (OrderStatus status : OrderLifecycle::allStatuses())
        m_statusFilter->addItem(OrderLifecycle::displayName(status), OrderLifecycle::key(status));
    addWidget(m_statusFilter);

    m_paymentFilter = new QComboBox(this);
    m_paymentFilter->setObjectName(u"paymentFilter"_s);
    m_paymentFilter->setAccessibleName(tr("Filter by payment"));
    m_paymentFilter->addItem(tr("Any payment"), QString());
    for (PaymentState state : PaymentStates::all())
        m_paymentFilter->addItem(PaymentStates::displayName(state), PaymentStates::key(state));
    addWidget(m_paymentFilter);

    m_dateFilter = new QComboBox(this);
    m_dateFilter->setObjectName(u"dateFilter"_s);
    m_dateFilter->setAccessibleName(tr("Filter by placing date"));
    m_dateFilter->addItem(tr("Any date"), int(DateRange::Any));
    m_dateFilter->addItem(tr("Placed today"), int(DateRange::Today));
    m_dateFilter->addItem(tr("Last 7 days"), int(DateRange::Last7Days));
    m_dateFilter->addItem(tr("Last 30 days"), int(DateRange::Last30Days));
    m_dateFilter->addItem(tr("Between…"), int(DateRange::Custom));
    addWidget(m_dateFilter);

    const QDate today = m_clock.now().toLocalTime().date();
    m_fromDate = new QDateEdit(today.addDays(-30), this);
    m_fromDate->setObjectName(u"fromDate"_s);
    m_fromDate->setAccessibleName(tr("Placed on or after"));
    m_fromDate->setCalendarPopup(true);
    m_untilDate = new QDateEdit(today, this);
    m_untilDate->setObjectName(u"untilDate"_s);
    m_untilDate->setAccessibleName(tr("Placed on or before"));
    m_untilDate->setCalendarPopup(true);
    // Toolbar widgets are shown and hidden through their actions.
    m_fromDateAction = addWidget(m_fromDate);
    m_untilDateAction = addWidget(m_untilDate);
    m_fromDateAction->setVisible(false);
    m_untilDateAction->setVisible(false);

    addSeparator();
    m_customerChip = new QLabel(this);
    m_customerChip->setObjectName(u"customerFilter"_s);
    m_customerChip->setTextFormat(Qt::PlainText);
    m_customerChipAction = addWidget(m_customerChip);
    m_clearCustomer = addAction(tr("✕ all customers"));
    m_clearCustomer->setToolTip(tr("Show the orders of every customer"));
    connect(m_clearCustomer, &QAction::triggered, this, &OrderFilterBar::customerCleared);
    updateCustomerChip();

    // After the customer chip: on a narrow window the filter bar moves its last widgets into its menu (»).
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(u"tagFilter"_s);
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_tagFilter->setEditable(true);
    m_tagFilter->setInsertPolicy(QComboBox::NoInsert);
    m_tagFilter->lineEdit()->setPlaceholderText(tr("Any tag"));
    m_tagFilter->lineEdit()->setAccessibleName(m_tagFilter->accessibleName()); // read out when typing in it
    m_tagFilter->lineEdit()->setClearButtonEnabled(true);
    // Suggested in a popup, never completed in the field: "VIP" must not become "VIPs" on Return.
    m_tagFilter->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_tagFilter->setMinimumContentsLength(12);
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addWidget(m_tagFilter);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &OrderFilterBar::edited);
    connect(m_paymentFilter, &QComboBox::currentIndexChanged, this, &OrderFilterBar::edited);
    // Typed like the search (after a pause), chosen from the list at once.
    connect(m_tagFilter, &QComboBox::editTextChanged, this, &OrderFilterBar::typing);
    connect(m_tagFilter, &QComboBox::activated, this, &OrderFilterBar::edited);
    connect(m_tagFilter->lineEdit(), &QLineEdit::returnPressed, this, &OrderFilterBar::edited);
    connect(m_dateFilter, &QComboBox::currentIndexChanged, this, [this] {
        showDateEdits(m_dateFilter->currentData().toInt() == int(DateRange::Custom));
        Q_EMIT edited();
    });
    connect(m_fromDate, &QDateEdit::dateChanged, this, &OrderFilterBar::edited);
    connect(m_untilDate, &QDateEdit::dateChanged, this, &OrderFilterBar::edited);
}

OrderFilter OrderFilterBar::filter() const
{
    OrderFilter filter;
    const QString statusKey = m_statusFilter->currentData().toString();
    if (statusKey == kSeveralStatuses)
        filter.statuses = m_viewStatuses;
    else if (const auto status = OrderLifecycle::fromKey(statusKey))
        filter.statuses << *status;
    filter.paymentState = PaymentStates::fromKey(m_paymentFilter->currentData().toString());
    const QDate today = m_clock.now().toLocalTime().date();
    const auto startOf = [](const QDate &day) { return QDateTime(day, QTime(0, 0)).toUTC(); };
    switch (static_cast<DateRange>(m_dateFilter->currentData().toInt())) {
    case DateRange::Any:
        break;
    case DateRange::Today:
        filter.from = startOf(today);
        break;
    case DateRange::Last7Days:
        filter.from = startOf(today.addDays(-6));
        break;
    case DateRange::Last30Days:
        filter.from = startOf(today.addDays(-29));
        break;
    case DateRange::Custom:
        filter.from = startOf(m_fromDate->date());
        filter.until = startOf(m_untilDate->date().addDays(1)); // the whole last day
        break;
    }
    filter.customerId = m_customerId;
    filter.tag = m_tagFilter->currentText().trimmed();
    // Cancel reasons come from a view or the dashboard; they stay while cancelled orders are listed.
    if (filter.statuses.contains(OrderStatus::Cancelled) || filter.statuses.isEmpty())
        filter.cancelReasons = m_cancelReasons;
    return filter;
}

void OrderFilterBar::showFilter(const OrderFilter &filter)
{
    const QSignalBlocker statusBlocker(m_statusFilter);
    const QSignalBlocker paymentBlocker(m_paymentFilter);
    const QSignalBlocker dateBlocker(m_dateFilter);
    const QSignalBlocker fromBlocker(m_fromDate);
    const QSignalBlocker untilBlocker(m_untilDate);
    const QSignalBlocker tagBlocker(m_tagFilter);

    m_tagFilter->setEditText(filter.tag);
    const int several = m_statusFilter->findData(kSeveralStatuses);
    if (several >= 0)
        m_statusFilter->removeItem(several);
    m_viewStatuses = filter.statuses;
    if (filter.statuses.isEmpty()) {
        m_statusFilter->setCurrentIndex(0);
    } else if (filter.statuses.size() == 1) {
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(OrderLifecycle::key(filter.statuses.constFirst())));
    } else {
        QStringList names;
        for (OrderStatus status : filter.statuses)
            names << OrderLifecycle::displayName(status);
        m_statusFilter->addItem(names.join(u", "_s), kSeveralStatuses);
        m_statusFilter->setCurrentIndex(m_statusFilter->count() - 1);
    }
    m_paymentFilter->setCurrentIndex(
            filter.paymentState ? m_paymentFilter->findData(PaymentStates::key(*filter.paymentState)) : 0);
    if (filter.from || filter.until) {
        m_dateFilter->setCurrentIndex(m_dateFilter->findData(int(DateRange::Custom)));
        const QDate today = m_clock.now().toLocalTime().date();
        m_fromDate->setDate(filter.from ? filter.from->toLocalTime().date() : QDate(2000, 1, 1));
        // `until` is exclusive: the last day shown is the one before it.
        m_untilDate->setDate(filter.until ? filter.until->toLocalTime().addMSecs(-1).date() : today);
        showDateEdits(true);
    } else {
        m_dateFilter->setCurrentIndex(0);
        showDateEdits(false);
    }
    m_cancelReasons = filter.cancelReasons;
    setCustomer(filter.customerId);
}

QString OrderFilterBar::describe(const OrderFilter &filter) const
{
    const QLocale locale;
    QStringList parts;
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (OrderStatus status : filter.statuses)
            names << OrderLifecycle::displayName(status);
        const QString last = names.takeLast();
        parts << (names.isEmpty() ? tr("with status %1").arg(last)
                                  : tr("with status %1 or %2").arg(names.join(u", "_s), last));
    }
    if (filter.paymentState)
        parts << tr("with payment %1").arg(PaymentStates::displayName(*filter.paymentState));
    if (!filter.cancelReasons.isEmpty()) {
        QStringList reasons;
        for (CancelReason reason : filter.cancelReasons)
            reasons << CancelReasons::displayName(reason);
        parts << tr("cancelled for %1").arg(reasons.join(u", "_s));
    }
    const auto day
            = [&locale](const QDateTime &at) { return locale.toString(at.toLocalTime().date(), QLocale::ShortFormat); };
    switch (static_cast<DateRange>(m_dateFilter->currentData().toInt())) {
    case DateRange::Today:
        parts << tr("placed today");
        break;
    case DateRange::Last7Days:
        parts << tr("placed in the last 7 days");
        break;
    case DateRange::Last30Days:
        parts << tr("placed in the last 30 days");
        break;
    case DateRange::Any:
    case DateRange::Custom:
        if (filter.from && filter.until)
            parts << tr("placed from %1 to %2").arg(day(*filter.from), day(filter.until->addMSecs(-1)));
        else if (filter.from)
            parts << tr("placed since %1").arg(day(*filter.from));
        else if (filter.until)
            parts << tr("placed before %1").arg(day(*filter.until));
        break;
    }
    if (!filter.customerId.isEmpty())
        parts << (m_customerName.isEmpty() ? tr("of the chosen customer") : tr("of %1").arg(m_customerName));
    if (!filter.tag.isEmpty())
        parts << tr("tagged “%1”").arg(filter.tag);
    return parts.join(u", "_s);
}

void OrderFilterBar::setCustomer(const QString &customerId)
{
    if (customerId != m_customerId)
        m_customerName.clear();
    m_customerId = customerId;
    updateCustomerChip();
}

void OrderFilterBar::setCustomerName(const QString &name)
{
    m_customerName = name;
    updateCustomerChip();
}

void OrderFilterBar::setKnownTags(const QStringList &tags)
{
    // Refilling an editable combo box would put its first item in the field: keep what is typed there.
    const QSignalBlocker blocker(m_tagFilter);
    const QString typed = m_tagFilter->currentText();
    m_tagFilter->clear();
    m_tagFilter->addItems(tags);
    m_tagFilter->setCurrentIndex(-1);
    m_tagFilter->setEditText(typed);
}

void OrderFilterBar::addTrailingActions(const QList<QAction *> &actions)
{
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    addActions(actions);
}

void OrderFilterBar::showDateEdits(bool visible)
{
    m_fromDateAction->setVisible(visible);
    m_untilDateAction->setVisible(visible);
}

void OrderFilterBar::updateCustomerChip()
{
    const bool filtered = !m_customerId.isEmpty();
    m_customerChipAction->setVisible(filtered);
    m_clearCustomer->setVisible(filtered);
    m_customerChip->setText(tr("Customer: %1").arg(m_customerName.isEmpty() ? tr("…") : m_customerName));
}

} // namespace shipshape
