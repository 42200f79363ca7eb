#include "common/JsonNumberText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// One open object or array while walking the document.
struct Container {
    bool isObject = false;
    QString path; // the container's own path
    qsizetype index = 0; // arrays: the next element's index
    QString key; // objects: the key whose value comes next
    QSet<QString> keys; // objects: keys seen so far
};

QString childPath(const Container &container)
{
    if (container.isObject)
        return container.path.isEmpty() ? container.key : container.path + u'.' + container.key;
    return container.path + u'[' + QString::number(container.index) + u']';
}

// The end of the string token starting at `begin` (a quote): the index just after its closing quote.
qsizetype stringEnd(const QByteArray &json, qsizetype begin)
{
    qsizetype i = begin + 1;
    while (i < json.size()) {
        if (json.at(i) == '\\')
            i += 2;
        else if (json.at(i) == '"')
            return i + 1;
        else
            ++i;
    }
    return json.size();
}

QString decodeString(QByteArrayView token)
{
    if (!token.contains('\\'))
        return QString::fromUtf8(token.sliced(1, token.size() - 2));
    // Escapes are rare in keys: let Qt's parser decode them exactly as it did for the document.
    const QJsonDocument document = QJsonDocument::fromJson("[" + token.toByteArray() + "]");
    return document.array().at(0).toString();
}

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

QString JsonNumberText::plainDecimal(QByteArrayView token)
{
    const QString written = QString::fromLatin1(token);
    qsizetype i = 0;
    const bool negative = !token.isEmpty() && token.at(0) == '-';
    if (negative)
        ++i;
    QByteArray integerDigits;
    while (i < token.size() && token.at(i) >= '0' && token.at(i) <= '9')
        integerDigits.append(token.at(i++));
    QByteArray fractionDigits;
    if (i < token.size() && token.at(i) == '.') {
        ++i;
        while (i < token.size() && token.at(i) >= '0' && token.at(i) <= '9')
            fractionDigits.append(token.at(i++));
    }
    if (i == token.size())
        return written; // no exponent: already a plain decimal
    if (token.at(i) != 'e' && token.at(i) != 'E')
        return written;
    bool ok = false;
    const int exponent = QByteArrayView(token.sliced(i + 1)).toInt(&ok);
    if (!ok || exponent > 64 || exponent < -64)
        return written;

    // Move the decimal point `exponent` places through all the digits.
    QByteArray digits = integerDigits + fractionDigits;
    qsizetype point = integerDigits.size() + exponent;
    if (point < 0) {
        digits.prepend(QByteArray(-point, '0'));
        point = 0;
    }
    if (point > digits.size())
        digits.append(QByteArray(point - digits.size(), '0'));
    QByteArray whole = digits.left(point);
    QByteArray fraction = digits.mid(point);
    while (whole.size() > 1 && whole.startsWith('0'))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = "0";
    while (fraction.endsWith('0'))
        fraction.chop(1);
    QByteArray plain = negative ? "-" + whole : whole;
    if (!fraction.isEmpty())
        plain += '.' + fraction;
    return QString::fromLatin1(plain);
}

Result<QHash<QString, QString>> JsonNumberText::byPath(const QByteArray &json)
{
    QHash<QString, QString> numbers;
    QList<Container> stack;
    bool expectingKey = false;

    // Called for every value (scalar or container start); advances the enclosing array's index.
    const auto valuePath = [&stack]() -> QString { return stack.isEmpty() ? QString() : childPath(stack.constLast()); };
    const auto valueDone = [&stack] {
        if (!stack.isEmpty() && !stack.constLast().isObject)
            ++stack.last().index;
    };

    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json.at(i);
        switch (c) {
        case '{':
        case '[': {
            Container container;
            container.isObject = c == '{';
            container.path = valuePath();
            stack.append(container);
            expectingKey = container.isObject;
            ++i;
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            valueDone();
            expectingKey = false;
            ++i;
            break;
        case ',':
            expectingKey = !stack.isEmpty() && stack.constLast().isObject;
            ++i;
            break;
        case ':':
            ++i;
            break;
        case '"': {
            const qsizetype end = stringEnd(json, i);
            if (expectingKey && !stack.isEmpty()) {
                Container &object = stack.last();
                object.key = decodeString(QByteArrayView(json).sliced(i, end - i));
                if (object.keys.contains(object.key)) {
                    const QString path = childPath(object);
                    return fail(Error::invalid(path, {}, tr("%1 is given twice.").arg(path)));
                }
                object.keys.insert(object.key);
                expectingKey = false;
            } else {
                valueDone();
            }
            i = end;
            break;
        }
        default:
            if (isNumberCharacter(c)) {
                qsizetype end = i;
                while (end < json.size() && isNumberCharacter(json.at(end)))
                    ++end;
                // Two places of the document can spell one path ({"a": 1, "": {"a": 2}}, or a key holding
                // '.'): which number the path means would be a guess, so such a document is refused (found by
                // fuzz_json_number_text).
                const QString path = valuePath();
                if (numbers.contains(path))
                    return fail(Error::invalid(path, {}, tr("%1 is given twice.").arg(path)));
                numbers.insert(path, plainDecimal(QByteArrayView(json).sliced(i, end - i)));
                valueDone();
                i = end;
            } else if (c == 't' || c == 'f' || c == 'n') {
                // true, false, null
                while (i < json.size() && json.at(i) >= 'a' && json.at(i) <= 'z')
                    ++i;
                valueDone();
            } else {
                ++i; // whitespace
            }
        }
    }
    return numbers;
}

} // namespace shipshape
