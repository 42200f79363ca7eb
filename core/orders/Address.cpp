#include "orders/Address.h"

#include "common/TextField.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Address> Address::validated(const Address &input)
{
    Address result;
    if (QList<Error> found = problems(input, &result); !found.isEmpty())
        return fail(found.constFirst());
    return result;
}

QList<Error> Address::problems(const Address &input, Address *normalized)
{
    QList<Error> found;
    Address result;
    if (auto street = TextField::singleLine(u"shippingAddress.street"_s, input.street, 200))
        result.street = *street;
    else
        found.append(street.error());
    if (auto city = TextField::singleLine(u"shippingAddress.city"_s, input.city, 100))
        result.city = *city;
    else
        found.append(city.error());
    if (auto state = TextField::singleLine(u"shippingAddress.state"_s, input.state, 100))
        result.state = *state;
    else
        found.append(state.error());
    if (auto zip = TextField::singleLine(u"shippingAddress.zip"_s, input.zip, 20); !zip) {
        found.append(zip.error());
    } else {
        static const QRegularExpression zipPattern(u"^[A-Za-z0-9][A-Za-z0-9 -]*$"_s);
        if (zipPattern.match(*zip).hasMatch())
            result.zip = *zip;
        else
            found.append(Error::invalid(u"shippingAddress.zip"_s, input.zip,
                    tr("\"%1\" is not a postal code (letters, digits, spaces and hyphens).").arg(input.zip)));
    }
    const QString country = input.country.trimmed().isEmpty() ? u"US"_s : input.country.trimmed().toUpper();
    static const QRegularExpression countryPattern(u"^[A-Z]{2}$"_s);
    if (countryPattern.match(country).hasMatch())
        result.country = country;
    else
        found.append(Error::invalid(u"shippingAddress.country"_s, input.country,
                tr("\"%1\" is not a two-letter ISO country code such as US or DE.").arg(input.country)));
    if (normalized && found.isEmpty())
        *normalized = result;
    return found;
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
