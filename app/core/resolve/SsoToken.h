// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

#include "base/Credentials.h"
#include "base/Environment.h"

namespace apm {

class ProfileStore;

/**
 * The token `aws sso login` left for an sso-session (the file is named after the session's name) or for a legacy
 * profile (named after its start URL): ~/.aws/sso/cache/<sha1>.json, read as the CLI reads it.
 */
struct SsoToken {
    enum class State {
        Missing,     // no file (or one that cannot be read): not signed in
        Malformed,   // not a JSON object
        Incomplete,  // no accessToken or expiresAt
        Valid,       // not expired
        Expired,     // expired, and nothing to refresh it with
        Refreshable, // expired or about to, but the CLI refreshes it through sso-oidc (an sso-session only)
    };
    State state = State::Missing;
    QString cachedAs; // the sso-session's name, or the start URL
    QString path;
    std::optional<Timestamp> expiresAt;
    bool fromSession = false;

    // The token for a session (by name) or a legacy start URL.
    [[nodiscard]] static SsoToken read(const Environment& environment, const std::optional<QString>& sessionName,
                                       const QString& startUrl, const QDateTime& now);
    // The token an SSO profile uses (its sso_session, or its own sso_start_url); nullopt for other profiles.
    [[nodiscard]] static std::optional<SsoToken> forProfile(const ProfileStore& store, const Environment& environment,
                                                            const QString& profile, const QDateTime& now);
};

} // namespace apm
