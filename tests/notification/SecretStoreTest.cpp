// Round trip through QtKeychain against a real Secret Service (gnome-keyring in a private D-Bus session,
// started by with-keyring.sh). Without one the test fails in CI and skips on a developer machine.
#include "secrets/SecretStore.h"

#include <QEventLoop>
#include <QTimer>
#include <QUuid>

#include <optional>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

bool inCi()
{
    return qEnvironmentVariable("CI").compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

// The test's own loop runs until the keychain answered (SecretStore never waits itself).
template <typename Value, typename Start>
Value answerOf(Start start)
{
    QObject context;
    QEventLoop loop;
    std::optional<Value> answer;
    start(&context, [&](const Value &value) {
        answer = value;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    if (!answer)
        return fail(Error::unavailable(u"no answer within 15 s"_s));
    return *answer;
}

Result<QString> read(const SecretStore &store, const QString &name)
{
    return answerOf<Result<QString>>([&](QObject *context, auto done) { store.readAsync(name, context, done); });
}

Status write(const SecretStore &store, const QString &name, const QString &secret)
{
    return answerOf<Status>([&](QObject *context, auto done) { store.writeAsync(name, secret, context, done); });
}

Status remove(const SecretStore &store, const QString &name)
{
    return answerOf<Status>([&](QObject *context, auto done) { store.removeAsync(name, context, done); });
}

} // namespace

TEST(SecretStore, EnvironmentVariableNames)
{
    EXPECT_EQ(SecretStore::environmentVariableFor(u"sendgrid"_s), QByteArray("SHIPSHAPE_SENDGRID_API_KEY"));
    EXPECT_EQ(SecretStore::environmentVariableFor(u"stripe"_s), QByteArray("SHIPSHAPE_STRIPE_SECRET_KEY"));
    EXPECT_EQ(SecretStore::environmentVariableFor(u"my-provider"_s), QByteArray("SHIPSHAPE_MY_PROVIDER_API_KEY"));
}

TEST(SecretStore, EnvironmentOverridesTheKeychain)
{
    qputenv("SHIPSHAPE_ENVTEST_API_KEY", " from-env ");
    SecretStore::Options options;
    options.useKeychain = false;
    auto secret = read(SecretStore(options), u"envtest"_s);
    qunsetenv("SHIPSHAPE_ENVTEST_API_KEY");
    ASSERT_TRUE(secret);
    EXPECT_EQ(*secret, u"from-env"_s);
}

TEST(SecretStore, KeychainRoundTrip)
{
    if (!SecretStore::keychainReachable()) {
        if (inCi())
            FAIL() << "No D-Bus session: the keyring test must run under tests/notification/with-keyring.sh in CI";
        GTEST_SKIP() << "No D-Bus session bus; run through tests/notification/with-keyring.sh";
    }
    SecretStore::Options options;
    options.service = u"Shipshape-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.useEnvironment = false;
    const SecretStore store(options);
    const QString name = u"sendgrid"_s;
    const QString secret = u"SG.round-trip-ü-"_s + QUuid::createUuid().toString();

    auto before = read(store, name);
    ASSERT_TRUE(before) << before.error().message.toStdString();
    EXPECT_TRUE(before->isEmpty());
    auto written = write(store, name, secret);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    auto after = read(store, name);
    ASSERT_TRUE(after) << after.error().message.toStdString();
    EXPECT_EQ(*after, secret);
    ASSERT_TRUE(remove(store, name));
    auto removed = read(store, name);
    ASSERT_TRUE(removed);
    EXPECT_TRUE(removed->isEmpty());
}

TEST(SecretStore, AsynchronousCallsAnswerOnTheCallersThreadWithoutTheSecret)
{
    if (!SecretStore::keychainReachable()) {
        if (inCi())
            FAIL() << "No D-Bus session: the keyring test must run under tests/notification/with-keyring.sh in CI";
        GTEST_SKIP() << "No D-Bus session bus; run through tests/notification/with-keyring.sh";
    }
    SecretStore::Options options;
    options.service = u"Shipshape-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.useEnvironment = false;
    const SecretStore store(options);
    QObject context;
    const auto wait = [](const bool &flag) {
        QEventLoop loop;
        QTimer::singleShot(0, &loop, [&] {
            if (flag)
                loop.quit();
        });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (flag)
                loop.quit();
        });
        poll.start(10);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        return flag;
    };

    bool answered = false;
    Result<bool> stored = false;
    store.hasSecretAsync(u"stripe"_s, &context, [&](const Result<bool> &result) {
        stored = result;
        answered = true;
    });
    ASSERT_TRUE(wait(answered));
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_FALSE(*stored);

    answered = false;
    Status written;
    store.writeAsync(u"stripe"_s, u"sk_test_async"_s, &context, [&](const Status &result) {
        written = result;
        answered = true;
    });
    ASSERT_TRUE(wait(answered));
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(*read(store, u"stripe"_s), u"sk_test_async"_s);

    answered = false;
    store.hasSecretAsync(u"stripe"_s, &context, [&](const Result<bool> &result) {
        stored = result;
        answered = true;
    });
    ASSERT_TRUE(wait(answered));
    EXPECT_TRUE(stored && *stored);

    answered = false;
    Status removed;
    store.removeAsync(u"stripe"_s, &context, [&](const Status &result) {
        removed = result;
        answered = true;
    });
    ASSERT_TRUE(wait(answered));
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    EXPECT_TRUE(read(store, u"stripe"_s)->isEmpty());
}
