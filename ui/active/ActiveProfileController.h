// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QStringList>

#include "config/ActiveProfile.h"

class QComboBox;
class QFileSystemWatcher;
class QSystemTrayIcon;
class QWidget;

namespace apm {

class ProfileStore;
class TrayMenu;

/**
 * The active profile of the user's shells: the state file the shell hooks read, a combo box to switch it, the
 * recently used profiles, and the tray icon with its menu. The state file is followed, so a switch made in a
 * terminal (`aws-profile-manager use`) shows at once.
 */
class ActiveProfileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveProfileController)

public:
    // `window` parents the combo box and gives the tray its icon.
    ActiveProfileController(const ProfileStore* store, const Environment& environment, QWidget* window);
    ~ActiveProfileController() override;

    // The switch, for a toolbar.
    [[nodiscard]] QComboBox* comboBox() const { return m_combo; }
    // Makes `name` the active profile (an empty name clears it) and keeps it among the recent ones.
    void switchTo(const QString& name);
    // Reads the state file again and shows what it says.
    void refresh();

Q_SIGNALS:
    void activeProfileChanged(const QString& name); // after every refresh; empty: none
    void message(const QString& text);
    void openRequested(); // from the tray

private:
    void refreshTray(const QString& active);

    const ProfileStore* m_store;
    ActiveProfile m_active;
    QComboBox* m_combo;
    QStringList m_comboNames;
    QFileSystemWatcher* m_watcher;
    QSystemTrayIcon* m_tray = nullptr;
    std::unique_ptr<TrayMenu> m_trayMenu;
};

} // namespace apm
