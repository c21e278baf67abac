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

    // In either theme, an enabled toolbar icon stands out from the window and a disabled one is dimmer (#17: in
    // dark mode the enabled Undo was dim and disabled icons bright); a disabled field does not look editable.
    void iconsAndDisabledFieldsFollowTheTheme()
    {
        Fixture f("[default]\nregion = a\n", QByteArray());
        const QIcon undo = f.action("actionUndo")->icon();
        // The average grey of the icon's drawn pixels.
        auto grey = [](const QIcon& icon, QIcon::Mode mode) {
            const QImage image = icon.pixmap(QSize(32, 32), mode).toImage();
            qint64 sum = 0;
            qint64 count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb pixel = image.pixel(x, y);
                    if (qAlpha(pixel) > 128) {
                        sum += qGray(pixel);
                        ++count;
                    }
                }
            }
            return count ? int(sum / count) : -1;
        };
        for (const auto theme : {AppSettings::Theme::Dark, AppSettings::Theme::Light}) {
            AppSettings chosen;
            chosen.theme = theme;
            chosen.applyTo(*qApp);
            const QPalette palette = QApplication::palette();
            const int window = qGray(palette.color(QPalette::Window).rgb());
            const int enabled = grey(undo, QIcon::Normal);
            const int disabled = grey(undo, QIcon::Disabled);
            const QString figures =
                QStringLiteral("window %1, enabled %2, disabled %3").arg(window).arg(enabled).arg(disabled);
            QVERIFY2(enabled >= 0 && disabled >= 0, qPrintable(figures));
            QVERIFY2(std::abs(enabled - window) > 100, qPrintable(figures)); // it stands out
            QVERIFY2(std::abs(enabled - window) > std::abs(disabled - window) + 30, qPrintable(figures)); // dimmer
            QVERIFY(palette.color(QPalette::Disabled, QPalette::Base)
                    != palette.color(QPalette::Active, QPalette::Base));
        }
        AppSettings system;
        system.applyTo(*qApp);
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
