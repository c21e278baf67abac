// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Environment.h"
#include "secrets/KeychainBackend.h"
#include "secrets/SecretStore.h"

namespace apm {

/**
 * The OS keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager on
 * Windows), service "aws-profile-manager", one item per key. The insecure plaintext fallback stays off. Failures
 * are told apart for people (explain()).
 *
 * QtKeychain sits in the module apm-keychain, loaded on the first operation (KeychainBackend.h): a command that
 * never reads a secret never loads it or the D-Bus libraries under it.
 */
class KeychainSecretStore final : public SecretStore
{
public:
    // `module` is the keychain module's file; empty: where the build or the installation puts it.
    explicit KeychainSecretStore(const Environment& environment, const QString& module = {});

    static constexpr const char* kService = "aws-profile-manager";

    // How the keychain failed, as far as it says: QtKeychain's codes, sorted.
    using Failure = KeychainAnswer::Error;
    // A failure put for people, from its kind and the keychain's own words: no D-Bus session (SSH, WSL), no Secret
    // Service, no default keyring, a locked keyring, KWallet disabled, a missing item. Never holds the secret.
    [[nodiscard]] static SecretResult explain(Failure failure, const QString& detail, const QString& key,
                                              const Environment& environment);

    [[nodiscard]] SecretJob* read(const QString& key) override;
    [[nodiscard]] SecretJob* write(const QString& key, const QString& value) override;
    [[nodiscard]] SecretJob* remove(const QString& key) override;

private:
    Environment m_environment;
    QString m_module;
};

} // namespace apm
