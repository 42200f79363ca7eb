#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

enum class StaffRole {
    Warehouse,
    Support,
    Admin
};

// One PostgreSQL login that belongs to at least one Shipshape group role.
struct StaffMember {
    QString login;
    QList<StaffRole> roles;
    bool canLogIn = true;
};

} // namespace shipshape
