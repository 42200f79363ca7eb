#include "staff/StaffDirectory.h"

#include "common/Logging.h"
#include "staff/ScramVerifier.h"
#include "storage/Database.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status StaffDirectory::validateLogin(const QString &login)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!pattern.match(login).hasMatch()) {
        return fail(Error::invalid(u"login"_s, login,
                tr("\"%1\" is not a valid staff login: use lower-case letters, digits and _, "
                   "starting with a letter or _, at most 63 characters.")
                        .arg(login)));
    }
    if (login.startsWith(u"pg_"_s) || login.startsWith(u"shipshape_"_s))
        return fail(Error::invalid(u"login"_s, login, tr("Staff logins may not start with pg_ or shipshape_.")));
    return {};
}

Result<StaffRole> StaffDirectory::parseRole(const QString &text)
{
    QString key = text.trimmed().toLower();
    if (key.startsWith(u"shipshape_"_s))
        key = key.mid(10);
    if (key == u"warehouse"_s)
        return StaffRole::Warehouse;
    if (key == u"support"_s)
        return StaffRole::Support;
    if (key == u"admin"_s)
        return StaffRole::Admin;
    return fail(Error::invalid(u"role"_s, text, tr("Unknown role \"%1\": use warehouse, support or admin.").arg(text)));
}

QString StaffDirectory::roleKey(StaffRole role)
{
    switch (role) {
    case StaffRole::Warehouse:
        return u"warehouse"_s;
    case StaffRole::Support:
        return u"support"_s;
    case StaffRole::Admin:
        return u"admin"_s;
    }
    return {};
}

QString StaffDirectory::groupRoleName(StaffRole role)
{
    return u"shipshape_"_s + roleKey(role);
}

QString StaffDirectory::quoteIdentifier(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

Status StaffDirectory::refuseOnSqlite() const
{
    return fail(Error::conflict(tr("This is a local SQLite database: its one user is the operating-system account "
                                   "%1, with every right. Staff logins exist on PostgreSQL only.")
                                        .arg(m_database.actor())));
}

Result<Permissions> StaffDirectory::currentPermissions()
{
    if (m_database.dialect().isSqlite())
        return Permissions::everything(m_database.actor());
    auto query = m_database.query(u"SELECT pg_has_role(current_user, 'shipshape_warehouse', 'MEMBER') AS warehouse, "
                                  "pg_has_role(current_user, 'shipshape_support', 'MEMBER') AS support, "
                                  "shipshape_is_admin(current_user) AS admin"_s);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::internal(tr("The server did not report the login's roles.")));
    const bool warehouse = query->boolean(u"warehouse");
    const bool support = query->boolean(u"support");
    const bool admin = query->boolean(u"admin");
    if (auto read = query->status(); !read)
        return fail(read.error());
    if (admin)
        return Permissions::everything(m_database.actor());
    Permissions permissions;
    permissions.login = m_database.actor();
    permissions.editStock = warehouse;
    permissions.shipAndDeliver = warehouse;
    permissions.placeOrders = support;
    permissions.cancelOrders = support;
    permissions.markPaidAndRefund = support;
    permissions.addNotes = support;
    permissions.tag = support;
    return permissions;
}

Result<QList<StaffMember>> StaffDirectory::list()
{
    if (m_database.dialect().isSqlite()) {
        return QList<StaffMember>{
                StaffMember{m_database.actor(), {StaffRole::Warehouse, StaffRole::Support, StaffRole::Admin}, true}};
    }
    auto query = m_database.query(u"SELECT u.rolname AS login, u.rolcanlogin, g.rolname AS group_role FROM pg_roles u "
                                  "JOIN pg_auth_members m ON m.member = u.oid JOIN pg_roles g ON g.oid = m.roleid "
                                  "WHERE g.rolname IN ('shipshape_warehouse', 'shipshape_support', 'shipshape_admin') "
                                  "ORDER BY u.rolname, g.rolname"_s);
    if (!query)
        return fail(query.error());
    QList<StaffMember> members;
    while (query->next()) {
        const QString login = query->text(u"login");
        if (members.isEmpty() || members.constLast().login != login)
            members.append(StaffMember{login, {}, query->boolean(u"rolcanlogin")});
        if (auto role = parseRole(query->text(u"group_role")))
            members.last().roles.append(*role);
    }
    if (auto read = query->status(); !read)
        return fail(read.error());
    return members;
}

Status StaffDirectory::add(const QString &login, const QString &password, StaffRole role)
{
    if (auto valid = validateLogin(login); !valid)
        return valid;
    // Checked here only: the server receives a verifier and cannot tell how long the password was.
    static_assert(kMinimumPasswordLength == 8, "the message below (translated) names the length");
    if (password.size() < kMinimumPasswordLength)
        return fail(Error::invalid(u"password"_s, {}, tr("A staff password needs at least 8 characters.")));
    if (m_database.dialect().isSqlite())
        return refuseOnSqlite();
    // QPSQL sends bound values inside the SQL text (EXECUTE stmt ('…')), which the server shows in
    // pg_stat_activity and logs with a failing statement: only the SCRAM verifier may travel.
    auto query = m_database.query(
            u"SELECT shipshape_staff_add(?, ?, ?)"_s, {login, ScramVerifier::make(password), groupRoleName(role)});
    if (!query)
        return fail(query.error());
    qCInfo(lcStorage) << "Added staff login" << login << "as" << roleKey(role);
    return {};
}

Status StaffDirectory::setRole(const QString &login, StaffRole role)
{
    if (auto valid = validateLogin(login); !valid)
        return valid;
    if (m_database.dialect().isSqlite())
        return refuseOnSqlite();
    auto query = m_database.query(u"SELECT shipshape_staff_set_role(?, ?)"_s, {login, groupRoleName(role)});
    if (!query)
        return fail(query.error());
    return {};
}

Status StaffDirectory::disable(const QString &login)
{
    if (auto valid = validateLogin(login); !valid)
        return valid;
    if (m_database.dialect().isSqlite())
        return refuseOnSqlite();
    auto query = m_database.query(u"SELECT shipshape_staff_disable(?)"_s, {login});
    if (!query)
        return fail(query.error());
    return {};
}

} // namespace shipshape
