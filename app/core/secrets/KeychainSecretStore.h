// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolve/Environment.h"
#include "secrets/SecretStore.h"

namespace apm {

/**
 * The OS keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager on
 * Windows), service "aws-profile-manager", one item per key. The insecure plaintext fallback stays off. Failures
 * are told apart for people: no D-Bus session (SSH, WSL), no Secret Service running, a locked collection, an
 * item that is not there.
 */
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(const Environment& environment);

    static constexpr const char* kService = "aws-profile-manager";

    [[nodiscard]] SecretJob* read(const QString& key) override;
    [[nodiscard]] SecretJob* write(const QString& key, const QString& value) override;
    [[nodiscard]] SecretJob* remove(const QString& key) override;

private:
    Environment m_environment;
};

} // namespace apm
