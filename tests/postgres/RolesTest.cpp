// Staff roles enforced by PostgreSQL itself: each role can do exactly its operations, and the server
// refuses the rest even when a login bypasses the app and sends SQL directly.

#include "PgFixture.h"

#include "staff/StaffDirectory.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

const QString kPassword = u"s3cret-pass"_s;

class RolesTest : public PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        if (HasFatalFailure())
            return;
        // Logins are cluster-wide: unique names per test database.
        m_suffix = databaseName().right(8).toLower();
        addStaff(login(u"wh"_s), u"warehouse"_s);
        addStaff(login(u"sup"_s), u"support"_s);
        addStaff(login(u"adm"_s), u"admin"_s);
        addProduct(admin(), u"ROLE-1"_s, u"10.00"_s, 50);
    }

    QString login(const QString &prefix) const { return prefix + u"_"_s + m_suffix; }

    std::unique_ptr<Session> as(const QString &prefix)
    {
        auto session = openAs(login(prefix), kPassword);
        EXPECT_TRUE(session) << (session ? std::string() : session.error().message.toStdString());
        return session ? std::move(*session) : nullptr;
    }

    // Direct SQL as that login, bypassing every check in the app: returns the SQLSTATE ("" = allowed).
    static QString directSql(Session &session, const QString &sql)
    {
        QSqlQuery query(session.database().connection());
        if (query.exec(sql))
            return {};
        return query.lastError().nativeErrorCode();
    }

    qint64 confirmedOrder()
    {
        auto placed = admin().orders().place(placeRequest({{u"ROLE-1"_s, 2}}));
        EXPECT_TRUE(placed);
        EXPECT_TRUE(admin().orders().markPaid(QString::number(placed->number)));
        return placed->number;
    }

    QString m_suffix;
};

TEST_F(RolesTest, PermissionsReportWhatEachLoginMayDo)
{
    auto warehouse = as(u"wh"_s);
    auto support = as(u"sup"_s);
    auto adminLogin = as(u"adm"_s);
    ASSERT_TRUE(warehouse && support && adminLogin);

    auto w = warehouse->staff().currentPermissions();
    ASSERT_TRUE(w);
    EXPECT_TRUE(w->editStock && w->shipAndDeliver);
    EXPECT_FALSE(w->placeOrders || w->cancelOrders || w->markPaidAndRefund || w->manageStaff || w->tag);
    EXPECT_EQ(w->login, login(u"wh"_s));

    auto s = support->staff().currentPermissions();
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->placeOrders && s->cancelOrders && s->markPaidAndRefund && s->addNotes && s->tag);
    EXPECT_FALSE(s->editStock || s->shipAndDeliver || s->manageStaff);

    auto a = adminLogin->staff().currentPermissions();
    ASSERT_TRUE(a);
    EXPECT_TRUE(a->editStock && a->shipAndDeliver && a->placeOrders && a->manageStaff && a->tag);

    auto owner = admin().staff().currentPermissions(); // the login that ran migrate
    ASSERT_TRUE(owner);
    EXPECT_TRUE(owner->manageStaff);

    auto members = admin().staff().list();
    ASSERT_TRUE(members);
    QStringList names;
    for (const StaffMember &member : *members)
        names << member.login;
    EXPECT_TRUE(names.contains(login(u"wh"_s)) && names.contains(login(u"sup"_s)) && names.contains(login(u"adm"_s)));
}

