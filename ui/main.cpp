// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>
#include <memory>

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include "MainWindow.h"
#include "config/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"

// The window, started by `aws-profile-manager` without arguments. `--command-line-binary PATH` names that program,
// which the keychain's credential_process lines run; without it, the one beside this program is taken.

namespace {

QString commandLineBinary(const QStringList& arguments)
{
    const qsizetype flag = arguments.indexOf(QStringLiteral("--command-line-binary"));
    if (flag > 0 && flag + 1 < arguments.size())
        return arguments[flag + 1];
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/aws-profile-manager");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QFileInfo(QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(APM_BINDIR_FROM_WINDOW)
                     + QStringLiteral("/aws-profile-manager"))
        .absoluteFilePath();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("aws-profile-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APM_VERSION));
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.awsprofilemanager.AwsProfileManager"));
    const QString helper = commandLineBinary(QCoreApplication::arguments());
    apm::AppSettings::load().applyTo(app); // the translator first: the display name below is translated
    QApplication::setApplicationDisplayName(QObject::tr("AWS Profile Manager"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aws-profile-manager.svg")));
    const apm::Environment process = apm::Environment::fromProcess();
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
        next.window = std::make_unique<apm::MainWindow>(next.store.get(), next.secrets.get(), environment, helper);
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
