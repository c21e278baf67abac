// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running the real AWS CLI and our binary side by side, each in a temporary HOME with a scrubbed environment.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace apm::test {

inline const QString kAws = QStringLiteral("/usr/bin/aws");

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

using EnvList = QList<QPair<QString, QString>>;

// Starts a program with only HOME, PATH, LANG and `env` (as env -i would), in `home`.
inline QProcess* start(const QString& program, const QStringList& args, const QString& home, const EnvList& env)
{
    auto* process = new QProcess;
    QProcessEnvironment scrubbed;
    scrubbed.insert(QStringLiteral("HOME"), home);
    scrubbed.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    scrubbed.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const auto& [k, v] : env)
        scrubbed.insert(k, v);
    process->setProcessEnvironment(scrubbed);
    process->setWorkingDirectory(home);
    process->start(program, args);
    return process;
}

inline Run finish(QProcess* process)
{
    Run run;
    if (process->waitForFinished(120000) && process->exitStatus() == QProcess::NormalExit)
        run.status = process->exitCode();
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    delete process;
    return run;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

inline void writeFile(const QString& path, const QByteArray& bytes, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeUser);
}

inline QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace apm::test
