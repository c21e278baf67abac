// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(ProfileListModelTest)
#include "ProfileListModelTest.moc"
