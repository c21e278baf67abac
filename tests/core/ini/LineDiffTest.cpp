// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRandomGenerator>
#include <QTest>

#include <vector>

#include "ini/LineDiff.h"

namespace LineDiff = apm::LineDiff;

class LineDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // On thousands of random pairs the hunks turn `a` into `b`, keep as many lines as the longest common subsequence
    // (worked out here by the textbook table), and never touch a line on both ends of a hunk for nothing.
    void diffIsAShortestEditScript()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 3000; ++round) {
            QList<QByteArray> a;
            QList<QByteArray> b;
            const int alphabet = random.bounded(2, 6);
            for (int i = random.bounded(0, 14); i > 0; --i)
                a.append(QByteArray(1, char('a' + random.bounded(alphabet))) + '\n');
            for (int i = random.bounded(0, 14); i > 0; --i)
                b.append(QByteArray(1, char('a' + random.bounded(alphabet))) + '\n');
            const QList<apm::LineDiff::Hunk> hunks = apm::LineDiff::diff(a, b);
            QList<QByteArray> rebuilt;
            int kept = 0;
            int at = 0;
            for (const apm::LineDiff::Hunk& h : hunks) {
                QVERIFY(h.aBegin >= at && h.aEnd >= h.aBegin && h.bEnd >= h.bBegin);
                QVERIFY(h.aEnd > h.aBegin || h.bEnd > h.bBegin);
                kept += h.aBegin - at;
                rebuilt += a.mid(at, h.aBegin - at);
                rebuilt += b.mid(h.bBegin, h.bEnd - h.bBegin);
                at = h.aEnd;
            }
            kept += int(a.size()) - at;
            rebuilt += a.mid(at);
            QCOMPARE(rebuilt, b);
            std::vector<std::vector<int>> lcs(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
            for (int i = int(a.size()) - 1; i >= 0; --i) {
                for (int j = int(b.size()) - 1; j >= 0; --j) {
                    lcs[size_t(i)][size_t(j)] =
                        a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                     : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
                }
            }
            QCOMPARE(kept, lcs[0][0]);
        }
    }

    // Two files of 200,000 lines with changes spread through them are compared line by line (the old table gave up
    // above 16 million cells and reported one block replaced).
    void largeFilesAreComparedLineByLine()
    {
        QList<QByteArray> a;
        for (int i = 0; i < 200000; ++i)
            a.append("line " + QByteArray::number(i) + '\n');
        QList<QByteArray> b = a;
        b[1000] = "changed\n";
        b.removeAt(100000);
        b.insert(150000, "inserted\n");
        const QList<apm::LineDiff::Hunk> hunks = apm::LineDiff::diff(a, b);
        QCOMPARE(hunks.size(), 3);
        QCOMPARE(hunks[0].aBegin, 1000);
        QCOMPARE(hunks[0].aEnd, 1001);
        QCOMPARE(hunks[1].aBegin, 100000);
        QCOMPARE(hunks[1].aEnd, 100001);
        QCOMPARE(hunks[1].bEnd - hunks[1].bBegin, 0);
        QCOMPARE(hunks[2].bEnd - hunks[2].bBegin, 1);
        QCOMPARE(b[hunks[2].bBegin], QByteArray("inserted\n"));
    }

    void linesKeepTheirEndings()
    {
        const QByteArray text = "a\r\nb\rc\nd";
        const auto lines = LineDiff::lines(text);
        QCOMPARE(lines, (QList<QByteArray>{"a\r\n", "b\r", "c\n", "d"}));
        QCOMPARE(lines.join(), text);
    }

    void diffFindsTheChangedRuns()
    {
        const auto a = LineDiff::lines("1\n2\n3\n4\n5\n6\n");
        const auto b = LineDiff::lines("1\nX\n3\n4\n5\nY\nZ\n6\n");
        const auto hunks = LineDiff::diff(a, b);
        QCOMPARE(hunks.size(), 2);
        QCOMPARE(hunks[0].aBegin, 1);
        QCOMPARE(hunks[0].aEnd, 2);
        QCOMPARE(hunks[1].aBegin, 5);
        QCOMPARE(hunks[1].aEnd, 5);
        QCOMPARE(hunks[1].bBegin, 5);
        QCOMPARE(hunks[1].bEnd, 7);
        QVERIFY(LineDiff::diff(a, a).isEmpty());
    }

    void unifiedDiff()
    {
        const QString d = LineDiff::unified("[a]\nx = 1\ny = 2\n", "[a]\nx = 1\ny = 3\n", "config", "config (unsaved)");
        QCOMPARE(d,
                 QStringLiteral("--- config\n+++ config (unsaved)\n@@ -1,3 +1,3 @@\n [a]\n x = 1\n-y = 2\n+y = 3\n"));
        QVERIFY(LineDiff::unified("same\n", "same\n", "a", "b").isEmpty());
        QVERIFY(LineDiff::unified("a", "b", "x", "y").contains("\\ No newline at end of file"));
    }

    void keepLineEndings_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("edited"); // as a plain-text editor gives it back
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("untouched CRLF file")
            << QByteArray("[a]\r\nx = 1\r\n") << QByteArray("[a]\nx = 1\n") << QByteArray("[a]\r\nx = 1\r\n");
        QTest::newRow("one line changed")
            << QByteArray("[a]\r\nx = 1\r\ny = 2\r\n") << QByteArray("[a]\nx = 9\ny = 2\n")
            << QByteArray("[a]\r\nx = 9\r\ny = 2\r\n");
        QTest::newRow("mixed endings kept where untouched")
            << QByteArray("[a]\r\nx = 1\ny = 2\r\n") << QByteArray("[a]\nx = 1\ny = 2\nz = 3\n")
            << QByteArray("[a]\r\nx = 1\ny = 2\r\nz = 3\r\n");
        QTest::newRow("no-break space survives") << QByteArray("# a\xc2\xa0"
                                                               "b\n[a]\n")
                                                 << QByteArray("# a b\n[a]\nk = v\n")
                                                 << QByteArray("# a\xc2\xa0"
                                                               "b\n[a]\nk = v\n");
        QTest::newRow("final newline removed") << QByteArray("[a]\r\n") << QByteArray("[a]") << QByteArray("[a]");
        QTest::newRow("final newline added") << QByteArray("[a]") << QByteArray("[a]\n") << QByteArray("[a]\n");
        QTest::newRow("lone CR file") << QByteArray("[a]\rx = 1\r") << QByteArray("[a]\nx = 1\n")
                                      << QByteArray("[a]\rx = 1\r");
    }

    void keepLineEndings()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, edited);
        QFETCH(QByteArray, expected);
        QCOMPARE(LineDiff::keepLineEndings(original, edited), expected);
    }

    void merge_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("ours");
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QByteArray>("merged"); // null: a conflict

        const QByteArray base = "[default]\nregion = a\n\n[profile dev]\nregion = b\n\n[profile prod]\nregion = c\n";
        QTest::newRow("edits far apart")
            << base << QByteArray(base).replace("region = a", "region = A")
            << QByteArray(base).replace("region = c", "region = C")
            << QByteArray(base).replace("region = a", "region = A").replace("region = c", "region = C");
        QTest::newRow("they appended a profile")
            << base << QByteArray(base).replace("region = a", "region = A") << base + "[profile new]\nregion = n\n"
            << QByteArray(base).replace("region = a", "region = A") + "[profile new]\nregion = n\n";
        QTest::newRow("same line, different values")
            << base << QByteArray(base).replace("region = b", "region = mine")
            << QByteArray(base).replace("region = b", "region = theirs") << QByteArray();
        QTest::newRow("same change on both sides") << base << QByteArray(base).replace("region = b", "region = x")
                                                   << QByteArray(base).replace("region = b", "region = x")
                                                   << QByteArray(base).replace("region = b", "region = x");
        QTest::newRow("adjacent lines are a conflict")
            << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n") << QByteArray("a\nb\nC\n") << QByteArray();
        QTest::newRow("they deleted the section we edited")
            << base << QByteArray(base).replace("region = b", "region = x")
            << QByteArray(base).replace("[profile dev]\nregion = b\n\n", "") << QByteArray();
        QTest::newRow("nothing of ours") << base << base << QByteArray("changed\n") << QByteArray("changed\n");
        QTest::newRow("CRLF kept") << QByteArray("a\r\nb\r\nc\r\nd\r\ne\r\n") << QByteArray("A\r\nb\r\nc\r\nd\r\ne\r\n")
                                   << QByteArray("a\r\nb\r\nc\r\nd\r\nE\r\n")
                                   << QByteArray("A\r\nb\r\nc\r\nd\r\nE\r\n");
    }

    void merge()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, ours);
        QFETCH(QByteArray, theirs);
        QFETCH(QByteArray, merged);
        const auto result = LineDiff::merge(base, ours, theirs);
        if (merged.isNull()) {
            QVERIFY(!result);
            return;
        }
        QVERIFY(result);
        QCOMPARE(*result, merged);
    }
};

QTEST_GUILESS_MAIN(LineDiffTest)
#include "LineDiffTest.moc"
