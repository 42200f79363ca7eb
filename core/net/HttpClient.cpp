#include "net/HttpClient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

bool HttpClient::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    // QHostAddress::isLoopback covers all of 127.0.0.0/8 and ::1.
    return !address.isNull() && address.isLoopback();
}

Status HttpClient::checkUrlAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return fail(Error::invalid(
                u"url"_s, url.toDisplayString(), tr("\"%1\" is not a valid URL.").arg(url.toDisplayString())));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s && isLoopbackHost(url.host()))
        return {};
    return fail(Error::invalid(u"url"_s, url.toDisplayString(),
            tr("\"%1\" must use https (plain http is allowed only to this computer).").arg(url.toDisplayString())));
}

Status HttpClient::send(const HttpRequest &request, QObject *context, Callback callback)
{
    if (auto allowed = checkUrlAllowed(request.url); !allowed)
        return allowed;

    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(static_cast<int>(request.timeout.count()));
    // Redirects could carry the Authorization header somewhere else; providers never need them.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, callback = std::move(callback)] {
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append(pair);
        response.body = reply->readAll();
        if (response.status == 0) {
            response.networkError = reply->error();
            response.errorString = reply->errorString();
            // The transfer timeout is the only thing that cancels our requests.
            response.timedOut = reply->error() == QNetworkReply::OperationCanceledError
                    || reply->error() == QNetworkReply::TimeoutError;
        }
        callback(response);
    });
    return {};
}

} // namespace shipshape
