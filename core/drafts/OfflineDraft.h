#pragma once

#include "common/Money.h"
#include "drafts/DraftOrder.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// The unit price a line's product had in the replica when the agent typed the order offline: what the
// customer was told, to compare with the catalogue once the server answers.
struct SeenPrice {
    QString sku;
    Money unitPrice;
};

// An order typed while the shared database did not answer (docs/replica.md, "Orders typed offline"): kept
// on this desktop until the server answers, then reviewed and moved to the server's drafts, where it is
// placed like any other. `draft.id` is the local file's UUID; version and audit fields are the server's
// to assign when it is moved.
struct OfflineDraft {
    DraftOrder draft;
    QList<SeenPrice> seenPrices;
    QString typedBy; // the login that typed it
    QDateTime savedAt;
    // The server's draft this continues, when one was on screen as the server stopped answering (its id and
    // the version last stored): moving saves onto it, so it keeps its placement key and cannot become two
    // orders. Empty for an order begun offline.
    QString replacesDraftId;
    qint64 replacesVersion = 0;
};

// What moving an order typed offline did.
struct OfflineMove {
    enum class Kind {
        NewDraft, // stored as a new draft of the server
        UpdatedDraft, // saved onto the server's draft it continues
        AlreadyPlaced, // the draft it continues was placed meanwhile: nothing stored, the file removed
    };
    Kind kind = Kind::NewDraft;
    QString draftId; // the server's draft (none for AlreadyPlaced)
    qint64 orderNumber = 0; // AlreadyPlaced: the order
};

// What changed for one line between typing the order offline and the server's catalogue now.
struct OfflineLineConflict {
    enum class Kind {
        PriceChanged, // the unit price is not the one the agent saw
        NotEnoughStock, // fewer available than the line asks for
        NoLongerSold, // the product is not in the catalogue any more: the line is left out when moved
    };
    Kind kind = Kind::PriceChanged;
    QString sku;
    std::optional<Money> seenPrice;
    std::optional<Money> price;
    qint64 quantity = 0;
    qint64 available = 0;
    QString text; // translated: "W-1: 29.99 then, 31.50 now"
};

// An offline draft checked against the server: its conflicts per line, in line order, and the total it
// would be placed for now (empty when it cannot be priced; `problem` says why).
struct OfflineDraftReview {
    OfflineDraft offline;
    QList<OfflineLineConflict> conflicts;
    std::optional<Money> total;
    QString problem;
};

} // namespace shipshape
