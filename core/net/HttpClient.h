#pragma once

#include "common/Result.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"

#include <QCoreApplication>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace shipshape {

// A small asynchronous HTTP client over one shared QNetworkAccessManager (owned by the caller), for
// every provider Shipshape talks to. It puts a transfer timeout on every request, refuses plain http
// except to loopback (so a secret never crosses the network in clear) and hands back an HttpResponse
// through a callback that runs only while `context` is alive.
class HttpClient {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)

public:
    using Callback = std::function<void(const HttpResponse &response)>;

    explicit HttpClient(QNetworkAccessManager *manager) : m_manager(manager) {}

    // Starts the request; the callback runs later on the manager's thread. A URL that may not be used
    // (not https and not loopback, or malformed) fails at once and the callback never runs.
    Status send(const HttpRequest &request, QObject *context, Callback callback);

    // https anywhere, http only to 127.0.0.0/8, ::1 or localhost.
    static Status checkUrlAllowed(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

private:
    QNetworkAccessManager *m_manager;
};

} // namespace shipshape
