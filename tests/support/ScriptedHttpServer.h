#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>

#include <chrono>
#include <functional>

class QTcpSocket;

namespace shipshape::test {

// A tiny HTTP/1.1 server on 127.0.0.1 (a free port) that plays a provider in tests: it records every
// request exactly as received and answers from a queue of scripted replies, so a test can say
// "answer 429 with these headers, then time out, then 202" and assert on the wire bytes sent.
class ScriptedHttpServer : public QObject {
    Q_OBJECT

public:
    struct Reply {
        enum class Kind {
            Respond, // status + headers + body
            Hang, // read the request and never answer: the client's timeout must fire
            Drop, // close the connection right after reading the request
        };
        Kind kind = Kind::Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        static Reply respond(int status, QByteArray body = {}, QList<QPair<QByteArray, QByteArray>> headers = {});
        static Reply json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});
        static Reply hang();
        static Reply drop();
    };

    struct Request {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:PORT
    [[nodiscard]] QUrl baseUrl() const;

    void enqueue(const Reply &reply) { m_script.enqueue(reply); }
    // What to answer once the script is used up (default: 500 "no scripted reply").
    void setFallback(const Reply &reply) { m_fallback = reply; }
    // Computes the answer from the request once the script is used up (a stateful fake provider);
    // takes precedence over the fallback.
    void setResponder(std::function<Reply(const Request &)> responder) { m_responder = std::move(responder); }
    // Every answer is written this long after its request arrived (a slow provider); a timer on the
    // server's thread, so the test's loop keeps running meanwhile.
    void setAnswerDelay(std::chrono::milliseconds delay) { m_answerDelay = delay; }
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] qsizetype pendingReplies() const { return m_script.size(); }
    // Runs the event loop until `count` requests have arrived or the timeout passes.
    bool waitForRequests(qsizetype count, std::chrono::milliseconds timeout = std::chrono::seconds(5));

Q_SIGNALS:
    void requestReceived(qsizetype index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QQueue<Reply> m_script;
    Reply m_fallback;
    std::function<Reply(const Request &)> m_responder;
    QList<Request> m_requests;
    QList<QTcpSocket *> m_hanging;
    std::chrono::milliseconds m_answerDelay{0};
};

} // namespace shipshape::test
