#pragma once

#include "common/Result.h"
#include "notification/NotificationDetails.h"
#include "notification/NotificationEvent.h"
#include "orders/Order.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace shipshape {

// The short status messages customers get by SMS, one per status event that also has an email (placed,
// confirmed, shipped, delivered, cancelled, refunded); other events have none. Every phrase goes through
// tr(); people's text (shop name, carrier, tracking number) is made one line without control characters.
class SmsComposer {
    Q_DECLARE_TR_FUNCTIONS(SmsComposer)

public:
    // A message this long at most (two GSM-7 segments and a little): longer text is cut with "…".
    static constexpr qsizetype kMaxLength = 306;

    explicit SmsComposer(QString shopName = QStringLiteral("Shipshape"), QLocale locale = QLocale());

    // Whether `event` has an SMS at all.
    [[nodiscard]] static bool covers(NotificationEvent event);
    // The message, or nothing for an event without one.
    [[nodiscard]] std::optional<QString> compose(
            const Order &order, NotificationEvent event, const NotificationDetails &details = {}) const;
    // The message for a made-up order, for the template preview in Settings.
    [[nodiscard]] QString sample(NotificationEvent event) const;

private:
    QString m_shopName;
    QLocale m_locale;
};

} // namespace shipshape
