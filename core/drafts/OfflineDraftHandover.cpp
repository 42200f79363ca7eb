#include "drafts/OfflineDraftHandover.h"

#include "common/Logging.h"
#include "drafts/DraftService.h"
#include "drafts/OfflineDraftStore.h"
#include "orders/OrderService.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

std::optional<Money> seenPriceOf(const OfflineDraft &offline, const QString &sku)
{
    const auto found = std::find_if(offline.seenPrices.cbegin(), offline.seenPrices.cend(),
            [&sku](const SeenPrice &price) { return price.sku == sku; });
    return found == offline.seenPrices.cend() ? std::nullopt : std::optional<Money>(found->unitPrice);
}

} // namespace

Result<OfflineDraftReview> OfflineDraftHandover::review(DraftService &drafts, const OfflineDraft &offline)
{
    auto quote = drafts.quote(offline.draft);
    if (!quote)
        return fail(quote.error());
    OfflineDraftReview review;
    review.offline = offline;
    review.total = quote->total;
    review.problem = quote->refused ? quote->refused->message : quote->problem;
    for (const QuoteLine &line : std::as_const(quote->lines)) {
        OfflineLineConflict conflict;
        conflict.sku = line.sku;
        conflict.quantity = line.quantity;
        conflict.available = line.available;
        conflict.seenPrice = seenPriceOf(offline, line.sku);
        conflict.price = line.unitPrice;
        if (line.warning == StockWarning::UnknownProduct) {
            conflict.kind = OfflineLineConflict::Kind::NoLongerSold;
            conflict.text = tr("%1: no longer in the catalogue; the line is left out").arg(line.sku);
            review.conflicts << conflict;
            continue;
        }
        if (conflict.seenPrice && conflict.price && *conflict.seenPrice != *conflict.price) {
            conflict.kind = OfflineLineConflict::Kind::PriceChanged;
            conflict.text
                    = tr("%1: %2 then, %3 now")
                              .arg(line.sku, conflict.seenPrice->toDecimalString(), conflict.price->toDecimalString());
            review.conflicts << conflict;
        }
        if (line.warning == StockWarning::OutOfStock) {
            conflict.kind = OfflineLineConflict::Kind::NotEnoughStock;
            conflict.text = tr("%1: %2 wanted, %3 available").arg(line.sku).arg(line.quantity).arg(line.available);
            review.conflicts << conflict;
        }
    }
    return review;
}

Result<OfflineMove> OfflineDraftHandover::moveToServer(
        DraftService &drafts, OrderService &orders, OfflineDraftStore &store, const OfflineDraft &offline)
{
    auto checked = review(drafts, offline);
    if (!checked)
        return fail(checked.error());
    DraftOrder draft = offline.draft;
    const auto gone = [&checked](const DraftLine &line) {
        return std::any_of(checked->conflicts.cbegin(), checked->conflicts.cend(), [&line](const auto &conflict) {
            return conflict.sku == line.sku && conflict.kind == OfflineLineConflict::Kind::NoLongerSold;
        });
    };
    draft.lines.erase(std::remove_if(draft.lines.begin(), draft.lines.end(), gone), draft.lines.end());

    OfflineMove move;
    std::optional<Result<DraftOrder>> stored;
    if (!offline.replacesDraftId.isEmpty()) {
        auto continued = drafts.load(offline.replacesDraftId);
        if (continued) {
            // Placed meanwhile? A failed placement leaves the draft; a successful one removes it, so a draft
            // still there has no order under its current key.
            draft.id = continued->id;
            draft.version = offline.replacesVersion;
            stored = drafts.save(draft);
            if (*stored) {
                move.kind = OfflineMove::Kind::UpdatedDraft;
            } else if (stored->error().code != ErrorCode::Conflict) {
                return fail(stored->error());
            } else {
                stored.reset(); // changed by someone else since: keep theirs, store this one beside it
            }
        } else if (continued.error().code != ErrorCode::NotFound) {
            return fail(continued.error());
        } else {
            // Gone: placed (its order exists under one of its keys) or discarded.
            for (qint64 attempt = 1; attempt <= offline.draft.placementAttempt + 1; ++attempt) {
                auto placed = orders.orderPlacedWithKey(DraftOrder::placementKeyOf(offline.replacesDraftId, attempt));
                if (!placed)
                    return fail(placed.error());
                if (*placed) {
                    move.kind = OfflineMove::Kind::AlreadyPlaced;
                    move.orderNumber = **placed;
                    break;
                }
            }
        }
    }
    if (move.kind != OfflineMove::Kind::AlreadyPlaced && !stored) {
        draft.id.clear();
        draft.version = 0;
        stored = drafts.create(draft);
        move.kind = OfflineMove::Kind::NewDraft;
    }
    if (stored && !*stored)
        return fail(stored->error());
    if (stored)
        move.draftId = (*stored)->id;
    if (auto removed = store.discard(offline.draft.id); !removed) {
        // The server has it: the file stays and would be offered again, so say so rather than fail.
        qCWarning(lcReplica).noquote() << "An order typed offline was moved but its file stays:"
                                       << removed.error().message;
    }
    qCInfo(lcReplica).noquote() << "Moved the order typed offline" << offline.draft.id << "to draft" << move.draftId
                                << (move.kind == OfflineMove::Kind::AlreadyPlaced ? "(placed meanwhile)" : "");
    return move;
}

} // namespace shipshape
