#pragma once

#include <QStringList>

#include "orders/Address.h"
#include "orders/OrderRequests.h"
#include "payment/PaymentMethod.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace shipshape {

struct DraftLine {
    QString sku;
    qint64 quantity = 1;

    friend bool operator==(const DraftLine &, const DraftLine &) = default;
};

// An order an agent is still putting together. Unlike an Order it may be incomplete (no customer yet,
// half an address); placing it turns it into a PlaceOrderRequest, which core validates as any other.
struct DraftOrder {
    QString id; // UUID; empty until first saved
    CustomerReference customer; // an existing customer's UUID, or name and email
    QList<DraftLine> lines;
    Address shippingAddress{{}, {}, {}, {}, {}};
    PaymentMethodType paymentMethod = PaymentMethodType::Invoice;
    QString paymentToken; // card only: a provider token such as tok_visa, never card numbers
    // Card without a token: the customer is emailed a payment link when the order is placed.
    bool paymentLink = false;
    // Discounts and the shipping fee as typed (a value may not be a number yet): the quote says what core
    // refuses, and placing sends them as they are. A shipping fee with neither method nor amount is none.
    QList<DiscountRequest> discounts;
    ShippingRequest shipping;
    // Placing uses "draft:<id>:<attempt>" as idempotency key; a new attempt starts only after the
    // previous one's order was cancelled (a declined card), so retries never place a second order.
    qint64 placementAttempt = 1;
    qint64 version = 0; // optimistic concurrency: a save must name the version it edited
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;

    [[nodiscard]] bool hasShipping() const
    {
        return !shipping.method.trimmed().isEmpty() || !shipping.amount.trimmed().isEmpty();
    }
    [[nodiscard]] QString placementKey() const { return placementKeyOf(id, placementAttempt); }
    static QString placementKeyOf(const QString &draftId, qint64 attempt)
    {
        return QStringLiteral("draft:%1:%2").arg(draftId).arg(attempt);
    }
    // Σ quantity of the lines.
    [[nodiscard]] qint64 itemCount() const
    {
        qint64 items = 0;
        for (const DraftLine &line : lines)
            items += line.quantity;
        return items;
    }
    // Nothing typed yet: no line, customer, address, card token, discount or shipping fee.
    [[nodiscard]] bool isBlank() const
    {
        const Address &a = shippingAddress;
        return lines.isEmpty() && customer.id.isEmpty() && customer.name.trimmed().isEmpty()
                && customer.email.trimmed().isEmpty() && a.street.trimmed().isEmpty() && a.city.trimmed().isEmpty()
                && a.state.trimmed().isEmpty() && a.zip.trimmed().isEmpty() && a.country.trimmed().isEmpty()
                && paymentToken.trimmed().isEmpty() && discounts.isEmpty() && !hasShipping();
    }
    // The fields something was typed into, by the names DraftService::problems uses ("customer.name").
    [[nodiscard]] QStringList typedFields() const
    {
        QStringList typed;
        const std::pair<const char *, const QString *> fields[] = {{"customer.name", &customer.name},
                {"customer.email", &customer.email}, {"shippingAddress.street", &shippingAddress.street},
                {"shippingAddress.city", &shippingAddress.city}, {"shippingAddress.state", &shippingAddress.state},
                {"shippingAddress.zip", &shippingAddress.zip}, {"shippingAddress.country", &shippingAddress.country},
                {"paymentMethod.token", &paymentToken}};
        for (const auto &[name, text] : fields) {
            if (!text->isEmpty())
                typed << QString::fromLatin1(name);
        }
        return typed;
    }
};

// One row of the drafts list.
struct DraftSummary {
    QString id;
    QString customerName;
    QString customerEmail;
    qint64 lineCount = 0;
    qint64 itemCount = 0; // sum of quantities
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;
};

} // namespace shipshape
