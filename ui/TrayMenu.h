// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

class QLineEdit;

namespace apm {

class ProfileStore;

// The tray icon's menu: the profiles to switch to, recent first, the active one checked. With more than a
// screenful of profiles, a filter field at the top narrows the list as you type.
class TrayMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayMenu)

public:
    static constexpr int kShown = 20;

    explicit TrayMenu(const ProfileStore* store, QWidget* parent = nullptr);

    // Rebuilds the entries: `recent` names first (most recent first), then the others in file order.
    void refresh(const QString& active, const QStringList& recent);

Q_SIGNALS:
    void switchRequested(const QString& profile); // empty: no active profile
    void openRequested();

private:
    void fill();

    QPointer<const ProfileStore> m_store;
    QString m_active;
    QStringList m_recent;
    QLineEdit* m_filter = nullptr;
    QList<QAction*> m_entries;
};

} // namespace apm
