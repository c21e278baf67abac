// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "base/Environment.h"

namespace apm {

/**
 * The profile the user's shells should use, kept in one small file that the shell hooks read at each prompt:
 * $XDG_CONFIG_HOME/aws-profile-manager/active-profile (~/.config/... when XDG_CONFIG_HOME is unset). One line,
 * the profile name. Written atomically, the folder created 0700.
 */
class ActiveProfile final
{
public:
    explicit ActiveProfile(const Environment& environment);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] std::optional<QString> read() const;
    // An error sentence, or nullopt.
    [[nodiscard]] std::optional<QString> write(const QString& profile) const;
    [[nodiscard]] std::optional<QString> clear() const;

private:
    QString m_path;
};

} // namespace apm
