// The Order API's Idempotency-Key records for a request that answers at once (IdempotencyKeys::runOnce):
// the claim, what the request wrote and its answer commit together or not at all, a repeat gets the kept
// answer without running the request again, and an answer of 500 or more keeps nothing, not even the claim.

#include "Helpers.h"

#include "api/IdempotencyKeys.h"
#include "orders/OrderService.h"

#include <QCryptographicHash>
#include <QThread>

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <barrier>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

// What OrderApi::requestHash gives: a SHA-256 (the schema checks its length).
QByteArray hashOf(const QByteArray &request)
{
    return QCryptographicHash::hash(request, QCryptographicHash::Sha256);
}

class IdempotencyKeysTest : public ::testing::Test {
protected:
    void SetUp() override { addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10); }
    Session &session() { return m_db.session(); }
    IdempotencyKeys keys() { return IdempotencyKeys(session().database(), session().clock()); }
    // A request that places an order of `quantity` mugs and answers with the placement's outcome.
    std::function<StoredAnswer()> placing(qint64 quantity, int failedStatus = 409)
    {
        return [this, quantity, failedStatus] {
            ++runs;
            auto placed = session().orders().place(placeRequest({{u"MUG-1"_s, quantity}}));
            if (!placed)
                return StoredAnswer{failedStatus, placed.error().message.toUtf8()};
            return StoredAnswer{201, QByteArray::number(placed->number)};
        };
    }
    qint64 keyRows() { return scalar(session().database(), u"SELECT COUNT(*) FROM api_idempotency_keys"_s); }

    TestDatabase m_db;
    int runs = 0;
};

TEST_F(IdempotencyKeysTest, TheAnswerCommitsWithWhatTheRequestWroteAndARepeatGetsItWithoutRunning)
{
    auto first = keys().runOnce(u"storefront:web"_s, u"key-1"_s, hashOf("a"), placing(2));
    ASSERT_TRUE(first) << describe(first.error());
    EXPECT_EQ(first->kind, IdempotencyClaim::Kind::Claimed);
    EXPECT_EQ(first->answer.status, 201);
    EXPECT_EQ(runs, 1);
    EXPECT_EQ(orderCount(session()), 1);
    EXPECT_EQ(product(session(), u"MUG-1"_s).available(), 8);
    EXPECT_EQ(rows(session().database(),
                      u"SELECT state || ' ' || response_status FROM api_idempotency_keys WHERE idempotency_key = ?"_s,
                      {u"key-1"_s}),
            QStringList{u"finished 201"_s});

    auto again = keys().runOnce(u"storefront:web"_s, u"key-1"_s, hashOf("a"), placing(2));
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_EQ(again->kind, IdempotencyClaim::Kind::Replay);
    EXPECT_EQ(again->answer.status, 201);
    EXPECT_EQ(again->answer.body, first->answer.body);
    auto other = keys().runOnce(u"storefront:web"_s, u"key-1"_s, hashOf("b"), placing(1));
    ASSERT_TRUE(other) << describe(other.error());
    EXPECT_EQ(other->kind, IdempotencyClaim::Kind::Mismatch);
    EXPECT_EQ(runs, 1) << "neither the replay nor the mismatch ran the request";
    EXPECT_EQ(orderCount(session()), 1);

    // The key belongs to its subject: another one runs its own request.
    auto otherSubject = keys().runOnce(u"storefront:shop-2"_s, u"key-1"_s, hashOf("b"), placing(1));
    ASSERT_TRUE(otherSubject) << describe(otherSubject.error());
    EXPECT_EQ(otherSubject->kind, IdempotencyClaim::Kind::Claimed);
    EXPECT_EQ(orderCount(session()), 2);
}

