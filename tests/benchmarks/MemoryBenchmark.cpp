// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Time and memory against the files' size. Scaling: list-profiles and get over 1k to 80k profiles, and the AWS
// CLI's list-profiles beside them. The headless commands on about 100 MB of files: their peak (the kernel's maximum
// resident set, from wait4) against the same command over empty files. The window with one long value: its resident
// set once settled, against the same profile with a short value. The memory budget is three times the files' size
// above that floor (#12). Prints figures; asserts nothing.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include "MainWindow.h"
#include "models/PrecedenceModel.h"
#include "precedence/PrecedencePanel.h"
#include "support/AppWindow.h"
#include "support/LargeFiles.h"

namespace {

// The helper between the benchmark and what it measures. A process forked from the benchmark, which holds the
// generated files, would count the benchmark's pages in its own peak even past exec; one forked from this small
// helper does not. Runs argv with its output thrown away and prints the child's peak resident set in kB and the
// time it took in ms.
int measureChild(char** argv)
{
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return 1;
    std::printf("%ld %.3f\n", usage.ru_maxrss, double(clock.nsecsElapsed()) / 1e6);
    return 0;
}

struct Memory {
    double peak = -1;    // MB, the kernel's maximum resident set
    double settled = -1; // MB, the window's resident set once it settled (the window only)
    double ms = -1;      // how long it ran
};

// Runs `argv` through the helper with HOME set and nothing that reaches the network.
Memory measure(const QByteArray& self, const QStringList& argv, const QString& home, bool window = false)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    QTemporaryDir scratch;
    const QString settledFile = scratch.filePath(QStringLiteral("settled"));
    if (window) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("APM_SETTLED_RSS_FILE"), settledFile);
    }
    QProcess helper;
    helper.setProcessEnvironment(env);
    helper.start(QFile::decodeName(self), QStringList{QStringLiteral("--measure")} + argv);
    if (!helper.waitForFinished(600000) || helper.exitCode() != 0)
        return {};
    Memory memory;
    bool ok = false;
    const QList<QByteArray> figures = helper.readAllStandardOutput().trimmed().split(' ');
    const double kb = figures.value(0).toDouble(&ok);
    memory.peak = ok ? kb / 1024.0 : -1;
    memory.ms = figures.value(1).toDouble();
    QFile settled(settledFile);
    if (window && settled.open(QIODevice::ReadOnly))
        memory.settled = settled.readAll().trimmed().toDouble() / 1024.0;
    return memory;
}

bool writeHome(const QString& home, const QByteArray& config, const QByteArray& credentials)
{
    return apm::test::writeAwsFiles(home, config, credentials);
}

void row(const char* what, double peak, double floor, double filesMb)
{
    if (peak < 0) {
        std::printf("  %-44s failed to run\n", what);
        return;
    }
    const double budget = floor + 3 * filesMb;
    std::printf("  %-44s %7.0f MB peak (%.0f above the floor; budget %.0f MB: %s)\n", what, peak, peak - floor, budget,
                peak <= budget ? "within" : "OVER");
}

void windowRow(const char* what, const Memory& m, const Memory& floor, double filesMb)
{
    if (m.peak < 0 || m.settled < 0) {
        std::printf("  %-44s failed to run\n", what);
        return;
    }
    // A ratio, not a verdict: the resident set moves by a tenth of a megabyte from run to run.
    std::printf("  %-44s %7.1f MB settled, %.1f above the floor: %.2fx the file (budget 3x); %.1f MB peak\n", what,
                m.settled, m.settled - floor.settled, (m.settled - floor.settled) / filesMb, m.peak);
}

