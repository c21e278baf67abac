// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "base/Environment.h"
#include "base/Http.h"

namespace apm {

class ProfileStore;

/**
 * `import`: a team's profile set (an INI file of [profile ...], [sso-session ...] and [services ...] sections, no
 * secrets) kept in a block of the config file named after the set (config/ManagedBlock, id "import NAME"). The
 * next import of the same set replaces the block's contents. A profile or sso-session the user defined outside the
 * block keeps theirs: the set's section of that name is left out, and the user is told.
 */
namespace profileset {

// The block name a source gets when none is given: its file name without the extension ("team" for
// https://example.com/sets/team.ini).
[[nodiscard]] QString blockNameFor(const QString& source);
// Why a block name cannot be used (empty, or with characters a marker line cannot hold), or nullopt.
[[nodiscard]] std::optional<QString> checkBlockName(const QString& name);
// A URL we fetch from: https://, or http:// to a loopback address only. Nullopt for a local path.
struct Source {
    std::optional<QUrl> url;
    std::optional<QString> error;
};
[[nodiscard]] Source classify(const QString& source);

struct Request {
    QString block;                  // the set's name
    QString source;                 // where it came from, for messages and the block's first lines
    QByteArray bytes;               // the set
    bool replaceHandEdited = false; // the user said yes to replacing a block edited by hand
};

// Why the block cannot be rewritten as things stand (markers that do not pair up, a hand edit not confirmed).
[[nodiscard]] std::optional<QString> checkBlock(const ProfileStore& store, const QString& block,
                                                bool* handEdited = nullptr);

struct Plan {
    std::optional<QString> error; // nothing is to be written, and why
    bool handEdited = false;
    QByteArray text; // the config file's new text
    bool changed = false;
    QStringList imported; // "profile NAME", "sso-session NAME", "services NAME": in the block now
    QStringList dropped;  // in the block before, not in the set any more
    QStringList clashes;  // sentences: left out, the user has their own
};
[[nodiscard]] Plan plan(ProfileStore& store, const Request& request);

/**
 * Fetches a set from a URL (through the proxy the environment names), at most 10 MB, following redirects only to
 * https. start(), then finished() once.
 */
class Download final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Download)

public:
    Download(QUrl url, const Environment& environment, QObject* parent = nullptr);
    void start();
    void cancel();

Q_SIGNALS:
    // The bytes, or why there are none.
    void finished(const QByteArray& bytes, const QString& error);

private:
    QUrl m_url;
    Environment m_environment;
    HttpCall* m_call = nullptr;
};

} // namespace profileset

} // namespace apm
