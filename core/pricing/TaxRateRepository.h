#pragma once

#include "common/Result.h"
#include "pricing/TaxRate.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shipshape {

class Database;

// The shop's tax rates and whether its prices include tax (migration 14). Validates what it writes, naming
// the field; the schema checks the same bounds.
class TaxRateRepository {
    Q_DECLARE_TR_FUNCTIONS(TaxRateRepository)

public:
    explicit TaxRateRepository(Database &database) : m_database(database) {}

    Result<QList<TaxRate>> list();
    // The rate for a destination and tax class: the region's if there is one, else the whole country's;
    // none when the shop charges no tax there.
    Result<std::optional<TaxRate>> rateFor(const QString &country, const QString &region, const QString &taxClass);
    // Adds the rate, or replaces the one for the same country, region and class.
    Result<TaxRate> set(const TaxRate &rate);
    // False when there was no such rate.
    Result<bool> remove(const QString &country, const QString &region, const QString &taxClass);

    Result<bool> pricesIncludeTax();
    Status setPricesIncludeTax(bool include);

    static Result<TaxRate> validated(const TaxRate &rate);

private:
    Database &m_database;
};

} // namespace shipshape
