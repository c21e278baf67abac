// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every ConfigFileWriter case of IniDocumentTest played through the real `aws configure set` and through ours:
// both must leave exactly the expected file, so the expectations come from the CLI, not from us.
#include <QTemporaryDir>
#include <QTest>

#include "support/SideBySide.h"
#include "support/WriterCases.h"

using namespace apm::test;

class WriterCasesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothWriteTheExpectedFile_data()
    {
        QTest::addColumn<int>("index");
        const QList<WriterCase> cases = writerCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i].tag) << i;
    }

    void bothWriteTheExpectedFile()
    {
        QFETCH(int, index);
        const WriterCase c = writerCases().at(index);
        const QString section = QString::fromUtf8(c.section);
        const QString key = QString::fromUtf8(c.key);
        const QString sub = QString::fromUtf8(c.subKey);
        QStringList args{QStringLiteral("set"), sub.isEmpty() ? key : key + u'.' + sub, QStringLiteral("V")};
        if (section.startsWith(QStringLiteral("profile '")))
            args << QStringLiteral("--profile") << section.mid(9).chopped(1); // set quotes a name with a space
        else if (section.startsWith(QStringLiteral("profile ")))
            args << QStringLiteral("--profile") << section.mid(8);
        else if (section != u"default")
            args << QStringLiteral("--profile") << section;
        QTemporaryDir awsHome, ourHome;
        for (const QTemporaryDir* home : {&awsHome, &ourHome})
            writeFile(home->path() + QStringLiteral("/.aws/config"), c.before);
        const SideBySide r = runBoth(QStringLiteral(APM_BINARY), args, awsHome.path(), {}, ourHome.path(), {});
        QCOMPARE(r.aws.status, 0);
        QCOMPARE(r.ours.status, 0);
        QCOMPARE(readFile(awsHome.path() + QStringLiteral("/.aws/config")), c.after);
        QCOMPARE(readFile(ourHome.path() + QStringLiteral("/.aws/config")), c.after);
    }
};

QTEST_GUILESS_MAIN(WriterCasesTest)
#include "WriterCasesTest.moc"
