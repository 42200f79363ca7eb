#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <expected>

namespace shipshape::test {

// One row of the conservation query: which invariant, about what, and the numbers that break it.
struct InvariantViolation {
    QString invariant;
    QString subject;
    QString detail;

    [[nodiscard]] QString text() const;
    friend bool operator==(const InvariantViolation &, const InvariantViolation &) = default;
};

// The conservation query (tests/postgres/conservation.sql): one read-only statement over the whole
// database that returns the violated invariants, none when every invariant core keeps holds.
class ConservationQuery {
public:
    // The statement, as compiled into the test (a Qt resource).
    static QString sql();
    // Runs it once on `connection`.
    static std::expected<QList<InvariantViolation>, QString> run(const QSqlDatabase &connection);

    // Prepared once on `connection` (the owner's, in the attack suite), for running it after thousands
    // of attempts without planning it each time.
    explicit ConservationQuery(const QSqlDatabase &connection);
    std::expected<QList<InvariantViolation>, QString> run();

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace shipshape::test
