// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainActions.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

#include "config/ProfileStore.h"
#include "secrets/CredentialVault.h"

namespace apm {

KeychainActions::KeychainActions(const ProfileStore* store, CredentialVault* vault, QUndoStack* history,
                                 QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_vault(vault)
    , m_history(history)
    , m_window(window)
    , m_moveIn(new QAction(tr("Move keys to the &keychain"), this))
    , m_moveOut(new QAction(tr("Move keys back to the credentials &file"), this))
{
    m_moveIn->setObjectName(QStringLiteral("actionMoveToKeychain"));
    m_moveIn->setToolTip(tr("Take the keys out of the credentials file and keep them in the OS keychain; the AWS CLI "
                            "gets them through credential_process"));
    m_moveOut->setObjectName(QStringLiteral("actionMoveToFile"));
    connect(m_moveIn, &QAction::triggered, this, [this] { move(true); });
    connect(m_moveOut, &QAction::triggered, this, [this] { move(false); });
    connect(m_vault, &CredentialVault::finished, this, [this](bool, const QString& text) {
        Q_EMIT message(text); // on failure it says what is where; the vault changed nothing else
        // The vault saved (or re-read) the files: its steps are not the user's to undo.
        m_history->clear();
        m_window->setEnabled(true);
        updateActions();
    });
    updateActions();
}

void KeychainActions::setProfile(const QString& name)
{
    m_profile = name;
    updateActions();
}

void KeychainActions::move(bool intoKeychain)
{
    if (!m_store->profile(m_profile))
        return;
    Q_EMIT message(intoKeychain ? tr("Moving the keys of %1 into the keychain…").arg(m_profile)
                                : tr("Moving the keys of %1 back to the credentials file…").arg(m_profile));
    m_window->setEnabled(false); // one move at a time; the window comes back when the keychain answered
    if (intoKeychain)
        m_vault->moveIn(m_profile);
    else
        m_vault->moveOut(m_profile);
}

void KeychainActions::updateActions()
{
    const Profile* p = m_profile.isEmpty() ? nullptr : m_store->profile(m_profile);
    const ProfileSetting* key = p ? p->setting(QStringLiteral("aws_access_key_id")) : nullptr;
    const auto process = p ? p->value(QStringLiteral("credential_process")) : std::nullopt;
    m_moveIn->setEnabled(key && key->file == FileKind::Credentials && !process);
    m_moveOut->setEnabled(process && CredentialVault::isKeychainBacked(*process));
}

} // namespace apm
