// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigWatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include "config/ProfileStore.h"

namespace apm {

ConfigWatcher::ConfigWatcher(ProfileStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(150); // an editor's save is a write, a rename and a chmod: one check after the burst
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, &ConfigWatcher::check);
    arm();
}

void ConfigWatcher::arm()
{
    if (!m_store)
        return;
    QStringList paths;
    for (FileKind kind : {FileKind::Config, FileKind::Credentials}) {
        const QFileInfo file(m_store->files().file(kind).readPath);
        if (file.exists())
            paths.append(file.absoluteFilePath());
        // The folder, or while it does not exist (no ~/.aws yet) the nearest one that does: `aws configure` run
        // in a terminal creates it, and the window follows.
        QString folder = file.absolutePath();
        while (!QFileInfo(folder).isDir() && QFileInfo(folder).absolutePath() != folder)
            folder = QFileInfo(folder).absolutePath();
        if (QFileInfo(folder).isDir() && !paths.contains(folder))
            paths.append(folder);
    }
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    for (const QString& path : paths) {
        if (!watched.contains(path))
            m_watcher->addPath(path);
    }
}

QStringList ConfigWatcher::watchedPaths() const
{
    return m_watcher->files() + m_watcher->directories();
}

void ConfigWatcher::check()
{
    arm(); // a replaced file is a new inode: watch it again
    if (!m_store)
        return;
    for (FileKind kind : {FileKind::Config, FileKind::Credentials}) {
        if (m_store->files().changedOnDisk(kind))
            Q_EMIT changedOnDisk(kind);
    }
}

} // namespace apm
