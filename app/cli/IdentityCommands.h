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

struct WhoamiOptions {
    bool json = false;
    std::optional<QString> caBundle; // --ca-bundle
    std::optional<QString> mfaCode;  // --mfa-code, for a role with mfa_serial (else asked on a terminal)
};

// `whoami [--json] [--mfa-code CODE]`: who the credentials the AWS CLI would use belong to, asked of STS
// (GetCallerIdentity) at the endpoint the CLI would use. A role not in the CLI's cache is assumed (STS
// AssumeRole with source_profile or credential_source, role_session_name, external_id, duration_seconds,
// mfa_serial) and its answer cached where the CLI looks for it.
[[nodiscard]] Outcome whoami(const ProfileStore& store, const Environment& environment, const WhoamiOptions& options,
                             const QDateTime& now);

} // namespace apm::cli