// The resident set of this process now, in kB (VmRSS), or -1.
long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// The child: the window over HOME, until its list is painted and the precedence table has every answer; then
// its resident set goes to APM_SETTLED_RSS_FILE.
int settleWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    apm::test::AppWindow windowParts(apm::Environment::fromProcess());
    apm::MainWindow& window = windowParts.window;
    auto* list = window.findChild<QTableView*>(QStringLiteral("profileView"));
    auto* panel = window.findChild<apm::PrecedencePanel*>(QStringLiteral("precedencePanel"));
    struct PaintWatch final : QObject {
        bool painted = false;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            painted = painted || event->type() == QEvent::Paint;
            return QObject::eventFilter(watched, event);
        }
    } watch;
    list->viewport()->installEventFilter(&watch);
    window.show();
    while (!watch.painted || !panel->model()->pending().isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QFile settled(qEnvironmentVariable("APM_SETTLED_RSS_FILE"));
    if (settled.open(QIODevice::WriteOnly))
        settled.write(QByteArray::number(qlonglong(residentKb())));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--measure") == 0)
        return measureChild(argv + 2);
    if (argc == 2 && qstrcmp(argv[1], "--window") == 0)
        return settleWindow(argc, argv);

    const QString binary = QStringLiteral(APM_BINARY);
    const QByteArray self = argv[0];
    const QString selfPath = QFile::decodeName(self);
    QTemporaryDir empty;
    QTemporaryDir big;
    QTemporaryDir oneMb;
    QTemporaryDir tenMb;
    if (!writeHome(empty.path(), {}, {}))
        return 1;

    // How time and memory grow with the files, against the AWS CLI.
    std::printf("scaling (config + credentials generated for N profiles; ours: median of 5 runs, the AWS CLI: one):\n");
    std::printf("  %8s %8s | %16s %8s | %16s %8s | %19s %8s\n", "profiles", "files", "list-profiles ms", "peak MB",
                "get region ms", "peak MB", "aws list-profiles ms", "peak MB");
    for (const int n : {1000, 5000, 20000, 80000}) {
        QTemporaryDir home;
        const auto [c, k] = apm::test::largeProfileFiles(n);
        if (!writeHome(home.path(), c, k))
            return 1;
        const QString last = QStringLiteral("role-%1").arg((n - 2) / 4 * 4 + 1); // the generator's last role-N
        auto medianOf = [&](const QStringList& args) {
            std::vector<Memory> runs;
            for (int i = 0; i < 5; ++i)
                runs.push_back(measure(self, args, home.path()));
            std::sort(runs.begin(), runs.end(), [](const Memory& a, const Memory& b) { return a.ms < b.ms; });
            return runs[runs.size() / 2];
        };
        const Memory list = medianOf({binary, QStringLiteral("list-profiles")});
        const Memory get =
            medianOf({binary, QStringLiteral("get"), QStringLiteral("region"), QStringLiteral("--profile"), last});
        const Memory aws =
            QFile::exists(QStringLiteral("/usr/bin/aws")) ? measure(
                self, {QStringLiteral("/usr/bin/aws"), QStringLiteral("configure"), QStringLiteral("list-profiles")},
                home.path())
                                                          : Memory{};
        std::printf("  %8d %6.1f MB | %16.1f %8.0f | %16.1f %8.0f | %19.0f %8.0f\n", n,
                    double(c.size() + k.size()) / 1e6, list.ms, list.peak, get.ms, get.peak, aws.ms, aws.peak);
    }

    // About 100 MB: the generator writes some 130 bytes a profile.
    const int profiles = 760000;
    const auto [config, credentials] = apm::test::largeProfileFiles(profiles);
    if (!writeHome(big.path(), config, credentials))
        return 1;
    const double bigMb = double(config.size() + credentials.size()) / (1024.0 * 1024.0);
    std::printf("headless commands, %d profiles (%.0f MB of files):\n", profiles, bigMb);
    const double headlessFloor = measure(self, {binary, QStringLiteral("list-profiles")}, empty.path()).peak;
    std::printf("  %-44s %7.0f MB peak\n", "floor: list-profiles over empty files", headlessFloor);
    auto peak = [&](const QStringList& args, const QString& home) {
        return measure(self, args, home).peak;
    };
    row("list-profiles", peak({binary, QStringLiteral("list-profiles")}, big.path()), headlessFloor, bigMb);
    row("get region --profile role-759997",
        peak({binary, QStringLiteral("get"), QStringLiteral("region"), QStringLiteral("--profile"),
              QStringLiteral("role-759997")},
             big.path()),
        headlessFloor, bigMb);
    row("set region eu-north-1 --profile role-759997",
        peak({binary, QStringLiteral("set"), QStringLiteral("region"), QStringLiteral("eu-north-1"),
              QStringLiteral("--profile"), QStringLiteral("role-759997")},
             big.path()),
        headlessFloor, bigMb);
    if (QFile::exists(QStringLiteral("/usr/bin/aws"))) {
        std::printf("  %-44s %7.0f MB peak\n", "/usr/bin/aws configure list-profiles",
                    peak({QStringLiteral("/usr/bin/aws"), QStringLiteral("configure"), QStringLiteral("list-profiles")},
                         big.path()));
    }

    std::printf("the window (offscreen, until its list is painted and the precedence table answered):\n");
    // The floor has the same profile with a short value: what grows above it is the value's cost alone.
    QTemporaryDir shortValue;
    if (!writeHome(shortValue.path(), "[default]\nregion = x\noutput = json\n", {}))
        return 1;
    const Memory windowFloor = measure(self, {selfPath, QStringLiteral("--window")}, shortValue.path(), true);
    std::printf("  %-44s %7.1f MB settled, %.1f MB peak\n", "floor: the same profile, a short value",
                windowFloor.settled, windowFloor.peak);
    for (const auto& [dir, size] : {std::pair{&oneMb, 1}, std::pair{&tenMb, 10}}) {
        const QByteArray value(size * 1024 * 1024, 'x');
        if (!writeHome(dir->path(), "[default]\nregion = " + value + "\noutput = json\n", {}))
            return 1;
        const QByteArray what = "one region value of " + QByteArray::number(size) + " MB";
        windowRow(what.constData(), measure(self, {selfPath, QStringLiteral("--window")}, dir->path(), true),
                  windowFloor, size);
    }
    return 0;
}
