// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

#include "config/ProfileStore.h"
#include "fakes/FakePrompts.h"
#include "fakes/FakeSecretStore.h"
#include "organisation/ImportSetDialog.h"
#include "organisation/SsoPopulateDialog.h"
#include "support/AppWindow.h"
#include "support/FakeSsoPortal.h"
#include "support/TempAws.h"

using apm::test::FakeSsoPortal;
using apm::test::TempAws;

namespace {

constexpr char kConfig[] = "[default]\nregion = us-east-1\n\n"
                           "[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\n"
                           "sso_region = eu-west-1\n";

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

} // namespace

// The window's way to `sso populate` and `import`: preview, progress, Stop, Apply as an unsaved edit.
class OrganisationDialogsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // From the Profile menu: list the organisation, see the diff, apply; the profiles are an unsaved edit, and
    // Save writes them.
    void populatesFromTheMenu()
    {
        FakeSsoPortal portal(apm::test::organisation(40), {{"page_size", 7}});
        TempAws aws(kConfig, {});
        apm::test::writeSsoToken(aws.home(), QStringLiteral("corp"), 3600);
        aws.environment.set(QStringLiteral("AWS_ENDPOINT_URL_SSO"), portal.url());
        apm::test::FakeSecretStore keychain;
        apm::test::AppWindow parts{aws.environment, &keychain};
        parts.window.show();

        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<apm::SsoPopulateDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closeOnFailure = qScopeGuard([&] {
                if (!driven)
                    dialog->reject(); // a failed check must not leave the dialog waiting
            });
            QCOMPARE(child<QComboBox>(dialog, "sessionCombo")->currentText(), QStringLiteral("corp"));
            QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(u"Signed in"));
            auto* apply = child<QPushButton>(dialog, "applyButton");
            QVERIFY(!apply->isEnabled());
            child<QLineEdit>(dialog, "regionEdit")->setText(QStringLiteral("eu-central-1"));
            QTest::mouseClick(child<QPushButton>(dialog, "listButton"), Qt::LeftButton);
            QTRY_VERIFY(apply->isEnabled());
            QVERIFY(child<QLabel>(dialog, "statusLabel")->text().startsWith(u"40 accounts"));
            const QString diff = child<QPlainTextEdit>(dialog, "previewText")->toPlainText();
            QVERIFY(diff.contains(u"\n+[profile Team-0039.Admin]\n+sso_session = corp\n"));
            QVERIFY(diff.contains(u"\n+region = eu-central-1\n"));
            QTest::mouseClick(apply, Qt::LeftButton);
            driven = true;
        });
        parts.window.findChild<QAction*>(QStringLiteral("actionPopulateSso"))->trigger();
        QVERIFY(driven);
        apm::ProfileStore& store = parts.store;
        QVERIFY(store.isModified());
        QVERIFY(store.profile(QStringLiteral("Team-0039.Admin")));
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray(kConfig)); // not written before Save
        QCOMPARE(store.save(), std::nullopt);
        QVERIFY(TempAws::read(aws.configPath()).startsWith(kConfig));
        QVERIFY(TempAws::read(aws.configPath()).contains("[profile Team-0039.Admin]\nsso_session = corp\n"));

        // Opened again, the dialog shows what the profiles were written with; an emptied region is no region.
        apm::test::FakePrompts prompts;
        apm::SsoPopulateDialog again(store, prompts);
        auto* region = child<QLineEdit>(&again, "regionEdit");
        QCOMPARE(region->text(), QStringLiteral("eu-central-1"));
        QCOMPARE(child<QLineEdit>(&again, "nameEdit")->text(), QStringLiteral("{account_name}.{role_name}"));
        region->clear();
        QTest::mouseClick(child<QPushButton>(&again, "listButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(&again, "applyButton")->isEnabled());
        QVERIFY(child<QPlainTextEdit>(&again, "previewText")->toPlainText().contains(u"\n-region = eu-central-1\n"));
    }

    // Stop ends the listing at once: nothing changes.
    void stopsWhenAsked()
    {
        FakeSsoPortal portal(apm::test::organisation(300), {{"page_size", 5}, {"delay", 0.05}});
        TempAws aws(kConfig, {});
        apm::test::writeSsoToken(aws.home(), QStringLiteral("corp"), 3600);
        aws.environment.set(QStringLiteral("AWS_ENDPOINT_URL_SSO"), portal.url());
        apm::ProfileStore store(aws.environment);
        apm::test::FakePrompts prompts;
        apm::SsoPopulateDialog dialog(store, prompts);
        dialog.show();
        auto* list = child<QPushButton>(&dialog, "listButton");
        QTest::mouseClick(list, Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(u"so far"));
        QVERIFY(child<QProgressBar>(&dialog, "progressBar")->isVisible());
        QCOMPARE(list->text(), QStringLiteral("&Stop"));
        QTest::mouseClick(list, Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&dialog, "statusLabel")->text(), QStringLiteral("Stopped. Nothing changed."));
        QVERIFY(!child<QProgressBar>(&dialog, "progressBar")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "applyButton")->isEnabled());
        QVERIFY(!store.isModified());
    }

    // Without a sign-in, the dialog says what to run and does not offer to list.
    void saysToSignInFirst()
    {
        TempAws aws(kConfig, {});
        apm::ProfileStore store(aws.environment);
        apm::test::FakePrompts prompts;
        apm::SsoPopulateDialog dialog(store, prompts);
        QVERIFY(!child<QPushButton>(&dialog, "listButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(u"aws sso login --sso-session corp"));
    }

    // A set from a file: the preview says what is left out; Apply makes it an edit; a hand-edited block is only
    // replaced when the user says so.
    void importsASet()
    {
        TempAws aws("[default]\nregion = us-east-1\n", {});
        const QString set = aws.home() + QStringLiteral("/team.ini");
        TempAws::write(set, "[profile platform-dev]\nsso_session = platform\n\n[default]\nregion = eu-west-1\n");
        apm::ProfileStore store(aws.environment);
        apm::test::FakePrompts prompts;
        {
            apm::ImportSetDialog dialog(store, prompts);
            dialog.show();
            QTest::keyClicks(child<QLineEdit>(&dialog, "sourceEdit"), set);
            QCOMPARE(child<QLineEdit>(&dialog, "blockEdit")->placeholderText(), QStringLiteral("team"));
            QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
            QVERIFY(child<QLabel>(&dialog, "statusLabel")
                        ->text()
                        .contains(u"Left out, since you have your own: profile default"));
            QVERIFY(
                child<QPlainTextEdit>(&dialog, "previewText")->toPlainText().contains(u"\n+[profile platform-dev]\n"));
            QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(store.profile(QStringLiteral("platform-dev")));
        QCOMPARE(store.profile(QStringLiteral("default"))->value(QStringLiteral("region")),
                 QStringLiteral("us-east-1"));
        QCOMPARE(store.save(), std::nullopt);

        QByteArray edited = TempAws::read(aws.configPath());
        edited.replace("sso_session = platform\n", "sso_session = platform\noutput = json\n");
        TempAws::write(aws.configPath(), edited);
        store.reload();
        prompts.confirmAnswer = false;
        apm::ImportSetDialog dialog(store, prompts);
        QTest::keyClicks(child<QLineEdit>(&dialog, "sourceEdit"), set);
        QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
        QCOMPARE(prompts.asked.size(), 1);
        QVERIFY(prompts.asked.front().contains(u"edited by hand"));
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(u"edited by hand"));
        QVERIFY(!child<QPushButton>(&dialog, "applyButton")->isEnabled());
        QVERIFY(!store.isModified());
    }
};

QTEST_MAIN(OrganisationDialogsTest)
#include "OrganisationDialogsTest.moc"
