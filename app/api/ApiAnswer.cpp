#include "api/ApiAnswer.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::api {

ApiAnswer ApiAnswer::json(int status, const QJsonObject &object)
{
    return ApiAnswer{status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

ApiAnswer ApiAnswer::xml(int status, const QByteArray &document)
{
    return ApiAnswer{status, document, {}, "text/xml; charset=utf-8"};
}

ApiAnswer ApiAnswer::error(int status, const QString &code, const QString &message, const QJsonObject &details)
{
    QJsonObject body{{u"code"_s, code}, {u"message"_s, message}};
    if (!details.isEmpty())
        body.insert(u"details"_s, details);
    return json(status, body);
}

QByteArray ApiAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace shipshape::api