TEST_F(RolesTest, SupportPlacesAndChangesOrdersButNeverStock)
{
    auto support = as(u"sup"_s);
    ASSERT_TRUE(support);
    // Placing reserves stock (the `reserved` column) without touching on_hand.
    auto placed = support->orders().place(placeRequest({{u"ROLE-1"_s, 3}}));
    ASSERT_TRUE(placed) << describe(placed.error());
    EXPECT_EQ(product(admin(), u"ROLE-1"_s).reserved, 3);
    const QString number = QString::number(placed->number);
    auto modified = support->orders().modify(number, modifyItems({{u"ROLE-1"_s, 4}}, u"customer called"_s));
    ASSERT_TRUE(modified) << describe(modified.error());
    ASSERT_TRUE(support->orders().markPaid(number));
    // The timeline records the server login as actor.
    auto shown = admin().orders().find(number);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->timeline.constLast().actor, login(u"sup"_s));

    // Shipping consumes stock on hand: refused by the server.
    auto shipped = support->orders().ship(number, u"1Z999"_s, u"UPS"_s);
    ASSERT_FALSE(shipped);
    EXPECT_EQ(shipped.error().code, ErrorCode::Conflict);
    auto corrected = support->inventory().setStock(u"ROLE-1"_s, 0, u"sneaky"_s);
    ASSERT_FALSE(corrected);
    EXPECT_EQ(corrected.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(corrected.error().message.contains(u"not allowed"_s)) << corrected.error().message.toStdString();

    // Straight to the server, no app in between.
    EXPECT_EQ(directSql(*support, u"UPDATE products SET on_hand = 0"_s), u"42501"_s);
    EXPECT_EQ(directSql(*support, u"UPDATE products SET price_minor = 1"_s), u"42501"_s);
    EXPECT_EQ(directSql(*support, u"DELETE FROM products"_s), u"42501"_s);
    EXPECT_EQ(directSql(*support,
                      u"UPDATE orders SET status = 'shipped', tracking_number = 'X' WHERE number = "_s + number),
            u"42501"_s);
    EXPECT_EQ(directSql(*support,
                      u"INSERT INTO stock_movements (sku, kind, on_hand_delta, reserved_delta, on_hand_after, "
                      "reserved_after, actor, at) VALUES ('ROLE-1', 'correction', 0, 0, 50, 4, 'x', 0)"_s),
            u"42501"_s);
    EXPECT_EQ(directSql(*support, u"SELECT shipshape_staff_add('mallory', 'password1', 'shipshape_admin')"_s),
            u"42501"_s);
    EXPECT_EQ(product(admin(), u"ROLE-1"_s).onHand, 50);
    // Support tags orders and customers; the timeline names the login.
    auto tagged = support->orders().tags().add(number, {u"VIP"_s});
    ASSERT_TRUE(tagged) << describe(tagged.error());
    EXPECT_EQ(tagged->timeline.constLast().actor, login(u"sup"_s));
    auto customerTagged = support->customerTags().add(tagged->customer.id, {u"wholesale"_s});
    ASSERT_TRUE(customerTagged) << describe(customerTagged.error());
    // Support may cancel.
    ASSERT_TRUE(support->orders().cancel(number, CancelReason::Customer, {}));
    EXPECT_TRUE(conservationViolations(admin().database()).isEmpty());
}

TEST_F(RolesTest, WarehouseShipsAndEditsStockButNeverPricesOrLines)
{
    auto warehouse = as(u"wh"_s);
    ASSERT_TRUE(warehouse);
    const QString number = QString::number(confirmedOrder());

    auto replenished = warehouse->inventory().replenish(u"ROLE-1"_s, 5, u"delivery"_s);
    ASSERT_TRUE(replenished) << describe(replenished.error());
    auto corrected = warehouse->inventory().setStock(u"ROLE-1"_s, 40, u"cycle count"_s);
    ASSERT_TRUE(corrected) << describe(corrected.error());
    auto shipped = warehouse->orders().ship(number, u"1Z999AA1"_s, u"UPS"_s);
    ASSERT_TRUE(shipped) << describe(shipped.error());
    auto delivered = warehouse->orders().deliver(number);
    ASSERT_TRUE(delivered) << describe(delivered.error());

    // Orders are support's.
    auto placed = warehouse->orders().place(placeRequest({{u"ROLE-1"_s, 1}}));
    ASSERT_FALSE(placed);
    EXPECT_EQ(placed.error().code, ErrorCode::Conflict);
    const QString other = QString::number(confirmedOrder());
    auto cancelled = warehouse->orders().cancel(other, CancelReason::Staff, {});
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Conflict);

    EXPECT_EQ(directSql(*warehouse, u"UPDATE orders SET total_minor = 1 WHERE number = "_s + other), u"42501"_s);
    EXPECT_EQ(directSql(*warehouse,
                      u"UPDATE orders SET status = 'cancelled', cancel_reason = 'staff' WHERE number = "_s + other),
            u"42501"_s);
    EXPECT_EQ(directSql(*warehouse, u"UPDATE products SET price_minor = 1"_s), u"42501"_s);
    EXPECT_EQ(directSql(*warehouse, u"DELETE FROM order_lines"_s), u"42501"_s);
    EXPECT_EQ(directSql(*warehouse, u"UPDATE counters SET value = 0"_s), u"42501"_s);
    // Tags are support's too: the server refuses, and nothing of the change is kept.
    auto tagged = warehouse->orders().tags().add(other, {u"fragile"_s});
    ASSERT_FALSE(tagged);
    EXPECT_EQ(tagged.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(admin().orders().find(other)->tags.isEmpty());
    EXPECT_TRUE(conservationViolations(admin().database()).isEmpty());
}

