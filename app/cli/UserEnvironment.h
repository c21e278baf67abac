// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

namespace apm::cli {

// Windows only: sets AWS_PROFILE in the user's environment (HKCU\Environment), or removes it for nullopt, and tells
// running programs so that the ones started afterwards (Explorer, new terminals, IDEs) see it. Programs already
// running keep what they had. Elsewhere it does nothing and says so. The error sentence, or nullopt.
[[nodiscard]] std::optional<QString> setUserEnvironmentProfile(const std::optional<QString>& profile);

} // namespace apm::cli
