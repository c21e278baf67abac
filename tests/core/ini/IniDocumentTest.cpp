// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "support/GoldenCases.h"
#include "support/WriterCases.h"

#include "ini/IniDocument.h"

using apm::IniDocument;
using Policy = IniDocument::EolPolicy;

namespace {

// What botocore's raw_config_parse returns, as JSON, for comparison with the golden cases.
QJsonObject rawParse(const IniDocument& doc)
{
    QJsonObject result;
    for (const apm::IniSection& section : doc.sections()) {
        QJsonObject options;
        for (const auto& [key, value] : doc.options(section)) {
            if (!value.isNested) {
                options.insert(key, value.scalar);
                continue;
            }
            QJsonObject nested;
            for (const auto& [sub, v] : value.nested)
                nested.insert(sub, v);
            options.insert(key, nested);
        }
        result.insert(section.name, options);
    }
    return result;
}

} // namespace

class IniDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QJsonObject>("expected");
        QTest::addColumn<bool>("refused");
        const QList<QJsonObject> cases = apm::test::goldenCases();
        QVERIFY2(cases.size() >= 40, "the golden cases file is missing");
        for (const QJsonObject& c : cases) {
            if (!c.contains(QStringLiteral("input")))
                continue; // the two-file cases are ProfileStoreTest's
            // The input holds the file's bytes decoded as Latin-1.
            const QByteArray bytes = c.value(QStringLiteral("input")).toString().toLatin1();
            QTest::newRow(qPrintable(c.value(QStringLiteral("case")).toString()))
                << bytes << c.value(QStringLiteral("raw_config_parse")).toObject()
                << c.contains(QStringLiteral("error"));
        }
    }

    void golden()
    {
        QFETCH(QByteArray, input);
        QFETCH(QJsonObject, expected);
        QFETCH(bool, refused);
        const IniDocument doc = IniDocument::fromBytes(input);
        QCOMPARE(doc.toBytes(), input);
        QCOMPARE(!doc.isValid(), refused);
        if (!refused)
            QCOMPARE(rawParse(doc), expected);
    }

    void sectionOrderIsFileOrder()
    {
        const IniDocument doc = IniDocument::fromBytes("[b]\nx=1\n[a]\ny=2\n[DEFAULT]\nz=3\n[c]\n");
        QStringList names;
        for (const auto& s : doc.sections())
            names.append(s.name);
        QCOMPARE(names, (QStringList{"b", "a", "c"}));
        // Own keys first, then the inherited ones.
        const auto options = doc.options(*doc.section("a"));
        QCOMPARE(options.size(), 2);
        QCOMPARE(options[0].first, QStringLiteral("y"));
        QCOMPARE(options[1].first, QStringLiteral("z"));
    }

    void entryLines()
    {
        const IniDocument doc =
            IniDocument::fromBytes("# top\n[default]\nregion = a\ns3 =\n  x = 1\n\n  y = 2\nout=j\n");
        const apm::IniSection* s = doc.section("default");
        QVERIFY(s);
        QCOMPARE(s->headerLine, 1);
        QCOMPARE(s->entry("region")->line, 2);
        QCOMPARE(s->entry("s3")->line, 3);
        QCOMPARE(s->entry("s3")->lastLine, 6);
        QCOMPARE(s->entry("s3")->value.sub("y"), std::optional<QString>("2"));
        QCOMPARE(s->entry("out")->line, 7);
    }

    void botocoreFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("refused");
        QTest::newRow("aws_config") << "aws_config" << false;
        QTest::newRow("option before section") << "aws_config_bad" << true;
        QTest::newRow("random bytes") << "aws_config_badbytes" << true;
        QTest::newRow("nested") << "aws_config_nested" << false;
        QTest::newRow("nested without =") << "aws_config_nested_bad" << true;
        QTest::newRow("bad profile headers") << "aws_bad_profile" << false;
        QTest::newRow("sso-session") << "aws_sso_session_config" << false;
        QTest::newRow("services") << "aws_services_config" << false;
    }

    void botocoreFiles()
    {
        QFETCH(QString, file);
        QFETCH(bool, refused);
        QFile f(QStringLiteral(APM_TEST_DATA "/botocore-cfg/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const IniDocument doc = IniDocument::fromBytes(bytes);
        QCOMPARE(!doc.isValid(), refused);
        QCOMPARE(doc.toBytes(), bytes);
    }

    void nestedValues()
    {
        QFile f(QStringLiteral(APM_TEST_DATA "/botocore-cfg/aws_config_nested"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const IniDocument doc = IniDocument::fromBytes(f.readAll());
        const apm::IniSection* s = doc.section("default");
        QVERIFY(s);
        const apm::IniEntry* s3 = s->entry("s3");
        QVERIFY(s3 && s3->value.isNested);
        QCOMPARE(s3->value.scalar, QStringLiteral("\nsignature_version = s3v4\naddressing_style = path"));
        QCOMPARE(s3->value.sub("addressing_style"), std::optional<QString>("path"));
    }

    // Every refusal names the line and says what to do.
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf[default]\nregion = a\n") << 1 << "byte order mark";
        QTest::newRow("latin-1 byte") << QByteArray("[default]\nregion = a\noutput = caf\xe9\n") << 3 << "UTF-8";
        QTest::newRow("latin-1 after CRLF") << QByteArray("[a]\r\nx=1\r\ny=\xff\r\n") << 3 << "UTF-8";
        QTest::newRow("option before section") << QByteArray("region = a\n[default]\n") << 1 << "before any [section]";
        QTest::newRow("no delimiter") << QByteArray("[default]\nregion = a\njustakey\n") << 3 << "neither";
        QTest::newRow("empty key") << QByteArray("[default]\n= v\n") << 2 << "no name";
        QTest::newRow("empty brackets") << QByteArray("[a]\nx=1\n[]\n") << 3 << "neither";
        QTest::newRow("duplicate section") << QByteArray("[a]\nx=1\n[b]\n[a]\n") << 4 << "line 1";
        QTest::newRow("duplicate key") << QByteArray("[a]\nRegion=1\n\nregion=2\n") << 4 << "\"region\" appears twice";
        QTest::newRow("nested colon") << QByteArray("[a]\ns3 =\n  x = 1\n  y: 2\n") << 4 << "nested settings";
        QTest::newRow("nested no =") << QByteArray("[a]\ns3 =\n  bad_syntax @ s3v4\n") << 3 << "\"s3 =\"";
        QTest::newRow("unclosed header first") << QByteArray("[default\nregion = a\n") << 1 << "not closed";
        QTest::newRow("unclosed header later") << QByteArray("[a]\nx=1\n[profile dev\n") << 3 << "[profile dev";
        QTest::newRow("NUL bytes only") << QByteArray(64, '\0') << 1 << "NUL bytes (64 of its 64";
        QTest::newRow("NUL bytes in a section") << QByteArray("[a]\nx=1\n\0\0\0\n", 12) << 3 << "NUL bytes (3 of its 3";
    }

    void refusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, says);
        IniDocument doc = IniDocument::fromBytes(input);
        QVERIFY(!doc.isValid());
        QCOMPARE(doc.parseError()->line + 1, line);
        QVERIFY2(doc.parseError()->message.contains(says), qPrintable(doc.parseError()->message));
        // A refused document is never edited, and gives back its bytes untouched.
        QVERIFY(doc.setValue("default", "region", "x").has_value());
        QVERIFY(!doc.removeKey("a", "x"));
        QCOMPARE(doc.toBytes(), input);
    }

    void cliWriterEditsTextItCannotParse()
    {
        // `aws configure set` rewrites lines without parsing them (it parsed the files it reads beforehand).
        IniDocument doc = IniDocument::fromBytes("[]\nregion = a\n");
        QVERIFY(!doc.isValid());
        QVERIFY(doc.setValue("default", "region", "b").has_value());
        QVERIFY(!doc.setValue("default", "region", "b", Policy::AwsCli));
        QCOMPARE(doc.toBytes(), QByteArray("[]\nregion = a\n[default]\nregion = b\n"));
        IniDocument latin1 = IniDocument::fromBytes("[default]\nx = caf\xe9\n");
        QVERIFY(latin1.setValue("default", "region", "b", Policy::AwsCli).has_value());
    }

    void defaultOnlyNestedErrorIsIgnored()
    {
        // configparser only parses [DEFAULT] values through sections; with none, botocore never sees it.
        QVERIFY(IniDocument::fromBytes("[DEFAULT]\ns3 =\n  oops\n").isValid());
        QVERIFY(!IniDocument::fromBytes("[DEFAULT]\ns3 =\n  oops\n[a]\n").isValid());
    }

    // ConfigFileWriter's behaviour, case by case. WriterCasesTest runs every case through `aws configure set`
    // and checks that the CLI writes the same bytes.
    void writer_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("subKey");
        QTest::addColumn<QByteArray>("after");
        for (const apm::test::WriterCase& c : apm::test::writerCases())
            QTest::newRow(c.tag) << c.before << QString::fromUtf8(c.section) << QString::fromUtf8(c.key)
                                 << QString::fromUtf8(c.subKey) << c.after;
    }

    void writer()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, section);
        QFETCH(QString, key);
        QFETCH(QString, subKey);
        QFETCH(QByteArray, after);
        IniDocument doc = IniDocument::fromBytes(before);
        const auto error = subKey.isEmpty() ? doc.setValue(section, key, "V", Policy::AwsCli)
                                            : doc.setNestedValue(section, key, subKey, "V", Policy::AwsCli);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(doc.toBytes(), after);
        QVERIFY(doc.isModified());
    }

    void writerFailsWhereTheCliFails()
    {
        // The CLI's _update_subattributes crashes when "key =" is the last line or is followed by a non-setting
        // line; it writes nothing, and neither do we.
        IniDocument last = IniDocument::fromBytes("[default]\ns3 =\n");
        QVERIFY(last.setNestedValue("default", "s3", "x", "1", Policy::AwsCli).has_value());
        QCOMPARE(last.toBytes(), QByteArray("[default]\ns3 =\n"));
        IniDocument blank = IniDocument::fromBytes("[default]\ns3 =\n\n  x = 1\n");
        QVERIFY(blank.setNestedValue("default", "s3", "y", "1", Policy::AwsCli).has_value());
    }

    // Found by fuzzing: in a file whose lines mostly end with a lone CR, a line inserted before an empty line
    // ended by LF would be written "...\r" + "\n", which reads back as one line break: the blank line was lost
    // and the document no longer read as its own bytes.
    void insertedLineNeverMergesWithTheNextLineBreak()
    {
        IniDocument doc = IniDocument::fromBytes("[d]\ra=1\r\n\n[e]\rx=1\r");
        QVERIFY(!doc.setValue("d", "b", "2"));
        QVERIFY(!doc.setNestedValue("d", "s3", "max", "3"));
        const IniDocument reread = IniDocument::fromBytes(doc.toBytes());
        QCOMPARE(reread.lineCount(), doc.lineCount());
        QCOMPARE(reread.section("e")->headerLine, doc.section("e")->headerLine);
        QCOMPARE(doc.toBytes(), QByteArray("[d]\ra=1\r\nb = 2\r\ns3 =\r    max = 3\r\n\n[e]\rx=1\r"));
    }

    // Found by fuzzing: "[]x]" is a header to configparser but not to the CLI's writer, so setting a key of the
    // section before it may change a line that configparser reads in the next section; the document must then
    // read as its bytes do (the section alone was re-read, and the change was missed).
    void writerEditBeyondTheParsersSection()
    {
        IniDocument doc = IniDocument::fromBytes("[a]\nx = 1\n[]b]\nn = 1\n k = 2\n");
        QVERIFY(!doc.setValue("a", "k", "3"));
        QCOMPARE(doc.toBytes(), QByteArray("[a]\nx = 1\n[]b]\nn = 1\nk = 3\n")); // as `aws configure set` writes it
        const IniDocument fresh = IniDocument::fromBytes(doc.toBytes());
        QCOMPARE(doc.section("]b")->entries.size(), fresh.section("]b")->entries.size());
        QCOMPARE(doc.section("]b")->entry("k") != nullptr, true);
    }

    void preservePolicyKeepsLineEndings()
    {
        IniDocument doc = IniDocument::fromBytes("[default]\r\na=1\r\n# note\r\n[b]\r\nc=2");
        QVERIFY(!doc.setValue("default", "region", "eu-west-1"));
        QVERIFY(!doc.setValue("b", "c", "3"));
        QCOMPARE(doc.toBytes(), QByteArray("[default]\r\na=1\r\nregion = eu-west-1\r\n# note\r\n[b]\r\nc = 3"));
    }

    void editsReparse()
    {
        IniDocument doc = IniDocument::fromBytes("[default]\nregion = a\n");
        QVERIFY(!doc.setValue("profile x", "output", "json"));
        QVERIFY(doc.section("profile x"));
        QCOMPARE(doc.section("profile x")->entry("output")->value.scalar, QStringLiteral("json"));
    }

    void removeKey()
    {
        IniDocument doc = IniDocument::fromBytes("[a]\nx = 1\ns3 =\n  m = 1\n\n  n = 2\ny = 2 # keep\n[b]\nx=3\n");
        QVERIFY(doc.removeKey("a", "s3"));
        QCOMPARE(doc.toBytes(), QByteArray("[a]\nx = 1\ny = 2 # keep\n[b]\nx=3\n"));
        QVERIFY(doc.removeKey("b", "x"));
        QVERIFY(!doc.removeKey("b", "x"));
        QCOMPARE(doc.toBytes(), QByteArray("[a]\nx = 1\ny = 2 # keep\n[b]\n"));
    }

    void renameSection()
    {
        IniDocument doc = IniDocument::fromBytes("[profile a] ; mine\nx=1\n[b]\n");
        QVERIFY(doc.renameSection("profile a", "profile c"));
        QCOMPARE(doc.toBytes(), QByteArray("[profile c] ; mine\nx=1\n[b]\n"));
        QVERIFY(!doc.renameSection("profile c", "b"));
        QVERIFY(!doc.renameSection("missing", "z"));
    }

    void removeSection()
    {
        IniDocument doc = IniDocument::fromBytes("# head\n[a]\nx=1\n\n# about b\n[b]\ny=2\n\n[c]\nz=3\n");
        QVERIFY(doc.removeSection("b"));
        QCOMPARE(doc.toBytes(), QByteArray("# head\n[a]\nx=1\n\n# about b\n[c]\nz=3\n"));
        QVERIFY(doc.removeSection("c"));
        QCOMPARE(doc.toBytes(), QByteArray("# head\n[a]\nx=1\n\n# about b\n"));
        QVERIFY(doc.removeSection("a"));
        QCOMPARE(doc.toBytes(), QByteArray("# head\n"));
    }

    void appendSection()
    {
        IniDocument doc = IniDocument::fromBytes("[a]\r\nx=1");
        doc.appendSection("profile b");
        QCOMPARE(doc.toBytes(), QByteArray("[a]\r\nx=1\r\n[profile b]\r\n"));
        QVERIFY(doc.section("profile b"));
    }

    void removeNestedKey()
    {
        IniDocument doc = IniDocument::fromBytes("[p]\ns3 =\n  a = 1\n  b = 2\n  a = 3\nregion = x\n");
        QVERIFY(!doc.removeNestedKey("p", "s3", "missing"));
        QVERIFY(doc.removeNestedKey("p", "s3", "a")); // both lines: the first would show through
        QCOMPARE(doc.toBytes(), QByteArray("[p]\ns3 =\n  b = 2\nregion = x\n"));
        QVERIFY(doc.removeNestedKey("p", "s3", "b")); // the last one takes the block with it
        QCOMPARE(doc.toBytes(), QByteArray("[p]\nregion = x\n"));
    }

    // An edit re-reads only the section it touched; the result must be what reading the whole file gives, for
    // every file of the corpora and edits of every kind.
    void incrementalReadMatchesFullRead_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* folder : {"/roundtrip", "/botocore-cfg"}) {
            const QDir dir(QStringLiteral(APM_TEST_DATA) + QLatin1String(folder));
            for (const QString& name : dir.entryList(QDir::Files))
                QTest::newRow(qPrintable(QLatin1String(folder + 1) + u'/' + name)) << dir.filePath(name);
        }
    }

    void incrementalReadMatchesFullRead()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const IniDocument original = IniDocument::fromBytes(file.readAll());
        if (!original.isValid()) {
            // Edits are refused on such files, and leave the document as it was.
            IniDocument refused = original;
            QVERIFY(refused.setValue(QStringLiteral("default"), QStringLiteral("region"), QStringLiteral("x")));
            QCOMPARE(refused.toBytes(), original.toBytes());
            return;
        }
        auto same = [](const IniDocument& edited) {
            const IniDocument full = IniDocument::fromBytes(edited.toBytes());
            if (full.parseError().has_value() != edited.parseError().has_value())
                return false;
            if (full.sections().size() != edited.sections().size())
                return false;
            auto sameEntries = [](const QList<apm::IniEntry>& a, const QList<apm::IniEntry>& b) {
                return a.size() == b.size()
                       && std::equal(a.cbegin(), a.cend(), b.cbegin(), [](const auto& x, const auto& y) {
                              return x.key == y.key && x.value == y.value && x.line == y.line
                                     && x.lastLine == y.lastLine && x.value.nestedLines == y.value.nestedLines;
                          });
            };
            for (int i = 0; i < full.sections().size(); ++i) {
                const apm::IniSection& a = full.sections()[i];
                const apm::IniSection& b = edited.sections()[i];
                if (a.name != b.name || a.headerLine != b.headerLine || !sameEntries(a.entries, b.entries))
                    return false;
            }
            return sameEntries(full.defaults(), edited.defaults());
        };
        for (int i = 0; i < original.sections().size(); ++i) {
            const apm::IniSection& section = original.sections()[i];
            const QString name = section.name;
            const QStringList keys = [&] {
                QStringList k;
                for (const apm::IniEntry& e : section.entries)
                    k.append(e.key);
                return k;
            }();
            for (const auto policy : {IniDocument::EolPolicy::Preserve, IniDocument::EolPolicy::AwsCli}) {
                IniDocument doc = original;
                (void)doc.setValue(name, QStringLiteral("added_key"), QStringLiteral("v"), policy);
                QVERIFY2(same(doc), qPrintable(name + QStringLiteral(": add")));
                (void)doc.setNestedValue(name, QStringLiteral("s3"), QStringLiteral("max"), QStringLiteral("2"),
                                         policy);
                QVERIFY2(same(doc), qPrintable(name + QStringLiteral(": nested")));
                for (const QString& key : keys) {
                    (void)doc.setValue(name, key, QStringLiteral("changed"), policy);
                    QVERIFY2(same(doc), qPrintable(name + QStringLiteral(": set ") + key));
                }
                if (!keys.isEmpty()) {
                    doc.removeKey(name, keys.first());
                    QVERIFY2(same(doc), qPrintable(name + QStringLiteral(": remove ") + keys.first()));
                }
                doc.removeNestedKey(name, QStringLiteral("s3"), QStringLiteral("max"));
                QVERIFY2(same(doc), qPrintable(name + QStringLiteral(": remove nested")));
            }
        }
    }

    void setTextReplacesEverything()
    {
        IniDocument doc = IniDocument::fromBytes("[a]\n");
        doc.setText("[b]\nq=1\n");
        QVERIFY(doc.section("b"));
        QVERIFY(!doc.section("a"));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.savedBytes(), QByteArray("[a]\n"));
        doc.setText("[a]\n"); // back to what was loaded, as an undo does
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.toBytes(), QByteArray("[a]\n"));
    }
};

QTEST_GUILESS_MAIN(IniDocumentTest)
#include "IniDocumentTest.moc"
