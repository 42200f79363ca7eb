#include "views/CustomerSearchField.h"

#include "background/SessionWorker.h"
#include "session/Session.h"

#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kEmailRole = Qt::UserRole + 3;
constexpr int kMatchesShown = 20;
} // namespace

CustomerSearchField::CustomerSearchField(SessionWorker &worker, QWidget *parent) : LookupField(parent), m_worker(worker)
{
    setObjectName(u"customerSearch"_s);
    setAccessibleName(tr("Find a customer by name or email"));
    setPlaceholderText(tr("Find by name or email…"));
}

void CustomerSearchField::chosen(const QModelIndex &choice)
{
    Customer customer;
    customer.id = choice.data(kIdRole).toString();
    customer.name = choice.data(kNameRole).toString();
    customer.email = choice.data(kEmailRole).toString();
    Q_EMIT customerChosen(customer);
}

void CustomerSearchField::lookUp(const QString &typed)
{
    m_worker.run([typed](Session &session) { return session.drafts().findCustomers(typed, kMatchesShown); }, this,
            [this, typed](const Result<QList<Customer>> &result) {
                if (!result) {
                    if (stillTyped(typed))
                        Q_EMIT lookupFailed(tr("Customer lookup failed: %1").arg(result.error().message));
                    return;
                }
                QList<QStandardItem *> found;
                for (const Customer &customer : *result) {
                    auto *item = new QStandardItem(tr("%1 <%2>").arg(customer.name, customer.email));
                    item->setData(customer.id, kIdRole);
                    item->setData(customer.name, kNameRole);
                    item->setData(customer.email, kEmailRole);
                    found.append(item);
                }
                showMatches(typed, found);
            });
}

} // namespace shipshape
