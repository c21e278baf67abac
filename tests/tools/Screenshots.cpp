// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Takes the README's screenshots: the real main window, with demo profiles (obviously fake keys), shown on the
// display it is given (installer/screenshots.sh runs it under xvfb-run), one PNG per tab, light and dark.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "MainWindow.h"
#include "imds/ImdsPanel.h"
#include "profile/IdentityCheck.h"
#include "settings/AppSettings.h"
#include "support/AppWindow.h"
#include "support/FakeAws.h"
#include "support/FakeImdsServer.h"

using apm::AppSettings;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the real ones
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QTemporaryDir home;
    write(home.path() + "/.aws/config",
          "# Team profiles\n[default]\nregion = ap-northeast-1\noutput = json\n\n"
          "[profile ecr]\nregion = us-west-1\n\n"
          "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = default\n"
          "mfa_serial = arn:aws:iam::123456789012:mfa/alice\n\n"
          "[profile yourrole]\nrole_arn = arn:aws:iam::210987654321:role/Deploy\ncredential_source = "
          "Ec2InstanceMetadata\n\n"
          "[profile sso-dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\nregion = "
          "eu-west-1\n\n"
          "[profile proc]\ncredential_process = /opt/bin/fetch-creds --profile proc\n\n"
          "[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = eu-west-1\n");
    write(home.path() + "/.aws/credentials",
          "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = "
          "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\n"
          "[ecr]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = "
          "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n");
    QFile::setPermissions(home.path() + "/.aws/credentials", QFile::ReadOwner | QFile::WriteOwner);

    apm::Environment env;
    env.set("HOME", home.path());
    // The metadata service is our loopback test server, never the real address.
    apm::test::FakeImdsServer metadata(apm::test::FakeImdsServer::Mode::HealthyV2);
    env.set("AWS_EC2_METADATA_SERVICE_ENDPOINT", metadata.url());
    env.set("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7ENVVAR1"); // the classic surprise: keys in the environment
    env.set("AWS_SECRET_ACCESS_KEY", "fake/env/secret/EXAMPLEKEY");
    env.set("AWS_PROFILE", "ecr");

    // Each theme in its own window, at the size of a common laptop screen; then the light one in German and Japanese.
    const std::pair<AppSettings::Theme, QString> looks[] = {{AppSettings::Theme::Light, QString()},
                                                            {AppSettings::Theme::Dark, QString()},
                                                            {AppSettings::Theme::Light, QStringLiteral("de")},
                                                            {AppSettings::Theme::Light, QStringLiteral("ja")}};
    for (const auto& [theme, language] : looks) {
        AppSettings settings;
        settings.theme = theme;
        settings.language = language;
        settings.applyTo(app);
        const QString suffix = theme == AppSettings::Theme::Dark ? QStringLiteral("-dark")
                               : language.isEmpty()              ? QString()
                                                                 : u'-' + language;
        apm::test::AppWindow windowParts(env);
        apm::MainWindow& window = windowParts.window;
        window.resize(1280, 800);
        window.show();
        auto* list = window.findChild<QTableView*>("profileView");
        list->setCurrentIndex(list->model()->index(1, 0)); // ecr
        auto* tabs = window.findChild<QTabWidget*>("tabs");
        const QStringList names{"profile", "precedence", "files", "imds"};
        // In German and Japanese, the Profile tab only: the README shows it in each language.
        const int shots = language.isEmpty() ? int(names.size()) : 1;
        for (int i = 0; i < tabs->count() && i < shots; ++i) {
            if (names[i] == u"files") {
                // An unsaved edit, so the tab shows what saving would change.
                tabs->setCurrentIndex(0);
                QLineEdit* region = window.findChild<QComboBox*>("field_region")->lineEdit();
                region->selectAll();
                QTest::keyClicks(region, "eu-central-1");
                QTest::keyClick(region, Qt::Key_Return);
            }
            tabs->setCurrentIndex(i);
            if (names[i] == u"imds") {
                auto* panel = window.findChild<apm::ImdsPanel*>("imdsPanel");
                QEventLoop probed;
                QObject::connect(panel, &apm::ImdsPanel::probeFinished, &probed, &QEventLoop::quit);
                panel->probe();
                probed.exec();
            }
            settle(400);
            window.grab().save(out + "/" + names[i] + suffix + ".png");
        }
    }

    // "Test credentials" answered: a profile whose key the loopback STS of the tests knows (tests/support/
    // fake_aws.py checks the signature with botocore), without the environment's keys, which would win.
    {
        AppSettings settings;
        settings.language = QStringLiteral("en");
        settings.applyTo(app);
        apm::test::FakeAws sts;
        write(home.path() + "/.aws/credentials",
              "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = "
              "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\n"
              "[ecr]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = fake/Whoami+Secret/0001\n");
        apm::Environment tested;
        tested.set("HOME", home.path());
        tested.set("AWS_EC2_METADATA_SERVICE_ENDPOINT", metadata.url());
        tested.set("AWS_ENDPOINT_URL_STS", sts.url());
        apm::test::AppWindow windowParts(tested, nullptr, QStringLiteral(APM_BINARY));
        apm::MainWindow& window = windowParts.window;
        window.resize(1280, 800);
        window.show();
        if (!apm::test::selectProfile(window, QStringLiteral("ecr")))
            return 1;
        // The check runs `whoami` in a process of its own.
        QEventLoop checked;
        QObject::connect(window.findChild<apm::IdentityCheck*>(), &apm::IdentityCheck::checkFinished, &checked,
                         &QEventLoop::quit);
        QTest::mouseClick(window.findChild<QPushButton*>("testButton"), Qt::LeftButton);
        checked.exec();
        settle(400);
        window.grab().save(out + "/profile-tested.png");
    }
    return 0;
}
