// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "MainWindow.h"
#include "support/AppWindow.h"
#include "support/TempAws.h"

using apm::test::TempAws;

class WelcomePaneTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstRunCreatesTheDefaultProfileAsAwsConfigureDoes()
    {
        TempAws aws{QByteArray(), QByteArray()}; // no files at all
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* welcome = window.findChild<QWidget*>("welcomePane");
        QVERIFY(welcome && welcome->isVisible());
        QVERIFY(!window.findChild<QSplitter*>("splitter")->isVisible());
        auto* where = welcome->findChild<QLabel*>("whereLabel");
        QVERIFY(where->text().contains(aws.credentialsPath()) && where->text().contains(aws.configPath()));
        auto* create = welcome->findChild<QPushButton*>("createButton");
        auto* problem = welcome->findChild<QLabel*>("problemLabel");

        QTest::keyClicks(welcome->findChild<QLineEdit*>("accessKeyEdit"), "akia-not-a-key");
        QVERIFY(!create->isEnabled());
        QVERIFY(problem->text().contains("16 to 128"));
        welcome->findChild<QLineEdit*>("accessKeyEdit")->clear();
        QTest::keyClicks(welcome->findChild<QLineEdit*>("accessKeyEdit"), "AKIAFAKEFAKEFAKE0001");
        QVERIFY(!create->isEnabled()); // the secret is missing
        QTest::keyClicks(welcome->findChild<QLineEdit*>("secretKeyEdit"), "fake-secret-value-0001");
        auto* region = welcome->findChild<QComboBox*>("regionCombo");
        QVERIFY(region->findText("eu-central-2") >= 0); // the real regions are offered
        region->setCurrentText("eu-west-1");
        welcome->findChild<QComboBox*>("outputCombo")->setCurrentText("json");
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);

        // Written at once, as `aws configure` writes, with the same bytes.
        QCOMPARE(TempAws::read(aws.credentialsPath()),
                 QByteArray("[default]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\n"
                            "aws_secret_access_key = fake-secret-value-0001\n"));
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[default]\nregion = eu-west-1\noutput = json\n"));
        QCOMPARE(QFile::permissions(aws.credentialsPath()) & 0x0077, QFileDevice::Permissions()); // owner only
        QTRY_VERIFY(!window.findChild<QWidget*>("welcomePane"));
        QVERIFY(window.findChild<QSplitter*>("splitter")->isVisible());
        auto* list = window.findChild<QTableView*>("profileView");
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("default"));
        QVERIFY(!window.isWindowModified());
    }

    // Keyboard only: the first field has the focus, Tab walks the fields in order, Enter creates the profile.
    void keyboardOnlyFirstRun()
    {
        TempAws aws{QByteArray(), QByteArray()};
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* welcome = window.findChild<QWidget*>("welcomePane");
        QVERIFY(welcome);
        auto* accessKey = welcome->findChild<QLineEdit*>("accessKeyEdit");
        QTRY_COMPARE(QApplication::focusWidget(), accessKey);
        QTest::keyClicks(QApplication::focusWidget(), "AKIAFAKEFAKEFAKE0001");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), welcome->findChild<QLineEdit*>("secretKeyEdit"));
        QTest::keyClicks(QApplication::focusWidget(), "fake-secret-value-0001");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* region = welcome->findChild<QComboBox*>("regionCombo");
        QVERIFY(QApplication::focusWidget() == region || QApplication::focusWidget() == region->lineEdit());
        QTest::keyClicks(QApplication::focusWidget(), "eu-west-1");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), welcome->findChild<QComboBox*>("outputCombo"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(TempAws::read(aws.credentialsPath()),
                 QByteArray("[default]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\n"
                            "aws_secret_access_key = fake-secret-value-0001\n"));
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[default]\nregion = eu-west-1\n"));
        QTRY_VERIFY(!window.findChild<QWidget*>("welcomePane"));
    }

    // Enter in a text field does it too, and does nothing while a field is wrong.
    void enterInAFieldCreatesOnlyWhenValid()
    {
        TempAws aws{QByteArray(), QByteArray()};
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* welcome = window.findChild<QWidget*>("welcomePane");
        auto* accessKey = welcome->findChild<QLineEdit*>("accessKeyEdit");
        QTest::keyClicks(accessKey, "AKIAFAKEFAKEFAKE0001");
        QTest::keyClick(accessKey, Qt::Key_Return); // the secret is missing
        QVERIFY(!QFile::exists(aws.credentialsPath()));
        auto* secret = welcome->findChild<QLineEdit*>("secretKeyEdit");
        QTest::keyClicks(secret, "fake-secret-value-0001");
        QTest::keyClick(secret, Qt::Key_Return);
        QVERIFY(QFile::exists(aws.credentialsPath()));
    }

    void noWelcomeWhenAFileExists()
    {
        TempAws aws{QByteArray("# nothing yet\n"), QByteArray()};
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        QVERIFY(!window.findChild<QWidget*>("welcomePane"));
    }
};

QTEST_MAIN(WelcomePaneTest)
#include "WelcomePaneTest.moc"
