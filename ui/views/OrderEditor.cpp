#include "views/OrderEditor.h"

#include "background/SessionWorker.h"
#include "models/DraftLineModel.h"
#include "models/DraftListModel.h"
#include "session/Session.h"
#include "views/DraftAdjustmentsPanel.h"
#include "views/DraftCheckoutForm.h"
#include "views/DraftListPanel.h"
#include "views/DraftTotalsView.h"
#include "views/FieldErrorLabel.h"
#include "views/LineTableView.h"
#include "views/ProductSearchField.h"
#include "views/QuantityDelegate.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kPlaceMessage = u"place"_s;
const QString kLinesMessage = u"items"_s;
const QString kAllFields = u"*"_s;
const QString kSplitterSetting = u"orderEditor/splitter"_s;

} // namespace

OrderEditor::OrderEditor(SessionWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"orderEditor"_s);
    setAccessibleName(tr("Order editor"));
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &OrderEditor::save);

    m_title = new QLabel(tr("New order"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(u"saveStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_status);

    m_form = new QWidget(this);
    m_checkout = new DraftCheckoutForm(m_worker, m_form);
    m_messages.insert(m_checkout->messages());
    connect(m_checkout, &DraftCheckoutForm::edited, this, &OrderEditor::edited);
    connect(m_checkout, &DraftCheckoutForm::destinationChanged, this, &OrderEditor::refreshQuote);
    connect(m_checkout, &DraftCheckoutForm::lookupFailed, this, &OrderEditor::setStatus);
    connect(m_checkout, &DraftCheckoutForm::customerChosen, this, [this] {
        edited(u"customer.name"_s);
        m_touched.insert(u"customer.email"_s);
        showProblems();
    });
    m_adjustments = new DraftAdjustmentsPanel(this);
    connect(m_adjustments, &DraftAdjustmentsPanel::edited, this, &OrderEditor::adjustmentsEdited);
    auto *totalsBox = new QGroupBox(tr("Totals"), this);
    m_totals = new DraftTotalsView(totalsBox);
    // Wide enough for "Discount 10 % · CODE  −USD 1,234.56" on one line; longer labels wrap.
    m_totals->setMinimumWidth(fontMetrics().horizontalAdvance(u"Discount 10 % · WINTER   −USD 1,234.56"_s));
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->addWidget(m_totals);
    auto *money = new QHBoxLayout;
    money->addWidget(m_adjustments, 3);
    money->addWidget(totalsBox, 2);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(buildLinesSection(), 1);
    formLayout->addLayout(money);
    formLayout->addWidget(m_checkout);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Placing the order"));
    m_progress->hide();
    m_place = new QPushButton(tr("Place order"), this);
    m_place->setObjectName(u"placeOrder"_s);
    m_place->setAccessibleName(tr("Place order"));
    m_place->setToolTip(
            tr("Place the order (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_place->setDefault(true);
    connect(m_place, &QPushButton::clicked, this, &OrderEditor::placeOrder);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &OrderEditor::placeOrder);
    }
    auto *footer = new QHBoxLayout;
    footer->addStretch();
    footer->addWidget(withMessage(nullptr, kPlaceMessage), 2);
    footer->addWidget(m_progress);
    footer->addWidget(m_place);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->addLayout(header);
    editorLayout->addWidget(m_form, 1);
    editorLayout->addLayout(footer);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"orderEditorSplitter"_s);
    m_draftList = new DraftListPanel(this);
    connect(m_draftList, &DraftListPanel::newRequested, this, &OrderEditor::startNewDraft);
    connect(m_draftList, &DraftListPanel::resumeRequested, this, &OrderEditor::resumeDraft);
    connect(m_draftList, &DraftListPanel::discardRequested, this, &OrderEditor::discardDraft);
    m_splitter->addWidget(m_draftList);
    m_splitter->addWidget(editorPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 940});
    m_splitter->restoreState(QSettings().value(kSplitterSetting).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterSetting, m_splitter->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    startNewDraft();
    refreshDrafts();
}

OrderEditor::~OrderEditor()
{
    // What was typed in the last half second is still stored: the job holds a copy and needs no editor.
    saveNow();
}

QWidget *OrderEditor::withMessage(QWidget *field, const QString &fieldName)
{
    auto *message = new FieldErrorLabel(u"message:"_s + fieldName, this);
    m_messages.insert(fieldName, message);
    return FieldErrorLabel::below(field, message, this);
}

QWidget *OrderEditor::buildLinesSection()
{
    auto *group = new QGroupBox(tr("Products"), this);
    m_productSearch = new ProductSearchField(m_worker, ProductSearchField::ReturnKey::TakesBestMatch, group);
    connect(m_productSearch, &ProductSearchField::productChosen, this, &OrderEditor::productChosen);
    connect(m_productSearch, &ProductSearchField::lookupFailed, this, &OrderEditor::setStatus);

    m_lines = new DraftLineModel(this);
    connect(m_lines, &DraftLineModel::linesEdited, this, &OrderEditor::linesEdited);
    m_linesView = new LineTableView(group);
    m_linesView->setObjectName(u"draftLines"_s);
    m_linesView->setLines(m_lines, DraftLineModel::Product, DraftLineModel::Quantity, new QuantityDelegate);
    connect(m_linesView, &LineTableView::removeRequested, m_lines, &DraftLineModel::removeLine);

    m_removeLine = new QPushButton(tr("Remove line"), group);
    m_removeLine->setObjectName(u"removeLine"_s);
    m_removeLine->setAccessibleName(tr("Remove the selected line"));
    connect(m_removeLine, &QPushButton::clicked, m_linesView, &LineTableView::removeSelectedLine);
    auto *linesFooter = new QHBoxLayout;
    linesFooter->addWidget(withMessage(nullptr, kLinesMessage), 1);
    linesFooter->addWidget(m_removeLine, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_productSearch);
    layout->addWidget(m_linesView, 1);
    layout->addLayout(linesFooter);
    return group;
}

DraftListModel *OrderEditor::draftListModel() const
{
    return m_draftList->model();
}

DraftOrder OrderEditor::collect() const
{
    DraftOrder draft;
    draft.id = m_draft.id;
    draft.version = m_draft.version;
    m_checkout->collectInto(draft);
    draft.lines = m_lines->lines();
    draft.discounts = m_adjustments->discounts();
    draft.shipping = m_adjustments->shipping();
    return draft;
}

void OrderEditor::fill(const DraftOrder &draft)
{
    ++m_generation;
    m_filling = true;
    m_checkout->fill(draft);
    m_productSearch->clear();
    m_lines->setLines(draft.lines);
    m_adjustments->setLineChoices(m_lines->choices());
    m_adjustments->setDiscounts(draft.discounts);
    m_adjustments->setShipping(draft.shipping);
    m_adjustments->showRefusal(std::nullopt);
    m_filling = false;
    clearMessages();
    showTitle(draft);
}

void OrderEditor::showTitle(const DraftOrder &draft)
{
    m_title->setText(draft.id.isEmpty()
                    ? tr("New order")
                    : tr("Draft started %1 by %2")
                              .arg(QLocale().toString(draft.createdAt.toLocalTime(), QLocale::ShortFormat),
                                      draft.createdBy));
}

void OrderEditor::startNewDraft()
{
    saveNow(); // the draft on screen keeps what was typed
    m_draft = DraftOrder{};
    m_continues = {};
    m_stored = std::make_shared<StoredDraft>();
    m_saveDispatched = false;
    m_dirty = false;
    m_touched.clear();
    m_quote.reset();
    fill(m_draft);
    ++m_quoteRequest; // an answer about the draft left behind is not this one's
    m_lines->setQuote(DraftQuote{});
    m_totals->showNoTotal();
    updateEnabled();
    setStatus(QString());
    m_draftList->clearSelection();
    m_productSearch->setFocus();
}

void OrderEditor::resumeDraft(const QString &draftId)
{
    if (draftId.isEmpty() || m_placing)
        return;
    saveNow();
    auto stored = std::make_shared<StoredDraft>();
    m_worker.run(
            [draftId, stored, keeper = m_keeper](Session &session) {
                auto loaded = keeper.load(session.drafts(), draftId);
                if (loaded) {
                    stored->id = loaded->id;
                    stored->version = loaded->version;
                }
                return loaded;
            },
            this,
            [this, stored, mode = m_mode](const Result<DraftOrder> &result) {
                if (mode != m_mode)
                    return; // read from the other side of a switch between server and desktop
                if (!result) {
                    setStatus(tr("Could not open the draft: %1").arg(result.error().message));
                    refreshDrafts();
                    return;
                }
                saveNow(); // typed while the draft was loading: belongs to the draft being left
                m_draft = *result;
                m_stored = stored;
                m_saveDispatched = true;
                m_dirty = false;
                m_touched.clear();
                // Fields already filled in were typed by someone: their problems are worth showing.
                const DraftOrder &draft = *result;
                for (const QString &field : draft.typedFields())
                    m_touched.insert(field);
                m_continues = {};
                fill(draft);
                showProblems();
                setStatus(tr("Draft opened"));
                m_draftList->select(draft.id);
                requestQuote();
                Q_EMIT draftLoaded(draft.id);
            });
}

void OrderEditor::edited(const QString &fieldName)
{
    if (m_filling)
        return;
    m_touched.insert(fieldName);
    m_dirty = true;
    m_saveTimer.start();
    setMessage(kPlaceMessage, QString());
    showProblems();
}

void OrderEditor::linesEdited()
{
    edited(kLinesMessage);
    m_adjustments->setLineChoices(m_lines->choices());
    requestQuote();
}

void OrderEditor::adjustmentsEdited()
{
    edited(u"discounts"_s);
    requestQuote();
}

bool OrderEditor::quoteAllowsPlacing() const
{
    return !m_quote || !m_quote->refused;
}

void OrderEditor::saveNow()
{
    if (m_dirty)
        save();
}

Result<DraftOrder> OrderEditor::saveOnWorker(Session &session, const DraftKeeper &keeper,
        const std::shared_ptr<StoredDraft> &stored, DraftOrder draft, const Continues &continues,
        const QList<SeenPrice> &shown)
{
    draft.id = stored->id;
    draft.version = stored->version;
    auto saved = keeper.save(session.drafts(), draft, continues.id, continues.version, shown);
    if (saved) {
        stored->id = saved->id;
        stored->version = saved->version;
    } else if (saved.error().code == ErrorCode::NotFound && saved.error().field == u"draft"_s) {
        // Placed or discarded elsewhere: the next save stores what is on screen as a new draft.
        stored->id.clear();
        stored->version = 0;
    }
    return saved;
}

void OrderEditor::save()
{
    m_saveTimer.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    const DraftOrder draft = collect();
    if (!m_saveDispatched && draft.isBlank())
        return; // nothing worth a draft yet
    m_saveDispatched = true;
    setStatus(tr("Saving…"));
    dispatchSave(m_keeper, draft,
            [this, generation = m_generation](const Result<DraftOrder> &result) { saved(generation, result); });
}

void OrderEditor::dispatchSave(
        const DraftKeeper &keeper, const DraftOrder &draft, std::function<void(const Result<DraftOrder> &)> done)
{
    m_worker.run([keeper, stored = m_stored, draft, continues = m_continues, shown = DraftKeeper::pricesShown(m_quote)](
                         Session &session) { return saveOnWorker(session, keeper, stored, draft, continues, shown); },
            this, std::move(done));
}

void OrderEditor::saved(quint64 generation, const Result<DraftOrder> &result)
{
    // The form may have moved on to another draft meanwhile; then this answer is about the old one.
    const bool stillShown = generation == m_generation;
    if (!result) {
        if (stillShown)
            setStatus(tr("Not saved: %1").arg(result.error().message));
        return;
    }
    if (stillShown) {
        m_draft.id = result->id;
        m_draft.version = result->version;
        m_draft.createdAt = result->createdAt;
        m_draft.createdBy = result->createdBy;
        showTitle(m_draft);
        const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        setStatus(m_keeper.isOffline() ? tr("Kept on this desktop %1 (offline)").arg(time)
                                       : tr("Draft saved %1").arg(time));
    }
    Q_EMIT draftSaved(result->id);
    refreshDrafts();
}

void OrderEditor::refreshQuote()
{
    if (!m_lines->lines().isEmpty())
        requestQuote();
}

void OrderEditor::requestQuote()
{
    // The whole draft as on screen: lines, discounts, the fee, and the destination, whose rates tax it as
    // they will when the order is placed.
    const DraftOrder draft = collect();
    const quint64 request = ++m_quoteRequest;
    m_worker.run([draft](Session &session) { return session.drafts().quote(draft); }, this,
            [this, request](const Result<DraftQuote> &result) {
                if (request != m_quoteRequest)
                    return; // a newer quote is on its way
                if (!result) {
                    m_totals->showNoTotal(tr("Total unavailable: %1").arg(result.error().message));
                    return;
                }
                showQuote(*result);
            });
}

void OrderEditor::showQuote(const DraftQuote &quote)
{
    m_quote = quote;
    m_lines->setQuote(quote);
    m_totals->showQuote(quote);
    m_adjustments->setLineChoices(m_lines->choices());
    m_adjustments->showRefusal(quote.refused);
    updateEnabled();
    QStringList warnings;
    for (const QuoteLine &line : quote.lines) {
        if (line.warning == StockWarning::OutOfStock || line.warning == StockWarning::UnknownProduct)
            warnings << tr("%1: %2").arg(line.sku, line.warningText);
    }
    if (!warnings.isEmpty())
        setMessage(kLinesMessage, warnings.join(u'\n'));
    else if (!m_touched.contains(kAllFields) || !m_lines->lines().isEmpty())
        setMessage(kLinesMessage, QString());
    Q_EMIT quoteUpdated();
}

void OrderEditor::showProblems()
{
    const bool all = m_touched.contains(kAllFields);
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        if (it.key() != kPlaceMessage && it.key() != kLinesMessage && it.key() != u"paymentMethod"_s)
            setMessage(it.key(), QString());
    }
    for (const Error &problem : DraftService::problems(collect())) {
        if (problem.field == kLinesMessage) {
            if (all)
                setMessage(kLinesMessage, problem.message);
            continue;
        }
        if (all || m_touched.contains(problem.field))
            setMessage(problem.field, problem.message);
    }
}

