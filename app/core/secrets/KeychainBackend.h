// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>

namespace apm {

// The keychain's answer to one operation, in QtKeychain's terms (KeychainSecretStore words it for people).
struct KeychainAnswer {
    enum class Error { None, NotFound, Denied, NoBackend, Other };
    Error error = Error::Other;
    QString detail; // the keychain's own words
    QString text;   // what a read found
};

/**
 * The OS keychain as the module apm-keychain offers it. Only that module links QtKeychain (and with it Qt D-Bus,
 * libsecret's and glib's kin), so the commands that never touch the keychain never load them: KeychainSecretStore
 * loads the module on its first operation. The interface is this header alone; nothing of the core crosses it.
 */
class KeychainBackend
{
public:
    enum class Operation { Read, Write, Remove };
    using Done = std::function<void(const KeychainAnswer&)>;

    // Starts one operation on the item `key` of `service`; `done` is called once, from the event loop.
    virtual void start(Operation operation, const QString& service, const QString& key, const QString& value,
                       Done done) = 0;

protected:
    ~KeychainBackend() = default;
};

// The module's one entry point, looked up by this name.
using KeychainBackendEntry = KeychainBackend* (*)();
inline constexpr const char* kKeychainBackendEntry = "apm_keychain_backend";

} // namespace apm
