#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>

namespace shipshape {

// One HTTP request as a value: what HttpClient sends. Providers (SendGrid, Stripe) build these.
struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Every request has a deadline: a provider that stops answering must never hang a dispatcher.
    std::chrono::milliseconds timeout{15000};
};

} // namespace shipshape
