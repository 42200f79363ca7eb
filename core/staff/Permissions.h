#pragma once

#include <QString>

namespace shipshape {

// What the current login may do, for enabling actions in the UI. The server enforces the same rules
// (GRANTs and triggers, see docs/postgresql.md); this only avoids offering what would be refused.
struct Permissions {
    bool viewEverything = true;
    bool editStock = false; // set stock, replenish, add products
    bool shipAndDeliver = false;
    bool placeOrders = false; // create, modify
    bool cancelOrders = false;
    bool markPaidAndRefund = false;
    bool addNotes = false;
    bool tag = false; // add and remove tags on orders and customers
    bool manageStaff = false;
    QString login;
    // Set when nothing may change whatever the login (an archive under review): why, for tooltips.
    QString readOnlyReason;

    // An admin's rights: approving cycle counts and purging archived orders are theirs alone.
    [[nodiscard]] bool isAdmin() const { return manageStaff; }

    static Permissions everything(const QString &login)
    {
        return {true, true, true, true, true, true, true, true, true, login, {}};
    }
    static Permissions readOnly(const QString &login, const QString &reason)
    {
        return {true, false, false, false, false, false, false, false, false, login, reason};
    }
};

} // namespace shipshape
