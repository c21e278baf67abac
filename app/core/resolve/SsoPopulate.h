// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "aws/SsoPortal.h"

namespace apm {

class ProfileStore;

/**
 * `sso populate`: one [profile ...] per account and role an IAM Identity Center user is assigned to, kept in a
 * block of the config file that the command owns (config/ManagedBlock, id "sso-session NAME").
 *
 * Each profile has sso_session, sso_account_id, sso_role_name and, when one is chosen, region; its name comes from
 * a template over {account_name}, {account_id}, {role_name} and {sso_session}, made safe for a section header. The
 * block remembers the template and region it was written with, so a plain re-run writes the same names. A name
 * that a profile outside the block already has is left to that profile (reported, not written); a name two
 * assignments share gets each one's account id appended. Profiles of the block whose assignment has gone stay
 * unless `prune` is set.
 */
namespace ssopopulate {

inline constexpr auto kDefaultTemplate = "{account_name}.{role_name}";

struct Request {
    QString session;
    std::optional<QString> nameTemplate; // nullopt: what the block remembers, else the default
    std::optional<QString> region;       // nullopt: what the block remembers; empty: none
    bool prune = false;
    bool replaceHandEdited = false; // the user said yes to replacing a block edited by hand
};

// What a run can start from, read before anything is asked of the network: the session's settings, the token
// `aws sso login` cached for it, and the portal's endpoint. `error` says why it cannot start (nothing changes).
struct Start {
    std::optional<QString> error;
    SsoPortalListing::Settings portal;
    QString ssoRegion;
    QString endpointOrigin;
};
[[nodiscard]] Start prepare(const ProfileStore& store, const Environment& environment, const QString& session,
                            const std::optional<QString>& caBundle, const QDateTime& now);

// What the block of `session` was written with: what a plain re-run uses (nullopt where the block says nothing).
struct Remembered {
    std::optional<QString> nameTemplate;
    std::optional<QString> region;
};
[[nodiscard]] Remembered remembered(const ProfileStore& store, const QString& session);

// Why a name template cannot be used (an unknown {field}, or none of them), or nullopt.
[[nodiscard]] std::optional<QString> checkTemplate(const QString& nameTemplate);

// Why the block of `request.session` cannot be rewritten as things stand (markers that do not pair up, a hand
// edit not confirmed), or nullopt: worth knowing before the organisation is listed. `handEdited` is set when the
// block was edited by hand.
[[nodiscard]] std::optional<QString> checkBlock(const ProfileStore& store, const Request& request,
                                                bool* handEdited = nullptr);

// What the config file becomes.
struct Plan {
    std::optional<QString> error; // nothing is to be written, and why
    bool handEdited = false;      // the block was edited by hand since we wrote it (error is set unless allowed)
    QByteArray text;              // the config file's new text (its old text when nothing changes)
    bool changed = false;
    int assignments = 0; // account and role pairs in the organisation
    QStringList added;   // profile names
    QStringList updated; // written before, written differently now
    QStringList removed; // gone from the organisation, pruned
    QStringList kept;    // gone from the organisation, kept (no prune)
    QStringList skipped; // sentences: a name taken outside the block
    QStringList renamed; // sentences: a name two assignments share
    QStringList moved;   // "old → new": written before under another name (the template changed); in `removed` too
};
[[nodiscard]] Plan plan(ProfileStore& store, const SsoListing& listing, const Request& request);

} // namespace ssopopulate

} // namespace apm
