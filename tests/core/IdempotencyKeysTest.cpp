// The Order API's Idempotency-Key records for a request that answers at once (IdempotencyKeys::runOnce):
// the claim, what the request wrote and its answer commit together or not at all, a repeat gets the kept
// answer without running the request again, and an answer of 500 or more keeps nothing, not even the claim.

#include "Helpers.h"

#include "api/IdempotencyKeys.h"
#include "orders/OrderService.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

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
