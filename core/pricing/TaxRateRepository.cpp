#include "pricing/TaxRateRepository.h"

#include "common/TextField.h"
#include "common/Time.h"
#include "storage/Database.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kColumns = u"id, country, region, tax_class, name, rate_ppm, updated_at"_s;

TaxRate rateFromRow(const Rows &row)
{
    TaxRate rate;
    rate.id = row.integer(u"id");
    rate.country = row.text(u"country");
    rate.region = row.text(u"region");
    rate.taxClass = row.text(u"tax_class");
    rate.name = row.text(u"name");
    rate.rate = Rate::fromPartsPerMillion(row.integer(u"rate_ppm"));
    rate.updatedAt = fromStorage(row.value(u"updated_at"));
    return rate;
}

} // namespace

Result<TaxRate> TaxRateRepository::validated(const TaxRate &input)
{
    TaxRate rate = input;
    rate.country = input.country.trimmed().toUpper();
    static const QRegularExpression countryPattern(u"^[A-Z]{2}$"_s);
    if (!countryPattern.match(rate.country).hasMatch())
        return fail(Error::invalid(u"country"_s, input.country,
                tr("\"%1\" is not a two-letter country code (ISO 3166-1, e.g. DE).").arg(input.country)));
    auto region = TextField::singleLine(u"region"_s, input.region, 40, false);
    if (!region)
        return fail(region.error());
    rate.region = *region;
    auto taxClass = TextField::singleLine(u"taxClass"_s, input.taxClass, 40);
    if (!taxClass)
        return fail(taxClass.error());
    rate.taxClass = *taxClass;
    auto name = TextField::singleLine(u"name"_s, input.name, 60);
    if (!name)
        return fail(name.error());
    rate.name = *name;
    if (rate.rate.partsPerMillion() < 0 || rate.rate.partsPerMillion() > Rate::kWhole)
        return fail(Error::invalid(u"rate"_s, rate.rate.toPercentString(),
                tr("A tax rate is between 0 and 100 % (got %1 %).").arg(rate.rate.toPercentString())));
    return rate;
}

Result<QList<TaxRate>> TaxRateRepository::list()
{
    auto rows = m_database.query(
            u"SELECT "_s + kColumns + u" FROM tax_rates ORDER BY country, region, tax_class"_s);
    if (!rows)
        return fail(rows.error());
    QList<TaxRate> rates;
    while (rows->next())
        rates.append(rateFromRow(*rows));
    if (auto read = rows->status(); !read)
        return fail(read.error());
    return rates;
}

Result<std::optional<TaxRate>> TaxRateRepository::rateFor(
        const QString &country, const QString &region, const QString &taxClass)
{
    // The region's rate sorts before the country's ("" sorts last when descending).
    auto rows = m_database.query(u"SELECT "_s + kColumns
                    + u" FROM tax_rates WHERE country = ? AND tax_class = ? AND region IN (?, '') "
                      "ORDER BY region DESC LIMIT 1"_s,
            {country.trimmed().toUpper(), taxClass, nonNullText(region.trimmed())});
    if (!rows)
        return fail(rows.error());
    if (!rows->next()) {
        if (auto read = rows->status(); !read)
            return fail(read.error());
        return std::optional<TaxRate>();
    }
    return std::optional<TaxRate>(rateFromRow(*rows));
}

Result<TaxRate> TaxRateRepository::set(const TaxRate &input)
{
    auto rate = validated(input);
    if (!rate)
        return fail(rate.error());
    auto written = m_database.query(
            u"INSERT INTO tax_rates (country, region, tax_class, name, rate_ppm, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (country, region, tax_class) DO UPDATE SET name = excluded.name, "
            "rate_ppm = excluded.rate_ppm, updated_at = excluded.updated_at"_s,
            {rate->country, nonNullText(rate->region), rate->taxClass, rate->name, rate->rate.partsPerMillion(),
                    toStorage(rate->updatedAt)});
    if (!written)
        return fail(written.error());
    auto stored = rateFor(rate->country, rate->region, rate->taxClass);
    if (!stored)
        return fail(stored.error());
    if (!stored->has_value())
        return fail(Error::internal(u"tax rate %1/%2/%3 vanished after it was written"_s.arg(
                rate->country, rate->region, rate->taxClass)));
    return **stored;
}

Result<bool> TaxRateRepository::remove(const QString &country, const QString &region, const QString &taxClass)
{
    auto removed = m_database.query(u"DELETE FROM tax_rates WHERE country = ? AND region = ? AND tax_class = ?"_s,
            {country.trimmed().toUpper(), nonNullText(region.trimmed()), taxClass.trimmed()});
    if (!removed)
        return fail(removed.error());
    return removed->rowsAffected() > 0;
}

Result<bool> TaxRateRepository::pricesIncludeTax()
{
    auto rows = m_database.query(u"SELECT prices_include_tax FROM shop_pricing WHERE id = 1"_s);
    if (!rows)
        return fail(rows.error());
    return rows->next() && rows->singleInteger() == 1;
}

Status TaxRateRepository::setPricesIncludeTax(bool include)
{
    auto written = m_database.query(
            u"UPDATE shop_pricing SET prices_include_tax = ? WHERE id = 1"_s, {include ? qint64(1) : qint64(0)});
    if (!written)
        return fail(written.error());
    return {};
}

} // namespace shipshape
