#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pricing/TaxRate.h"

#include <QCoreApplication>
#include <QList>

namespace shipshape {

class Database;

// The shop's tax rates and whether its prices include tax, as staff manage them (Settings, `taxes`).
// Input arrives as text and is validated here, naming the field; orders already placed keep the rates
// copied onto them (docs/pricing.md).
class TaxService {
    Q_DECLARE_TR_FUNCTIONS(TaxService)

public:
    TaxService(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<QList<TaxRate>> rates();
    // `percent` is "19" or "8.875".
    Result<TaxRate> setRate(const QString &country, const QString &region, const QString &taxClass,
            const QString &name, const QString &percent);
    // NotFound when there is no such rate.
    Status removeRate(const QString &country, const QString &region, const QString &taxClass);
    Result<bool> pricesIncludeTax();
    Status setPricesIncludeTax(bool include);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shipshape
