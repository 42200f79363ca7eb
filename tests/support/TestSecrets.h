#pragma once

#include "secrets/SecretStore.h"
#include "secrets/SessionSecrets.h"
#include "session/Session.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace shipshape::test {

// The secrets the program's top reads before it opens sessions (the environment, then the keychain),
// read the same way, with the test's own loop: what a test hands to the sessions it opens.
inline SessionSecrets loadSecrets(const std::optional<DatabaseUrl> &database = std::nullopt)
{
    QEventLoop loop;
    SessionSecrets loaded;
    bool answered = false;
    SessionSecrets::load(SecretStore(), database, &loop, [&](const SessionSecrets &secrets) {
        loaded = secrets;
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!answered)
        loop.exec();
    return loaded;
}

inline SessionOptions optionsWithSecrets(SessionOptions options = {})
{
    options.secrets = loadSecrets();
    return options;
}

} // namespace shipshape::test
