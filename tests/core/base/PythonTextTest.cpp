// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "base/PythonText.h"

namespace python = apm::python;

class PythonTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strip()
    {
        QCOMPARE(python::strip(u" \t\u00a0x y\u3000\x0b"), QStringLiteral("x y"));
        QCOMPARE(python::strip(u"\u200bx"), QStringLiteral("\u200bx")); // zero width space is not whitespace
        QCOMPARE(python::rstrip(u" a \n\n"), QStringLiteral(" a"));
        QCOMPARE(python::leadingSpace(u"\t  x"), 3);
    }

    void splitLines()
    {
        QCOMPARE(python::splitLines(u"a\nb\r\nc\rd\x0b"
                                    "e\u2028f\x1cg"),
                 (QStringList{"a", "b", "c", "d", "e", "f", "g"}));
        QCOMPARE(python::splitLines(u"\na\n"), (QStringList{"", "a"}));
    }

    void shlexSplit_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "profile foo" << QStringList{"profile", "foo"} << true;
        QTest::newRow("spaces and tabs") << "profile \t  foo  " << QStringList{"profile", "foo"} << true;
        QTest::newRow("double quotes") << "profile \"a b\"" << QStringList{"profile", "a b"} << true;
        QTest::newRow("single quotes") << "profile 'q r'" << QStringList{"profile", "q r"} << true;
        QTest::newRow("quote inside word") << "profile a'b c'd" << QStringList{"profile", "ab cd"} << true;
        QTest::newRow("escaped space") << "profile a\\ b" << QStringList{"profile", "a b"} << true;
        QTest::newRow("backslash in double quotes kept") << "p \"a\\b\\\"c\"" << QStringList{"p", "a\\b\"c"} << true;
        QTest::newRow("empty quotes") << "profile ''" << QStringList{"profile", ""} << true;
        QTest::newRow("hash is literal") << "profile #x" << QStringList{"profile", "#x"} << true;
        QTest::newRow("unbalanced") << "profile \"missing end" << QStringList{} << false;
        QTest::newRow("trailing backslash") << "profile x\\" << QStringList{} << false;
        QTest::newRow("nbsp does not split")
            << QString::fromUtf8("profile\u00a0foo") << QStringList{QString::fromUtf8("profile\u00a0foo")} << true;
    }

    void shlexSplit()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, parts);
        QFETCH(bool, valid);
        const auto result = python::shlexSplit(input);
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(*result, parts);
    }

    void shlexQuote()
    {
        QCOMPARE(python::shlexQuote("plain-name_1.x"), QStringLiteral("plain-name_1.x"));
        QCOMPARE(python::shlexQuote("my prof"), QStringLiteral("'my prof'"));
        QCOMPARE(python::shlexQuote("it's"), QStringLiteral("'it'\"'\"'s'"));
        QCOMPARE(python::shlexQuote(""), QStringLiteral("''"));
    }
};

QTEST_GUILESS_MAIN(PythonTextTest)
#include "PythonTextTest.moc"
