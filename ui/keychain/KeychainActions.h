// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QUndoStack;
class QWidget;

namespace apm {

class CredentialVault;
class ProfileStore;

/**
 * Moving a profile's keys into the OS keychain and back to the credentials file: two actions, enabled for the
 * profile they apply to. While the keychain works the window takes no input; the vault saves the files itself, so
 * its steps leave no undo history behind.
 */
class KeychainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainActions)

public:
    KeychainActions(const ProfileStore* store, CredentialVault* vault, QUndoStack* history, QWidget* window);

    // The actions (for menus), named actionMoveToKeychain and actionMoveToFile.
    [[nodiscard]] QAction* moveInAction() const { return m_moveIn; }
    [[nodiscard]] QAction* moveOutAction() const { return m_moveOut; }
    // The profile the actions work on (empty: none).
    void setProfile(const QString& name);

Q_SIGNALS:
    void message(const QString& text);

private:
    void move(bool intoKeychain);
    void updateActions();

    const ProfileStore* m_store;
    CredentialVault* m_vault;
    QUndoStack* m_history;
    QWidget* m_window;
    QAction* m_moveIn;
    QAction* m_moveOut;
    QString m_profile;
};

} // namespace apm
