// Where an SQLite database may be created: the application's own file gets its folder on first use;
// a file the user names elsewhere must be in an existing folder, and a missing one is reported, not made.
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

// Points QStandardPaths (and so the default database location) at a temporary directory for one test.
class ScopedDataHome {
public:
    explicit ScopedDataHome(const QString &path)
    {
        if (qEnvironmentVariableIsSet("XDG_DATA_HOME"))
            m_previous = qEnvironmentVariable("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", path.toUtf8());
    }
    ~ScopedDataHome()
    {
        if (m_previous)
            qputenv("XDG_DATA_HOME", m_previous->toUtf8());
        else
            qunsetenv("XDG_DATA_HOME");
    }
    ScopedDataHome(const ScopedDataHome &) = delete;
    ScopedDataHome &operator=(const ScopedDataHome &) = delete;

private:
    std::optional<QString> m_previous;
};

TEST(DatabaseLocationTest, AFileInAMissingFolderIsRefusedAndTheFolderIsNotCreated)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(u"missing/deeper"_s);
    const DatabaseUrl url = DatabaseUrl::sqliteFile(folder + u"/shop.sqlite"_s);
    EXPECT_FALSE(url.createsMissingFolder());

    auto database = Database::open(url);
    ASSERT_FALSE(database) << "opened a database in a folder that does not exist";
    EXPECT_EQ(database.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(database.error().message.contains(QDir::toNativeSeparators(folder)))
            << database.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"missing"_s))) << "the folder was created anyway";
}

TEST(DatabaseLocationTest, AParsedUrlBehavesTheSame)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto url = DatabaseUrl::parse(u"sqlite:"_s + dir.filePath(u"nope/x.sqlite"_s));
    ASSERT_TRUE(url) << url.error().message.toStdString();
    EXPECT_FALSE(url->createsMissingFolder());
    EXPECT_FALSE(Database::open(*url));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"nope"_s)));

    auto postgres = DatabaseUrl::parse(u"postgresql://alice@db.example.com:5432/shop"_s);
    ASSERT_TRUE(postgres);
    EXPECT_FALSE(postgres->createsMissingFolder());
}

TEST(DatabaseLocationTest, AUrlNamingAFolderIsRefused)
{
    // "/shop /" would be cleaned to "/shop ", which the next parse trims to "/shop": another file.
    for (const QString &text : {u"sqlite:/i /"_s, u"sqlite:/var/lib/shipshape/"_s, u"sqlite:///tmp/"_s, u"sqlite:/."_s,
                 u"sqlite:/tmp/.."_s}) {
        auto url = DatabaseUrl::parse(text);
        ASSERT_FALSE(url) << text.toStdString();
        EXPECT_EQ(url.error().field, u"database"_s);
        EXPECT_TRUE(url.error().message.contains(u"folder"_s)) << url.error().message.toStdString();
    }
    auto file = DatabaseUrl::parse(u"sqlite:/tmp/shop.sqlite"_s);
    ASSERT_TRUE(file);
    EXPECT_EQ(DatabaseUrl::parse(file->toString())->path(), file->path());
    // Broken UTF-8, a noncharacter or a control character in a PostgreSQL name is refused, naming the field (found by
    // fuzzing).
    for (const QString &text : {u"postgresql://u@db/shop\uFFFD"_s, u"postgresql://u@db/sh%01op"_s,
                 QString(u"postgresql://u@db/"_s + QChar(0xD8BF)),
                 QString::fromUtf8("postgresql://u@db/sh\xF0\xBF\xBF\xBFop"),
                 QString::fromUtf8("postgresql://u@db/shop\xEF\xBF\xBE")}) { // noncharacters U+3FFFF, U+FFFE
        auto refused = DatabaseUrl::parse(text);
        ASSERT_FALSE(refused) << text.toStdString();
        EXPECT_EQ(refused.error().field, u"database"_s);
    }
    EXPECT_TRUE(DatabaseUrl::parse(u"postgresql://müller@db.example.com/läden"_s));
    auto emoji = DatabaseUrl::parse(QString::fromUtf8("postgresql://u@db/shop\xF0\x9F\x9A\xA2"));
    ASSERT_TRUE(emoji); // a character outside the BMP is text
    EXPECT_EQ(DatabaseUrl::parse(emoji->toString())->databaseName(), emoji->databaseName());
    // A name starting with ':' is a file in the current folder, not a Qt resource (found by fuzzing).
    auto colon = DatabaseUrl::parse(u"sqlite::lite::./.././r"_s);
    ASSERT_TRUE(colon);
    EXPECT_EQ(colon->path(), QDir::current().absoluteFilePath(u"r"_s));
    EXPECT_EQ(DatabaseUrl::parse(colon->toString())->path(), colon->path());
}

TEST(DatabaseLocationTest, AFileInAnExistingFolderIsCreated)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"new.sqlite"_s);
    auto database = Database::open(DatabaseUrl::sqliteFile(path));
    ASSERT_TRUE(database) << database.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST(DatabaseLocationTest, TheApplicationsDefaultFileGetsItsFolderOnFirstUse)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const ScopedDataHome dataHome(home.filePath(u"data"_s));
    const QString path = DatabaseUrl::defaultSqlitePath();
    ASSERT_TRUE(path.startsWith(home.path())) << path.toStdString();
    ASSERT_FALSE(QFileInfo::exists(QFileInfo(path).absolutePath()));

    auto url = DatabaseUrl::fromEnvironmentOrDefault();
    ASSERT_TRUE(url) << url.error().message.toStdString();
    EXPECT_TRUE(url->createsMissingFolder());
    auto database = Database::open(*url);
    ASSERT_TRUE(database) << database.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));

    // The same location named explicitly (as the Settings page does) is the same file.
    EXPECT_TRUE(DatabaseUrl::parse(u"sqlite:"_s + path)->createsMissingFolder());
}

TEST(DatabaseLocationTest, TheEnvironmentVariableNamesAFileLikeAnyOther)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray previous = qgetenv("SHIPSHAPE_DATABASE");
    qputenv("SHIPSHAPE_DATABASE", (u"sqlite:"_s + dir.filePath(u"absent/x.sqlite"_s)).toUtf8());
    auto url = DatabaseUrl::fromEnvironmentOrDefault();
    if (previous.isEmpty())
        qunsetenv("SHIPSHAPE_DATABASE");
    else
        qputenv("SHIPSHAPE_DATABASE", previous);
    ASSERT_TRUE(url) << url.error().message.toStdString();
    EXPECT_FALSE(url->createsMissingFolder());
    EXPECT_FALSE(Database::open(*url));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"absent"_s)));
}

} // namespace
