// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLabel>
#include <QMenu>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include "fakes/FakeSecretStore.h"
#include "support/AppWindow.h"
#include "support/TempAws.h"

using apm::test::TempAws;

// The built translations (the .qm files the programs carry) change the window's language: its menus, tabs, a form's
// labels and a finding of the precedence engine (a credentials file others can read). Expected words come from
// translations/*.ts.
class TranslationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("profileTab");
        QTest::addColumn<QString>("precedenceTab");
        QTest::addColumn<QString>("roleArnLabel");
        QTest::addColumn<QString>("finding");
        QTest::newRow("English") << QString() << "&File"
                                 << "Profile"
                                 << "Precedence"
                                 << "Role ARN:"
                                 << "can be read by other users (mode 644). Run chmod 600";
        QTest::newRow("German") << "de"
                                << "&Datei"
                                << "Profil"
                                << "Vorrang"
                                << "Rollen-ARN:"
                                << "kann von anderen Benutzern gelesen werden (Modus 644). Führen Sie chmod 600";
        QTest::newRow("Japanese") << "ja" << QStringLiteral("ファイル(&F)") << QStringLiteral("プロファイル")
                                  << QStringLiteral("優先順位") << QStringLiteral("ロール ARN:")
                                  << QStringLiteral("は他のユーザーから読み取れます（モード 644）。chmod 600");
    }

    void windowSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, profileTab);
        QFETCH(QString, precedenceTab);
        QFETCH(QString, roleArnLabel);
        QFETCH(QString, finding);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(APM_QM_DIR "/aws-profile-manager_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        TempAws aws("[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/Deploy\nsource_profile = dev\n\n"
                    "[profile dev]\nregion = eu-west-1\n",
                    "[dev]\naws_access_key_id = AKIAFAKETRANSLATE01\naws_secret_access_key = fake/Translate/01\n");
        // A credentials file others can read: a finding, whatever the umask the tests run with.
        QVERIFY(QFile::setPermissions(aws.credentialsPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                 | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        apm::test::FakeSecretStore keychain;
        apm::test::AppWindow parts{aws.environment, &keychain};
        parts.window.show();

        QCOMPARE(parts.window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), fileMenu);
        auto* tabs = parts.window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QCOMPARE(tabs->tabText(0), profileTab);
        QCOMPARE(tabs->tabText(1), precedenceTab);

        QVERIFY(apm::test::selectProfile(parts.window, QStringLiteral("deploy")));
        const QList<QLabel*> labels = parts.window.findChildren<QLabel*>();
        QVERIFY2(std::any_of(labels.begin(), labels.end(), [&](QLabel* l) { return l->text() == roleArnLabel; }),
                 qPrintable(roleArnLabel));

        QVERIFY(apm::test::selectProfile(parts.window, QStringLiteral("dev")));
        auto* findings = parts.window.findChild<QLabel*>(QStringLiteral("findingsLabel"));
        QTRY_VERIFY2(findings->text().contains(finding), qPrintable(findings->text()));
    }
};

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
