// Prices in the Order API's JSON are read from the numbers' text, never through double. Property: for a
// document QJsonDocument accepts, every number has its path in JsonNumberText's answer, and the plain
// decimal written there is the same number QJsonDocument read (to double precision).

#include "FuzzCheck.h"

#include "common/JsonNumberText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

void collect(const QJsonValue &value, const QString &path, QList<std::pair<QString, double>> &numbers)
{
    if (value.isDouble()) {
        numbers.append({path, value.toDouble()});
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            // Concatenated, not arg().arg(): a key may itself hold "%1" (found by this fuzzer).
            collect(array.at(i), path + u'[' + QString::number(i) + u']', numbers);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), numbers);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    auto texts = JsonNumberText::byPath(json);
    if (!texts)
        return 0; // a key given twice: refused by design
    QList<std::pair<QString, double>> numbers;
    collect(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), {}, numbers);
    for (const auto &[path, number] : numbers) {
        // Keys that contain '.', '[' or ']' make two spellings of one path; such documents carry no order.
        if (path.count(u'.') + path.count(u'[') != 0 && texts->size() != numbers.size())
            continue;
        fuzz::check(texts->contains(path), "every number has its text", path);
        bool ok = false;
        const double fromText = texts->value(path).toDouble(&ok);
        if (!ok || !std::isfinite(number) || !std::isfinite(fromText))
            continue; // beyond double's range: the text is kept as written, for the caller to refuse
        const double scale = std::max({1.0, std::fabs(number), std::fabs(fromText)});
        fuzz::check(std::fabs(fromText - number) <= scale * 1e-12, "the text is the same number",
                path + u": "_s + texts->value(path) + u" vs "_s + QString::number(number, 'g', 17));
    }
    return 0;
}
