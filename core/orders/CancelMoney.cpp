#include "orders/CancelMoney.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QList<CancelMoney> CancelMoneyChoices::all()
{
    return {CancelMoney::Refund, CancelMoney::RecordRefund, CancelMoney::KeepAsCredit, CancelMoney::Later};
}

QString CancelMoneyChoices::key(CancelMoney choice)
{
    switch (choice) {
    case CancelMoney::Refund:
        return u"refund"_s;
    case CancelMoney::RecordRefund:
        return u"record"_s;
    case CancelMoney::KeepAsCredit:
        return u"credit"_s;
    case CancelMoney::Later:
        return u"later"_s;
    }
    return {};
}

std::optional<CancelMoney> CancelMoneyChoices::fromKey(const QString &key)
{
    for (CancelMoney choice : all()) {
        if (CancelMoneyChoices::key(choice) == key)
            return choice;
    }
    return std::nullopt;
}

QString CancelMoneyChoices::displayName(CancelMoney choice)
{
    switch (choice) {
    case CancelMoney::Refund:
        return tr("Refund it to the card now");
    case CancelMoney::RecordRefund:
        return tr("Record a refund made outside Shipshape");
    case CancelMoney::KeepAsCredit:
        return tr("Keep it as the customer's credit");
    case CancelMoney::Later:
        return tr("Decide later (the refund stays owed)");
    }
    return {};
}

} // namespace shipshape
