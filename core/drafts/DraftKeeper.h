#pragma once

#include "common/Result.h"
#include "drafts/DraftOrder.h"
#include "drafts/DraftQuote.h"
#include "drafts/OfflineDraft.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace shipshape {

class DraftService;
class OfflineDraftStore;

// Where the order editor keeps what is typed: the server's drafts (DraftService) while the shared database
// answers, this desktop's OfflineDraftStore while it does not (docs/replica.md, "Orders typed offline").
// Saving, opening, listing and discarding read the same either way, so the editor has one path for both.
// A value type: copies share the store, and a job on the editor's worker thread holds its own copy.
class DraftKeeper {
public:
    DraftKeeper() = default; // the server's drafts
    DraftKeeper(std::shared_ptr<OfflineDraftStore> offline, QString login)
        : m_offline(std::move(offline)), m_login(std::move(login))
    {}

    [[nodiscard]] bool isOffline() const { return m_offline != nullptr; }

    // Stores `draft` (a new one when its id is empty). Offline, each line keeps the unit price the agent saw
    // for it, to compare with the server's catalogue later: the one kept with an earlier save, else the one
    // `shown` on screen, else what `drafts` (the replica, while offline) prices it at now. `replaces` names the
    // server's draft the order continues (OfflineDraft::replacesDraftId). createdBy and createdAt of the answer
    // are who typed it and when it was first kept.
    Result<DraftOrder> save(DraftService &drafts, const DraftOrder &draft, const QString &replacesDraftId = {},
            qint64 replacesVersion = 0, const QList<SeenPrice> &shown = {}) const;
    // The unit prices a quote shows for its lines.
    static QList<SeenPrice> pricesShown(const std::optional<DraftQuote> &quote);
    Result<DraftOrder> load(DraftService &drafts, const QString &id) const;
    Result<QList<DraftSummary>> list(DraftService &drafts) const;
    Status discard(DraftService &drafts, const QString &id) const;

private:
    std::shared_ptr<OfflineDraftStore> m_offline;
    QString m_login;
};

} // namespace shipshape
