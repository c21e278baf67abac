// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <functional>
#include <memory>

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include "CommandLine.h"
#include "MainWindow.h"
#include "config/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"

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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("aws-profile-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APM_VERSION));
    const QStringList arguments = argumentsOf(argc, argv);

    if (apm::cli::isHeadless(arguments)) {
        // The headless path: no GUI application object, no display needed.
        QCoreApplication app(argc, argv);
        installTranslator(app);
        const apm::cli::Outcome outcome = apm::cli::run(arguments, apm::Environment::fromProcess(), kTearDown);
        std::fwrite(outcome.out.constData(), 1, size_t(outcome.out.size()), stdout);
        std::fwrite(outcome.err.constData(), 1, size_t(outcome.err.size()), stderr);
        return outcome.status;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QObject::tr("AWS Profile Manager"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aws-profile-manager.svg")));
    const apm::Environment process = apm::Environment::fromProcess();
    apm::AppSettings::load().applyTo(app);
    // The settings can point the window at other files or another language: a new window then takes the place
    // of the old one, where it was, with stores of its own.
    struct Document {
        std::unique_ptr<apm::ProfileStore> store;
        std::unique_ptr<apm::KeychainSecretStore> secrets;
        std::unique_ptr<apm::MainWindow> window; // last, so that it goes first
    };
    Document shown;
    std::function<void()> open = [&] {
        const apm::Environment environment = apm::AppSettings::load().applyTo(process);
        Document next;
        next.store = std::make_unique<apm::ProfileStore>(environment);
        next.secrets = std::make_unique<apm::KeychainSecretStore>(environment);
        next.window = std::make_unique<apm::MainWindow>(next.store.get(), next.secrets.get(), environment,
                                                        QCoreApplication::applicationFilePath());
        QObject::connect(next.window.get(), &apm::MainWindow::reopenRequested, &app,
                         [&] { QTimer::singleShot(0, &app, open); });
        if (shown.window)
            next.window->setGeometry(shown.window->geometry());
        else
            next.window->restoreLayout();
        next.window->show();
        shown.window.reset(); // before the stores it uses
        shown = std::move(next);
    };
    open();
    return app.exec();
}
