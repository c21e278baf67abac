// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace apm::cli {

// `aws configure list-profiles`, `get` and `set`, answer for answer. The environment carries --profile.
[[nodiscard]] Outcome listProfiles(const Environment& environment);
[[nodiscard]] Outcome get(const QString& varname, const Environment& environment);
[[nodiscard]] Outcome set(const QString& varname, const QString& value, const Environment& environment);

} // namespace apm::cli
