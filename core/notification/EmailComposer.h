#pragma once

#include "common/Result.h"
#include "notification/MailSettings.h"
#include "notification/NotificationDetails.h"
#include "notification/NotificationEvent.h"
#include "notification/RenderedEmail.h"

#include <QCoreApplication>
#include <QLocale>

namespace shipshape {

struct Order;

// Renders the customer email for an order event from the templates in resources/email (structure)
// and tr() (every fixed phrase and subject line), in the given locale. People's text (names,
// addresses, notes, product names) is only ever inserted through escaped {{values}}.
class EmailComposer {
    Q_DECLARE_TR_FUNCTIONS(EmailComposer)

public:
    explicit EmailComposer(MailSettings settings, QLocale locale = QLocale());

    Result<RenderedEmail> compose(
            const Order &order, NotificationEvent event, const NotificationDetails &details = {}) const;

    // Collapses CR, LF, tabs and other control characters to single spaces and caps the length, so a
    // subject can never add a header line.
    static QString singleLine(const QString &text, int maxLength = 200);

private:
    MailSettings m_settings;
    QLocale m_locale;
};

} // namespace shipshape
