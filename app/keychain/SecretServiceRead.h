// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QString>

namespace apm {

/**
 * Reads one of QtKeychain's text items straight from the Secret Service (org.freedesktop.secrets). The AWS CLI runs
 * credential-process before every command of a keychain-backed profile; through libsecret a read opens an encrypted
 * session, whose Diffie-Hellman exchange costs more than everything else the command does, in a dozen D-Bus calls.
 * Here it is four calls in a "plain" session.
 *
 * Plain means the secret crosses the session bus without the transport encryption libsecret negotiates. That
 * encryption keeps secrets out of the bus daemon's memory; it does not keep them from the user's own programs, any of
 * which may ask an unlocked keyring the same question. The secret is printed for the AWS CLI right after anyway.
 *
 * Only the plain case is answered: one unlocked item in QtKeychain's text form, on a desktop where QtKeychain itself
 * would use the Secret Service. Anything else (no bus or service, a locked keyring, none or several items, a KDE
 * session, where QtKeychain prefers KWallet, any error) gets no text, for QtKeychain to answer as it does; what was
 * seen on the way is said, for that answer to be worded better. `done` is called once, from the event loop unless
 * the desktop rules the read out.
 */
struct SecretServiceAnswer {
    std::optional<QString> text;
    bool locked = false; // the item is there, in a locked keyring
};
void readFromSecretService(const QString& service, const QString& key,
                           std::function<void(const SecretServiceAnswer&)> done);

} // namespace apm