void OrderEditor::setMessage(const QString &fieldName, const QString &message)
{
    QLabel *label = m_messages.value(fieldName);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void OrderEditor::clearMessages()
{
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it)
        setMessage(it.key(), QString());
}

QString OrderEditor::fieldMessage(const QString &field) const
{
    const QLabel *label = m_messages.value(field);
    return label ? label->text() : QString();
}

void OrderEditor::showPlacementError(const Error &error)
{
    setMessage(kPlaceMessage, tr("Not placed: %1").arg(error.message));
    if (m_adjustments->showRefusal(error))
        return; // shown next to the discount or the fee it names
    QString field = error.field;
    int row = -1;
    if (field == u"sku"_s) {
        row = m_lines->rowOf(error.value);
        field = kLinesMessage;
    } else if (field.startsWith(u"items["_s)) {
        row = field.mid(6, field.indexOf(u']') - 6).toInt();
        field = kLinesMessage;
    } else if (field == u"customerId"_s) {
        field = u"customer.name"_s;
    } else if (field == u"paymentMethod"_s) {
        field = m_checkout->paymentField();
    } else if (field == u"paymentLink"_s) {
        field = u"paymentMethod"_s;
    }
    if (m_messages.contains(field) && field != kPlaceMessage)
        setMessage(field, error.message);
    if (row >= 0 && row < m_lines->rowCount())
        m_linesView->selectRow(row);
    if (field == kLinesMessage)
        requestQuote(); // show the stock as it is now
}

