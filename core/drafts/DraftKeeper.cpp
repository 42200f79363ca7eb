#include "drafts/DraftKeeper.h"

#include "drafts/DraftService.h"
#include "drafts/OfflineDraftStore.h"

namespace shipshape {
namespace {

DraftOrder asDraft(const OfflineDraft &offline)
{
    DraftOrder draft = offline.draft;
    draft.createdBy = offline.typedBy;
    draft.updatedBy = offline.typedBy;
    draft.createdAt = offline.savedAt;
    draft.updatedAt = offline.savedAt;
    return draft;
}

} // namespace

QList<SeenPrice> DraftKeeper::seenPrices(const std::optional<DraftQuote> &quote)
{
    QList<SeenPrice> seen;
    if (!quote)
        return seen;
    for (const QuoteLine &line : quote->lines) {
        if (line.unitPrice)
            seen << SeenPrice{line.sku, *line.unitPrice};
    }
    return seen;
}

Result<DraftOrder> DraftKeeper::save(
        DraftService &drafts, const DraftOrder &draft, const QList<SeenPrice> &seenPrices) const
{
    if (!m_offline)
        return drafts.save(draft);
    OfflineDraft offline;
    offline.draft = draft;
    offline.seenPrices = seenPrices;
    offline.typedBy = m_login;
    if (!draft.id.isEmpty()) {
        // Keeps when it was first typed.
        if (auto kept = m_offline->load(draft.id); kept)
            offline.savedAt = kept->savedAt;
    }
    auto saved = m_offline->save(offline);
    if (!saved)
        return fail(saved.error());
    return asDraft(*saved);
}

Result<DraftOrder> DraftKeeper::load(DraftService &drafts, const QString &id) const
{
    if (!m_offline)
        return drafts.load(id);
    auto loaded = m_offline->load(id);
    if (!loaded)
        return fail(loaded.error());
    return asDraft(*loaded);
}

Result<QList<DraftSummary>> DraftKeeper::list(DraftService &drafts) const
{
    if (!m_offline)
        return drafts.list();
    auto kept = m_offline->list();
    if (!kept)
        return fail(kept.error());
    QList<DraftSummary> summaries;
    // Newest first, as the server lists its drafts.
    for (auto it = kept->crbegin(); it != kept->crend(); ++it) {
        const OfflineDraft &offline = *it;
        qint64 items = 0;
        for (const DraftLine &line : offline.draft.lines)
            items += line.quantity;
        summaries << DraftSummary{offline.draft.id, offline.draft.customer.name, offline.draft.customer.email,
                offline.draft.lines.size(), items, offline.typedBy, offline.savedAt, offline.typedBy, offline.savedAt};
    }
    return summaries;
}

Status DraftKeeper::discard(DraftService &drafts, const QString &id) const
{
    if (!m_offline)
        return drafts.discard(id);
    return m_offline->discard(id);
}

} // namespace shipshape
