// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

#include "MainWindow.h"
#include "fakes/FakePrompts.h"
#include "models/ProfileListModel.h"
#include "profile/IdentityCheck.h"
#include "support/AppWindow.h"
#include "support/FakeAws.h"
#include "support/TempAws.h"

// The Profile tab's "Test credentials" asks STS, as `whoami` does (the fake STS checks the signature with
// botocore), and shows whose credentials they are, or why not, in words.
class IdentityCheckTest : public QObject
{
    Q_OBJECT

    const QString kTest = QStringLiteral("Test the credentials with AWS");
    const QString kCancelTest = QStringLiteral("Cancel the credentials test");

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsWhoseCredentialsTheyAre()
    {
        apm::test::FakeAws sts;
        apm::test::TempAws aws("[profile dev]\nregion = eu-west-1\n[profile broken]\nregion = eu-west-1\n",
                               "[dev]\naws_access_key_id = AKIAFAKEWHOAMI00001\n"
                               "aws_secret_access_key = fake/Whoami+Secret/0001\n"
                               "[broken]\naws_access_key_id = AKIAFAKEWHOAMI00001\n"
                               "aws_secret_access_key = fake-not-the-secret\n");
        aws.environment.set(QStringLiteral("AWS_ENDPOINT_URL_STS"), sts.url());
        apm::test::AppWindow parts(aws.environment, nullptr, QStringLiteral(APM_BINARY));
        apm::MainWindow& window = parts.window;
        window.show();
        auto* button = window.findChild<QPushButton*>(QStringLiteral("testButton"));
        auto* result = window.findChild<QLabel*>(QStringLiteral("identityLabel"));
        QVERIFY(button && result);
        QVERIFY(!button->accessibleName().isEmpty() && !result->accessibleName().isEmpty());

        QVERIFY(apm::test::selectProfile(window, QStringLiteral("dev")));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->accessibleName(), kCancelTest); // one test at a time; it can be cancelled meanwhile
        QTRY_COMPARE_WITH_TIMEOUT(button->accessibleName(), kTest, 30000);
        QVERIFY2(result->text().startsWith(QStringLiteral("These credentials work:")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("arn:aws:iam::123456789012:user/alice")));
        QVERIFY(result->text().contains(QStringLiteral("Account 123456789012")));

