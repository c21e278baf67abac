// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "ini/IniDocument.h"

namespace apm {

/**
 * A part of the config file that one of our commands owns (`sso populate`, `import`): the lines between two
 * marker comments, which the AWS CLI reads as comments. Everything outside the markers is the user's and keeps
 * every byte. The opening marker carries a checksum of the lines between, so a hand edit inside is noticed:
 *
 *     # >>> aws-profile-manager sso-session my-sso [3f2a9c0d1e2b4a5c] >>>
 *     ...
 *     # <<< aws-profile-manager sso-session my-sso <<<
 *
 * `id` names the block ("sso-session my-sso", "import team-x"); a file may hold several blocks of different ids.
 */
struct ManagedBlock {
    int firstLine = 0;   // the opening marker's line (0-based)
    int lastLine = 0;    // the closing marker's line
    qsizetype begin = 0; // the opening marker's first byte
    qsizetype end = 0;   // past the closing marker's line ending
    QByteArray body;     // the lines between the markers, each ending with \n
    bool handEdited = false;

    // The block `id` of a file's text, if it has one; an error (with its line) when its markers do not pair up.
    struct Found;
    [[nodiscard]] static Found find(const QByteArray& text, const QString& id);

    // `text` with the block's lines replaced by `body` (lines ending with \n) between fresh markers, or with a new
    // block appended when `block` is nullopt. The lines written take the file's line ending.
    [[nodiscard]] static QByteArray replace(const QByteArray& text, const std::optional<ManagedBlock>& block,
                                            const QString& id, const QByteArray& body);
};

struct ManagedBlock::Found {
    std::optional<ManagedBlock> block;
    std::optional<IniError> error;
};

} // namespace apm
