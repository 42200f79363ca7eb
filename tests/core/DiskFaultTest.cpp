// A full disk and a read-only disk under the embedded database: SQLite on a real, size-limited tmpfs
// (mounted by the test; it needs root, as CI runs, and is skipped with the reason otherwise). The disk
// fills during placements and during a demo-data run, and the database is opened through a read-only
// mount. Each time the error names the file and says what is wrong, the database passes integrity_check
// and every invariant, nothing is half-written, and work goes on once space is back.

#include "Helpers.h"

#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

// A tmpfs of a given size at a temporary folder, unmounted on destruction.
class SmallDisk {
public:
    SmallDisk() = default;
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(qPrintable(m_dir.path()), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    // Empty when mounted; else why not (the test is skipped with it).
    QString mount(qint64 kib)
    {
        if (::geteuid() != 0)
            return u"mounting a size-limited tmpfs needs root"_s;
        const QByteArray options = "size=" + QByteArray::number(kib) + "k";
        if (::mount("tmpfs", qPrintable(m_dir.path()), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0)
            return u"mount(tmpfs) failed: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_mounted = true;
        return {};
    }
    // Fills the disk with a file until `leaveBytes` are free.
    bool fillLeaving(qint64 leaveBytes)
    {
        QFile filler(filePath(u"filler"_s));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        const QByteArray block(4096, 'x');
        while (QStorageInfo(m_dir.path()).bytesAvailable() > leaveBytes + block.size()) {
            if (filler.write(block) != block.size())
                break;
            filler.flush();
        }
        return true;
    }
    void removeFiller() { QFile::remove(filePath(u"filler"_s)); }

    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

class DiskFaultTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (const QString why = disk.mount(16 * 1024); !why.isEmpty())
            GTEST_SKIP() << why.toStdString();
    }

    std::unique_ptr<Session> open()
    {
        auto session = Session::open(url());
        EXPECT_TRUE(session) << (session ? std::string() : session.error().message.toStdString());
        return session ? std::move(*session) : nullptr;
    }
    [[nodiscard]] DatabaseUrl url() const { return DatabaseUrl::sqliteFile(path()); }
    [[nodiscard]] QString path() const { return disk.filePath(u"shop.sqlite"_s); }

    static QString integrity(Database &database)
    {
        const QStringList result = rows(database, u"PRAGMA integrity_check"_s);
        return result.join(u'\n');
    }

    SmallDisk disk;
};

TEST_F(DiskFaultTest, AFullDiskDuringPlacementNamesTheFileAndLeavesEveryOrderWholeOrAbsent)
{
    auto session = open();
    ASSERT_TRUE(session);
    addProduct(*session, u"MUG-1"_s, u"12.50"_s, 1000000);
    addProduct(*session, u"TEE-1"_s, u"29.99"_s, 1000000);
    ASSERT_TRUE(disk.fillLeaving(48 * 1024));

    int placed = 0;
    std::optional<Error> refused;
    for (int attempt = 0; attempt < 2000 && !refused; ++attempt) {
        auto order = session->orders().place(placeRequest(
                {{u"MUG-1"_s, 1}, {u"TEE-1"_s, 2}}, u"buyer%1@example.com"_s.arg(attempt), u"Buyer %1"_s.arg(attempt)));
        if (order)
            ++placed;
        else
            refused = order.error();
    }
    ASSERT_TRUE(refused.has_value()) << "the disk never filled (" << placed << " orders placed)";
    EXPECT_EQ(refused->code, ErrorCode::Unavailable) << refused->message.toStdString();
    EXPECT_TRUE(refused->message.contains(path())) << refused->message.toStdString();
    EXPECT_TRUE(refused->message.contains(u"full"_s)) << refused->message.toStdString();
    EXPECT_TRUE(refused->message.contains(u"nothing was saved"_s)) << refused->message.toStdString();

    // Space comes back: the same session goes on, and the database holds exactly the orders confirmed.
    disk.removeFiller();
    EXPECT_EQ(orderCount(*session), placed);
    EXPECT_EQ(integrity(session->database()), u"ok"_s);
    EXPECT_EQ(conservationViolations(session->database()), QStringList());
    auto after = session->orders().place(placeRequest({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(after) << after.error().message.toStdString();
    EXPECT_EQ(orderCount(*session), placed + 1);

    // And the file reopens as a whole.
    session.reset();
    auto reopened = open();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(integrity(reopened->database()), u"ok"_s);
    EXPECT_EQ(conservationViolations(reopened->database()), QStringList());
}

TEST_F(DiskFaultTest, AFullDiskDuringDemoDataStopsWithTheFileNamedAndAConsistentShop)
{
    auto session = open();
    ASSERT_TRUE(session);
    ASSERT_TRUE(disk.fillLeaving(1024 * 1024));
    DemoDataOptions options;
    options.orders = 20000; // far more than 1 MiB holds
    options.products = 50;
    options.customers = 500;
    options.now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    auto generated = DemoDataGenerator::generate(session->database(), options);
    ASSERT_FALSE(generated) << "the disk never filled";
    EXPECT_EQ(generated.error().code, ErrorCode::Unavailable) << generated.error().message.toStdString();
    EXPECT_TRUE(generated.error().message.contains(path())) << generated.error().message.toStdString();
    EXPECT_TRUE(generated.error().message.contains(u"full"_s)) << generated.error().message.toStdString();

    // Demo data commits in batches (a million orders do not fit one transaction): what a failed run left is
    // flagged, and every reader refuses it as incomplete instead of taking it for a shop.
    disk.removeFiller();
    EXPECT_EQ(integrity(session->database()), u"ok"_s);
    auto complete = DemoDataGenerator::checkComplete(session->database());
    ASSERT_FALSE(complete);
    EXPECT_TRUE(complete.error().message.contains(u"incomplete"_s)) << complete.error().message.toStdString();
}

TEST_F(DiskFaultTest, ADatabaseOnAReadOnlyMountIsRefusedByNameAndLeftAlone)
{
    {
        auto session = open();
        ASSERT_TRUE(session);
        addProduct(*session, u"MUG-1"_s, u"12.50"_s, 100);
        ASSERT_TRUE(session->orders().place(placeRequest({{u"MUG-1"_s, 1}})));
    }
    const QByteArray before = [&] {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    ASSERT_FALSE(before.isEmpty());
    // The same folder seen through a read-only bind mount: the file cannot be written there, even by root.
    QTemporaryDir view;
    ASSERT_EQ(::mount(qPrintable(QFileInfo(path()).absolutePath()), qPrintable(view.path()), nullptr, MS_BIND, nullptr),
            0)
            << std::strerror(errno);
    const auto unmount = qScopeGuard([&] { ::umount2(qPrintable(view.path()), MNT_DETACH); });
    ASSERT_EQ(::mount(nullptr, qPrintable(view.path()), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr), 0)
            << std::strerror(errno);
    const QString readOnlyPath = QDir(view.path()).filePath(u"shop.sqlite"_s);

    // Opened for work, it is refused at once (or at the first change), naming the file and why.
    auto session = Session::open(DatabaseUrl::sqliteFile(readOnlyPath));
    Error refused;
    if (!session) {
        refused = session.error();
    } else {
        auto order = (*session)->orders().place(placeRequest({{u"MUG-1"_s, 2}}));
        ASSERT_FALSE(order);
        refused = order.error();
        session->reset();
    }
    EXPECT_EQ(refused.code, ErrorCode::Unavailable) << refused.message.toStdString();
    EXPECT_TRUE(refused.message.contains(readOnlyPath)) << refused.message.toStdString();
    EXPECT_TRUE(refused.message.contains(u"read-only"_s)) << refused.message.toStdString();

    // The file is as it was, and whole.
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
    auto again = open();
    ASSERT_TRUE(again);
    EXPECT_EQ(integrity(again->database()), u"ok"_s);
    EXPECT_EQ(orderCount(*again), 1);
}

} // namespace
