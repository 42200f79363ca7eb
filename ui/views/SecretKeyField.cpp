#include "views/SecretKeyField.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

SecretKeyField::SecretKeyField(const QString &name, const QString &label, SecretStore::Options options, QWidget *parent)
    : QWidget(parent), m_name(name), m_label(label), m_options(std::move(options))
{
    // Environment overrides are reported separately; the field manages the keychain entry.
    m_options.useEnvironment = false;
    m_status = new QLabel(tr("Checking the keychain…"), this);
    m_status->setObjectName(name + u"KeyStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true); // "No keychain available …; use SHIPSHAPE_…" is long in every language
    m_replace = new QPushButton(tr("Replace…"), this);
    m_replace->setObjectName(name + u"KeyReplace"_s);
    m_replace->setAccessibleName(tr("Replace the %1").arg(label));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(name + u"KeyRemove"_s);
    m_remove->setAccessibleName(tr("Remove the %1").arg(label));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_replace);
    layout->addWidget(m_remove);
    connect(m_replace, &QPushButton::clicked, this, &SecretKeyField::replaceKey);
    connect(m_remove, &QPushButton::clicked, this, &SecretKeyField::removeKey);
    setState(State::Unknown);
    refreshState();
}

void SecretKeyField::setState(State state, const QString &detail)
{
    m_state = state;
    const QString variable = QString::fromLatin1(SecretStore::environmentVariableFor(m_name));
    switch (state) {
    case State::Unknown:
        m_status->setText(tr("Checking the keychain…"));
        break;
    case State::NotSet:
        m_status->setText(tr("Not set"));
        break;
    case State::Stored:
        m_status->setText(tr("Stored in the keychain"));
        break;
    case State::FromEnvironment:
        m_status->setText(tr("Set by the environment variable %1, which wins over the keychain").arg(variable));
        break;
    case State::NoKeychain:
        m_status->setText(tr("No keychain available (no D-Bus session); use %1").arg(variable));
        break;
    case State::Error:
        m_status->setText(tr("Keychain error: %1").arg(detail));
        break;
    }
    const bool keychain = state != State::NoKeychain && state != State::Unknown;
    m_replace->setEnabled(!m_busy && keychain);
    m_remove->setEnabled(!m_busy && keychain && state != State::NotSet);
    Q_EMIT stateChanged(state);
}

void SecretKeyField::refreshState()
{
    if (!qEnvironmentVariableIsEmpty(SecretStore::environmentVariableFor(m_name).constData())) {
        setState(State::FromEnvironment);
        return;
    }
    if (!m_options.useKeychain || !SecretStore::keychainReachable()) {
        setState(State::NoKeychain);
        return;
    }
    m_busy = true;
    SecretStore(m_options).hasSecretAsync(m_name, this, [this](const Result<bool> &stored) {
        m_busy = false;
        if (stored)
            setState(*stored ? State::Stored : State::NotSet);
        else
            setState(State::Error, stored.error().message);
    });
}

void SecretKeyField::replaceKey()
{
    QString key;
    if (m_nextKey) {
        key = *std::exchange(m_nextKey, std::nullopt);
    } else {
        bool ok = false;
        key = QInputDialog::getText(this, tr("Replace the %1").arg(m_label),
                tr("Paste the new %1. It is stored in the system keychain and never shown again.").arg(m_label),
                QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
    }
    key = key.trimmed();
    if (key.isEmpty()) {
        Q_EMIT failed(tr("The %1 is empty; nothing was stored.").arg(m_label));
        return;
    }
    m_busy = true;
    setState(m_state);
    SecretStore(m_options).writeAsync(m_name, key, this, [this](const Status &written) {
        m_busy = false;
        if (!written) {
            Q_EMIT failed(written.error().message);
            setState(m_state);
            return;
        }
        refreshState();
        Q_EMIT changed();
    });
}

void SecretKeyField::removeKey()
{
    if (!m_autoConfirm
            && QMessageBox::question(this, tr("Shipshape"), tr("Remove the %1 from the keychain?").arg(m_label))
                    != QMessageBox::Yes)
        return;
    m_busy = true;
    setState(m_state);
    SecretStore(m_options).removeAsync(m_name, this, [this](const Status &removed) {
        m_busy = false;
        if (!removed) {
            Q_EMIT failed(removed.error().message);
            setState(m_state);
            return;
        }
        refreshState();
        Q_EMIT changed();
    });
}

} // namespace shipshape
