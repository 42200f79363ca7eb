#include "demo/DemoParcels.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QList<DemoParcel> DemoParcels::split(const QList<DemoOrderLine> &lines, qint64 shipped, qint64 firstParcel)
{
    QList<DemoParcel> parcels(firstParcel < shipped ? 2 : 1);
    qint64 counted = 0;
    for (const DemoOrderLine &line : lines) {
        for (qint64 unit = 0; unit < line.quantity && counted < shipped; ++unit, ++counted) {
            DemoParcel &parcel = parcels[counted < firstParcel ? 0 : 1];
            if (parcel.isEmpty() || parcel.last().first != line.sku)
                parcel.append({line.sku, 0});
            ++parcel.last().second;
        }
    }
    return parcels;
}

QString DemoParcels::carrier(QRandomGenerator &random)
{
    static constexpr std::array kCarriers{u"UPS", u"FedEx", u"USPS", u"DHL"};
    return QString::fromUtf16(kCarriers[random.bounded(quint32(kCarriers.size()))]);
}

QString DemoParcels::trackingNumber(const QString &carrier, QRandomGenerator &random)
{
    static constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString tracking = carrier == u"UPS"_s ? u"1Z"_s : QString();
    const int length = carrier == u"UPS"_s ? 16 : 12;
    for (int i = 0; i < length; ++i)
        tracking += QChar(kAlphabet[random.bounded(carrier == u"UPS"_s ? 34u : 10u)]);
    return tracking;
}

QString DemoParcels::details(qint64 shipmentId, const QString &carrier, const QString &tracking,
        const DemoParcel &parcel, std::optional<bool> complete)
{
    QString lines;
    for (const auto &[sku, quantity] : parcel) {
        if (!lines.isEmpty())
            lines += u',';
        lines += u"{\"quantity\":%1,\"sku\":\"%2\"}"_s.arg(quantity).arg(sku);
    }
    QString details = u"{\"carrier\":\"%1\","_s.arg(carrier);
    if (complete)
        details += *complete ? u"\"complete\":true,"_s : u"\"complete\":false,"_s;
    return details
            + u"\"lines\":[%1],\"shipmentId\":%2,\"trackingNumber\":\"%3\"}"_s.arg(lines).arg(shipmentId).arg(tracking);
}

} // namespace shipshape
