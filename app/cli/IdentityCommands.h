// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>

#include "CommandLine.h"

namespace apm {
class ProfileStore;
}

namespace apm::cli {

// `whoami [--json]`: who the credentials the AWS CLI would use belong to, asked of STS (GetCallerIdentity) at the
// endpoint the CLI would use. `caBundle` is --ca-bundle when given.
[[nodiscard]] Outcome whoami(const ProfileStore& store, const Environment& environment, bool json,
                             const std::optional<QString>& caBundle, const QDateTime& now);

} // namespace apm::cli
