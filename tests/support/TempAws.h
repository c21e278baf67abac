// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "base/Environment.h"

namespace apm::test {

// A throwaway HOME with ~/.aws/config and ~/.aws/credentials, and the Environment that points at it.
class TempAws
{
public:
    TempAws(const QByteArray& config, const QByteArray& credentials)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral(".aws"));
        if (!config.isNull())
            write(configPath(), config);
        if (!credentials.isNull())
            write(credentialsPath(), credentials);
        environment.set(QStringLiteral("HOME"), m_dir.path());
        // Tests never reach the real metadata address: a test that wants IMDS points it at a loopback server.
        environment.set(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    }

    QString home() const { return m_dir.path(); }
    QString configPath() const { return m_dir.path() + QStringLiteral("/.aws/config"); }
    QString credentialsPath() const { return m_dir.path() + QStringLiteral("/.aws/credentials"); }

    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(bytes);
    }
    // The file's inode: a save that replaces the file (atomically) changes it; a run that writes nothing does not.
    static quint64 inodeOf(const QString& path)
    {
        struct stat info {
        };
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    Environment environment;

private:
    QTemporaryDir m_dir;
};

} // namespace apm::test
