#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace shipshape {

// A shipping address. Create through validated() so that an Address in core is always complete.
struct Address {
    Q_DECLARE_TR_FUNCTIONS(Address)

public:
    QString street;
    QString city;
    QString state;
    QString zip;
    QString country = QStringLiteral("US"); // ISO 3166-1 alpha-2

    static Result<Address> validated(const Address &input);
    // Every problem with `input`, one per field, in field order (empty: valid); forms show each next to
    // its field. `normalized` receives the cleaned address when there is none.
    static QList<Error> problems(const Address &input, Address *normalized = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    // One line for tables: "1 Main St, Springfield, IL 62701, US".
    [[nodiscard]] QString singleLine() const;

    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace shipshape
