#include "Comparison.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {
namespace {

struct Figure {
    QList<double> values;
    QString unit;

    [[nodiscard]] double median() const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype middle = sorted.size() / 2;
        return sorted.size() % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
    }
};

// Figures that describe the run (sizes, counts, yes/no checks) rather than measure it.
bool isMeasure(const QString &unit)
{
    static const QStringList measures{u"ms"_s, u"s"_s, u"MiB"_s, u"orders/s"_s};
    return measures.contains(unit);
}

std::optional<QMap<QString, Figure>> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "compare: cannot read %s\n", qPrintable(path));
        return std::nullopt;
    }
    QMap<QString, Figure> figures;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.startsWith('{'))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString metric = object.value(u"metric"_s).toString();
        const QString unit = object.value(u"unit"_s).toString();
        if (!isMeasure(unit) || !object.value(u"value"_s).isDouble())
            continue;
        Figure &figure = figures[object.value(u"case"_s).toString() + u" · "_s + metric];
        figure.values.append(object.value(u"value"_s).toDouble());
        figure.unit = unit;
    }
    return figures;
}

QString number(double value)
{
    const QLocale english(QLocale::English);
    return english.toString(value, 'f', std::abs(value) >= 100 ? 0 : (std::abs(value) >= 10 ? 1 : 2));
}

} // namespace

int compare(const QString &baseline, const QString &current, double thresholdPercent)
{
    const auto before = read(baseline);
    const auto now = read(current);
    if (!before || !now)
        return 2;
    int flagged = 0;
    int compared = 0;
    QStringList onlyOnce;
    std::printf("| Figure | Unit | Baseline | Now | Change | |\n| --- | --- | --- | --- | --- | --- |\n");
    for (auto it = now->cbegin(); it != now->cend(); ++it) {
        const auto old = before->constFind(it.key());
        if (old == before->cend()) {
            onlyOnce << it.key();
            continue;
        }
        const double was = old->median();
        const double is = it->median();
        ++compared;
        QString change = u"—"_s;
        bool moved = false;
        if (was != 0) {
            const double percent = (is - was) / std::abs(was) * 100;
            change = (percent >= 0 ? u"+"_s : QString()) + number(percent) + u" %"_s;
            moved = std::abs(percent) > thresholdPercent;
        } else {
            moved = is != 0;
        }
        flagged += moved ? 1 : 0;
        std::printf("| %s | %s | %s | %s | %s | %s |\n", qPrintable(it.key()), qPrintable(it->unit),
                qPrintable(number(was)), qPrintable(number(is)), qPrintable(change), moved ? "**moved**" : "");
    }
    for (auto it = before->cbegin(); it != before->cend(); ++it) {
        if (!now->contains(it.key()))
            onlyOnce << it.key();
    }
    std::printf(
            "\n%d figures compared, %d moved more than %s %%", compared, flagged, qPrintable(number(thresholdPercent)));
    if (!onlyOnce.isEmpty())
        std::printf("; measured in one run only: %s", qPrintable(onlyOnce.join(u", "_s)));
    std::printf(".\n");
    if (compared == 0) {
        std::fprintf(stderr, "compare: the two runs have no figure in common\n");
        return 2;
    }
    return flagged > 0 ? 1 : 0;
}

} // namespace shipshape::bench
