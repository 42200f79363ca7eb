#pragma once

#include "common/Result.h"
#include "staff/Permissions.h"
#include "staff/StaffMember.h"

#include <QCoreApplication>

namespace shipshape {

class Database;

// Staff logins and their roles. On PostgreSQL every member of staff logs in with their own server login,
// which belongs to one of the group roles shipshape_warehouse, shipshape_support or shipshape_admin
// (created by migration 5); changes go through SECURITY DEFINER functions that only admins may call.
// On SQLite there is one local user (the OS account) with every right.
class StaffDirectory {
    Q_DECLARE_TR_FUNCTIONS(StaffDirectory)

public:
    explicit StaffDirectory(Database &database) : m_database(database) {}

    Result<Permissions> currentPermissions();
    Result<QList<StaffMember>> list();
    static constexpr int kMinimumPasswordLength = 8;

    // The password never reaches the server: it is hashed here into a SCRAM-SHA-256 verifier (as psql's
    // \password does), which the server stores as the login's password. Its length is therefore checked
    // here, not by the server.
    Status add(const QString &login, const QString &password, StaffRole role);
    Status setRole(const QString &login, StaffRole role);
    Status disable(const QString &login);

    // ^[a-z_][a-z0-9_]{0,62}$ and not a reserved prefix (pg_, shipshape_).
    static Status validateLogin(const QString &login);
    // "warehouse", "support", "admin" (or the group role's full name).
    static Result<StaffRole> parseRole(const QString &text);
    static QString roleKey(StaffRole role); // warehouse | support | admin
    static QString groupRoleName(StaffRole role); // shipshape_warehouse | …
    // Double-quotes an identifier that has passed validateLogin (for the rare DDL a client builds).
    static QString quoteIdentifier(const QString &identifier);

private:
    Status refuseOnSqlite() const;

    Database &m_database;
};

} // namespace shipshape
