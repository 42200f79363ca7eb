#include "pricing/TaxService.h"

#include "pricing/TaxRateRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<QList<TaxRate>> TaxService::rates()
{
    return TaxRateRepository(m_database).list();
}

Result<TaxRate> TaxService::setRate(const QString &country, const QString &region, const QString &taxClass,
        const QString &name, const QString &percent)
{
    auto rate = Rate::parsePercent(percent, u"rate"_s);
    if (!rate)
        return fail(rate.error());
    TaxRate input;
    input.country = country;
    input.region = region;
    input.taxClass = taxClass.trimmed().isEmpty() ? u"standard"_s : taxClass;
    input.name = name;
    input.rate = *rate;
    input.updatedAt = m_clock.now();
    return TaxRateRepository(m_database).set(input);
}

Status TaxService::removeRate(const QString &country, const QString &region, const QString &taxClass)
{
    const QString cls = taxClass.trimmed().isEmpty() ? u"standard"_s : taxClass.trimmed();
    auto removed = TaxRateRepository(m_database).remove(country, region, cls);
    if (!removed)
        return fail(removed.error());
    if (!*removed) {
        return fail(Error::notFound(u"country"_s, country,
                tr("There is no %1 tax rate for %2%3.")
                        .arg(cls, country.trimmed().toUpper(), region.trimmed().isEmpty() ? QString() : u"/" + region.trimmed())));
    }
    return {};
}

Result<bool> TaxService::pricesIncludeTax()
{
    return TaxRateRepository(m_database).pricesIncludeTax();
}

Status TaxService::setPricesIncludeTax(bool include)
{
    return TaxRateRepository(m_database).setPricesIncludeTax(include);
}

} // namespace shipshape