        // Another profile: the earlier answer goes, and this one's is its own.
        QVERIFY(apm::test::selectProfile(window, QStringLiteral("broken")));
        QVERIFY(result->isHidden());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(button->accessibleName(), kTest, 30000);
        QVERIFY2(result->text().startsWith(QStringLiteral("The test failed:")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("SignatureDoesNotMatch")));
        QVERIFY(!result->text().contains(QStringLiteral("fake-not-the-secret")));
    }

    // A role with an MFA device: the window asks for the code (the Prompts seam), and the role is assumed with it.
    void asksForTheMfaCodeOfARole()
    {
        apm::test::FakeAws sts;
        apm::test::TempAws aws("[profile dev]\nregion = eu-west-1\n[profile admin]\nrole_arn = "
                               "arn:aws:iam::123456789012:role/Admin\nsource_profile = dev\nexternal_id = "
                               "fake-external-id\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n",
                               "[dev]\naws_access_key_id = AKIAFAKEWHOAMI00001\n"
                               "aws_secret_access_key = fake/Whoami+Secret/0001\n");
        aws.environment.set(QStringLiteral("AWS_ENDPOINT_URL_STS"), sts.url());
        apm::test::AppWindow parts(aws.environment, nullptr, QStringLiteral(APM_BINARY));
        apm::MainWindow& window = parts.window;
        auto prompts = std::make_unique<apm::test::FakePrompts>();
        apm::test::FakePrompts* asked = prompts.get();
        asked->textAnswer = QStringLiteral("123456");
        window.setPrompts(std::move(prompts));
        window.show();
        QVERIFY(apm::test::selectProfile(window, QStringLiteral("admin")));
        auto* button = window.findChild<QPushButton*>(QStringLiteral("testButton"));
        auto* result = window.findChild<QLabel*>(QStringLiteral("identityLabel"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked->asked.size(), 1);
        QVERIFY(asked->asked.first().contains(QStringLiteral("arn:aws:iam::123456789012:mfa/alice")));
        QTRY_COMPARE_WITH_TIMEOUT(button->accessibleName(), kTest, 30000);
        QVERIFY2(result->text().contains(QStringLiteral("assumed-role/Admin/")), qPrintable(result->text()));

        // Cancelling the question cancels the test.
        asked->textAnswer.reset();
        result->clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->accessibleName(), kTest);
        QVERIFY(result->text().isEmpty());
    }

    // STS that never answers: the window stays usable, and "Cancel test" stops the check at once.
    void aCheckThatHangsCanBeCancelled()
    {
        QTcpServer silent; // accepts the connection, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        apm::test::TempAws aws("[profile dev]\nregion = eu-west-1\n",
                               "[dev]\naws_access_key_id = AKIAFAKEWHOAMI00001\n"
                               "aws_secret_access_key = fake/Whoami+Secret/0001\n");
        aws.environment.set(QStringLiteral("AWS_ENDPOINT_URL_STS"),
                            QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        apm::test::AppWindow parts(aws.environment, nullptr, QStringLiteral(APM_BINARY));
        apm::MainWindow& window = parts.window;
        window.show();
        QVERIFY(apm::test::selectProfile(window, QStringLiteral("dev")));
        auto* button = window.findChild<QPushButton*>(QStringLiteral("testButton"));
        auto* rotate = window.findChild<QPushButton*>(QStringLiteral("rotateButton"));
        auto* result = window.findChild<QLabel*>(QStringLiteral("identityLabel"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(silent.waitForNewConnection(30000)); // whoami is waiting for its answer
        QCOMPARE(button->accessibleName(), kCancelTest);
        QVERIFY(!rotate->isEnabled()); // one command at a time
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->accessibleName(), kTest);
        QCOMPARE(result->text(), QStringLiteral("The test was cancelled."));
        QVERIFY(rotate->isEnabled());
        auto* check = window.findChild<apm::IdentityCheck*>();
        QVERIFY(check && !check->isRunning());
    }

    // "Rotate key…" asks first, shows each step, and the window reads the new key once the files have it. The
    // button is there only for profiles with a key of their own.
    void rotatesTheKeyFromTheWindow()
    {
        apm::test::FakeAws server(R"({"new_key_delay": 1})");
        apm::test::TempAws aws("[profile dev]\nregion = eu-west-1\n[profile deploy]\nrole_arn = "
                               "arn:aws:iam::123456789012:role/Deploy\nsource_profile = dev\n",
                               "[dev]\naws_access_key_id = AKIAFAKEWHOAMI00001\n"
                               "aws_secret_access_key = fake/Whoami+Secret/0001\n");
        aws.environment.set(QStringLiteral("AWS_ENDPOINT_URL"), server.url());
        apm::test::AppWindow parts(aws.environment, nullptr, QStringLiteral(APM_BINARY));
        apm::MainWindow& window = parts.window;
        auto prompts = std::make_unique<apm::test::FakePrompts>();
        apm::test::FakePrompts* asked = prompts.get();
        window.setPrompts(std::move(prompts));
        window.show();
        auto* rotate = window.findChild<QPushButton*>(QStringLiteral("rotateButton"));
        auto* result = window.findChild<QLabel*>(QStringLiteral("identityLabel"));
        QVERIFY(rotate && result);

        QVERIFY(apm::test::selectProfile(window, QStringLiteral("deploy")));
        QVERIFY(rotate->isHidden()); // a role has no key of its own
        QVERIFY(apm::test::selectProfile(window, QStringLiteral("dev")));
        QVERIFY(rotate->isVisible());
        QCOMPARE(rotate->accessibleName(), QStringLiteral("Rotate the access key"));

        // Said no to: nothing runs.
        asked->confirmAnswer = false;
        QTest::mouseClick(rotate, Qt::LeftButton);
        QCOMPARE(asked->asked.size(), 1);
        QVERIFY(asked->asked.first().contains(QStringLiteral("Replace the access key of dev")));
        QVERIFY(server.requests().isEmpty());

        asked->confirmAnswer = true;
        QTest::mouseClick(rotate, Qt::LeftButton);
        QCOMPARE(rotate->accessibleName(), QStringLiteral("Cancel the key rotation"));
        // Another profile meanwhile (STS takes a second to accept the key): the rotation's steps stay with dev.
        QVERIFY(apm::test::selectProfile(window, QStringLiteral("deploy")));
        QVERIFY(result->isHidden() && rotate->isHidden());
        QVERIFY(apm::test::selectProfile(window, QStringLiteral("dev")));
        QVERIFY(result->isVisible());
        QCOMPARE(rotate->accessibleName(), QStringLiteral("Cancel the key rotation"));
        QTRY_VERIFY_WITH_TIMEOUT(rotate->accessibleName() == QStringLiteral("Rotate the access key"), 60000);
        QVERIFY2(result->text().startsWith(QStringLiteral("The key of dev was rotated:")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("AKIAFAKEROTATED00001")));
        QVERIFY(!result->text().contains(QStringLiteral("fake/Rotated+Secret")));
        // The window follows the file the command wrote.
        QTRY_COMPARE_WITH_TIMEOUT(
            parts.store.profile(QStringLiteral("dev"))->value(QStringLiteral("aws_access_key_id")),
            std::optional<QString>(QStringLiteral("AKIAFAKEROTATED00001")), 10000);
    }
};

QTEST_MAIN(IdentityCheckTest)
#include "IdentityCheckTest.moc"
