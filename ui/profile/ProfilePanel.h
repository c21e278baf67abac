// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

#include "config/Profile.h"

namespace Ui {
class ProfilePanel;
}

namespace apm {

class CredentialVault;
class IdentityCheck;
class SsoSignIn;
class ProfileForm;
class ProfileSettingsModel;
class ProfileStore;
class Prompts;
class SecretClipboard;

/**
 * One profile, to read and edit: the form fitted to its kind, the [sso-session] block it names, the keys a
 * keychain-backed profile keeps in the OS keychain, and every key of both files in a table. Edits go through the
 * store; what went wrong (or where a copied secret went) is said through message().
 */
class ProfilePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePanel)

public:
    // `identity` tests the shown profile's credentials with AWS (the Test button); `signIn` runs aws sso login.
    ProfilePanel(ProfileStore* store, CredentialVault* vault, SecretClipboard* clipboard, IdentityCheck* identity,
                 SsoSignIn* signIn, QWidget* parent = nullptr);
    ~ProfilePanel() override;

    // Where the MFA code of a role is asked for (kept by the caller).
    void setPrompts(Prompts* prompts) { m_prompts = prompts; }
    // Shows `name` (empty: none), or shows it again after the files changed.
    void showProfile(const QString& name);
    void focusForm();
    // The SSO tokens the AWS CLI caches changed: the sign-in state shown follows.
    void refreshSsoStatus();

Q_SIGNALS:
    void message(const QString& text);

private:
    void setUpKeysTable();
    void setUpSsoSession();
    void setUpKeychain();
    void setUpIdentityCheck();
    void setUpKeyRotation();
    // The Test button as "Cancel test" while a check runs.
    void showTestRunning(bool running);
    void setUpSsoSignIn();
    void showSsoStatus(const Profile* profile);
    void commitFormValue(const QString& profile, const QString& key, const QString& value);
    void addKey();
    void removeKey();
    void copyValue();
    void showForm(const Profile& profile, bool newSelection);
    void showKeychainKeys(const Profile* profile);
    void showSsoSession(const Profile* profile);
    void setKeychainEditable(bool editable);
    void report(const std::optional<QString>& error);

    std::unique_ptr<Ui::ProfilePanel> m_ui;
    ProfileStore* m_store;
    CredentialVault* m_vault;
    SecretClipboard* m_clipboard;
    IdentityCheck* m_identity;
    SsoSignIn* m_signIn;
    Prompts* m_prompts = nullptr;
    ProfileSettingsModel* m_settings;
    ProfileForm* m_form;
    ProfileKind m_shownKind = ProfileKind::Settings; // the profile's kind when it was last shown
    QString m_keychainProfile;                       // whose keychain keys are shown (or being read)
    QString m_ssoSession;                            // the [sso-session] block shown
    QString m_rotating;                              // the profile whose key is being rotated
};

} // namespace apm
