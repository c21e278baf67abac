// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

#include "settings/SettingsDialog.h"
#include "support/Mnemonics.h"
#include "support/WindowFixture.h"

using apm::AppSettings;
using apm::test::Fixture;
using apm::test::TempAws;

class SettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    // Each Alt+letter reaches one control (#17 saw Alt+C on both "Config file" and "Colours").
    void everyAltLetterReachesOneControl()
    {
        apm::SettingsDialog dialog(AppSettings{}, "/default/config", "/default/credentials");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList clashes = apm::test::mnemonicClashes(&dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void dialogReadsAndGivesBackEverySetting()
    {
        AppSettings current;
        current.language = "de";
        current.theme = AppSettings::Theme::Dark;
        apm::SettingsDialog dialog(current, "/default/config", "/default/credentials");
        auto* config = dialog.findChild<QLineEdit*>("configFileEdit");
        QCOMPARE(config->placeholderText(), QStringLiteral("/default/config"));
        QCOMPARE(dialog.findChild<QComboBox*>("languageCombo")->currentText(), QStringLiteral("Deutsch"));
        QTest::keyClicks(config, "/elsewhere/config");
        auto* theme = dialog.findChild<QComboBox*>("themeCombo");
        theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Light)));
        const AppSettings chosen = dialog.settings();
        QCOMPARE(chosen.configFile, QStringLiteral("/elsewhere/config"));
        QVERIFY(chosen.credentialsFile.isEmpty());
        QCOMPARE(chosen.language, QStringLiteral("de"));
        QCOMPARE(chosen.theme, AppSettings::Theme::Light);
    }

    void chosenFilesAreEditedAsIfTheVariablesNamedThem()
    {
        AppSettings s;
        s.configFile = "/team/config";
        s.save();
        apm::Environment env;
        env.set("AWS_CONFIG_FILE", "/from/env");
        env.set("AWS_SHARED_CREDENTIALS_FILE", "/creds/env");
        const apm::Environment applied = AppSettings::load().applyTo(env);
        QCOMPARE(applied.value("AWS_CONFIG_FILE"), std::optional<QString>("/team/config"));
        QCOMPARE(applied.value("AWS_SHARED_CREDENTIALS_FILE"), std::optional<QString>("/creds/env"));
    }

    void changingTheFilesReopensTheWindow()
    {
        Fixture f("[default]\nregion = a\n", QByteArray());
        QSignalSpy reopen(&f.window, &apm::MainWindow::reopenRequested);
        AppSettings chosen;
        chosen.configFile = f.aws.home() + "/other-config";
        f.prompts->settingsAnswer = chosen;
        f.action("actionSettings")->trigger();
        QCOMPARE(reopen.size(), 1);
        QCOMPARE(AppSettings::load().configFile, chosen.configFile);

        // Colours only: applied at once, no new window.
        chosen.theme = AppSettings::Theme::Dark;
        f.prompts->settingsAnswer = chosen;
        f.action("actionSettings")->trigger();
        QCOMPARE(reopen.size(), 1);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        chosen.theme = AppSettings::Theme::System;
        chosen.applyTo(*qApp);
    }

    void unsavedEditsAreAskedAboutBeforeOtherFilesOpen()
    {
        Fixture f("[default]\nregion = a\n", QByteArray());
        f.select("default");
        QLineEdit* region = f.child<QComboBox>("field_region")->lineEdit();
        region->selectAll();
        QTest::keyClicks(region, "b");
        QTest::keyClick(region, Qt::Key_Return);
        QVERIFY(f.window.isWindowModified());
        QSignalSpy reopen(&f.window, &apm::MainWindow::reopenRequested);
        AppSettings chosen;
        chosen.credentialsFile = f.aws.home() + "/other-credentials";
        f.prompts->settingsAnswer = chosen;
        f.prompts->unsavedAnswer = apm::Prompts::Unsaved::Cancel;
        f.action("actionSettings")->trigger();
        QCOMPARE(reopen.size(), 0);
        QVERIFY(AppSettings::load().credentialsFile.isEmpty()); // nothing kept
        f.prompts->unsavedAnswer = apm::Prompts::Unsaved::Save;
        f.action("actionSettings")->trigger();
        QCOMPARE(reopen.size(), 1);
        QCOMPARE(f.config(), QByteArray("[default]\nregion = b\n"));
    }
};

QTEST_MAIN(SettingsTest)
#include "SettingsTest.moc"
