// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "imds/ImdsClient.h"

namespace apm {
class ProfileStore;
}

namespace apm::cli {

// Runs one probe to the end (the headless commands have no other work to do meanwhile).
[[nodiscard]] ImdsResult probeMetadata(const ImdsSettings& settings, ImdsProbe::Scope scope = ImdsProbe::Scope::Both);
// Asks the container credentials endpoint and waits for the answer.
[[nodiscard]] CredentialOutcome fetchContainerCredentials(const Environment& environment, const QDateTime& now);
// The settings for the profile the environment selects.
[[nodiscard]] ImdsSettings metadataSettings(const ProfileStore& store, const Environment& environment);
// `aws-profile-manager imds [--json]`: the trace and the diagnosis.
[[nodiscard]] Outcome imds(const ProfileStore& store, const Environment& environment, bool json);

} // namespace apm::cli
