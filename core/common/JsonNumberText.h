#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace shipshape {

// The number tokens of a JSON document as the sender wrote them, by path ("items[0].price"), rewritten
// as plain decimals ("2999e-2" -> "29.99") without ever passing through double. QJsonDocument parses
// every number to a double, which cannot hold 29.99 exactly and turns 29.990000000000001 into 29.99;
// money read from JSON takes its text from here instead. Run it on a document QJsonDocument accepted:
// it relies on the document being well formed and only walks its structure. A key given twice in one
// object is refused (naming its path): QJsonDocument would silently keep one of the two values, and an
// order whose price or quantity depends on which one is not an order to accept.
class JsonNumberText {
    Q_DECLARE_TR_FUNCTIONS(JsonNumberText)

public:
    static Result<QHash<QString, QString>> byPath(const QByteArray &json);
    // "-12.5e1" -> "-125"; a token with an exponent beyond +-64 is returned as written (no amount has one,
    // and expanding it would make a huge string), for the caller's parser to refuse.
    static QString plainDecimal(QByteArrayView token);
};

} // namespace shipshape
