// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "config/ProfileStore.h"
#include "models/ProfileSettingsModel.h"
#include "support/TempAws.h"

using apm::FileKind;
using apm::ProfileSettingsModel;
using apm::ProfileStore;
using apm::test::TempAws;

class ProfileSettingsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsOfBothFiles()
    {
        TempAws aws("[DEFAULT]\ncli_pager = less\n[profile dev]\nregion = eu-west-1\ns3 =\n  a = 1\n  b = 2\n",
                    "[dev]\naws_secret_access_key = FAKEsecretFAKEsecret9876\n");
        ProfileStore store(aws.environment);
        ProfileSettingsModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile("dev");
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex sub = model.indexOf("s3.b");
        QVERIFY(sub.isValid());
        QCOMPARE(sub.siblingAtColumn(ProfileSettingsModel::ValueColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(sub.siblingAtColumn(ProfileSettingsModel::LineColumn).data().toInt(), 7); // "  b = 2", not "s3 ="
        QCOMPARE(model.indexOf("s3.a").siblingAtColumn(ProfileSettingsModel::LineColumn).data().toInt(), 6);
        const QModelIndex secret = model.indexOf("aws_secret_access_key").siblingAtColumn(1);
        QCOMPARE(secret.data().toString(), QStringLiteral("****************9876"));
        QCOMPARE(secret.data(Qt::EditRole).toString(), QStringLiteral("FAKEsecretFAKEsecret9876"));
        QCOMPARE(secret.data(ProfileSettingsModel::FileKindRole).toInt(), int(FileKind::Credentials));
        model.setSecretsRevealed(true);
        QCOMPARE(secret.data().toString(), QStringLiteral("FAKEsecretFAKEsecret9876"));
        QVERIFY(model.indexOf("cli_pager").data(ProfileSettingsModel::IsInheritedRole).toBool());
    }

    // A key both files set: the credentials file's value is used, and the config file's is shown as unused (#17:
    // the table said "every key of the profile in both files" and left it out). It is not edited from here.
    void aKeyInBothFilesShowsBothRows()
    {
        TempAws aws("[profile dev]\nregion = eu-west-1\noutput = json\n", "[dev]\nregion = us-east-2\n");
        ProfileStore store(aws.environment);
        ProfileSettingsModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile("dev");
        QCOMPARE(model.rowCount(), 3);
        QList<QPair<QString, bool>> regions;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex key = model.index(row, ProfileSettingsModel::KeyColumn);
            if (key.data().toString() != QStringLiteral("region"))
                continue;
            const QModelIndex value = key.siblingAtColumn(ProfileSettingsModel::ValueColumn);
            regions.append({value.data().toString(), key.data(ProfileSettingsModel::IsOverriddenRole).toBool()});
            const bool unused = key.data(ProfileSettingsModel::IsOverriddenRole).toBool();
            QCOMPARE(bool(value.flags() & Qt::ItemIsEditable), !unused);
            QCOMPARE(key.data(ProfileSettingsModel::FileKindRole).toInt(),
                     int(unused ? FileKind::Config : FileKind::Credentials));
            if (unused) {
                QVERIFY(!model.setData(value, QStringLiteral("ap-south-1")));
                QVERIFY(model.removeSetting(row).has_value());
                QVERIFY(value.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not used")));
                QCOMPARE(key.siblingAtColumn(ProfileSettingsModel::LineColumn).data().toInt(), 2);
            }
        }
        QCOMPARE(regions, (QList<QPair<QString, bool>>{{"us-east-2", false}, {"eu-west-1", true}}));
        QVERIFY(!store.isModified());
    }

    void editsGoToTheStore()
    {
        const QByteArray credentials = "[dev]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\n";
        TempAws aws("[DEFAULT]\ncli_pager = less\n\n[profile dev]\nregion = eu-west-1\ns3 =\n  a = 1\n  b = 2\n",
                    credentials);
        ProfileStore store(aws.environment);
        ProfileSettingsModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile("dev");
        QSignalSpy edits(&store, &ProfileStore::edited);
        QSignalSpy failures(&model, &ProfileSettingsModel::editFailed);

        QVERIFY(model.setData(model.indexOf("region").siblingAtColumn(1), "us-east-2"));
        QVERIFY(model.setData(model.indexOf("s3.a").siblingAtColumn(1), "10"));
        // An inherited key gets a value of the profile's own; [DEFAULT] stays.
        QVERIFY(model.setData(model.indexOf("cli_pager").siblingAtColumn(1), "less"));
        QVERIFY(!model.addSetting("s3.addressing_style", "path"));
        QVERIFY(!model.addSetting("endpoint_url", "http://localhost:4566"));
        QVERIFY(!model.removeSetting(model.indexOf("s3.b").row()));
        QVERIFY(model.removeSetting(model.indexOf("cli_pager").row() + 100).has_value());
        QVERIFY(!model.setData(model.indexOf("region").siblingAtColumn(1), "bad\nvalue"));
        QCOMPARE(failures.size(), 1);
        QCOMPARE(edits.size(), 6);
        QVERIFY(!store.save());
        QCOMPARE(TempAws::read(aws.configPath()),
                 QByteArray("[DEFAULT]\ncli_pager = less\n\n[profile dev]\nregion = us-east-2\ns3 =\n  a = 10\n"
                            "    addressing_style = path\ncli_pager = less\nendpoint_url = http://localhost:4566\n"));
        QCOMPARE(TempAws::read(aws.credentialsPath()), credentials);
    }
};

QTEST_GUILESS_MAIN(ProfileSettingsModelTest)
#include "ProfileSettingsModelTest.moc"
