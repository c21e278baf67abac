// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running the real AWS CLI and our binary side by side, each in a temporary HOME with a scrubbed environment.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

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

// Waits with the event loop running, so that servers living in the test (a metadata service) keep answering.
inline Run finish(QProcess* process)
{
    Run run;
    if (process->state() != QProcess::NotRunning) {
        QSignalSpy done(process, &QProcess::finished);
        done.wait(120000);
    }
    if (process->state() == QProcess::NotRunning && process->exitStatus() == QProcess::NormalExit)
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

// The data rows of a generated suite: scenario 0..count-1, or with APM_CONFORMANCE_SHARD=K/N only those of shard K
// (ctest runs the shards side by side).
inline void addScenarioRows(int count)
{
    QTest::addColumn<int>("index");
    const QByteArray spec = qgetenv("APM_CONFORMANCE_SHARD");
    const int shard = spec.isEmpty() ? 0 : spec.split('/').value(0).toInt();
    const int shards = spec.isEmpty() ? 1 : std::max(1, spec.split('/').value(1).toInt());
    for (int i = 0; i < count; ++i) {
        if (i % shards == shard)
            QTest::newRow(qPrintable(QStringLiteral("scenario %1").arg(i))) << i;
    }
}

// `aws configure ARGS` in one HOME and `aws-profile-manager ARGS` in the other, run at the same time.
struct SideBySide {
    Run aws;
    Run ours;
};

inline SideBySide runBoth(const QString& ours, const QStringList& args, const QString& awsHome, const EnvList& awsEnv,
                          const QString& ourHome, const EnvList& ourEnv)
{
    QProcess* theirs = start(kAws, QStringList{QStringLiteral("configure")} + args, awsHome, awsEnv);
    QProcess* mine = start(ours, args, ourHome, ourEnv);
    SideBySide result;
    result.aws = finish(theirs);
    result.ours = finish(mine);
    return result;
}

// Empty when exit status and stdout agree; otherwise the whole story: command, scenario, both outputs.
inline QString mismatch(const SideBySide& r, const QStringList& args, const QString& scenario)
{
    if (r.aws.status == r.ours.status && r.aws.out == r.ours.out && r.aws.status >= 0)
        return {};
    return QStringLiteral(
               "command: %1\nstatus: ours %2, aws %3\n%4\nour stdout:\n%5\naws stdout:\n%6\nour stderr:\n%7\n"
               "aws stderr:\n%8")
        .arg(args.join(u' '))
        .arg(r.ours.status)
        .arg(r.aws.status)
        .arg(scenario, QString::fromUtf8(r.ours.out), QString::fromUtf8(r.aws.out), QString::fromUtf8(r.ours.err),
             QString::fromUtf8(r.aws.err));
}

} // namespace apm::test