// Two of serve's workers, each on its own connection, get one Idempotency-Key with different bodies at the
// same moment: one request runs and is kept, the other is told the key belongs to another request (422) and
// runs nothing. On PostgreSQL both transactions are open side by side and the second claim waits for the
// first one's row; on SQLite the writers take turns. Either way, whichever comes first.
TEST_F(IdempotencyKeysTest, RacingRequestsWithOneKeyAndDifferentBodiesRunOnlyOne)
{
    constexpr int kRounds = 8;
    for (int round = 0; round < kRounds && !HasFailure(); ++round) {
        const QString key = u"race-%1"_s.arg(round);
        std::barrier start(2);
        std::array<std::optional<IdempotencyClaim::Kind>, 2> kinds;
        std::array<QString, 2> failures;
        std::atomic<int> ran{0};
        std::array<QThread *, 2> workers{};
        for (std::size_t worker = 0; worker < 2; ++worker) {
            workers[worker] = QThread::create([&, worker] {
                SessionOptions options;
                options.clock = &m_db.clock();
                auto own = Session::open(m_db.url(), options);
                start.arrive_and_wait(); // both connections open: go
                if (!own) {
                    failures[worker] = own.error().message;
                    return;
                }
                Session &session = **own;
                auto claim = IdempotencyKeys(session.database(), session.clock())
                                     .runOnce(u"storefront:web"_s, key, hashOf(worker == 0 ? "a" : "b"), [&] {
                                         ++ran;
                                         auto placed = session.orders().place(placeRequest({{u"MUG-1"_s, 1}}));
                                         return placed ? StoredAnswer{201, QByteArray::number(placed->number)}
                                                       : StoredAnswer{409, placed.error().message.toUtf8()};
                                     });
                if (claim)
                    kinds[worker] = claim->kind;
                else
                    failures[worker] = claim.error().message;
            });
            workers[worker]->start();
        }
        for (QThread *worker : workers) {
            worker->wait();
            delete worker;
        }
        ASSERT_TRUE(kinds[0] && kinds[1]) << failures[0].toStdString() << " / " << failures[1].toStdString();
        const bool firstWon = *kinds[0] == IdempotencyClaim::Kind::Claimed;
        EXPECT_EQ(*kinds[firstWon ? 0 : 1], IdempotencyClaim::Kind::Claimed) << "round " << round;
        EXPECT_EQ(*kinds[firstWon ? 1 : 0], IdempotencyClaim::Kind::Mismatch) << "round " << round;
        EXPECT_EQ(ran.load(), 1) << "round " << round;
    }
    EXPECT_EQ(orderCount(session()), kRounds);
    EXPECT_EQ(keyRows(), kRounds);
}

TEST_F(IdempotencyKeysTest, ARefusalIsKeptAndRepeatedLikeAnyAnswer)
{
    auto refused = keys().runOnce(u"storefront:web"_s, u"key-2"_s, hashOf("a"), placing(11));
    ASSERT_TRUE(refused) << describe(refused.error());
    EXPECT_EQ(refused->kind, IdempotencyClaim::Kind::Claimed);
    EXPECT_EQ(refused->answer.status, 409);
    EXPECT_EQ(orderCount(session()), 0);
    EXPECT_EQ(product(session(), u"MUG-1"_s).available(), 10);
    auto again = keys().runOnce(u"storefront:web"_s, u"key-2"_s, hashOf("a"), placing(11));
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_EQ(again->kind, IdempotencyClaim::Kind::Replay);
    EXPECT_EQ(again->answer.status, 409);
    EXPECT_EQ(runs, 1);
}

TEST_F(IdempotencyKeysTest, AnAnswerOf500OrMoreKeepsNothingAndTheKeyIsFreeAgain)
{
    // The request wrote an order and then answered 503: a retry may fix that, so none of it stays.
    auto failed = keys().runOnce(u"storefront:web"_s, u"key-3"_s, hashOf("a"), [this] {
        auto placed = session().orders().place(placeRequest({{u"MUG-1"_s, 3}}));
        EXPECT_TRUE(placed) << describe(placed.error());
        return StoredAnswer{503, "unavailable"};
    });
    ASSERT_TRUE(failed) << describe(failed.error());
    EXPECT_EQ(failed->kind, IdempotencyClaim::Kind::Claimed);
    EXPECT_EQ(failed->answer.status, 503);
    EXPECT_EQ(orderCount(session()), 0);
    EXPECT_EQ(product(session(), u"MUG-1"_s).available(), 10);
    EXPECT_EQ(keyRows(), 0);

    auto retried = keys().runOnce(u"storefront:web"_s, u"key-3"_s, hashOf("a"), placing(3));
    ASSERT_TRUE(retried) << describe(retried.error());
    EXPECT_EQ(retried->kind, IdempotencyClaim::Kind::Claimed);
    EXPECT_EQ(retried->answer.status, 201);
    EXPECT_EQ(orderCount(session()), 1);
    EXPECT_EQ(product(session(), u"MUG-1"_s).available(), 7);
}

TEST_F(IdempotencyKeysTest, AKeyThatIsEmptyOrTooLongIsRefusedNamingTheHeader)
{
    for (const QString &key : {QString(), QString(IdempotencyKeys::kMaxKeyLength + 1, u'k')}) {
        auto refused = keys().runOnce(u"storefront:web"_s, key, hashOf("a"), placing(1));
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(refused.error().field, u"Idempotency-Key"_s);
    }
    EXPECT_EQ(runs, 0);
    EXPECT_EQ(keyRows(), 0);
}

} // namespace
