// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace apm {
class ProfileStore;
}

namespace apm::cli {

// `credential-process --profile P`: the keychain item as credential_process JSON (what the AWS CLI runs).
[[nodiscard]] Outcome credentialProcess(const Environment& environment);
// `keychain move-in|move-out --profile P`.
[[nodiscard]] Outcome keychain(ProfileStore& store, const Environment& environment, const QString& action);

} // namespace apm::cli
