// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoCacheWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace apm {

SsoCacheWatcher::SsoCacheWatcher(const Environment& environment, QObject* parent)
    : QObject(parent)
    , m_folder(QDir::cleanPath(environment.expandUser(QStringLiteral("~/.aws/sso/cache"))))
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(200); // the CLI writes a token and its client registration one after the other
    connect(m_settle, &QTimer::timeout, this, [this] {
        arm();
        Q_EMIT changed();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    arm();
}

QStringList SsoCacheWatcher::watchedPaths() const
{
    return m_watcher->directories();
}

void SsoCacheWatcher::arm()
{
    // The cache folder itself, or the nearest parent that exists (it is created by the first sign-in).
    QString path = m_folder;
    while (!QFileInfo(path).isDir() && QFileInfo(path).path() != path)
        path = QFileInfo(path).path();
    const QStringList watched = m_watcher->directories();
    if (watched == QStringList{path})
        return;
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_watcher->addPath(path);
}

} // namespace apm
