#include "windows/ProductImportDialog.h"
#include "models/ImportIssueModel.h"

#include "TestDatabase.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class ProductImportDialogTest : public ::testing::Test {
protected:
    QString write(const QString &name, const QByteArray &csv)
    {
        const QString path = files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(csv);
        return path;
    }
    test::TestDatabase db;
    QTemporaryDir files;
};

TEST_F(ProductImportDialogTest, ABadFileIsReportedByRowAndNothingIsImported)
{
    ProductImportDialog dialog(db.url(), SessionOptions{});
    dialog.show();
    QSignalSpy finished(&dialog, &ProductImportDialog::finished);
    dialog.openFile(write(u"bad.csv"_s,
            "sku,name,price,currency,barcode,on_hand\r\nMUG-1,Mug,12.50,USD,4006381333932,5\r\nTEE-1,Tee,x,USD,,\r\n"));
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(finished.constLast().at(0).toBool());
    ImportIssueModel *issues = dialog.issueModel();
    ASSERT_EQ(issues->rowCount(), 2);
    EXPECT_EQ(issues->index(0, ImportIssueModel::Row).data(ImportIssueModel::RawValueRole).toLongLong(), 2);
    EXPECT_EQ(issues->index(0, ImportIssueModel::ColumnName).data().toString(), u"barcode"_s);
    EXPECT_EQ(issues->index(0, ImportIssueModel::Value).data().toString(), u"4006381333932"_s);
    EXPECT_EQ(issues->index(1, ImportIssueModel::ColumnName).data().toString(), u"price"_s);
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_FALSE(db.session().inventory().product(u"MUG-1"_s));
}

TEST_F(ProductImportDialogTest, AGoodFileIsCheckedThenImportedWithProgress)
{
    QByteArray csv = "sku,name,price,currency,barcode,on_hand\r\n";
    for (int i = 0; i < 3000; ++i)
        csv += "SKU-" + QByteArray::number(i) + ",Product " + QByteArray::number(i) + ",1.00,USD,,"
                + QByteArray::number(i % 7) + "\r\n";
    ProductImportDialog dialog(db.url(), SessionOptions{});
    dialog.show();
    QSignalSpy finished(&dialog, &ProductImportDialog::finished);
    dialog.openFile(write(u"good.csv"_s, csv));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.constLast().at(0).toBool()); // checked, not imported yet
    EXPECT_TRUE(dialog.summaryText().contains(u"3000 to create"_s)) << dialog.summaryText().toStdString();
    EXPECT_FALSE(db.session().inventory().product(u"SKU-1"_s));
    ASSERT_TRUE(dialog.importButton()->isEnabled());

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isRunning());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.constLast().at(0).toBool());
    auto product = db.session().inventory().product(u"SKU-6"_s);
    ASSERT_TRUE(product);
    EXPECT_EQ(product->onHand, 6);
    auto *bar = dialog.findChild<QProgressBar *>(u"importProgress"_s);
    ASSERT_TRUE(bar);
    EXPECT_EQ(bar->value(), bar->maximum());
}

} // namespace
} // namespace shipshape
