#pragma once

#include "ConservationQuery.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>

namespace shipshape::test {

// A copy of a database's content, taken as the superuser into a schema no staff login can read, so
// that the attack suite can start every attempt from the same shop: after an attempt that got in, the
// tables it changed are put back (triggers off, so nothing is counted twice) and the sequences rewound.
//
// The copy also shows what an attempt changed, which no query over the current state alone can see:
// an order or its lines changed while its timeline did not grow, a row of a history table (timeline,
// stock ledger, payments, refunds) rewritten or deleted, a row written under another login's name.
class PristineCopy {
public:
    static std::expected<PristineCopy, QString> take(const QSqlDatabase &superuser);

    // The tables written since the copy was taken or last restored. Cheap (row count and newest xmin
    // per table: any INSERT or UPDATE makes a row version with a newer transaction id, any DELETE
    // lowers the count), so that it can run after every attempt.
    [[nodiscard]] std::expected<QStringList, QString> changedTables() const;
    // Puts the copy back into `tables` and checks, row by row, that they equal the copy again.
    [[nodiscard]] std::expected<void, QString> restore(const QStringList &tables);
    // What the changes to `changedTables` did without trace, written by `login` (one row per finding,
    // in the conservation query's shape). Compares row by row with the copy.
    [[nodiscard]] std::expected<QList<InvariantViolation>, QString> untracedChanges(
            const QString &login, const QStringList &changedTables) const;

    // Tables whose rows core only ever appends.
    static const QStringList &historyTables();

private:
    struct TableInfo {
        QString name;
        QStringList primaryKey;
        QStringList writerColumns; // actor, created_by, updated_by: the login that wrote the row
    };

    explicit PristineCopy(const QSqlDatabase &superuser) : m_superuser(superuser) {}
    [[nodiscard]] QString fingerprintQuery(const QString &schema, const QStringList &tables) const;
    [[nodiscard]] std::expected<QHash<QString, QString>, QString> marks() const;
    [[nodiscard]] QStringList untracedChecks(const QString &login, const QStringList &changedTables) const;

    QSqlDatabase m_superuser;
    QList<TableInfo> m_tables;
    QHash<QString, QString> m_fingerprints; // table -> md5 of its rows in the copy
    QHash<QString, QString> m_marks; // table -> row count and newest xmin when it last equalled the copy
    QStringList m_sequenceResets; // setval(…) statements
    // Prepared once, run after every attempt; the untraced-change queries per login and set of tables.
    std::shared_ptr<QSqlQuery> m_markQuery;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_untraced;
};

} // namespace shipshape::test
