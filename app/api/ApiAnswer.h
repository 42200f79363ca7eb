#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace shipshape::api {

// One HTTP answer of the Order API, made on whichever thread handled the request and written to the
// socket by the server's thread.
struct ApiAnswer {
    int status = 200;
    QByteArray body; // JSON, unless contentType says otherwise
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    QByteArray contentType = "application/json";

    static ApiAnswer json(int status, const QJsonObject &object);
    // An answer Twilio reads: TwiML (text/xml).
    static ApiAnswer xml(int status, const QByteArray &document);
    // The contract's Error schema: {"code", "message", "details"?}. `code` is one of the stable codes
    // of docs/api.md (validation_failed, not_found, out_of_stock, price_changed, ...).
    static ApiAnswer error(int status, const QString &code, const QString &message, const QJsonObject &details = {});
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
};

} // namespace shipshape::api
