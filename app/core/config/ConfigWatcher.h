// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "config/ConfigFiles.h"

class QFileSystemWatcher;
class QTimer;

namespace apm {

class ProfileStore;

/**
 * Watches the two files for changes made by other programs (the AWS CLI, an editor, a sync tool) and says which
 * file now differs from what the store loaded. Editors and `aws configure set` replace files rather than write
 * into them, which drops the watch on the old file: the folders are watched too, and the files re-armed after
 * every change. Bursts of events are folded into one check.
 */
class ConfigWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigWatcher)

public:
    explicit ConfigWatcher(ProfileStore* store, QObject* parent = nullptr);

    // The files and folders watched now.
    [[nodiscard]] QStringList watchedPaths() const;

Q_SIGNALS:
    void changedOnDisk(apm::FileKind kind);

private:
    void arm();
    void check();

    QPointer<ProfileStore> m_store;
    QFileSystemWatcher* m_watcher;
    QTimer* m_settle;
};

} // namespace apm
