// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Environment.h"
#include "secrets/SecretStore.h"

namespace apm {

/**
 * The OS keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager on
 * Windows), service "aws-profile-manager", one item per key. The insecure plaintext fallback stays off. Failures
 * are told apart for people (explain()).
 */
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(const Environment& environment);

    static constexpr const char* kService = "aws-profile-manager";

    // How the keychain failed, as far as it says: QtKeychain's codes, sorted.
    enum class Failure { None, NotFound, Denied, NoBackend, Other };
    // A failure put for people, from its kind and the keychain's own words: no D-Bus session (SSH, WSL), no Secret
    // Service, no default keyring, a locked keyring, KWallet disabled, a missing item. Never holds the secret.
    [[nodiscard]] static SecretResult explain(Failure failure, const QString& detail, const QString& key,
                                              const Environment& environment);

    [[nodiscard]] SecretJob* read(const QString& key) override;
    [[nodiscard]] SecretJob* write(const QString& key, const QString& value) override;
    [[nodiscard]] SecretJob* remove(const QString& key) override;

private:
    Environment m_environment;
};

} // namespace apm
