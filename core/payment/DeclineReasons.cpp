#include "payment/DeclineReasons.h"

#include <algorithm>
#include <iterator>

namespace shipshape {
namespace {

struct Entry {
    const char *code;
    const char *label;
    const char *advice;
};

// Stripe's card decline codes (docs.stripe.com/declines/codes), then the error codes a failed charge
// carries when there is no decline code. Labels say what happened in a few words; advice says what staff
// can do. Codes that mean "the card was lost or stolen" are worded so staff can ask for another card
// without accusing the customer, as Stripe recommends.
constexpr Entry kCatalogue[] = {
        {"authentication_required", QT_TRANSLATE_NOOP("DeclineReasons", "Needs 3-D Secure authentication"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Send the customer a payment link so they can confirm it.")},
        {"approve_with_id", QT_TRANSLATE_NOOP("DeclineReasons", "Bank could not approve it"),
                QT_TRANSLATE_NOOP(
                        "DeclineReasons", "Try again; if it fails again, the customer should call their bank.")},
        {"call_issuer", QT_TRANSLATE_NOOP("DeclineReasons", "Declined by the bank"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank.")},
        {"card_not_supported", QT_TRANSLATE_NOOP("DeclineReasons", "Card does not support this purchase"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card.")},
        {"card_velocity_exceeded", QT_TRANSLATE_NOOP("DeclineReasons", "Card limit exceeded"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank or use another card.")},
        {"currency_not_supported", QT_TRANSLATE_NOOP("DeclineReasons", "Card does not support this currency"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card.")},
        {"do_not_honor", QT_TRANSLATE_NOOP("DeclineReasons", "Declined by the bank"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank.")},
        {"do_not_try_again", QT_TRANSLATE_NOOP("DeclineReasons", "Declined by the bank for good"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Do not try this card again; ask for another one.")},
        {"duplicate_transaction", QT_TRANSLATE_NOOP("DeclineReasons", "Duplicate payment"),
                QT_TRANSLATE_NOOP("DeclineReasons", "A payment of the same amount was just made: check the order.")},
        {"expired_card", QT_TRANSLATE_NOOP("DeclineReasons", "Card expired"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card.")},
        {"fraudulent", QT_TRANSLATE_NOOP("DeclineReasons", "Suspected fraud"),
                QT_TRANSLATE_NOOP(
                        "DeclineReasons", "Do not try again; review the order before taking another payment.")},
        {"generic_decline", QT_TRANSLATE_NOOP("DeclineReasons", "Declined by the bank"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank.")},
        {"incorrect_number", QT_TRANSLATE_NOOP("DeclineReasons", "Incorrect card number"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Check the card number with the customer.")},
        {"incorrect_cvc", QT_TRANSLATE_NOOP("DeclineReasons", "Incorrect CVC"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Check the security code with the customer.")},
        {"incorrect_pin", QT_TRANSLATE_NOOP("DeclineReasons", "Incorrect PIN"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Try again with the correct PIN.")},
        {"incorrect_zip", QT_TRANSLATE_NOOP("DeclineReasons", "Incorrect postal code"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Check the billing postal code with the customer.")},
        {"insufficient_funds", QT_TRANSLATE_NOOP("DeclineReasons", "Insufficient funds"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card or another way to pay.")},
        {"invalid_account", QT_TRANSLATE_NOOP("DeclineReasons", "Card account is invalid"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card.")},
        {"invalid_amount", QT_TRANSLATE_NOOP("DeclineReasons", "Amount not allowed by the bank"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank.")},
        {"invalid_cvc", QT_TRANSLATE_NOOP("DeclineReasons", "Invalid CVC"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Check the security code with the customer.")},
        {"invalid_expiry_month", QT_TRANSLATE_NOOP("DeclineReasons", "Invalid expiry month"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Check the expiry date with the customer.")},
        {"invalid_expiry_year", QT_TRANSLATE_NOOP("DeclineReasons", "Invalid expiry year"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Check the expiry date with the customer.")},
        {"invalid_number", QT_TRANSLATE_NOOP("DeclineReasons", "Invalid card number"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Check the card number with the customer.")},
        {"invalid_pin", QT_TRANSLATE_NOOP("DeclineReasons", "Invalid PIN"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Try again with the correct PIN.")},
        {"issuer_not_available", QT_TRANSLATE_NOOP("DeclineReasons", "Bank could not be reached"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Try again in a few minutes.")},
        {"lost_card", QT_TRANSLATE_NOOP("DeclineReasons", "Card reported lost"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Do not try this card again; ask for another one.")},
        {"merchant_blacklist", QT_TRANSLATE_NOOP("DeclineReasons", "Blocked by Stripe"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Do not try this card again.")},
        {"new_account_information_available", QT_TRANSLATE_NOOP("DeclineReasons", "Card details out of date"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask the customer for their new card details.")},
        {"no_action_taken", QT_TRANSLATE_NOOP("DeclineReasons", "Declined by the bank"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank.")},
        {"not_permitted", QT_TRANSLATE_NOOP("DeclineReasons", "Payment not permitted"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank.")},
        {"offline_pin_required", QT_TRANSLATE_NOOP("DeclineReasons", "PIN required"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card.")},
        {"online_or_offline_pin_required", QT_TRANSLATE_NOOP("DeclineReasons", "PIN required"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card.")},
        {"pickup_card", QT_TRANSLATE_NOOP("DeclineReasons", "Card cannot be used"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Do not try this card again; ask for another one.")},
        {"pin_try_exceeded", QT_TRANSLATE_NOOP("DeclineReasons", "Too many PIN attempts"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card.")},
        {"processing_error", QT_TRANSLATE_NOOP("DeclineReasons", "Processing error"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Try again; if it keeps failing, try later.")},
        {"reenter_transaction", QT_TRANSLATE_NOOP("DeclineReasons", "Bank asked to try again"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Try the payment again.")},
        {"restricted_card", QT_TRANSLATE_NOOP("DeclineReasons", "Card restricted"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card.")},
        {"revocation_of_all_authorizations", QT_TRANSLATE_NOOP("DeclineReasons", "Customer stopped all payments"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask the customer for another way to pay.")},
        {"revocation_of_authorization", QT_TRANSLATE_NOOP("DeclineReasons", "Customer stopped this payment"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask the customer for another way to pay.")},
        {"security_violation", QT_TRANSLATE_NOOP("DeclineReasons", "Declined for security reasons"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank.")},
        {"service_not_allowed", QT_TRANSLATE_NOOP("DeclineReasons", "Card does not allow this purchase"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank.")},
        {"stolen_card", QT_TRANSLATE_NOOP("DeclineReasons", "Card reported stolen"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Do not try this card again; ask for another one.")},
        {"stop_payment_order", QT_TRANSLATE_NOOP("DeclineReasons", "Customer stopped this payment"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask the customer for another way to pay.")},
        {"testmode_decline", QT_TRANSLATE_NOOP("DeclineReasons", "Test card used"),
                QT_TRANSLATE_NOOP("DeclineReasons", "A Stripe test card cannot pay with a live key.")},
        {"transaction_not_allowed", QT_TRANSLATE_NOOP("DeclineReasons", "Card does not allow this purchase"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank.")},
        {"try_again_later", QT_TRANSLATE_NOOP("DeclineReasons", "Bank asked to try later"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Try again later.")},
        {"withdrawal_count_exceeded", QT_TRANSLATE_NOOP("DeclineReasons", "Card limit exceeded"),
                QT_TRANSLATE_NOOP("DeclineReasons", "The customer should call their bank or use another card.")},
        // Error codes of a failed charge without a decline code.
        {"card_declined", QT_TRANSLATE_NOOP("DeclineReasons", "Card declined"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Ask for another card or another way to pay.")},
        {"card_decline_rate_limit_exceeded", QT_TRANSLATE_NOOP("DeclineReasons", "Too many declines on this card"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Wait a day before trying this card again, or use another.")},
        {"payment_intent_authentication_failure",
                QT_TRANSLATE_NOOP("DeclineReasons", "3-D Secure authentication failed"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Send the customer a new payment link.")},
        {"amount_too_small", QT_TRANSLATE_NOOP("DeclineReasons", "Amount too small for a card payment"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Take this payment another way.")},
        {"amount_too_large", QT_TRANSLATE_NOOP("DeclineReasons", "Amount too large for a card payment"),
                QT_TRANSLATE_NOOP("DeclineReasons", "Take this payment another way.")},
        // Ours: Stripe said neither why nor what.
        {"unknown", QT_TRANSLATE_NOOP("DeclineReasons", "No reason given"), ""},
};

const Entry *find(const QString &code)
{
    const auto found = std::find_if(std::begin(kCatalogue), std::end(kCatalogue),
            [&code](const Entry &entry) { return code == QLatin1StringView(entry.code); });
    return found == std::end(kCatalogue) ? nullptr : found;
}

} // namespace

QString DeclineReasons::label(const QString &code)
{
    const Entry *entry = find(code.trimmed());
    return entry ? tr(entry->label) : code;
}

QString DeclineReasons::advice(const QString &code)
{
    const Entry *entry = find(code.trimmed());
    return entry && *entry->advice ? tr(entry->advice) : QString();
}

bool DeclineReasons::isKnown(const QString &code)
{
    return find(code.trimmed()) != nullptr;
}

QStringList DeclineReasons::codes()
{
    QStringList all;
    for (const Entry &entry : kCatalogue)
        all << QLatin1StringView(entry.code);
    return all;
}

} // namespace shipshape
