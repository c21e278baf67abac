// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "base/DisplayText.h"

class DisplayTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durationUsesItsTwoLargestUnits_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(9) << QStringLiteral("9 s");
        QTest::newRow("minutes") << qint64(4 * 60 + 12) << QStringLiteral("4 min 12 s");
        QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60 + 59) << QStringLiteral("2 h 5 min");
        QTest::newRow("a whole day") << qint64(86400 + 59) << QStringLiteral("1 d");
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3 d 4 h");
        // The case #17 saw: "(in 1621586 minutes)".
        QTest::newRow("years") << qint64(1621586) * 60 << QStringLiteral("1126 d 2 h");
        QTest::newRow("in the past") << qint64(-90) << QStringLiteral("1 min 30 s");
        QTest::newRow("none") << qint64(0) << QStringLiteral("0 s");
    }

    void durationUsesItsTwoLargestUnits()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(apm::duration(seconds), text);
    }

    void elidedKeepsShortValuesAndCutsLongOnes()
    {
        QCOMPARE(apm::elided(QStringLiteral("eu-west-1")), QStringLiteral("eu-west-1"));
        const QString cut = apm::elided(QString(5000, u'x'), 10);
        QVERIFY2(cut.startsWith(QStringLiteral("xxxxxxxxxx…")), qPrintable(cut));
        QVERIFY2(cut.contains(QStringLiteral("5000")), qPrintable(cut));
        QVERIFY(cut.size() < 40);
    }
};

QTEST_GUILESS_MAIN(DisplayTextTest)
#include "DisplayTextTest.moc"
