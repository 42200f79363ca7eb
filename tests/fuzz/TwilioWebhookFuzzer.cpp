// Twilio's messaging webhook comes from anyone who can reach the Order API: its signature header and its form
// body. Input: the signature header, a newline, the body. Properties: a form that parses has a name for every
// field and reads back as itself once re-encoded; a refused form names the field; a signature is valid for
// one token and one URL only; an accepted message has a Twilio SID and a sender; every keyword is one of four.

#include "FuzzCheck.h"

#include "notification/TwilioInboundSms.h"
#include "notification/TwilioSignature.h"

#include <QUrl>

#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString url = u"https://shop.example/v1/webhooks/twilio"_s;
    static const QByteArray token = "fuzz-auth-token";
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray signature = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    const auto fields = TwilioSignature::parseForm(body);
    if (!fields) {
        fuzz::check(!fields.error().field.isEmpty(), "a refused form names the field", QString::fromUtf8(body));
        return 0;
    }
    QByteArray encoded;
    for (const auto &[name, value] : *fields) {
        fuzz::check(!name.isEmpty(), "every field has a name");
        encoded += (encoded.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '='
                + QUrl::toPercentEncoding(value);
    }
    const auto again = TwilioSignature::parseForm(encoded);
    fuzz::check(again && *again == *fields, "a parsed form reads back as itself", QString::fromUtf8(body));

    const auto verdict = TwilioSignature::verify(signature, url, *fields, token);
    if (verdict == TwilioSignature::Verdict::Valid) {
        fuzz::check(TwilioSignature::verify(signature, url, *fields, token + 'x') != TwilioSignature::Verdict::Valid,
                "a signature is valid for one token only");
        fuzz::check(TwilioSignature::verify(signature, url + u'x', *fields, token) != TwilioSignature::Verdict::Valid,
                "a signature is valid for one URL only");
    }
    fuzz::check(!TwilioSignature::message(verdict).isEmpty(), "every verdict has words");
    fuzz::check(TwilioSignature::verify(TwilioSignature::sign(url, *fields, token), url, *fields, token)
                    == TwilioSignature::Verdict::Valid,
            "a form's own signature is valid");

    const auto message = TwilioInboundSms::read(*fields);
    if (message) {
        fuzz::check(message->messageSid.size() == 34, "an accepted message has Twilio's SID");
        fuzz::check(!message->from.isEmpty(), "an accepted message has a sender");
        const QString keyword
                = TwilioInboundSms::keywordName(TwilioInboundSms::keywordOf(message->body, message->optOutType));
        fuzz::check(QStringList{u"stop"_s, u"start"_s, u"help"_s, u"none"_s}.contains(keyword), "one of four keywords");
    } else {
        fuzz::check(!message.error().field.isEmpty(), "a refused message names the field");
    }
    return 0;
}
