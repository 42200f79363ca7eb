#include "notification/TwilioInboundSms.h"

#include "common/Logging.h"
#include "common/Time.h"
#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString fieldValue(const FormFields &fields, const QString &name)
{
    for (const auto &[fieldName, value] : fields) {
        if (fieldName == name)
            return value;
    }
    return {};
}

bool isE164(const QString &phone)
{
    static const QRegularExpression e164(QRegularExpression::anchoredPattern(u"\\+[1-9][0-9]{5,14}"_s));
    return e164.match(phone).hasMatch();
}

} // namespace

Result<TwilioInboundReceipt> TwilioInboundSms::receive(
        const QByteArray &signatureHeader, const QString &url, const QByteArray &body, const QByteArray &authToken)
{
    // A body that is no form cannot have been signed by Twilio: refused like a forgery, before anything of it
    // is read back to the sender.
    auto fields = TwilioSignature::parseForm(body);
    TwilioInboundReceipt refused;
    refused.signature = fields                    ? TwilioSignature::verify(signatureHeader, url, *fields, authToken)
            : authToken.isEmpty()                 ? TwilioSignature::Verdict::TokenMissing
            : signatureHeader.trimmed().isEmpty() ? TwilioSignature::Verdict::Missing
                                                  : TwilioSignature::Verdict::Mismatch;
    if (refused.signature != TwilioSignature::Verdict::Valid) {
        refused.signatureRefused = true;
        refused.note = TwilioSignature::message(refused.signature);
        qCWarning(lcNotifications).noquote() << "Twilio webhook delivery refused:" << refused.note;
        return refused;
    }
    auto message = read(*fields);
    if (!message)
        return fail(message.error());
    return apply(*message);
}

Result<TwilioInboundMessage> TwilioInboundSms::read(const FormFields &fields)
{
    TwilioInboundMessage message;
    message.messageSid = fieldValue(fields, u"MessageSid"_s);
    static const QRegularExpression sid(QRegularExpression::anchoredPattern(u"[A-Z]{2}[0-9a-f]{32}"_s));
    if (!sid.match(message.messageSid).hasMatch())
        return fail(Error::invalid(u"MessageSid"_s, message.messageSid.left(100),
                tr("MessageSid is two capital letters and 32 hexadecimal digits (SM…).")));
    message.from = fieldValue(fields, u"From"_s);
    if (message.from.isEmpty())
        return fail(Error::invalid(u"From"_s, {}, tr("The message names no sender (From).")));
    message.body = fieldValue(fields, u"Body"_s);
    message.optOutType = fieldValue(fields, u"OptOutType"_s);
    return message;
}

SmsKeyword TwilioInboundSms::keywordOf(const QString &body, const QString &optOutType)
{
    // With Advanced Opt-Out, Twilio has matched the shop's own keywords and says which kind it was.
    const QString type = optOutType.trimmed().toUpper();
    if (type == u"STOP"_s)
        return SmsKeyword::Stop;
    if (type == u"START"_s)
        return SmsKeyword::Start;
    if (type == u"HELP"_s)
        return SmsKeyword::Help;
    QString word = body.trimmed().toUpper();
    while (word.endsWith(u'.') || word.endsWith(u'!'))
        word.chop(1);
    word = word.trimmed();
    static const QStringList stop{
            u"STOP"_s, u"STOPALL"_s, u"UNSUBSCRIBE"_s, u"CANCEL"_s, u"END"_s, u"QUIT"_s, u"OPTOUT"_s, u"REVOKE"_s};
    static const QStringList start{u"START"_s, u"YES"_s, u"UNSTOP"_s};
    static const QStringList help{u"HELP"_s, u"INFO"_s};
    if (stop.contains(word))
        return SmsKeyword::Stop;
    if (start.contains(word))
        return SmsKeyword::Start;
    if (help.contains(word))
        return SmsKeyword::Help;
    return SmsKeyword::None;
}

QString TwilioInboundSms::keywordName(SmsKeyword keyword)
{
    switch (keyword) {
    case SmsKeyword::Stop:
        return u"stop"_s;
    case SmsKeyword::Start:
        return u"start"_s;
    case SmsKeyword::Help:
        return u"help"_s;
    case SmsKeyword::None:
        return u"none"_s;
    }
    return u"none"_s;
}

Result<TwilioInboundReceipt> TwilioInboundSms::apply(const TwilioInboundMessage &message)
{
    if (!isE164(message.from)) {
        TwilioInboundReceipt receipt;
        receipt.messageSid = message.messageSid;
        receipt.keyword = keywordOf(message.body, message.optOutType);
        receipt.outcome = TwilioInboundReceipt::Outcome::Ignored;
        receipt.note = tr("The sender is not a phone number in E.164; nothing was recorded.");
        qCInfo(lcNotifications).noquote() << "Twilio message" << message.messageSid << "acknowledged:" << receipt.note;
        return receipt;
    }
    return TransactionRunner::run(m_database, [&] { return applyOnce(message); });
}

Result<TwilioInboundReceipt> TwilioInboundSms::applyOnce(const TwilioInboundMessage &message)
{
    TwilioInboundReceipt receipt;
    receipt.messageSid = message.messageSid;
    receipt.keyword = keywordOf(message.body, message.optOutType);
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    const QDateTime now = m_clock.now();
    // The record comes first: on PostgreSQL it is what lets a non-admin login clear the opt-out (migration 34),
    // and ON CONFLICT against the MessageSid settles a retried delivery racing this one.
    auto recorded
            = m_database.query(u"INSERT INTO sms_inbound_messages (message_sid, from_phone, keyword, received_at) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING message_sid"_s,
                    {message.messageSid, message.from, keywordName(receipt.keyword), toStorage(now)});
    if (!recorded)
        return fail(recorded.error());
    if (!recorded->next()) {
        receipt.outcome = TwilioInboundReceipt::Outcome::Replayed;
        receipt.note = tr("This message was processed before.");
        return receipt;
    }
    SmsOptOuts optOuts(m_database);
    Result<SmsOptOutChange> change = SmsOptOutChange{};
    if (receipt.keyword == SmsKeyword::Stop)
        change = optOuts.stop(
                message.from, now, tr("The customer replied STOP (Twilio message %1).").arg(message.messageSid));
    else if (receipt.keyword == SmsKeyword::Start)
        change = optOuts.start(message.from);
    if (!change)
        return fail(change.error());
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    receipt.outcome = TwilioInboundReceipt::Outcome::Applied;
    receipt.change = *change;
    switch (receipt.keyword) {
    case SmsKeyword::Stop:
        receipt.note = tr("Opted out of SMS: %n customer(s) with this number, ", nullptr, int(change->customers))
                + tr("%n queued message(s) dropped.", nullptr, int(change->droppedMessages));
        break;
    case SmsKeyword::Start:
        receipt.note = tr("Opted in to SMS again: %n customer(s) with this number.", nullptr, int(change->customers));
        break;
    case SmsKeyword::Help:
    case SmsKeyword::None:
        receipt.note = tr("Recorded; this message changes nothing.");
        break;
    }
    qCInfo(lcNotifications).noquote() << "Twilio message" << message.messageSid << keywordName(receipt.keyword)
                                      << receipt.note;
    return receipt;
}

} // namespace shipshape
