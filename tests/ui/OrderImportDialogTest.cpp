#include "windows/OrderImportDialog.h"
#include "models/ImportIssueModel.h"

#include "Helpers.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Amazon's header names, its item price left for the user to map.
const QByteArray kHeader = "order-id,buyer-email,buyer-name,seller-sku,quantity-purchased,item-price,ship-address-1,"
                           "ship-city,ship-state,ship-postal-code,ship-country\r\n";

class OrderImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override { test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 5000); }
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return path;
    }
    test::TestDatabase db;
    QTemporaryDir files;
};

TEST_F(OrderImportDialogTest, AnUnmappedColumnIsReportedThenChosenCheckedAndImportedWithProgress)
{
    QByteArray csv = kHeader;
    for (int i = 0; i < 300; ++i)
        csv += "111-" + QByteArray::number(i) + ",c" + QByteArray::number(i % 50)
                + "@example.com,Ada,MUG-1,1,9.99,1 Main St,Springfield,IL,62701,US\r\n";
    OrderImportDialog dialog(db.url(), SessionOptions{});
    dialog.show();
    QSignalSpy finished(&dialog, &OrderImportDialog::finished);
    dialog.openFile(write(u"amazon.csv"_s, csv));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.constLast().at(0).toBool());
    ImportIssueModel *issues = dialog.issueModel();
    ASSERT_EQ(issues->rowCount(), 1);
    EXPECT_EQ(issues->index(0, ImportIssueModel::Row).data(ImportIssueModel::RawValueRole).toLongLong(), 1);
    EXPECT_EQ(issues->index(0, ImportIssueModel::ColumnName).data().toString(), u"unit_price"_s);
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    // The guessed columns are preselected from the aliases.
    EXPECT_EQ(dialog.columnChooser(u"external_id"_s)->currentText(), u"order-id"_s);
    EXPECT_EQ(dialog.columnChooser(u"sku"_s)->currentText(), u"seller-sku"_s);

    QComboBox *price = dialog.columnChooser(u"unit_price"_s);
    price->setCurrentIndex(price->findText(u"item-price"_s));
    dialog.sourceEdit()->setText(u"amazon"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkButton"_s), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(issues->rowCount(), 0);
    EXPECT_TRUE(dialog.summaryText().contains(u"300 to place"_s)) << dialog.summaryText().toStdString();
    EXPECT_EQ(test::orderCount(db.session()), 0);
    ASSERT_TRUE(dialog.importButton()->isEnabled());

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isRunning());
    ASSERT_TRUE(finished.wait(300000));
    EXPECT_TRUE(finished.constLast().at(0).toBool());
    EXPECT_EQ(test::orderCount(db.session()), 300);
    auto *bar = dialog.findChild<QProgressBar *>(u"importProgress"_s);
    ASSERT_TRUE(bar);
    EXPECT_EQ(bar->value(), bar->maximum());

    // Checked again, every order is reported as imported before and nothing is left to place.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkButton"_s), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(issues->rowCount(), 300);
    EXPECT_TRUE(issues->index(0, ImportIssueModel::Message).data().toString().contains(u"Already imported"_s));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
}

} // namespace
} // namespace shipshape
