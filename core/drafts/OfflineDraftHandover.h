#pragma once

#include "common/Result.h"
#include "drafts/OfflineDraft.h"

#include <QCoreApplication>

namespace shipshape {

class DraftService;
class OfflineDraftStore;
class OrderService;

// What happens to an order typed offline once the server answers (docs/replica.md): it is reviewed against
// the server's catalogue (prices and stock now, line by line, through DraftService::quote, the one pricing
// function), then moved to the server's drafts, where the agent places it as any other draft (stock is
// reserved and the price fixed only then). Nothing is placed here.
class OfflineDraftHandover {
    Q_DECLARE_TR_FUNCTIONS(OfflineDraftHandover)

public:
    // Prices, stock and products of the catalogue now against what the agent saw; an error only for a
    // failing database.
    static Result<OfflineDraftReview> review(DraftService &drafts, const OfflineDraft &offline);

    // Stores the draft in the server's drafts (lines of products no longer sold are left out, as the review
    // said) and then removes it from this desktop. An order that continues a server draft is saved onto it
    // (version checked), so it keeps that draft's placement key; if that draft was placed meanwhile nothing
    // is stored (the order exists), and if it was discarded or changed by someone else, a new draft is
    // stored. If the desktop stops between storing and removing, the next move stores it again: at worst
    // a second draft, never a lost order.
    static Result<OfflineMove> moveToServer(
            DraftService &drafts, OrderService &orders, OfflineDraftStore &store, const OfflineDraft &offline);
};

} // namespace shipshape