void OrderEditor::setPermissions(const Permissions &permissions)
{
    m_mayPlace = permissions.placeOrders;
    m_readOnlyReason = permissions.readOnlyReason;
    updateEnabled();
}

void OrderEditor::updateEnabled()
{
    const bool offline = m_keeper.isOffline();
    const bool editable = !m_placing && !m_handingOver && (m_mayPlace || offline);
    m_form->setEnabled(editable);
    m_place->setEnabled(editable && !offline && quoteAllowsPlacing());
    if (offline)
        m_place->setToolTip(tr("Offline: this order is kept on this desktop and offered for placing when the "
                               "server answers again (stock and prices are checked then)."));
    else if (!m_mayPlace)
        m_place->setToolTip(m_readOnlyReason.isEmpty() ? tr("Your login may not place orders.") : m_readOnlyReason);
    else if (!quoteAllowsPlacing())
        m_place->setToolTip(tr("Correct the discount or shipping fee marked in red first."));
    else
        m_place->setToolTip(tr("Place the order (%1)")
                                    .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_draftList->setActionsEnabled(editable, m_placing);
}

void OrderEditor::setPlacing(bool placing)
{
    m_placing = placing;
    updateEnabled();
    m_progress->setVisible(placing);
    if (placing)
        setMessage(kPlaceMessage, QString());
    setStatus(placing ? tr("Placing the order…") : QString());
}

void OrderEditor::placeOrder()
{
    if (m_placing || !m_mayPlace || m_keeper.isOffline())
        return;
    m_touched.insert(kAllFields);
    showProblems();
    const QList<Error> problems = DraftService::problems(collect());
    if (!problems.isEmpty()) {
        setMessage(kPlaceMessage,
                problems.size() == 1 ? tr("Not placed yet: one field needs attention.")
                                     : tr("Not placed yet: %1 fields need attention.").arg(problems.size()));
        Q_EMIT placementFailed(problems.constFirst().message);
        return;
    }
    setPlacing(true);
    m_saveTimer.stop();
    m_dirty = false;
    m_saveDispatched = true;
    // One job: store what is on screen, then place exactly that. Earlier saves of this draft run
    // before it (the worker runs jobs in order), so the stored version it names is current.
    const DraftOrder draft = collect();
    m_worker.run(
            [stored = m_stored, draft](Session &session) -> AsyncResult<Order> {
                auto saved = saveOnWorker(session, DraftKeeper{}, stored, draft, Continues{}, {});
                if (!saved)
                    return readyFuture(Result<Order>(fail(saved.error())));
                // A card is charged now; the worker runs the next job only once Stripe has answered.
                return session.drafts().place(saved->id);
            },
            this,
            [this](const Result<Order> &result) {
                setPlacing(false);
                if (!result) {
                    showPlacementError(result.error());
                    Q_EMIT placementFailed(result.error().message);
                    refreshDrafts();
                    return;
                }
                const qint64 number = result->number;
                const auto link = result->livePaymentLink();
                startNewDraft();
                setStatus(
                        link ? tr("Order #%1 placed; payment link emailed to %2").arg(number).arg(link->recipientEmail)
                             : tr("Order #%1 placed").arg(number));
                refreshDrafts();
                Q_EMIT orderPlaced(number);
            });
}

void OrderEditor::refreshDrafts()
{
    m_worker.run([keeper = m_keeper](Session &session) { return keeper.list(session.drafts()); }, this,
            [this](const Result<QList<DraftSummary>> &result) {
                if (!result) {
                    setStatus(tr("Could not list drafts: %1").arg(result.error().message));
                    return;
                }
                m_draftList->setDrafts(*result, m_draft.id);
                Q_EMIT draftsRefreshed();
            });
}

void OrderEditor::productChosen(const QString &sku)
{
    if (sku.isEmpty())
        return;
    const int row = m_lines->addProduct(sku);
    m_linesView->selectRow(row);
    m_productSearch->clearAfterChoice();
}

void OrderEditor::discardDraft(const QString &draftId, const QString &who)
{
    if (!m_autoConfirm
            && QMessageBox::question(
                       this, tr("Discard draft"), tr("Discard the draft for %1? This cannot be undone.").arg(who))
                    != QMessageBox::Yes)
        return;
    if (draftId == m_draft.id) {
        m_dirty = false; // nothing of it is to be saved any more
        m_saveTimer.stop();
    }
    m_worker.run(
            [draftId, keeper = m_keeper](Session &session) -> Result<QString> {
                if (auto discarded = keeper.discard(session.drafts(), draftId); !discarded)
                    return fail(discarded.error());
                return draftId;
            },
            this,
            [this](const Result<QString> &result) {
                if (!result) {
                    setStatus(tr("Could not discard the draft: %1").arg(result.error().message));
                } else if (*result == m_draft.id) {
                    m_dirty = false;
                    startNewDraft();
                    setStatus(tr("Draft discarded"));
                } else {
                    setStatus(tr("Draft discarded"));
                }
                refreshDrafts();
            });
}

void OrderEditor::setOfflineDrafts(std::shared_ptr<OfflineDraftStore> store, const QString &login)
{
    if ((store != nullptr) == m_keeper.isOffline())
        return;
    ++m_mode;
    if (!store)
        return handOverOfflineDraft(std::exchange(m_keeper, DraftKeeper{}));
    // The server's draft on screen stays as last stored; what is typed now is kept here, continuing it.
    m_keeper = DraftKeeper(std::move(store), login);
    m_continues = {m_draft.id, m_draft.version};
    m_stored = std::make_shared<StoredDraft>();
    m_draft.id.clear();
    ++m_generation; // a server save still answering is about the server's copy
    m_saveDispatched = false;
    if (m_dirty && !m_placing)
        save();
    updateEnabled();
    refreshDrafts();
}

void OrderEditor::handOverOfflineDraft(const DraftKeeper &offline)
{
    m_saveTimer.stop();
    const DraftOrder draft = collect();
    const bool pending = m_dirty && (m_saveDispatched || !draft.isBlank()); // as save() decides
    m_dirty = false;
    if (!pending)
        return startNewDraft(), refreshDrafts();
    // The form starts a new order only once the offline one is kept, so a failed write loses nothing.
    m_handingOver = true;
    updateEnabled();
    ++m_generation;
    dispatchSave(offline, draft, [this](const Result<DraftOrder> &result) {
        m_handingOver = false;
        if (result) {
            startNewDraft();
            setStatus(tr("The order typed offline is kept on this desktop and offered for placing."));
        } else {
            // Not kept here: saved in the server's drafts instead (onto the one it continues, if any).
            m_stored = std::make_shared<StoredDraft>(StoredDraft{m_continues.id, m_continues.version});
            m_saveDispatched = false;
            m_dirty = true;
            save();
            setStatus(tr("Could not keep the order on this desktop (%1); it goes to the server's drafts.")
                              .arg(result.error().message));
        }
        updateEnabled();
        refreshDrafts();
    });
}

void OrderEditor::setStatus(const QString &text)
{
    m_status->setText(text);
}

void OrderEditor::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

} // namespace shipshape
