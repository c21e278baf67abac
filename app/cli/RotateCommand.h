// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "CommandLine.h"

namespace apm {
class ProfileStore;
}

namespace apm::cli {

struct RotateOptions {
    std::optional<QString> caBundle; // --ca-bundle
    int waitSeconds = 30;            // --wait: how long STS may take to accept the new key
};

/**
 * `rotate`: replaces the profile's access key with a new one, as aws-vault's rotate does.
 *
 * 1. IAM ListAccessKeys: a user may have two keys; with two already, nothing is created.
 * 2. IAM CreateAccessKey, signed with the current key.
 * 3. STS GetCallerIdentity with the new key until STS accepts it (IAM is eventually consistent).
 * 4. The new key replaces the old one where it lived: the credentials or config file (every profile of those
 *    files that holds the same key, one atomic save) or the profile's keychain item.
 * 5. IAM DeleteAccessKey for the old key, signed with the new one.
 * A failure after 2 and before 5 deletes the new key again and leaves the files as they were; SIGINT and
 * SIGTERM do the same. Whatever happens, the last lines say which keys the account has and which one the files use.
 * Progress goes to standard error as it happens.
 */
[[nodiscard]] Outcome rotate(ProfileStore& store, const Environment& environment, const RotateOptions& options);

} // namespace apm::cli
