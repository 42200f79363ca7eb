#include "Harness.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {
namespace {

double statusField(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field)) {
            // "VmRSS:	  123456 kB"
            const QByteArray kb = line.mid(field.size()).trimmed().split(' ').constFirst();
            return kb.toDouble() / 1024.0;
        }
    }
    return 0.0;
}

} // namespace

double residentMiB()
{
    return statusField("VmRSS:");
}

double peakResidentMiB()
{
    return statusField("VmHWM:");
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * double(values.size() - 1);
    const auto lower = static_cast<qsizetype>(std::floor(rank));
    const auto upper = static_cast<qsizetype>(std::ceil(rank));
    const double fraction = rank - double(lower);
    return values.at(lower) + (values.at(upper) - values.at(lower)) * fraction;
}

void emitMetric(const QString &benchCase, const QString &metric, double value, const QString &unit)
{
    const QJsonObject line{{u"case"_s, benchCase}, {u"metric"_s, metric}, {u"value"_s, value}, {u"unit"_s, unit}};
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void die(const QString &message)
{
    std::fprintf(stderr, "shipshape-bench: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace shipshape::bench
