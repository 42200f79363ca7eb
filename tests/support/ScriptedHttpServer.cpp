#include "ScriptedHttpServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::respond(
        int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers)
{
    Reply reply;
    reply.status = status;
    reply.body = std::move(body);
    reply.headers = std::move(headers);
    return reply;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::json(
        int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return respond(status, body, std::move(headers));
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::hang()
{
    Reply reply;
    reply.kind = Kind::Hang;
    return reply;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::drop()
{
    Reply reply;
    reply.kind = Kind::Drop;
    return reply;
}

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent), m_fallback(Reply::respond(500, "no scripted reply"))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    for (QTcpSocket *socket : std::as_const(m_hanging)) {
        if (socket)
            socket->abort();
    }
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

bool ScriptedHttpServer::waitForRequests(qsizetype count, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (m_requests.size() < count && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        connect(this, &ScriptedHttpServer::requestReceived, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_requests.size() >= count;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setProperty("buffer", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_hanging.removeAll(socket); });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    // Several requests may arrive on one kept-alive connection; answer each complete one in turn.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append(qMakePair(name, value));
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_requests.append(request);

        const Reply reply = !m_script.isEmpty() ? m_script.dequeue()
                : m_responder                   ? m_responder(m_requests.constLast())
                                                : m_fallback;
        if (reply.kind == Reply::Kind::Drop) {
            socket->abort();
            Q_EMIT requestReceived(m_requests.size() - 1);
            return;
        }
        if (reply.kind == Reply::Kind::Hang) {
            m_hanging.append(socket);
            Q_EMIT requestReceived(m_requests.size() - 1);
            continue;
        }
        QByteArray response
                = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
        for (const auto &[name, value] : reply.headers)
            response += name + ": " + value + "\r\n";
        response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body;
        if (m_answerDelay.count() > 0)
            QTimer::singleShot(m_answerDelay, socket, [socket, response] { socket->write(response); });
        else
            socket->write(response);
        Q_EMIT requestReceived(m_requests.size() - 1);
    }
    socket->setProperty("buffer", buffer);
}

} // namespace shipshape::test
