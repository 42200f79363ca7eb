#pragma once

#include "common/Result.h"
#include "drafts/OfflineDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shipshape {

class DatabaseUrl;

// The orders typed on this desktop while its shared database did not answer: one JSON file per order in a
// folder next to the server's replica, written whole or not at all (QSaveFile), so a crash leaves the
// previous save. Nothing here is shared or synchronised: the files wait until the server answers and are
// moved to its drafts (OfflineDraftHandover). A file that cannot be read is reported, never deleted.
class OfflineDraftStore {
    Q_DECLARE_TR_FUNCTIONS(OfflineDraftStore)

public:
    // <replica folder>/<replica name>-offline-drafts: one folder per server and database, like the replica.
    static QString folderFor(const DatabaseUrl &server, const QString &replicaFolder = {});
    // The same, from the replica's path.
    static QString folderBeside(const QString &replicaPath);

    explicit OfflineDraftStore(QString folder) : m_folder(std::move(folder)) {}

    [[nodiscard]] const QString &folder() const { return m_folder; }
    // Stores `offline` (a new UUID when its draft has none) and returns it as stored.
    Result<OfflineDraft> save(OfflineDraft offline);
    Result<OfflineDraft> load(const QString &id) const;
    // Oldest first. `unreadable` receives the files that could not be read, with the reason.
    Result<QList<OfflineDraft>> list(QStringList *unreadable = nullptr) const;
    [[nodiscard]] bool isEmpty() const;
    Status discard(const QString &id);

    // The JSON form of a file (exposed for tests and the fuzz corpus).
    static QByteArray toJson(const OfflineDraft &offline);
    static Result<OfflineDraft> fromJson(const QByteArray &json);

private:
    [[nodiscard]] QString pathOf(const QString &id) const;

    QString m_folder;
};

} // namespace shipshape
