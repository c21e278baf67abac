// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTest>

#include "ini/IniDocument.h"
#include "support/LargeFiles.h"

class RoundTripTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(APM_TEST_DATA "/roundtrip"));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= 40, "the round-trip corpus should have at least 40 files");
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        const QDir cfg(QStringLiteral(APM_TEST_DATA "/botocore-cfg"));
        for (const QString& name : cfg.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(QStringLiteral("botocore/") + name)) << cfg.filePath(name);
    }

    void corpus()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const apm::IniDocument doc = apm::IniDocument::fromBytes(bytes);
        QCOMPARE(doc.toBytes(), bytes);
        QVERIFY(!doc.isModified());
    }

    // An edit elsewhere must leave every other line's bytes as they were, whatever the file holds.
    void editTouchesOnlyItsLines_data() { corpus_data(); }
    void editTouchesOnlyItsLines()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        apm::IniDocument doc = apm::IniDocument::fromBytes(bytes);
        const auto error =
            doc.setValue(QStringLiteral("profile zz-added"), QStringLiteral("region"), QStringLiteral("x"));
        if (!doc.isValid()) {
            // A file the CLI refuses is never edited: the edit says why, and the bytes stay.
            QVERIFY(error.has_value());
            QCOMPARE(doc.toBytes(), bytes);
            return;
        }
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        const QByteArray after = doc.toBytes();
        // Every byte before is untouched; then, where the file had no final line ending, one in the file's style;
        // then the new section in that style.
        QVERIFY(after.startsWith(bytes));
        QByteArray tail = after.mid(bytes.size());
        bool matched = false;
        for (const QByteArray& eol : {QByteArray("\r\n"), QByteArray("\n"), QByteArray("\r")}) {
            const QByteArray block = "[profile zz-added]" + eol + "region = x" + eol;
            const bool needsEnding = !bytes.isEmpty() && !bytes.endsWith('\n') && !bytes.endsWith('\r');
            if (tail == (needsEnding ? eol + block : block))
                matched = true;
        }
        QVERIFY2(matched, tail.constData());
    }

    void largeFiles()
    {
        const auto [config, credentials] = apm::test::largeProfileFiles(20000);
        QVERIFY(config.size() + credentials.size() > 2'500'000);
        const apm::IniDocument c = apm::IniDocument::fromBytes(config);
        const apm::IniDocument k = apm::IniDocument::fromBytes(credentials);
        QVERIFY(c.isValid());
        QVERIFY(k.isValid());
        QCOMPARE(c.sections().size(), 20000 + 20); // profiles plus sso-sessions
        QCOMPARE(c.toBytes(), config);
        QCOMPARE(k.toBytes(), credentials);
    }
};

QTEST_GUILESS_MAIN(RoundTripTest)
#include "RoundTripTest.moc"
