// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "MainWindow.h"
#include "support/TempAws.h"

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndFiltersProfiles()
    {
        apm::test::TempAws aws(
            "[default]\nregion = eu-west-1\n[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/A\n"
            "source_profile = default\n",
            "[default]\naws_access_key_id = AKIAFAKE\naws_secret_access_key = fake-secret-value\n");
        apm::MainWindow window(aws.environment);
        window.show();
        auto* list = window.findChild<QTableView*>("profileView");
        auto* filter = window.findChild<QLineEdit*>("filterEdit");
        auto* settings = window.findChild<QTreeWidget*>("settingsTree");
        QVERIFY(list && filter && settings);
        QCOMPARE(list->model()->rowCount(), 2);
        // The first profile is selected, and its secret is masked.
        QCOMPARE(settings->topLevelItemCount(), 3);
        const auto secret = settings->findItems("aws_secret_access_key", Qt::MatchExactly);
        QCOMPARE(secret.size(), 1);
        QCOMPARE(secret.first()->text(1), QStringLiteral("****************alue"));
        QVERIFY(secret.first()->text(2).endsWith("credentials:3"));

        QTest::keyClicks(filter, "1234567");
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("admin"));
        filter->clear();
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(!window.findChild<QLabel*>("problemLabel")->isVisible());
    }

    void showsRefusedFile()
    {
        apm::test::TempAws aws("[default]\nregion = a\noops\n", QByteArray());
        apm::MainWindow window(aws.environment);
        window.show();
        auto* problem = window.findChild<QLabel*>("problemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(aws.configPath() + ":3:"));
        QCOMPARE(apm::test::TempAws::read(aws.configPath()), QByteArray("[default]\nregion = a\noops\n"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
