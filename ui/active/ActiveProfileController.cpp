// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActiveProfileController.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

#include "DeliberateComboBox.h"
#include "TrayMenu.h"
#include "config/ProfileStore.h"

namespace apm {

namespace {

QString recentKey()
{
    return QStringLiteral("recentProfiles");
}

constexpr int kRecentKept = 10;

} // namespace

ActiveProfileController::ActiveProfileController(const ProfileStore* store, const Environment& environment,
                                                 QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_active(environment)
    , m_combo(new DeliberateComboBox(window))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_combo->setObjectName(QStringLiteral("activeProfileCombo"));
    m_combo->setAccessibleName(tr("Active profile of your shells"));
    m_combo->setMinimumContentsLength(16);
    // Sized by that length, not by measuring thousands of names on the first show.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        switchTo(index > 0 ? m_combo->itemText(index) : QString()); // 0 is "(none)"
    });
    const QString stateFolder = QFileInfo(m_active.path()).absolutePath();
    QDir().mkpath(stateFolder);
    m_watcher->addPath(stateFolder);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ActiveProfileController::refresh);
    connect(m_store, &ProfileStore::profilesChanged, this, &ActiveProfileController::refresh);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_trayMenu = std::make_unique<TrayMenu>(m_store);
        m_tray->setContextMenu(m_trayMenu.get());
        connect(m_trayMenu.get(), &TrayMenu::switchRequested, this, &ActiveProfileController::switchTo);
        connect(m_trayMenu.get(), &TrayMenu::openRequested, this, &ActiveProfileController::openRequested);
        m_tray->show();
    }
}

ActiveProfileController::~ActiveProfileController() = default;

void ActiveProfileController::switchTo(const QString& name)
{
    if (const auto error = name.isEmpty() ? m_active.clear() : m_active.write(name))
        return Q_EMIT message(*error);
    if (!name.isEmpty()) {
        // Most recent first, for the tray menu.
        QSettings settings;
        QStringList recent = settings.value(recentKey()).toStringList();
        recent.removeAll(name);
        recent.prepend(name);
        settings.setValue(recentKey(), recent.mid(0, kRecentKept));
    }
    Q_EMIT message(name.isEmpty() ? tr("No active profile: shells that load the hook unset AWS_PROFILE at their next "
                                       "prompt.")
                                  : tr("Shells that load the hook use %1 from their next prompt.").arg(name));
    refresh();
}

void ActiveProfileController::refresh()
{
    const QString active = m_active.read().value_or(QString());
    {
        const QSignalBlocker blocker(m_combo);
        // Thousands of names: refilled only when the profiles themselves change, not on every edit of a value.
        const QStringList& names = m_store->profileNames();
        if (m_combo->count() != names.size() + 1 || m_comboNames != names) {
            m_comboNames = names;
            m_combo->clear();
            m_combo->addItems(QStringList{tr("(none)")} + m_comboNames); // in one step
        }
        const int index = active.isEmpty() ? -1 : int(m_comboNames.indexOf(active));
        m_combo->setCurrentIndex(index + 1);
    }
    refreshTray(active);
    Q_EMIT activeProfileChanged(active);
}

void ActiveProfileController::refreshTray(const QString& active)
{
    if (!m_tray)
        return;
    m_trayMenu->refresh(active, QSettings().value(recentKey()).toStringList());
    m_tray->setToolTip(active.isEmpty() ? tr("AWS Profile Manager: no active profile")
                                        : tr("AWS Profile Manager: %1").arg(active));
}

} // namespace apm
