#pragma once

#include "customers/Customer.h"
#include "views/LookupField.h"

namespace shipshape {

class SessionWorker;

// The order editor's "find a customer" field: existing customers by name or email, and which was chosen.
class CustomerSearchField : public LookupField {
    Q_OBJECT

public:
    CustomerSearchField(SessionWorker &worker, QWidget *parent);

Q_SIGNALS:
    void customerChosen(const Customer &customer);

protected:
    void lookUp(const QString &typed) override;
    void chosen(const QModelIndex &choice) override;

private:
    SessionWorker &m_worker;
};

} // namespace shipshape