TEST_F(RolesTest, SupportSettlesMoneyByHandAndWarehouseCannotTouchIt)
{
    auto support = as(u"sup"_s);
    auto warehouse = as(u"wh"_s);
    ASSERT_TRUE(support && warehouse);
    const QString number = QString::number(confirmedOrder());
    ManualRefundRequest refund;
    refund.method = RefundMethod::BankTransfer;
    refund.amount = Money(500, *Currency::fromCode(u"USD"_s));
    refund.reference = u"RF-1"_s;
    auto refunded = support->orders().recordRefund(number, refund);
    ASSERT_TRUE(refunded) << describe(refunded.error());
    EXPECT_EQ(refunded->refunds.constFirst().actor, login(u"sup"_s));
    CancelSettlement credit;
    credit.money = CancelMoney::KeepAsCredit;
    auto cancelled = support->orders().cancel(number, CancelReason::Customer, {}, credit);
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->credit.minorUnits(), 1500);

    // Warehouse may not move money, whatever SQL it sends.
    ManualRefundRequest more;
    auto refused = warehouse->orders().recordRefund(QString::number(confirmedOrder()), more);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(directSql(*warehouse, u"UPDATE orders SET credit_minor = 0 WHERE number = "_s + number), u"42501"_s);
    EXPECT_EQ(directSql(*warehouse,
                      u"INSERT INTO refunds (order_number, method, amount_minor, currency, provider_id, actor, at) "
                      "VALUES ("_s
                              + number + u", 'cash', 1, 'USD', '', 'x', 0)"_s),
            u"42501"_s);
    const QString link = u"INSERT INTO payment_links (order_number, idempotency_key, amount_minor, currency, status, "
                         "recipient_email, expires_at, created_at, actor) VALUES (%1, '%2', 100, 'USD', 'creating', "
                         "'a@b.c', 10, 1, 'x')"_s;
    EXPECT_EQ(directSql(*warehouse, link.arg(number, u"k-wh"_s)), u"42501"_s);
    // Support may write payment links, but never one naming someone else as its writer (migration 13).
    EXPECT_EQ(directSql(*support, link.arg(number, u"k-sup"_s)), u"42501"_s);
    EXPECT_EQ(directSql(*warehouse, u"SELECT COUNT(*) FROM payment_links"_s), QString());
    EXPECT_TRUE(conservationViolations(admin().database()).isEmpty());
}

