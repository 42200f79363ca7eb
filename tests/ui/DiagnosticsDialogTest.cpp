// Help → Diagnostics: the real dialog, opened from the main window's Help menu, computes the doctor's
// report off the GUI thread against Stripe and SendGrid on loopback, runs again on "Run again" and copies
// the plain text the CLI prints.

#include "windows/DiagnosticsDialog.h"
#include "ScriptedHttpServer.h"
#include "TestDatabase.h"
#include "models/DiagnosticsModel.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::ScriptedHttpServer;

// Sets an environment variable for the test's lifetime.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char *name, const QByteArray &value) : m_name(name), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnvironment() { m_old.isNull() ? qunsetenv(m_name) : qputenv(m_name, m_old); }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    QByteArray m_old;
};

class DiagnosticsDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(stripe.isListening());
        ASSERT_TRUE(sendGrid.isListening());
        SessionSecrets secrets;
        secrets.stripeSecretKey = u"sk_test_gui"_s;
        secrets.sendGridApiKey = u"SG.gui"_s;
        db.session().setSecrets(secrets);
        stripe.setFallback(ScriptedHttpServer::Reply::json(200, R"({"object":"balance","livemode":false})"));
        sendGrid.setFallback(ScriptedHttpServer::Reply::json(200, R"({"scopes":["mail.send"]})"));
    }

    // The row of a check, by key; -1 when absent.
    static int rowOf(const DiagnosticsModel &model, const QString &key)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, DiagnosticsModel::Check).data(DiagnosticsModel::RawValueRole).toString() == key)
                return row;
        }
        return -1;
    }

    static QString cell(const DiagnosticsModel &model, const QString &key, int column)
    {
        const int row = rowOf(model, key);
        return row < 0 ? QString() : model.index(row, column).data().toString();
    }

    static bool waitUntilDone(DiagnosticsDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isRunning(); }, 20000);
    }

    test::TestDatabase db;
    ScriptedHttpServer stripe;
    ScriptedHttpServer sendGrid;
    ScopedEnvironment stripeBase{"SHIPSHAPE_STRIPE_API_BASE", stripe.baseUrl().toString().toUtf8()};
    ScopedEnvironment sendGridBase{"SHIPSHAPE_SENDGRID_API_BASE", sendGrid.baseUrl().toString().toUtf8()};
};

