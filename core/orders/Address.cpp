#include "orders/Address.h"

#include "common/TextField.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Address> Address::validated(const Address &input)
{
    Address result;
    auto street = TextField::singleLine(u"shippingAddress.street"_s, input.street, 200);
    if (!street)
        return fail(street.error());
    auto city = TextField::singleLine(u"shippingAddress.city"_s, input.city, 100);
    if (!city)
        return fail(city.error());
    auto state = TextField::singleLine(u"shippingAddress.state"_s, input.state, 100);
    if (!state)
        return fail(state.error());
    auto zip = TextField::singleLine(u"shippingAddress.zip"_s, input.zip, 20);
    if (!zip)
        return fail(zip.error());
    static const QRegularExpression zipPattern(u"^[A-Za-z0-9][A-Za-z0-9 -]*$"_s);
    if (!zipPattern.match(*zip).hasMatch()) {
        return fail(Error::invalid(u"shippingAddress.zip"_s, input.zip,
                tr("\"%1\" is not a postal code (letters, digits, spaces and hyphens).").arg(input.zip)));
    }
    const QString country = input.country.trimmed().isEmpty() ? u"US"_s : input.country.trimmed().toUpper();
    static const QRegularExpression countryPattern(u"^[A-Z]{2}$"_s);
    if (!countryPattern.match(country).hasMatch()) {
        return fail(Error::invalid(u"shippingAddress.country"_s, input.country,
                tr("\"%1\" is not a two-letter ISO country code such as US or DE.").arg(input.country)));
    }
    result.street = *street;
    result.city = *city;
    result.state = *state;
    result.zip = *zip;
    result.country = country;
    return result;
}

QJsonObject Address::toJson() const
{
    return {{u"street"_s, street}, {u"city"_s, city}, {u"state"_s, state}, {u"zip"_s, zip}, {u"country"_s, country}};
}

QString Address::singleLine() const
{
    return u"%1, %2, %3 %4, %5"_s.arg(street, city, state, zip, country);
}

} // namespace shipshape
