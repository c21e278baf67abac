// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "config/ManagedBlock.h"

using apm::ManagedBlock;

namespace {

const QString kId = QStringLiteral("sso-session corp");

} // namespace

// The block a command owns in the config file: everything around it keeps its bytes, a hand edit is noticed, and
// markers that do not pair up are refused with their line.
class ManagedBlockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsAfterTheUsersLinesInTheirLineEndings()
    {
        const QByteArray user = "[default]\r\nregion = eu-west-1"; // CRLF, no final newline
        const QByteArray text = ManagedBlock::replace(user, std::nullopt, kId, "[profile a]\nregion = x\n");
        QVERIFY(text.startsWith(user + "\r\n\r\n# >>> aws-profile-manager sso-session corp ["));
        QVERIFY(
            text.endsWith("] >>>\r\n[profile a]\r\nregion = x\r\n# <<< aws-profile-manager sso-session corp <<<\r\n"));
        const ManagedBlock::Found found = ManagedBlock::find(text, kId);
        QVERIFY(!found.error);
        QVERIFY(found.block);
        QCOMPARE(found.block->body, QByteArray("[profile a]\nregion = x\n"));
        QVERIFY(!found.block->handEdited);
        QCOMPARE(found.block->firstLine, 3);
        QCOMPARE(found.block->lastLine, 6);
        QVERIFY(!ManagedBlock::find(text, QStringLiteral("sso-session other")).block);
    }

    void replacesOnlyItsOwnLines()
    {
        const QByteArray before = "# mine\n[default]\n\n";
        const QByteArray after = "\n[profile mine]\nregion = y"; // the user's, after the block, no final newline
        const QByteArray first = ManagedBlock::replace(before, std::nullopt, kId, "[profile a]\n") + after;
        const auto found = ManagedBlock::find(first, kId);
        QVERIFY(found.block);
        const QByteArray second = ManagedBlock::replace(first, found.block, kId, "[profile b]\n");
        QVERIFY(second.startsWith(before));
        QVERIFY(second.endsWith("[profile b]\n# <<< aws-profile-manager sso-session corp <<<\n" + after));
        QCOMPARE(ManagedBlock::find(second, kId).block->body, QByteArray("[profile b]\n"));
    }

    void noticesAHandEdit()
    {
        QByteArray text = ManagedBlock::replace("[default]\n", std::nullopt, kId, "[profile a]\nregion = x\n");
        text.replace("region = x", "region = z");
        QVERIFY(ManagedBlock::find(text, kId).block->handEdited);
        // Line endings alone are not an edit.
        QByteArray crlf = ManagedBlock::replace("[default]\n", std::nullopt, kId, "[profile a]\n");
        crlf.replace("\n", "\r\n");
        QVERIFY(!ManagedBlock::find(crlf, kId).block->handEdited);
    }

    void refusesMarkersThatDoNotPairUp_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        const QByteArray open = "# >>> aws-profile-manager sso-session corp [0123456789abcdef] >>>\n";
        const QByteArray close = "# <<< aws-profile-manager sso-session corp <<<\n";
        QTest::newRow("never closes") << "[default]\n" + open + "[profile a]\n" << 1;
        QTest::newRow("closes without opening") << "[default]\n\n" + close << 2;
        QTest::newRow("opens twice") << open + close + "[default]\n" + open + close << 3;
    }
    void refusesMarkersThatDoNotPairUp()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const ManagedBlock::Found found = ManagedBlock::find(text, kId);
        QVERIFY(found.error);
        QCOMPARE(found.error->line, line);
        QVERIFY(found.error->message.contains(u"sso-session corp"));
    }
};

QTEST_GUILESS_MAIN(ManagedBlockTest)
#include "ManagedBlockTest.moc"
