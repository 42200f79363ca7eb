#include "drafts/DraftKeeper.h"

#include "drafts/DraftQuote.h"
#include "drafts/DraftService.h"
#include "drafts/OfflineDraftStore.h"

#include <QHash>

#include <algorithm>

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

QList<SeenPrice> DraftKeeper::pricesShown(const std::optional<DraftQuote> &quote)
{
    QList<SeenPrice> shown;
    if (!quote)
        return shown;
    for (const QuoteLine &line : quote->lines) {
        if (line.unitPrice)
            shown << SeenPrice{line.sku, *line.unitPrice};
    }
    return shown;
}

Result<DraftOrder> DraftKeeper::save(DraftService &drafts, const DraftOrder &draft, const QString &replacesDraftId,
        qint64 replacesVersion, const QList<SeenPrice> &shown) const
{
    if (!m_offline)
        return drafts.save(draft);
    OfflineDraft offline;
    offline.draft = draft;
    offline.typedBy = m_login;
    offline.replacesDraftId = replacesDraftId;
    offline.replacesVersion = replacesVersion;
    QHash<QString, Money> seen;
    if (!draft.id.isEmpty()) {
        // Keeps when it was first typed, which server draft it continues and the prices seen then.
        if (auto kept = m_offline->load(draft.id); kept) {
            offline.savedAt = kept->savedAt;
            if (offline.replacesDraftId.isEmpty()) {
                offline.replacesDraftId = kept->replacesDraftId;
                offline.replacesVersion = kept->replacesVersion;
            }
            for (const SeenPrice &price : std::as_const(kept->seenPrices))
                seen.insert(price.sku, price.unitPrice);
        }
    }
    for (const SeenPrice &price : shown) {
        if (!seen.contains(price.sku))
            seen.insert(price.sku, price.unitPrice);
    }
    const bool allSeen = std::all_of(draft.lines.cbegin(), draft.lines.cend(),
            [&seen](const DraftLine &line) { return seen.contains(line.sku); });
    if (!allSeen) {
        auto quote = drafts.quote(draft.lines, draft.shippingAddress);
        if (!quote)
            return fail(quote.error());
        for (const SeenPrice &price : pricesShown(*quote)) {
            if (!seen.contains(price.sku))
                seen.insert(price.sku, price.unitPrice);
        }
    }
    for (const DraftLine &line : draft.lines) {
        if (seen.contains(line.sku))
            offline.seenPrices << SeenPrice{line.sku, seen.value(line.sku)};
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
        summaries << DraftSummary{offline.draft.id, offline.draft.customer.name, offline.draft.customer.email,
                offline.draft.lines.size(), offline.draft.itemCount(), offline.typedBy, offline.savedAt,
                offline.typedBy, offline.savedAt};
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
