// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "CommandLine.h"

namespace apm {
class ProfileStore;
}

namespace apm::cli {

struct SsoPopulateOptions {
    QString session;                     // --sso-session
    std::optional<QString> nameTemplate; // --name
    std::optional<QString> region;       // --region ("" for none)
    std::optional<QString> caBundle;     // --ca-bundle
    bool dryRun = false;
    bool prune = false;
    bool force = false; // replace a block edited by hand
};

/**
 * `sso populate`: lists the accounts and roles the sso-session's user is assigned to and keeps one profile per
 * pair in the config file's block for that session (resolve/SsoPopulate). Refuses, with nothing changed, when the
 * session has no valid token, the block was edited by hand (unless --force), or the portal fails. --dry-run prints
 * the change as a diff and writes nothing. Counts go to standard output, progress to standard error (a terminal).
 */
[[nodiscard]] Outcome ssoPopulate(ProfileStore& store, const Environment& environment,
                                  const SsoPopulateOptions& options);

} // namespace apm::cli
