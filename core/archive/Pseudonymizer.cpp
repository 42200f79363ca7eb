#include "archive/Pseudonymizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(u"[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+"_s);
    return pattern;
}

bool namesPersonalData(const QString &key)
{
    const QString lower = key.toLower();
    if (lower.contains(u"product"_s) || lower.contains(u"sku"_s) || lower.contains(u"tax"_s))
        return false;
    for (const auto *part : {"email", "street", "city", "zip", "postal", "phone", "address", "recipient"}) {
        if (lower.contains(QLatin1StringView(part)))
            return true;
    }
    return lower == u"name"_s || lower == u"customer"_s || lower.contains(u"customer_name"_s)
            || lower.contains(u"customername"_s);
}

} // namespace

Pseudonymizer::Pseudonymizer(QByteArray key) : m_key(std::move(key)) {}

Pseudonymizer Pseudonymizer::withRandomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return Pseudonymizer(key);
}

QString Pseudonymizer::tag(const QString &what) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(what.toUtf8(), m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toHex().left(10));
}

QString Pseudonymizer::customerName(qint64 customerId) const
{
    return u"Customer "_s + tag(u"customer:%1"_s.arg(customerId));
}

QString Pseudonymizer::customerEmail(qint64 customerId) const
{
    return u"customer-%1@example.invalid"_s.arg(tag(u"customer:%1"_s.arg(customerId)));
}

QString Pseudonymizer::value(const QString &kind, const QString &original) const
{
    if (original.isEmpty())
        return original;
    return u"%1 %2"_s.arg(kind, tag(kind + u':' + original.trimmed().toLower()));
}

QString Pseudonymizer::email(const QString &original) const
{
    return u"person-%1@example.invalid"_s.arg(tag(u"email:"_s + original.trimmed().toLower()));
}

QString Pseudonymizer::text(const QString &original, const Replacements &known) const
{
    if (original.isEmpty())
        return original;
    QString result;
    qsizetype last = 0;
    auto matches = emailPattern().globalMatch(original);
    while (matches.hasNext()) {
        const auto match = matches.next();
        result += QStringView(original).mid(last, match.capturedStart() - last);
        const QString found = match.captured();
        QString replacement;
        for (const auto &[from, to] : known) {
            if (from.compare(found, Qt::CaseInsensitive) == 0) {
                replacement = to;
                break;
            }
        }
        if (replacement.isEmpty())
            replacement = found.endsWith(u"@example.invalid"_s) ? found : email(found);
        result += replacement;
        last = match.capturedEnd();
    }
    result += QStringView(original).mid(last);
    for (const auto &[from, to] : known) {
        // Very short originals (a two-letter name) would also hit unrelated words.
        if (from.size() >= 3 && !from.contains(u'@'))
            result.replace(from, to, Qt::CaseInsensitive);
    }
    return result;
}

QString Pseudonymizer::json(const QString &original, const Replacements &known) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(original.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return text(original, known);
    std::function<QJsonValue(const QJsonValue &, bool)> walk = [&](const QJsonValue &value, bool personal) {
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = walk(it.value(), personal || namesPersonalData(it.key()));
            return QJsonValue(object);
        }
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (auto it = array.begin(); it != array.end(); ++it)
                *it = walk(*it, personal);
            return QJsonValue(array);
        }
        if (value.isString()) {
            const QString string = value.toString();
            if (personal)
                return QJsonValue(string.contains(u'@') ? email(string) : this->value(u"redacted"_s, string));
            return QJsonValue(text(string, known));
        }
        return value;
    };
    const QJsonValue redacted
            = walk(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), false);
    return QString::fromUtf8(redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace shipshape
