// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace apm {
class ProfileStore;
}

namespace apm::cli {

enum class UseAction { Switch, Show, Clear };

// `use P`, `use --show`, `use --clear`: the active profile for the user's shells.
// With `userEnvironment` (Windows), AWS_PROFILE is also set in (or removed from) the user's environment.
[[nodiscard]] Outcome use(const ProfileStore& store, const Environment& environment, UseAction action,
                          bool userEnvironment, const QString& profile);
// `shell-init bash|zsh|fish|pwsh`: the hook for the user's rc file.
[[nodiscard]] Outcome shellInit(const Environment& environment, const QString& shell);

} // namespace apm::cli
