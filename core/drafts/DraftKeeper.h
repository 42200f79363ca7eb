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
    {
    }

    [[nodiscard]] bool isOffline() const { return m_offline != nullptr; }
    // The unit prices a quote showed for its lines: what an offline draft keeps as seen.
    static QList<SeenPrice> seenPrices(const std::optional<DraftQuote> &quote);

    // Stores `draft` (a new one when its id is empty). Offline, `seenPrices` are the unit prices the
    // replica showed for its lines, kept to compare with the server's catalogue later; createdBy and
    // createdAt of the answer are who typed it and when it was first kept.
    Result<DraftOrder> save(DraftService &drafts, const DraftOrder &draft, const QList<SeenPrice> &seenPrices) const;
    Result<DraftOrder> load(DraftService &drafts, const QString &id) const;
    Result<QList<DraftSummary>> list(DraftService &drafts) const;
    Status discard(DraftService &drafts, const QString &id) const;

private:
    std::shared_ptr<OfflineDraftStore> m_offline;
    QString m_login;
};

} // namespace shipshape
