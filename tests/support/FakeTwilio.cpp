#include "FakeTwilio.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

const QString kMessagesPath = u"/2010-04-01/Accounts/{AccountSid}/Messages.json"_s;

QJsonObject readContract()
{
    QFile file(QStringLiteral(SHIPSHAPE_TWILIO_SPEC));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

FakeTwilio::FakeTwilio()
{
    const QJsonObject contract = readContract();
    const QJsonObject post
            = contract.value(u"paths"_s).toObject().value(kMessagesPath).toObject().value(u"post"_s).toObject();
    const QJsonObject schema = post.value(u"requestBody"_s)
                                       .toObject()
                                       .value(u"content"_s)
                                       .toObject()
                                       .value(u"application/x-www-form-urlencoded"_s)
                                       .toObject()
                                       .value(u"schema"_s)
                                       .toObject();
    m_parameters = schema.value(u"properties"_s).toObject().keys();
    m_example = post.value(u"responses"_s)
                        .toObject()
                        .value(u"201"_s)
                        .toObject()
                        .value(u"content"_s)
                        .toObject()
                        .value(u"application/json"_s)
                        .toObject()
                        .value(u"examples"_s)
                        .toObject()
                        .value(u"create"_s)
                        .toObject()
                        .value(u"value"_s)
                        .toObject();
    server.setResponder([this](const ScriptedHttpServer::Request &request) {
        const QUrlQuery fields = form(request);
        QJsonObject message = m_example;
        message.insert(u"sid"_s, u"SM%1"_s.arg(++m_next, 32, 10, QChar(u'0')));
        message.insert(u"to"_s, fields.queryItemValue(u"To"_s, QUrl::FullyDecoded));
        message.insert(u"body"_s, fields.queryItemValue(u"Body"_s, QUrl::FullyDecoded));
        message.insert(u"account_sid"_s, QString::fromLatin1(kAccountSid));
        return ScriptedHttpServer::Reply::json(201, QJsonDocument(message).toJson(QJsonDocument::Compact));
    });
}

QUrlQuery FakeTwilio::form(const ScriptedHttpServer::Request &request)
{
    // Form encoding writes a space as '+'; QUrlQuery leaves '+' alone, so turn it back first.
    QByteArray body = request.body;
    body.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(body));
}

QStringList FakeTwilio::violations(const ScriptedHttpServer::Request &request) const
{
    QStringList problems;
    if (m_parameters.isEmpty())
        problems << u"the contract %1 could not be read"_s.arg(QStringLiteral(SHIPSHAPE_TWILIO_SPEC));
    if (request.method != "POST")
        problems << u"method %1, not POST"_s.arg(QString::fromLatin1(request.method));
    const QByteArray path = "/2010-04-01/Accounts/" + QByteArray(kAccountSid) + "/Messages.json";
    if (request.path != path)
        problems << u"path %1, not %2"_s.arg(QString::fromLatin1(request.path), QString::fromLatin1(path));
    const QByteArray expectedAuth
            = "Basic " + QByteArray(QByteArray(kAccountSid) + ':' + QByteArray(kAuthToken)).toBase64();
    if (request.header("Authorization") != expectedAuth)
        problems << u"Authorization is not basic auth with the account SID and token"_s;
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        problems << u"Content-Type %1"_s.arg(QString::fromLatin1(request.header("Content-Type")));
    if (request.body.contains('+'))
        problems << u"a literal '+' in the form body (Twilio reads it as a space; + must be %2B)"_s;
    const QUrlQuery fields = form(request);
    QStringList names;
    for (const auto &[name, value] : fields.queryItems(QUrl::FullyDecoded)) {
        names << name;
        if (!m_parameters.contains(name))
            problems << u"parameter %1 is not in the contract"_s.arg(name);
    }
    if (!names.contains(u"To"_s))
        problems << u"no To (required)"_s;
    if (names.contains(u"From"_s) == names.contains(u"MessagingServiceSid"_s))
        problems << u"not exactly one of From and MessagingServiceSid"_s;
    if (fields.queryItemValue(u"Body"_s, QUrl::FullyDecoded).isEmpty())
        problems << u"no Body"_s;
    if (names.removeDuplicates() > 0)
        problems << u"a parameter given twice"_s;
    return problems;
}

QStringList FakeTwilio::allViolations() const
{
    QStringList all;
    for (const auto &request : server.requests())
        all << violations(request);
    return all;
}

ScriptedHttpServer::Reply FakeTwilio::error(int status, int code, const QString &message)
{
    const QJsonObject body{{u"code"_s, code}, {u"message"_s, message},
            {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)}, {u"status"_s, status}};
    return ScriptedHttpServer::Reply::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace shipshape::test
