// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QTest>

#include "models/ProfileFilterModel.h"
#include "models/ProfileListModel.h"
#include "support/TempAws.h"

using apm::ProfileListModel;

class ProfileListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndRoles()
    {
        apm::test::TempAws aws(
            "[default]\nregion = eu-west-1\n[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/A\n"
            "source_profile = default\n",
            "[default]\naws_access_key_id = AKIAFAKE\n");
        apm::ProfileStore store(aws.environment);
        ProfileListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProfileListModel::ColumnCount));
        const QModelIndex admin = model.indexOf("admin");
        QVERIFY(admin.isValid());
        QCOMPARE(model.profileAt(admin)->name, QStringLiteral("admin"));
        QCOMPARE(admin.data(ProfileListModel::KindRole).toInt(), int(apm::ProfileKind::AssumeRole));
        QVERIFY(admin.data(ProfileListModel::SearchTextRole).toString().contains("123456789012"));
        QCOMPARE(model.index(0, ProfileListModel::RegionColumn).data().toString(), QStringLiteral("eu-west-1"));
        QVERIFY(!model.indexOf("missing").isValid());

        QVERIFY(!store.createProfile("third"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!store.deleteProfile("admin"));
        QCOMPARE(model.rowCount(), 2);
    }

    // A value edit keeps the rows (and whatever views had selected) and shows the new value.
    void valueEditsUpdateRowsInPlace()
    {
        apm::test::TempAws aws("[default]\nregion = eu-west-1\n[profile dev]\nregion = a\n", QByteArray());
        apm::ProfileStore store(aws.environment);
        ProfileListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex dev = model.indexOf("dev");
        QVERIFY(!store.setValue("dev", "region", "us-east-2"));
        QVERIFY(dev.isValid());
        QCOMPARE(model.index(dev.row(), ProfileListModel::RegionColumn).data().toString(), QStringLiteral("us-east-2"));
        QVERIFY(dev.data(ProfileListModel::SearchTextRole).toString().contains("us-east-2"));
    }

    void problemsAreFlagged()
    {
        apm::test::TempAws aws("[profile ok]\nregion = eu-west-1\n[profile lost]\nrole_arn = "
                               "arn:aws:iam::123456789012:role/A\nsource_profile = nowhere\n"
                               "[profile both]\nsource_profile = ok\ncredential_source = Environment\n",
                               QByteArray());
        apm::ProfileStore store(aws.environment);
        ProfileListModel model(&store);
        QVERIFY(model.indexOf("ok").data(ProfileListModel::ProblemRole).toString().isEmpty());
        const QModelIndex lost = model.indexOf("lost");
        QVERIFY(lost.data(ProfileListModel::ProblemRole).toString().contains("does not exist"));
        QVERIFY(lost.data(Qt::ToolTipRole).toString().contains("nowhere"));
        QVERIFY(model.indexOf("both").data(ProfileListModel::ProblemRole).toString().contains("contains both"));
    }

    void filterMatchesNameRegionAndAccountIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("empty shows all") << "" << QStringList{"default", "Admin-Prod", "sso"};
        QTest::newRow("name ignores case") << "admin-prod" << QStringList{"Admin-Prod"};
        QTest::newRow("region") << "EU-WEST" << QStringList{"default"};
        QTest::newRow("role account") << "1234567890" << QStringList{"Admin-Prod"};
        QTest::newRow("sso account") << "999988887777" << QStringList{"sso"};
        QTest::newRow("nothing") << "zzz" << QStringList{};
    }

    void filterMatchesNameRegionAndAccountIds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, shown);
        apm::test::TempAws aws("[default]\nregion = eu-west-1\n[profile Admin-Prod]\nrole_arn = "
                               "arn:aws:iam::123456789012:role/A\nsource_profile = default\n"
                               "[profile sso]\nsso_account_id = 999988887777\n",
                               QByteArray());
        apm::ProfileStore store(aws.environment);
        ProfileListModel model(&store);
        apm::ProfileFilterModel filter(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setFilterText(text);
        QStringList names;
        for (int row = 0; row < filter.rowCount(); ++row)
            names.append(filter.index(row, 0).data(ProfileListModel::ProfileNameRole).toString());
        QCOMPARE(names, shown);
        // An edit does not drop the row the user is editing, even when it stops matching.
        if (!shown.isEmpty() && !text.isEmpty()) {
            QVERIFY(!store.setValue(shown.first(), "output", "json"));
            QCOMPARE(filter.rowCount(), shown.size());
        }
    }
};

QTEST_GUILESS_MAIN(ProfileListModelTest)
#include "ProfileListModelTest.moc"
