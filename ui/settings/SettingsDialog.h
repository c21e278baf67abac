// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>

#include "settings/AppSettings.h"

namespace Ui {
class SettingsDialog;
}

namespace apm {

// File locations (defaults from the environment), language, and light or dark colours.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `defaults` are the paths the environment gives, shown as placeholders.
    SettingsDialog(const AppSettings& settings, const QString& defaultConfig, const QString& defaultCredentials,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    [[nodiscard]] AppSettings settings() const;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace apm
