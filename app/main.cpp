// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

#include "CommandLine.h"

// The command line: the headless commands, for scripts, shells and the AWS CLI's credential_process. It needs
// neither Qt Gui nor Qt Widgets; without arguments it hands over to the window, a program of its own
// (aws-profile-manager-window), so that commands never load what only the window uses.

namespace {

#ifdef APM_SANITIZED
// Under LeakSanitizer the headless path frees what it loaded, so that a real leak is not hidden behind the
// deliberate skip of teardown that a normal build makes for speed.
constexpr auto kTearDown = apm::cli::TearDown::Free;
#else
constexpr auto kTearDown = apm::cli::TearDown::LeaveToProcessExit;
#endif

void installTranslator(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("aws-profile-manager"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// Replaces this process with the window, which is told where this program is (for the credential_process lines
// it writes). Returns only when that failed.
int openWindow(char* argv0)
{
    const QString here = QCoreApplication::applicationDirPath();
    // Beside this program in a build tree; in the libexec folder once installed.
    QStringList candidates{here + QStringLiteral("/aws-profile-manager-window"),
                           here + u'/' + QStringLiteral(APM_WINDOW_FROM_BINDIR)};
    for (const QString& candidate : candidates) {
        if (!QFileInfo(candidate).isExecutable())
            continue;
        const QByteArray window = QFile::encodeName(candidate);
        const QByteArray self = QFile::encodeName(QCoreApplication::applicationFilePath());
        char flag[] = "--command-line-binary";
        char* windowArguments[] = {argv0, flag, const_cast<char*>(self.constData()), nullptr};
        ::execv(window.constData(), windowArguments);
        std::fprintf(stderr, "aws-profile-manager: cannot start the window %s: %s\n", window.constData(),
                     std::strerror(errno));
        return 1;
    }
    std::fprintf(stderr,
                 "aws-profile-manager: the window is not installed (looked for %s); the commands work without it: "
                 "aws-profile-manager --help\n",
                 qPrintable(candidates.join(QStringLiteral(" and "))));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("aws-profile-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APM_VERSION));
    QCoreApplication app(argc, argv);
    const QStringList arguments = argumentsOf(argc, argv);
    if (!apm::cli::isHeadless(arguments))
        return openWindow(argv[0]);

    installTranslator(app);
    const apm::cli::Outcome outcome = apm::cli::run(arguments, apm::Environment::fromProcess(), kTearDown);
    std::fwrite(outcome.out.constData(), 1, size_t(outcome.out.size()), stdout);
    std::fwrite(outcome.err.constData(), 1, size_t(outcome.err.size()), stderr);
    return outcome.status;
}
