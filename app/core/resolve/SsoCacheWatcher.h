// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "base/Environment.h"

class QFileSystemWatcher;
class QTimer;

namespace apm {

/**
 * Notices when `aws sso login` (or its renewal) writes a token to ~/.aws/sso/cache, or one is removed, so that what
 * the window says about SSO sign-ins follows. The folder is watched once it exists, its nearest existing parent
 * until then. Changes that come in a burst are reported once.
 */
class SsoCacheWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoCacheWatcher)

public:
    explicit SsoCacheWatcher(const Environment& environment, QObject* parent = nullptr);

    [[nodiscard]] QStringList watchedPaths() const;

Q_SIGNALS:
    void changed();

private:
    void arm();

    QString m_folder;
    QFileSystemWatcher* m_watcher;
    QTimer* m_settle;
};

} // namespace apm
