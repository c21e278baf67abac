// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window as a user starts it, on an X server (run under xvfb-run): `aws-profile-manager` without arguments
// (which hands over to the window's program) until the window is mapped, with the 20,000-profile files. The map is
// seen by asking the X server for its top-level windows (xwininfo) every few milliseconds: the figure is a wall
// time with that resolution. Prints figures; asserts nothing.
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include "support/LargeFiles.h"

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// True once a window titled after the files ("~/.aws ...") is viewable on the display.
bool windowMapped()
{
    QProcess tree;
    tree.start(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
    tree.waitForFinished(5000);
    for (const QByteArray& line : tree.readAllStandardOutput().split('\n')) {
        if (!line.contains("\"~/.aws"))
            continue;
        const QByteArray id = line.trimmed().split(' ').value(0);
        QProcess window;
        window.start(QStringLiteral("xwininfo"), {QStringLiteral("-id"), QString::fromLatin1(id)});
        window.waitForFinished(5000);
        if (window.readAllStandardOutput().contains("Map State: IsViewable"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::printf("window start: no X display (run it under xvfb-run, as the benchmarks target does)\n");
        return 0;
    }
    const int profiles = 20000;
    const auto [config, credentials] = apm::test::largeProfileFiles(profiles);
    QTemporaryDir home;
    if (!apm::test::writeAwsFiles(home.path(), config, credentials))
        return 1;
    std::vector<double> runs;
    for (int run = 0; run < 5; ++run) {
        QProcess window;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("DISPLAY"), qEnvironmentVariable("DISPLAY"));
        env.insert(QStringLiteral("XAUTHORITY"), qEnvironmentVariable("XAUTHORITY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config")); // no saved layout
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        window.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        window.start(QStringLiteral(APM_BINARY), {});
        while (!windowMapped() && timer.elapsed() < 30000) {
        }
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        window.kill();
        window.waitForFinished();
    }
    std::printf("window mapped (aws-profile-manager started, %d profiles, %.2f MB, Xvfb): median %.0f ms of 5 runs "
                "(seen by polling xwininfo, a few ms each)\n",
                profiles, (config.size() + credentials.size()) / 1e6, median(runs));
    return 0;
}
