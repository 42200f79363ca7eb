#include "storage/SqlScript.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

std::vector<std::string> split(const QString &script)
{
    std::vector<std::string> result;
    for (const QString &statement : SqlScript::split(script))
        result.push_back(statement.toStdString());
    return result;
}

TEST(SqlScriptTest, StatementsEndAtTheirSemicolonAndKeepTheirText)
{
    EXPECT_EQ(split(u"CREATE TABLE a (\n    x INT);\n\nCREATE INDEX a_x ON a (x);\n"_s),
            (std::vector<std::string>{"CREATE TABLE a (\n    x INT)", "CREATE INDEX a_x ON a (x)"}));
    EXPECT_EQ(split(u"SELECT 1"_s), (std::vector<std::string>{"SELECT 1"})) << "the last one needs no semicolon";
    EXPECT_TRUE(split(u"  \n-- only a comment;\n/* and; another */\n"_s).empty());
}

TEST(SqlScriptTest, SemicolonsInTextIdentifiersAndCommentsDoNotEndAStatement)
{
    EXPECT_EQ(split(u"INSERT INTO t VALUES ('a;b', 'it''s;');\nSELECT \"odd;name\" FROM t -- trailing; comment\n;"_s),
            (std::vector<std::string>{
                    "INSERT INTO t VALUES ('a;b', 'it''s;')", "SELECT \"odd;name\" FROM t -- trailing; comment"}));
    EXPECT_EQ(split(u"-- a heading; with a semicolon\nSELECT /* x; y */ 2;"_s),
            (std::vector<std::string>{"SELECT /* x; y */ 2"}))
            << "a comment before a statement is dropped, one inside it kept";
}

TEST(SqlScriptTest, PostgresDollarQuotedBodiesAreOneStatement)
{
    const QString function = u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    PERFORM 1;\n    "
                             "RETURN NULL;\nEND $$"_s;
    const QString tagged = u"DO $body$ BEGIN RAISE NOTICE 'a;$$b'; END $body$"_s;
    EXPECT_EQ(split(function + u";\n"_s + tagged + u";\nSELECT $1;"_s),
            (std::vector<std::string>{function.toStdString(), tagged.toStdString(), "SELECT $1"}));
}

TEST(SqlScriptTest, SqliteTriggerBodiesWithCaseExpressionsAreOneStatement)
{
    const QString trigger = u"CREATE TRIGGER t AFTER INSERT ON a WHEN NEW.x > 0 BEGIN UPDATE b SET y = CASE WHEN "
                            "NEW.x = 1 THEN 1 ELSE 2 END; INSERT INTO c VALUES (CASE NEW.x WHEN 2 THEN 'end;' END); "
                            "END"_s;
    const QString temporary = u"CREATE TEMP TRIGGER u BEFORE DELETE ON a BEGIN SELECT 1; END"_s;
    EXPECT_EQ(split(trigger + u";\n\n"_s + temporary + u";\nUPDATE b SET y = CASE WHEN 1 THEN 2 END;"_s),
            (std::vector<std::string>{
                    trigger.toStdString(), temporary.toStdString(), "UPDATE b SET y = CASE WHEN 1 THEN 2 END"}));
}

} // namespace
