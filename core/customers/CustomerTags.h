#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace shipshape {

class Clock;
class Database;

// Tags on customers (the rules of Tags: free text, case-insensitive, many per customer). Each call is one
// unit of work; customers have no timeline, so a tag row itself records who added it and when.
class CustomerTags {
    Q_DECLARE_TR_FUNCTIONS(CustomerTags)

public:
    CustomerTags(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // `customerReference`: the customer's UUID or email. Each returns the customer's tags afterwards.
    Result<QStringList> add(const QString &customerReference, const QStringList &tags);
    Result<QStringList> remove(const QString &customerReference, const QStringList &tags);
    Result<QStringList> tagsOf(const QString &customerReference);
    Result<QStringList> inUse(int limit = 500);

private:
    Result<qint64> resolve(const QString &customerReference);
    Result<QStringList> change(const QString &customerReference, const QStringList &tags, bool adding);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shipshape
