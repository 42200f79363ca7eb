#include "notification/SendGridWebhookEvents.h"

#include "common/Logging.h"
#include "notification/DeliveryState.h"
#include "notification/NotificationOutbox.h"
#include "notification/SendGridWebhookStore.h"
#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using Outcome = SendGridEventReceipt::Outcome;

// SendGrid's timestamps are Unix seconds; anything outside 2001–5138 is not one.
constexpr qint64 kEarliestTimestamp = 1'000'000'000;
constexpr qint64 kLatestTimestamp = 100'000'000'000;

} // namespace

int SendGridWebhookReceipt::count(SendGridEventReceipt::Outcome outcome) const
{
    return int(std::count_if(events.cbegin(), events.cend(),
            [outcome](const SendGridEventReceipt &event) { return event.outcome == outcome; }));
}

SendGridWebhookEvents::SendGridWebhookEvents(Database &database, NotificationOutbox &outbox, const Clock &clock)
    : m_database(database), m_outbox(outbox), m_clock(clock)
{}

Result<QList<SendGridEvent>> SendGridWebhookEvents::parse(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return fail(Error::invalid(
                u"json"_s, {}, tr("The body is not a JSON array of events: %1").arg(error.errorString())));
    const QJsonArray array = document.array();
    if (array.isEmpty())
        return fail(Error::invalid(u"json"_s, u"[]"_s, tr("The batch has no events.")));
    QList<SendGridEvent> events;
    events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = u"[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return fail(Error::invalid(at, {}, tr("Each event is a JSON object.")));
        const QJsonObject object = array.at(i).toObject();
        SendGridEvent event;
        event.eventId = object.value(u"sg_event_id"_s).toString();
        event.event = object.value(u"event"_s).toString();
        event.messageId = object.value(u"sg_message_id"_s).toString();
        event.reason = object.value(u"reason"_s).toString().trimmed();
        event.email = object.value(u"email"_s).toString();
        if (event.eventId.isEmpty() || event.eventId.size() > 255)
            return fail(Error::invalid(at + u".sg_event_id"_s, event.eventId,
                    tr("An event needs its sg_event_id (1 to 255 characters).")));
        if (event.event.isEmpty() || event.event.size() > 100)
            return fail(Error::invalid(at + u".event"_s, event.event, tr("An event needs its type.")));
        if (event.messageId.size() > 1000)
            return fail(Error::invalid(
                    at + u".sg_message_id"_s, event.messageId.left(40), tr("The sg_message_id is too long.")));
        const QJsonValue timestamp = object.value(u"timestamp"_s);
        const qint64 seconds = timestamp.isDouble() ? timestamp.toInteger(-1) : -1;
        if (seconds < kEarliestTimestamp || seconds > kLatestTimestamp)
            return fail(Error::invalid(at + u".timestamp"_s, timestamp.toVariant().toString(),
                    tr("An event needs its timestamp in whole Unix seconds.")));
        event.at = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        events.append(event);
    }
    return events;
}

Result<SendGridWebhookReceipt> SendGridWebhookEvents::receive(const QByteArray &signatureHeader,
        const QByteArray &timestampHeader, const QByteArray &body, const QByteArray &publicKeyBase64)
{
    const SendGridSignature::Check check
            = SendGridSignature::verify(signatureHeader, timestampHeader, body, publicKeyBase64, m_clock.now());
    if (!check.isValid()) {
        SendGridWebhookReceipt refused;
        refused.signatureRefused = true;
        refused.signature = check.verdict;
        refused.note = SendGridSignature::message(check.verdict);
        qCWarning(lcNotifications).noquote() << "SendGrid webhook refused:" << SendGridSignature::code(check.verdict);
        return refused;
    }
    auto events = parse(body);
    if (!events)
        return fail(events.error());
    return apply(*events);
}

Result<SendGridWebhookReceipt> SendGridWebhookEvents::apply(const QList<SendGridEvent> &events)
{
    SendGridWebhookReceipt receipt;
    for (const SendGridEvent &event : events) {
        auto applied = TransactionRunner::run(m_database, [&] { return applyOne(event); });
        if (!applied)
            return fail(applied.error());
        receipt.events.append(*applied);
    }
    return receipt;
}

Result<SendGridEventReceipt> SendGridWebhookEvents::applyOne(const SendGridEvent &event)
{
    SendGridEventReceipt receipt;
    receipt.eventId = event.eventId;
    receipt.event = event.event;
    const std::optional<DeliveryState> state = DeliveryStates::fromSendGridEvent(event.event);
    if (!state) {
        receipt.outcome = Outcome::Ignored;
        receipt.note = tr("Shipshape does not track %1 events.").arg(event.event);
        return receipt;
    }
    const auto replayed = [&] {
        receipt.outcome = Outcome::Replayed;
        receipt.note = tr("This event was processed before.");
        return receipt;
    };
    // A replay is answered without looking further; the claim inside the transaction settles a race.
    auto seen = SendGridWebhookStore(m_database).seen(event.eventId);
    if (!seen)
        return fail(seen.error());
    if (*seen)
        return replayed();

    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    // The send's X-Message-Id is what comes before the first dot of sg_message_id ("14c5….filter0001…").
    const QString sent = event.messageId.section(u'.', 0, 0);
    auto email = m_outbox.findSent(sent);
    if (!email)
        return fail(email.error());
    if (!email->has_value() && sent != event.messageId) {
        email = m_outbox.findSent(event.messageId);
        if (!email)
            return fail(email.error());
    }
    const std::optional<qint64> notificationId = *email ? std::optional<qint64>((*email)->id) : std::nullopt;
    auto claimed = SendGridWebhookStore(m_database).claim(event.eventId, event.event, notificationId, m_clock.now());
    if (!claimed)
        return fail(claimed.error());
    if (!*claimed)
        return replayed();
    if (!email->has_value()) {
        if (auto committed = unit->commit(); !committed)
            return fail(committed.error());
        receipt.outcome = Outcome::UnknownMessage;
        receipt.note = tr("No email of this shop was sent as %1.")
                               .arg(event.messageId.isEmpty() ? tr("(no sg_message_id)") : event.messageId);
        qCInfo(lcNotifications).noquote()
                << "SendGrid event" << event.eventId << event.event << "acknowledged:" << receipt.note;
        return receipt;
    }
    const OutboxEntry &entry = **email;
    auto current = m_outbox.recordDelivery(entry, *state, event.reason, event.at);
    if (!current)
        return fail(current.error());
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    receipt.outcome = Outcome::Applied;
    receipt.notificationId = entry.id;
    receipt.orderNumber = entry.orderNumber;
    receipt.note = *current ? tr("Email %1 of order %2: %3.")
                                      .arg(entry.id)
                                      .arg(entry.orderNumber)
                                      .arg(DeliveryStates::displayName(*state))
                            : tr("Email %1 of order %2: %3 recorded on the timeline; a later report stays its state.")
                                      .arg(entry.id)
                                      .arg(entry.orderNumber)
                                      .arg(DeliveryStates::displayName(*state));
    qCInfo(lcNotifications).noquote() << "SendGrid event" << event.eventId << event.event << receipt.note;
    return receipt;
}

} // namespace shipshape
