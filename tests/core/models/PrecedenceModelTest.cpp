// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QTest>

#include "config/ProfileStore.h"
#include "models/PrecedenceModel.h"
#include "support/TempAws.h"

using apm::PrecedenceModel;

class PrecedenceModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells()
    {
        apm::test::TempAws aws("[default]\nregion = from-config\n", "[default]\naws_access_key_id = AKIAFAKE00001111\n"
                                                                    "aws_secret_access_key = fake-secret-9999\n");
        aws.environment.set("AWS_REGION", "from-env");
        aws.environment.set("AWS_DEFAULT_REGION", "from-default");
        const apm::ProfileStore store(aws.environment);
        PrecedenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResolution(apm::Resolver(store, aws.environment, QDateTime::currentDateTimeUtc()).resolve());
        QVERIFY(model.rowCount() > 20);
        QCOMPARE(model.columnCount(), int(PrecedenceModel::ColumnCount));

        const QModelIndex env = model.indexOf("region", PrecedenceModel::EnvironmentColumn);
        QCOMPARE(env.data().toString(), QStringLiteral("AWS_REGION=from-env; AWS_DEFAULT_REGION=from-default"));
        QCOMPARE(env.data(PrecedenceModel::CellStateRole).toInt(), int(PrecedenceModel::CellState::Winner));
        const QModelIndex file = model.indexOf("region", PrecedenceModel::ConfigColumn);
        QCOMPARE(file.data().toString(), QStringLiteral("from-config"));
        QCOMPARE(file.data(PrecedenceModel::CellStateRole).toInt(), int(PrecedenceModel::CellState::Overridden));
        QVERIFY(model.indexOf("region", PrecedenceModel::WinnerColumn).data().toString().startsWith("from-env"));
        // Secrets are masked in every cell.
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(!model.index(row, column).data().toString().contains("fake-secret"));
        }
        QCOMPARE(model.indexOf("secret_key", PrecedenceModel::CredentialsColumn).data().toString(),
                 QStringLiteral("****************9999"));

        // A field's update only touches its row.
        apm::FieldResolution region = *model.resolution().field("region");
        region.reason = "changed";
        model.updateField(region);
        QCOMPARE(model.indexOf("region").data(Qt::ToolTipRole).toString(), QStringLiteral("changed"));
    }
};

QTEST_GUILESS_MAIN(PrecedenceModelTest)
#include "PrecedenceModelTest.moc"
