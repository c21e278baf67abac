// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include "CommandLine.h"
#include "base/Credentials.h"
#include "resolve/CredentialChain.h"

namespace apm {
class ProfileStore;
}

namespace apm::cli {

// `aws configure list`: the classic four rows (profile, access_key, secret_key, region) in the 2.9 layout.
// `emptyProfileOption`: `--profile ''` was given, which selects nothing but still shows as the --profile row.
[[nodiscard]] Outcome list(const ProfileStore& store, const Environment& environment, const QDateTime& now,
                           bool emptyProfileOption = false);
// The credentials the AWS CLI would use, through its whole chain: processes run with `processEnvironment`, the
// container endpoint and IMDS asked when the chain gets that far, roles assumed by `assumer` when one is given.
[[nodiscard]] CredentialOutcome resolveCredentials(const ProfileStore& store, const Environment& environment,
                                                   const Environment& processEnvironment, const QDateTime& now,
                                                   const CredentialChain::RoleAssumer& assumer = {});
// `aws configure export-credentials --format FORMAT`.
[[nodiscard]] Outcome exportCredentials(const ProfileStore& store, const Environment& environment,
                                        const QString& format, const QDateTime& now);
// The whole precedence table, as text or as the JSON documented in the README.
[[nodiscard]] Outcome explain(const ProfileStore& store, const Environment& environment, bool json,
                              const QDateTime& now);

} // namespace apm::cli
