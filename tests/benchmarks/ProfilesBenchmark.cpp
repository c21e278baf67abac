// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints what "fast" means for the files of people with thousands of profiles (see DESIGN.md, scale targets):
// parse + model time and heap for a 20,000-profile pair, save time, and `list-profiles` against the AWS CLI.
#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "config/ProfileStore.h"
#include "support/LargeFiles.h"

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

double runMs(const QString& program, const QStringList& args, const QString& home)
{
    QProcess p;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    p.waitForFinished(120000);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int profiles = 20000;
    const auto [config, credentials] = apm::test::largeProfileFiles(profiles);
    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral(".aws"));
    for (const auto& [name, bytes] : {std::pair{"/.aws/config", config}, std::pair{"/.aws/credentials", credentials}}) {
        QFile f(home.path() + QLatin1String(name));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(bytes);
    }
    apm::Environment env;
    env.set(QStringLiteral("HOME"), home.path());
    std::printf("files: %d profiles, config %.2f MB, credentials %.2f MB\n", profiles, config.size() / 1e6,
                credentials.size() / 1e6);

    std::vector<double> loads;
    size_t heap = 0;
    for (int i = 0; i < 5; ++i) {
        const size_t before = heapInUse();
        QElapsedTimer timer;
        timer.start();
        apm::ProfileStore store(env);
        loads.push_back(double(timer.nsecsElapsed()) / 1e6);
        heap = heapInUse() - before;
        if (int(store.profileNames().size()) != profiles)
            return 2;
    }
    std::printf("parse + model (load both files, merge, %d profiles): median %.1f ms, heap %.1f MB (%.1fx the files)\n",
                profiles, median(loads), heap / 1e6, double(heap) / double(config.size() + credentials.size()));

    {
        apm::ProfileStore store(env);
        std::vector<double> edits;
        std::vector<double> saves;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            (void)store.setValue(QStringLiteral("role-9997"), QStringLiteral("region"), QStringLiteral("r%1").arg(i));
            edits.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            (void)store.save();
            saves.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("edit one value near the end (with re-read): median %.1f ms; save: median %.1f ms\n", median(edits),
                    median(saves));
    }

    std::vector<double> ours;
    for (int i = 0; i < 11; ++i)
        ours.push_back(runMs(QStringLiteral(APM_BINARY), {QStringLiteral("list-profiles")}, home.path()));
    std::printf("aws-profile-manager list-profiles: median %.1f ms (11 runs)\n", median(ours));
    if (QFile::exists(QStringLiteral("/usr/bin/aws"))) {
        std::vector<double> theirs;
        for (int i = 0; i < 3; ++i) {
            theirs.push_back(runMs(QStringLiteral("/usr/bin/aws"),
                                   {QStringLiteral("configure"), QStringLiteral("list-profiles")}, home.path()));
        }
        std::printf("/usr/bin/aws configure list-profiles: median %.1f ms (3 runs)\n", median(theirs));
        std::printf("ratio: %.1fx faster than the AWS CLI\n", median(theirs) / median(ours));
    } else {
        std::printf("/usr/bin/aws not installed: no ratio\n");
    }
    return 0;
}
