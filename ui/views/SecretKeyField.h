#pragma once

#include "secrets/SecretStore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace shipshape {

// One API key on the Settings page. The key itself is never shown, logged or kept: the field says
// whether one is stored ("Stored in the keychain", "Not set", or that the environment supplies it)
// and offers Replace… (asks for the new key, writes it to the keychain) and Remove. Keychain calls are
// asynchronous (SecretStore's …Async): the page never waits for the keychain to answer.
class SecretKeyField : public QWidget {
    Q_OBJECT

public:
    enum class State {
        Unknown,
        NotSet,
        Stored,
        FromEnvironment,
        NoKeychain,
        Error
    };
    Q_ENUM(State)

    // `name` is the SecretStore name ("stripe", "sendgrid"); `label` names the key for people.
    SecretKeyField(const QString &name, const QString &label, SecretStore::Options options, QWidget *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton *replaceButton() const { return m_replace; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }

    // Test hooks: the next key typed into Replace… (nullopt: ask a person) and automatic confirmation.
    void setNextKeyAnswer(std::optional<QString> key) { m_nextKey = std::move(key); }
    void setConfirmAutomatically(bool yes) { m_autoConfirm = yes; }

    // Asks the keychain whether a key is stored (asynchronously; stateChanged follows).
    void refreshState();
    void replaceKey();
    void removeKey();

Q_SIGNALS:
    void stateChanged(shipshape::SecretKeyField::State state);
    void failed(const QString &message);
    // A key was stored or removed: sessions should read their secrets again (SessionSecrets).
    void changed();

private:
    void setState(State state, const QString &detail = {});

    QString m_name;
    QString m_label;
    SecretStore::Options m_options;
    State m_state = State::Unknown;
    QLabel *m_status = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_remove = nullptr;
    std::optional<QString> m_nextKey;
    bool m_autoConfirm = false;
    bool m_busy = false;
};

} // namespace shipshape