TEST_F(DiagnosticsDialogTest, HelpDiagnosticsShowsTheReportAndRunsAgain)
{
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    // The entry is under Help.
    QMenu *help = window.menuBar()->findChild<QMenu *>(u"helpMenu"_s);
    ASSERT_NE(help, nullptr);
    ASSERT_TRUE(help->actions().contains(window.diagnosticsAction()));
    window.diagnosticsAction()->trigger();
    auto *dialog = window.findChild<DiagnosticsDialog *>(u"diagnosticsDialog"_s);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *table = dialog->findChild<QTableView *>(u"diagnosticsTable"_s);
    ASSERT_NE(table, nullptr);
    // The GUI thread stays free while the providers are asked: the dialog says it is checking.
    EXPECT_TRUE(dialog->isRunning());
    EXPECT_FALSE(dialog->findChild<QPushButton *>(u"runAgain"_s)->isEnabled());
    ASSERT_TRUE(waitUntilDone(*dialog));

    const DiagnosticsModel &model = *dialog->model();
    EXPECT_EQ(table->model(), &model);
    for (const QString &key : {u"database"_s, u"schema"_s, u"migrations"_s, u"clock"_s, u"outbox"_s, u"disk"_s,
                 u"secrets"_s, u"stripe"_s, u"sendgrid"_s})
        EXPECT_GE(rowOf(model, key), 0) << key.toStdString();
    EXPECT_EQ(cell(model, u"stripe"_s, DiagnosticsModel::Outcome), u"✓"_s);
    EXPECT_EQ(cell(model, u"sendgrid"_s, DiagnosticsModel::Outcome), u"✓"_s);
    EXPECT_EQ(cell(model, u"database"_s, DiagnosticsModel::Outcome), u"✓"_s);
    ASSERT_EQ(stripe.requests().size(), 1);
    EXPECT_EQ(stripe.requests().at(0).header("Authorization"), "Bearer sk_test_gui");
    ASSERT_EQ(sendGrid.requests().size(), 1);
    EXPECT_EQ(sendGrid.requests().at(0).path, "/v3/scopes");

    // Stripe now refuses the key: "Run again" says so, with what to do.
    stripe.setFallback(ScriptedHttpServer::Reply::json(401, R"({"error":{"message":"Invalid API Key provided"}})"));
    auto *runAgain = dialog->findChild<QPushButton *>(u"runAgain"_s);
    ASSERT_TRUE(runAgain->isEnabled());
    QTest::mouseClick(runAgain, Qt::LeftButton);
    EXPECT_TRUE(dialog->isRunning());
    ASSERT_TRUE(waitUntilDone(*dialog));
    EXPECT_EQ(stripe.requests().size(), 2);
    EXPECT_EQ(cell(model, u"stripe"_s, DiagnosticsModel::Outcome), u"✗"_s);
    EXPECT_TRUE(cell(model, u"stripe"_s, DiagnosticsModel::Detail)
                        .startsWith(u"Stripe refused the key (401): set a valid test key"_s));
    EXPECT_FALSE(model.index(rowOf(model, u"stripe"_s), DiagnosticsModel::Outcome)
                         .data(DiagnosticsModel::RawValueRole)
                         .toBool());
    EXPECT_TRUE(dialog->findChild<QLabel *>(u"diagnosticsSummary"_s)->text().contains(u"need attention"_s));

    // "Copy report": the text the CLI prints, one line per row.
    auto *copy = dialog->findChild<QPushButton *>(u"copyReport"_s);
    ASSERT_TRUE(copy->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    EXPECT_EQ(copied, Diagnostics::text(model.results()));
    EXPECT_EQ(copied.count(u'\n'), model.rowCount());
    EXPECT_TRUE(copied.contains(u"\n✗ Stripe: Stripe refused the key (401)"_s)) << copied.toStdString();
    EXPECT_TRUE(copied.contains(u"\n✓ SendGrid: "_s)) << copied.toStdString();

    // Opened again from the menu: the same dialog, checking again.
    window.diagnosticsAction()->trigger();
    EXPECT_EQ(window.findChildren<DiagnosticsDialog *>().size(), 1);
    ASSERT_TRUE(waitUntilDone(*dialog));
    EXPECT_EQ(stripe.requests().size(), 3);
}

TEST_F(DiagnosticsDialogTest, AProviderThatDoesNotAnswerKeepsTheWindowResponsive)
{
    stripe.enqueue(ScriptedHttpServer::Reply::hang());
    DiagnosticsDialog dialog(db.url(), db.session().options());
    dialog.setProviderTimeout(std::chrono::milliseconds(500));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.runChecks();
    // While Stripe is silent the GUI thread keeps painting and answering.
    ASSERT_TRUE(stripe.waitForRequests(1));
    EXPECT_TRUE(dialog.isRunning());
    ASSERT_TRUE(waitUntilDone(dialog));
    EXPECT_EQ(cell(*dialog.model(), u"stripe"_s, DiagnosticsModel::Outcome), u"✗"_s);
    EXPECT_TRUE(cell(*dialog.model(), u"stripe"_s, DiagnosticsModel::Detail).startsWith(u"No answer from 127.0.0.1"_s));
    EXPECT_EQ(cell(*dialog.model(), u"sendgrid"_s, DiagnosticsModel::Outcome), u"✓"_s);
}

TEST_F(DiagnosticsDialogTest, ALiveKeyIsNotSentAndShownAsNotChecked)
{
    SessionOptions options = db.session().options();
    options.secrets.stripeSecretKey = u"sk_live_gui"_s;
    DiagnosticsDialog dialog(db.url(), options);
    dialog.runChecks();
    ASSERT_TRUE(waitUntilDone(dialog));
    EXPECT_EQ(cell(*dialog.model(), u"stripe"_s, DiagnosticsModel::Outcome), u"–"_s);
    EXPECT_FALSE(dialog.model()
                         ->index(rowOf(*dialog.model(), u"stripe"_s), DiagnosticsModel::Outcome)
                         .data(DiagnosticsModel::RawValueRole)
                         .isValid());
    EXPECT_TRUE(stripe.requests().isEmpty());
}

} // namespace
} // namespace shipshape
