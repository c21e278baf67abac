// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "base/Environment.h"

class QApplication;

namespace apm {

/**
 * The window's own preferences, kept with QSettings: which files to edit (empty: where the environment says,
 * as the AWS CLI finds them), the language, and light or dark colours.
 */
struct AppSettings {
    enum class Theme { System, Light, Dark };

    QString configFile;      // empty: $AWS_CONFIG_FILE or ~/.aws/config
    QString credentialsFile; // empty: $AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials
    QString language;        // empty: the system's; else "en", "de", "ja"
    Theme theme = Theme::System;

    [[nodiscard]] static AppSettings load();
    void save() const;

    // The environment the window works in: the process's, with the chosen files in place of the variables, as
    // if AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE were set.
    [[nodiscard]] Environment applyTo(Environment environment) const;
    // Installs the translator for the language (replacing one installed before) and the colours.
    void applyTo(QApplication& app) const;

    bool operator==(const AppSettings& other) const;
    bool operator!=(const AppSettings& other) const { return !(*this == other); }
};

} // namespace apm
