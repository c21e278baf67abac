// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "base/Credentials.h"
#include "secrets/SecretStore.h"

namespace apm {

class ProfileStore;

/**
 * Moves a profile's static keys between the credentials file and the keychain, keeping the AWS CLI working:
 * in the keychain they are a credential_process document, and the profile's credential_process calls this
 * program's `credential-process --profile NAME`.
 *
 * moveIn: write the item, read it back and compare, then remove the keys from the credentials file and set
 * credential_process in the config file, saving the config file first (until the credentials file is saved too,
 * its keys still win, so the CLI works at every moment). moveOut: the reverse, credentials file first, and the
 * item is deleted last. Each ends in finished(ok, message); on failure nothing is left half done that the message
 * does not name.
 */
class CredentialVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialVault)

public:
    CredentialVault(ProfileStore* store, SecretStore* secrets, QString helperPath, QObject* parent = nullptr);

    void moveIn(const QString& profile);
    void moveOut(const QString& profile);
    // The keys a keychain-backed profile keeps in its item: ends in keysRead().
    void readKeys(const QString& profile);
    // Replaces the keys in the item (the files do not change), then reads the item back to check: ends in
    // keysWritten(). A failure leaves the item as it was, or says that it could not.
    void writeKeys(const QString& profile, const ResolvedCredentials& keys);

    // credential_process = "/abs/aws-profile-manager" credential-process --profile NAME
    [[nodiscard]] static QString processCommand(const QString& helperPath, const QString& profile);
    [[nodiscard]] static bool isKeychainBacked(const QString& credentialProcess);
    // The credential_process document (Version 1) and back.
    [[nodiscard]] static QString payload(const ResolvedCredentials& credentials);
    [[nodiscard]] static std::optional<ResolvedCredentials> parsePayload(const QString& json);

Q_SIGNALS:
    void finished(bool ok, const QString& message);
    void keysRead(const QString& profile, const std::optional<apm::ResolvedCredentials>& keys, const QString& message);
    void keysWritten(const QString& profile, bool ok, const QString& message);

private:
    void fail(const QString& message) { Q_EMIT finished(false, message); }
    void storeIn(const QString& profile);
    void restoreFrom(const QString& profile, const SecretResult& item);

    QPointer<ProfileStore> m_store;
    SecretStore* m_secrets;
    QString m_helperPath;
};

} // namespace apm