TEST_F(RolesTest, AdminManagesStaffAndDisabledLoginsCannotConnect)
{
    auto adminLogin = as(u"adm"_s);
    ASSERT_TRUE(adminLogin);
    const QString newcomer = login(u"new"_s);
    ASSERT_TRUE(adminLogin->staff().add(newcomer, u"another-pass"_s, StaffRole::Warehouse));
    {
        auto session = openAs(newcomer, u"another-pass"_s);
        ASSERT_TRUE(session) << session.error().message.toStdString();
        auto permissions = (*session)->staff().currentPermissions();
        ASSERT_TRUE(permissions);
        EXPECT_TRUE(permissions->editStock);
        EXPECT_FALSE(permissions->placeOrders);
    }
    ASSERT_TRUE(adminLogin->staff().setRole(newcomer, StaffRole::Support));
    {
        auto session = openAs(newcomer, u"another-pass"_s);
        ASSERT_TRUE(session);
        auto permissions = (*session)->staff().currentPermissions();
        ASSERT_TRUE(permissions);
        EXPECT_TRUE(permissions->placeOrders);
        EXPECT_FALSE(permissions->editStock);
    }
    // A wrong password is refused by scram-sha-256.
    EXPECT_FALSE(openAs(newcomer, u"wrong-password"_s));
    ASSERT_TRUE(adminLogin->staff().disable(newcomer));
    auto refused = openAs(newcomer, u"another-pass"_s);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);

    // Staff management cannot reach beyond staff logins, nor take odd names.
    EXPECT_FALSE(adminLogin->staff().disable(u"postgres"_s));
    EXPECT_FALSE(adminLogin->staff().add(u"Robert'); DROP TABLE orders;--"_s, u"password1"_s, StaffRole::Admin));
    auto support = as(u"sup"_s);
    ASSERT_TRUE(support);
    auto denied = support->staff().add(login(u"x"_s), u"password1"_s, StaffRole::Admin);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, ErrorCode::Conflict);
}

TEST_F(RolesTest, CliStaffCommandsReadThePasswordFromStandardInput)
{
    const QString clerk = login(u"cli"_s);
    QProcess add;
    startCli(add, {u"staff"_s, u"add"_s, clerk, u"--role"_s, u"support"_s});
    add.write("from-stdin-pass\n");
    add.closeWriteChannel();
    ASSERT_TRUE(add.waitForFinished(30000));
    ASSERT_EQ(add.exitCode(), kExitOk) << add.readAllStandardError().toStdString();

    QProcess whoami;
    startCli(whoami, {u"--json"_s, u"staff"_s, u"whoami"_s}, clerk, u"from-stdin-pass"_s);
    ASSERT_TRUE(whoami.waitForFinished(30000));
    ASSERT_EQ(whoami.exitCode(), kExitOk) << whoami.readAllStandardError().toStdString();
    const QByteArray out = whoami.readAllStandardOutput();
    EXPECT_TRUE(out.contains("\"placeOrders\": true")) << out.toStdString();
    EXPECT_TRUE(out.contains("\"editStock\": false")) << out.toStdString();

    QProcess setStock;
    startCli(setStock, {u"products"_s, u"set-stock"_s, u"ROLE-1"_s, u"0"_s, u"--reason"_s, u"x"_s}, clerk,
            u"from-stdin-pass"_s);
    ASSERT_TRUE(setStock.waitForFinished(30000));
    EXPECT_EQ(setStock.exitCode(), kExitConflict);

    QProcess list;
    startCli(list, {u"staff"_s, u"list"_s});
    ASSERT_TRUE(list.waitForFinished(30000));
    EXPECT_EQ(list.exitCode(), kExitOk);
    EXPECT_TRUE(list.readAllStandardOutput().contains(clerk.toUtf8()));

    // A login that does not exist is "not found", for both commands that name one.
    for (const QStringList &arguments : {QStringList{u"staff"_s, u"set-role"_s, login(u"ghost"_s), u"support"_s},
                 QStringList{u"staff"_s, u"disable"_s, login(u"ghost"_s)}}) {
        QProcess missing;
        startCli(missing, arguments);
        ASSERT_TRUE(missing.waitForFinished(30000));
        EXPECT_EQ(missing.exitCode(), kExitNotFound) << missing.readAllStandardError().toStdString();
    }
}

} // namespace
