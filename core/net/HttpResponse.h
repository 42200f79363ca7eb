#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

namespace shipshape {

// What came back for one HttpRequest: either an HTTP status with headers and body, or a transport
// failure (no status) described by networkError/errorString, with timedOut set when the deadline hit.
struct HttpResponse {
    int status = 0; // 0 when no HTTP response arrived
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;

    // True when the request never produced an HTTP response (connection refused, reset, timeout).
    [[nodiscard]] bool isTransportFailure() const { return status == 0; }
    // Case-insensitive header lookup; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace shipshape
