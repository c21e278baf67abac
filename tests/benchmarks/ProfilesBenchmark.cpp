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
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "config/ProfileStore.h"
#include "resolve/Resolver.h"
#include "secrets/KeychainSecretStore.h"
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
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true")); // never reach for IMDS here
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
    if (!apm::test::writeAwsFiles(home.path(), config, credentials))
        return 1;
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
        std::printf("edit one value near the end (its section re-read, its profile rebuilt): median %.1f ms; save: "
                    "median %.1f ms\n",
                    median(edits), median(saves));
    }

    {
        // The resolver's static part (files + environment; no process, no network), for one profile and for all.
        apm::ProfileStore store(env);
        apm::Environment what = env;
        what.set(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::vector<double> one;
        for (int i = 0; i < 101; ++i) {
            what.profileOption = QStringLiteral("keys-%1").arg(4 * i + 2);
            QElapsedTimer timer;
            timer.start();
            const apm::Resolution r = apm::Resolver(store, what, now).resolve();
            one.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!r.credentials.credentials)
                return 3;
        }
        QElapsedTimer timer;
        timer.start();
        int resolved = 0;
        for (const QString& name : store.profileNames()) {
            if (name.startsWith(u"proc-"))
                continue; // would run a process per profile
            what.profileOption = name;
            resolved += apm::Resolver(store, what, now).resolve().fields.isEmpty() ? 0 : 1;
        }
        std::printf("resolver, one profile (static part): median %.3f ms; all %d profiles but the process ones: "
                    "%.0f ms\n",
                    median(one), resolved, double(timer.nsecsElapsed()) / 1e6);
    }

    std::vector<double> ours;
    for (int i = 0; i < 11; ++i)
        ours.push_back(runMs(QStringLiteral(APM_BINARY), {QStringLiteral("list-profiles")}, home.path()));
    std::printf("aws-profile-manager list-profiles: median %.1f ms (11 runs)\n", median(ours));
    std::vector<double> oursList;
    for (int i = 0; i < 11; ++i)
        oursList.push_back(runMs(QStringLiteral(APM_BINARY),
                                 {QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("keys-9998")},
                                 home.path()));
    std::printf("aws-profile-manager list --profile keys-9998: median %.1f ms (11 runs)\n", median(oursList));
    if (QFile::exists(QStringLiteral("/usr/bin/aws"))) {
        std::vector<double> theirs;
        for (int i = 0; i < 3; ++i) {
            theirs.push_back(runMs(QStringLiteral("/usr/bin/aws"),
                                   {QStringLiteral("configure"), QStringLiteral("list-profiles")}, home.path()));
        }
        std::printf("/usr/bin/aws configure list-profiles: median %.1f ms (3 runs)\n", median(theirs));
        std::printf("list-profiles ratio: %.1fx faster than the AWS CLI\n", median(theirs) / median(ours));
        std::vector<double> theirsList;
        for (int i = 0; i < 3; ++i) {
            theirsList.push_back(runMs(QStringLiteral("/usr/bin/aws"),
                                       {QStringLiteral("configure"), QStringLiteral("list"),
                                        QStringLiteral("--profile"), QStringLiteral("keys-9998")},
                                       home.path()));
        }
        std::printf("/usr/bin/aws configure list --profile keys-9998: median %.1f ms (3 runs)\n", median(theirsList));
        std::printf("list ratio: %.1fx faster than the AWS CLI\n", median(theirsList) / median(oursList));
    } else {
        std::printf("/usr/bin/aws not installed: no ratio\n");
    }
    // The start-up floor: the program, its libraries and Qt Core, with nothing read.
    std::vector<double> versions;
    for (int i = 0; i < 31; ++i)
        versions.push_back(runMs(QStringLiteral(APM_BINARY), {QStringLiteral("--version")}, home.path()));
    std::printf("--version: median %.1f ms over 31 runs\n", median(versions));
    // credential-process: the AWS CLI runs it for every command of a keychain-backed profile.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        std::printf("credential-process: no D-Bus session (run the benchmarks target, which starts one)\n");
        return 0;
    }
    apm::KeychainSecretStore keychain(apm::Environment::fromProcess(), QStringLiteral(APM_KEYCHAIN_MODULE));
    auto waitFor = [](apm::SecretJob* job) {
        QEventLoop loop;
        apm::SecretResult result;
        QObject::connect(job, &apm::SecretJob::finished, &loop, [&](const apm::SecretResult& r) {
            result = r;
            loop.quit();
        });
        job->start();
        loop.exec();
        return result;
    };
    const QString item = QStringLiteral("apm-benchmark");
    if (waitFor(keychain.write(item, QStringLiteral("{\"Version\":1,\"AccessKeyId\":\"AKIAFAKEBENCH001\","
                                                    "\"SecretAccessKey\":\"fake\"}")))
            .status
        != apm::SecretResult::Status::Ok) {
        std::printf("credential-process: could not write a keychain item\n");
        return 0;
    }
    std::vector<double> latencies;
    for (int i = 0; i < 31; ++i) {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(APM_BINARY), {QStringLiteral("credential-process"), QStringLiteral("--profile"), item});
        p.waitForFinished(10000);
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    (void)waitFor(keychain.remove(item));
    std::printf("credential-process (Secret Service): median %.1f ms over 31 runs\n", median(latencies));
    return 0;
}
