// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace apm {
class ProfileStore;
}

namespace apm::cli {

// `aws configure list-profiles`, `get` and `set`, answer for answer, over a store loaded with `environment`
// (which also carries --profile) whose files read fine (run() checks that with refusedFiles first).
[[nodiscard]] Outcome listProfiles(const ProfileStore& store);
// What every AWS CLI command does first: stop when either file cannot be read (status 255).
[[nodiscard]] std::optional<Outcome> refusedFiles(const ProfileStore& store);
[[nodiscard]] Outcome get(const QString& varname, const ProfileStore& store, const Environment& environment);
[[nodiscard]] Outcome set(const QString& varname, const QString& value, ProfileStore& store,
                          const Environment& environment);

} // namespace apm::cli
