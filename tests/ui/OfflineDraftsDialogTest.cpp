// Orders typed offline, reviewed when the server answers (docs/replica.md): the presenter offers the review at
// once when orders wait (also at the first start after a restart), the dialog shows what changed per line, and
// Discard and Move to drafts act on the selected rows. A SQLite file stands for the server here; the
// PostgreSQL window test (postgres_offline_gui_tests) drives the whole outage.

#include "views/OfflineDraftsDialog.h"
#include "Helpers.h"
#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "drafts/OfflineDraftStore.h"
#include "models/OfflineDraftReviewModel.h"
#include "storage/Database.h"
#include "windows/OfflineDraftsPresenter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kWaitMs = 10000;

class OfflineDraftsDialogTest : public ::testing::Test {
protected:
    OfflineDraftsDialogTest()
    {
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
        test::addProduct(db.session(), u"TEE-1"_s, u"20.00"_s, 3);
    }

    OfflineDraft typed(const QString &email, const DraftLine &line, const QString &seenPrice, qint64 minute)
    {
        OfflineDraft offline;
        offline.draft.customer = {{}, u"Customer"_s, email};
        offline.draft.lines = {line};
        offline.draft.shippingAddress = test::sampleAddress();
        offline.seenPrices = {{line.sku, *Money::parse(seenPrice, *Currency::fromCode(u"USD"_s))}};
        offline.typedBy = u"agent"_s;
        offline.savedAt = QDateTime(QDate(2026, 12, 1), QTime(9, int(minute)), Qt::UTC);
        auto saved = store.save(offline);
        EXPECT_TRUE(saved) << saved.error().message.toStdString();
        return saved.value_or(OfflineDraft{});
    }

    QTemporaryDir folder;
    const QString replicaPath = folder.filePath(u"shop.replica"_s);
    OfflineDraftStore store{OfflineDraftStore::folderBeside(replicaPath)};
    test::TestDatabase db;
};

TEST_F(OfflineDraftsDialogTest, TheReviewIsOfferedAtOnceAndDiscardAndMoveActOnTheSelectedOrders)
{
    typed(u"ada@example.com"_s, DraftLine{u"MUG-1"_s, 2}, u"12.50"_s, 1);
    typed(u"grace@example.com"_s, DraftLine{u"TEE-1"_s, 1}, u"20.00"_s, 2);
    ASSERT_TRUE(db.session().database().query(u"UPDATE products SET price_minor = 1300 WHERE sku = 'MUG-1'"_s));

    SessionWorker worker(db.url());
    QWidget window;
    OfflineDraftsPresenter presenter(replicaPath, worker, window);
    presenter.apply(true, true); // a desktop starting live with orders kept from an earlier run
    ASSERT_TRUE(QTest::qWaitFor([&] { return presenter.dialog() && presenter.dialog()->isVisible(); }, kWaitMs));
    OfflineDraftsDialog *dialog = presenter.dialog();
    dialog->setConfirmAutomatically(true);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 2; }, kWaitMs))
            << dialog->statusText().toStdString();
    EXPECT_TRUE(presenter.reviewAction()->isEnabled());
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return dialog->model()->index(row, column).data(role);
    };
    EXPECT_EQ(cell(0, OfflineDraftReviewModel::Changes).toString(), u"MUG-1: 12.50 then, 13.00 now"_s);
    EXPECT_EQ(cell(0, OfflineDraftReviewModel::TotalNow, OfflineDraftReviewModel::RawValueRole), QVariant(u"26.00"_s));
    EXPECT_EQ(cell(1, OfflineDraftReviewModel::Changes).toString(), u"none: prices and stock as when typed"_s);
    EXPECT_EQ(cell(1, OfflineDraftReviewModel::Changes, OfflineDraftReviewModel::RawValueRole), QVariant(qint64(0)));

    // Discard the second: it leaves the desktop, and nothing reaches the server.
    QSignalSpy reviewed(dialog, &OfflineDraftsDialog::reviewed);
    dialog->table()->selectRow(1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"discardOfflineDrafts"_s), Qt::LeftButton);
    ASSERT_TRUE(reviewed.wait(kWaitMs));
    ASSERT_EQ(dialog->model()->rowCount(), 1);
    EXPECT_EQ(store.list()->size(), 1);
    EXPECT_EQ(test::scalar(db.session().database(), u"SELECT COUNT(*) FROM drafts"_s), 0);

    // Move the other: a draft of the server now, the file gone, the action off.
    QSignalSpy moved(dialog, &OfflineDraftsDialog::movedToDrafts);
    QSignalSpy relayed(&presenter, &OfflineDraftsPresenter::movedToDrafts);
    dialog->table()->selectRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"moveToDrafts"_s), Qt::LeftButton);
    ASSERT_TRUE(moved.wait(kWaitMs)) << dialog->statusText().toStdString();
    EXPECT_EQ(relayed.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 0; }, kWaitMs));
    EXPECT_TRUE(store.isEmpty());
    auto draft = db.session().drafts().load(moved.first().first().toStringList().value(0));
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_EQ(draft->customer.email, u"ada@example.com"_s);
    EXPECT_TRUE(dialog->statusText().startsWith(QCoreApplication::translate("shipshape::OfflineDraftsDialog",
            "%Ln order(s) moved to the drafts; place them from New order.", nullptr, 1)))
            << dialog->statusText().toStdString();
    EXPECT_FALSE(presenter.reviewAction()->isEnabled());

    // Offline again: the review, which reads the server, closes.
    presenter.apply(false, true);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_FALSE(presenter.reviewAction()->isEnabled());
}

TEST_F(OfflineDraftsDialogTest, NothingIsOfferedWithoutOrdersOrToALoginThatMayNotPlaceThem)
{
    SessionWorker worker(db.url());
    QWidget window;
    OfflineDraftsPresenter empty(replicaPath, worker, window);
    empty.apply(true, true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, kWaitMs));
    EXPECT_EQ(empty.dialog(), nullptr);
    EXPECT_FALSE(empty.reviewAction()->isEnabled());

    typed(u"ada@example.com"_s, DraftLine{u"MUG-1"_s, 1}, u"12.50"_s, 1);
    OfflineDraftsPresenter warehouse(replicaPath, worker, window);
    warehouse.apply(true, false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, kWaitMs));
    EXPECT_EQ(warehouse.dialog(), nullptr);
    EXPECT_FALSE(warehouse.reviewAction()->isEnabled());
    EXPECT_FALSE(store.isEmpty()) << "kept for a login that may place them";
}

} // namespace
} // namespace shipshape
