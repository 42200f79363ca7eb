// Bearer tokens reach the Order API from the internet. Property: no input crashes the verifier, and
// one is accepted only if it speaks for a subject this shop's key signed (the seeds hold such tokens;
// the fuzzer may find other spellings of them, never a new subject).

#include "FuzzCheck.h"

#include "api/ApiToken.h"

#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The seeds in corpus/api_token were signed with this key at this time (scripts/fuzz --seed-tokens).
    static const QByteArray key = "fuzzing-key-0123456789abcdef-0123456789"_ba;
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    static const QStringList signedSubjects = {u"customer:0192b7f0-0000-7000-8000-000000000001"_s, u"storefront:web"_s};
    const QByteArray token(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto subject = api::ApiToken::verify(token, key, now);
    if (!subject) {
        fuzz::check(!subject.error().message.contains(QString::fromLatin1(token)) || token.size() < 8,
                "a refusal never repeats the token", subject.error().message);
        return 0;
    }
    fuzz::check(signedSubjects.contains(subject->claim()), "only signed subjects are accepted", subject->claim());
    return 0;
}
