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

struct ImportOptions {
    QString source;               // a path or a URL
    std::optional<QString> block; // --block (default: the source's file name)
    bool dryRun = false;
    bool force = false; // replace a block edited by hand
};

/**
 * `import`: a team's profile set (resolve/ProfileSetImport) from a file or a URL into its block of the config
 * file. Refuses, with nothing changed, a set with keys, [DEFAULT] or other sections, one the AWS CLI could not read,
 * a plain http:// URL that is not loopback, and a block edited by hand (unless --force). --dry-run prints the diff.
 */
[[nodiscard]] Outcome importSet(ProfileStore& store, const Environment& environment, const ImportOptions& options);

} // namespace apm::cli
