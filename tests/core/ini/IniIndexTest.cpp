// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include "support/GoldenCases.h"
#include "support/LargeFiles.h"
#include "support/TempAws.h"

#include "config/ProfileStore.h"
#include "ini/IniIndex.h"

using apm::IniDocument;
using apm::IniEntry;
using apm::IniIndex;

namespace {

// Every file the other suites read: the golden parse cases (what botocore made of them is known), the round-trip
// corpus, botocore's own test configs and the fuzzer's seeds.
QList<std::pair<QString, QByteArray>> corpus()
{
    QList<std::pair<QString, QByteArray>> files;
    for (const QJsonObject& c : apm::test::goldenCases()) {
        if (c.contains(QStringLiteral("input"))) {
            files.append({QStringLiteral("golden/") + c.value(QStringLiteral("case")).toString(),
                          c.value(QStringLiteral("input")).toString().toLatin1()});
        }
    }
    for (const char* folder : {"roundtrip", "botocore-cfg", "fuzz/ini"}) {
        const QDir dir(QStringLiteral(APM_TEST_DATA "/") + QLatin1String(folder));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                files.append({QLatin1String(folder) + u'/' + name, f.readAll()});
        }
    }
    return files;
}

// Files assembled from pieces that each touch a rule: headers (repeated, [DEFAULT], unclosed, indented, with
// non-ASCII names and blanks), options (repeated in other case, nested, continued, empty), comments, blank lines,
// every line ending, bytes that are not UTF-8 and NUL.
QByteArray randomFile(QRandomGenerator& random)
{
    static const char* const common[] = {"[profile a]",
                                         "[profile  b]",
                                         "[sso-session s]",
                                         "  [profile c]",
                                         "[profile \xc3\xa9]",
                                         "[DEFAULT]",
                                         "region = us-east-1",
                                         "Region=eu",
                                         "output: json",
                                         "s3 =",
                                         "  max = 10",
                                         "\tk = v",
                                         "# comment",
                                         "; comment",
                                         "",
                                         "   ",
                                         "x = \xc3\xa9t\xc3\xa9",
                                         "\xc2\xa0[x]",
                                         "credential_process = run --x",
                                         "  more text"};
    static const char* const risky[] = {
        "[unclosed", "[]",       "[]x]",       "= value", "key", "    bad line", "\xef\xbb\xbf[default]",
        "nul",       "\xff\xfe", "[profile a]"};
    QByteArray file = random.bounded(10) < 8 ? QByteArray("[default]\n") : QByteArray();
    const int lines = random.bounded(1, 24);
    for (int i = 0; i < lines; ++i) {
        const bool rare = random.bounded(40) == 0;
        const char* piece =
            rare ? risky[random.bounded(int(std::size(risky)))] : common[random.bounded(int(std::size(common)))];
        file += qstrcmp(piece, "nul") == 0 ? QByteArray("nul\0here", 8) : QByteArray(piece);
        static const char* const endings[] = {"\n", "\n", "\n", "\r\n", "\r"};
        if (i + 1 < lines || random.bounded(2))
            file += endings[random.bounded(5)];
    }
    return file;
}

QString describe(const IniEntry& e)
{
    QString nested;
    for (qsizetype i = 0; i < e.value.nested.size(); ++i) {
        nested += e.value.nested[i].first + u'=' + e.value.nested[i].second + u'@'
                  + QString::number(e.value.nestedLines.value(i, -1)) + u';';
    }
    return QStringLiteral("%1 = [%2] nested=%3 {%4} lines %5-%6")
        .arg(e.key, e.value.scalar)
        .arg(e.value.isNested)
        .arg(nested)
        .arg(e.line)
        .arg(e.lastLine);
}

QStringList describe(const QList<IniEntry>& entries)
{
    QStringList out;
    for (const IniEntry& e : entries)
        out.append(describe(e));
    return out;
}

// What the index says of a file must be what the whole document says, section by section.
void compare(const QByteArray& bytes)
{
    const IniDocument whole = IniDocument::fromBytes(bytes);
    const IniIndex index(bytes);
    QCOMPARE(index.parseError().has_value(), whole.parseError().has_value());
    if (whole.parseError()) {
        QCOMPARE(index.parseError()->line, whole.parseError()->line);
        QCOMPARE(index.parseError()->message, whole.parseError()->message);
        return;
    }
    QCOMPARE(index.sectionCount(), int(whole.sections().size()));
    QCOMPARE(describe(index.defaults()), describe(whole.defaults()));
    for (int i = 0; i < index.sectionCount(); ++i) {
        const apm::IniSection& expected = whole.sections()[i];
        QCOMPARE(index.sectionName(i), expected.name);
        QCOMPARE(index.find(expected.name), i);
        // Built out of order, as a command asks for them.
        const apm::IniSection& built = index.section(index.sectionCount() - 1 - i);
        const apm::IniSection& mirror = whole.sections()[index.sectionCount() - 1 - i];
        QCOMPARE(built.headerLine, mirror.headerLine);
        QCOMPARE(describe(built.entries), describe(mirror.entries));
    }
    QCOMPARE(index.find(QStringLiteral("no such section")), -1);
}

QStringList profileSummary(const apm::ProfileStore& store)
{
    QStringList out;
    for (const QString& name : store.profileNames()) {
        const apm::Profile* p = store.profile(name);
        out.append(QStringLiteral("%1 [%2] [%3]").arg(name, p->configSection, p->credentialsSection));
        for (const apm::ProfileSetting& s : p->settings) {
            out.append(QStringLiteral("  %1 file=%2 inherited=%3 %4")
                           .arg(describe(*s.entry))
                           .arg(int(s.file))
                           .arg(s.inherited));
        }
    }
    for (const QString& session : store.ssoSessionNames()) {
        out.append(QStringLiteral("sso-session %1").arg(session));
        for (const auto& [k, v] : store.ssoSession(session).value_or(QList<QPair<QString, apm::IniValue>>()))
            out.append(QStringLiteral("  %1 = %2").arg(k, v.scalar));
    }
    return out;
}

} // namespace

class IniIndexTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithDocument_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const auto files = corpus();
        QVERIFY2(files.size() > 80, "the test data is missing");
        for (const auto& [name, bytes] : files)
            QTest::newRow(qPrintable(name)) << bytes;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("repeated section far apart") << QByteArray("[a]\nk = 1\n[b]\n[c]\n  # c\n[d]\nx = 1\n[a]\n");
        QTest::newRow("repeated non-ASCII section") << QByteArray("[profile \xc3\xa9]\n[x]\n[profile \xc3\xa9]\n");
        QTest::newRow("not UTF-8 after a refused line") << QByteArray("[a]\nno delimiter\n[b]\nk = \xff\n");
        QTest::newRow("cut sequence at a line end") << QByteArray("[a]\nk = \xc3\n[b]\n");
        QTest::newRow("cut sequence at the end") << QByteArray("[a]\nk = \xc3");
        QTest::newRow("DEFAULT twice, nested") << QByteArray("[DEFAULT]\ns3 =\n  a = 1\n[x]\n[DEFAULT]\nk = v\n");
        QTest::newRow("DEFAULT bad nested, no section") << QByteArray("[DEFAULT]\ns3 =\n  bad\n");
        QTest::newRow("DEFAULT bad nested, a section") << QByteArray("[DEFAULT]\ns3 =\n  bad\n[x]\n");
        QTest::newRow("DEFAULT key twice") << QByteArray("[DEFAULT]\nk = 1\n[x]\n[DEFAULT]\nK = 2\n");
        QTest::newRow("indented header continues") << QByteArray("[a]\nk = 1\n  [b]\n[b]\nk = 2\n");
        QTest::newRow("NBSP before a header") << QByteArray("[a]\n\xc2\xa0[b]\nk = v\n");
        QTest::newRow("header after NBSP with non-ASCII name")
            << QByteArray("\xc2\xa0[profile \xe6\x97\xa5\xe6\x9c\xac]\nk = v\n[b]\n");
        QTest::newRow("CR only") << QByteArray("[a]\rk = 1\r\r[b]\rs3 =\r  x = 1\r");
        QTest::newRow("many profiles") << apm::test::largeProfileFiles(400).first;
    }

    void agreesWithDocument()
    {
        QFETCH(QByteArray, bytes);
        compare(bytes);
    }

    // Thousands of files made of pieces that each touch a rule: the index and the document never disagree.
    void randomFilesAgree()
    {
        QRandomGenerator random(20261202);
        int refused = 0;
        for (int i = 0; i < 4000; ++i) {
            const QByteArray bytes = randomFile(random);
            compare(bytes);
            if (QTest::currentTestFailed()) {
                qWarning().noquote() << "file:" << bytes.toPercentEncoding(" =[]#;:\n");
                return;
            }
            refused += IniDocument::fromBytes(bytes).parseError().has_value();
        }
        // Both kinds are well represented, or the comparison says little.
        QVERIFY2(refused > 400 && refused < 3600, qPrintable(QString::number(refused)));
    }

    // `set` on the bytes gives what the same edit gives on the whole document, or the same refusal.
    void setInBytesAgrees()
    {
        QRandomGenerator random(1202);
        QList<QByteArray> files;
        for (const auto& [name, bytes] : corpus())
            files.append(bytes);
        for (int i = 0; i < 1500; ++i)
            files.append(randomFile(random));
        files.append(apm::test::largeProfileFiles(200).first);
        const QStringList sections = {
            QStringLiteral("default"),       QStringLiteral("profile a"),     QStringLiteral("x"),
            QStringLiteral("profile c"),     QStringLiteral("sso-session s"), QStringLiteral("profile new"),
            QStringLiteral("profile role-5")};
        const QStringList keys = {QStringLiteral("region"), QStringLiteral("s3"), QStringLiteral("k"),
                                  QStringLiteral("new_key")};
        int edits = 0;
        for (const QByteArray& bytes : std::as_const(files)) {
            const QString section = sections[random.bounded(int(sections.size()))];
            const QString key = keys[random.bounded(int(keys.size()))];
            const std::optional<QString> sub =
                random.bounded(3) == 0 ? std::optional(QStringLiteral("max")) : std::nullopt;
            IniDocument whole = IniDocument::fromBytes(bytes);
            const auto error =
                sub ? whole.setNestedValue(section, key, *sub, QStringLiteral("v"), IniDocument::EolPolicy::AwsCli)
                    : whole.setValue(section, key, QStringLiteral("v"), IniDocument::EolPolicy::AwsCli);
            const IniDocument::Rewrite rewrite = IniDocument::setInBytes(bytes, section, key, sub, QStringLiteral("v"));
            QCOMPARE(rewrite.error.has_value(), error.has_value());
            if (error) {
                QCOMPARE(rewrite.error->line, error->line);
                QCOMPARE(rewrite.error->message, error->message);
                continue;
            }
            if (rewrite.bytes != whole.toBytes()) {
                qWarning().noquote() << "file:" << bytes.toPercentEncoding(" =[]#;:\n") << section << key
                                     << sub.value_or(QString());
                QCOMPARE(rewrite.bytes, whole.toBytes());
            }
            ++edits;
        }
        QVERIFY2(edits > 1000, qPrintable(QString::number(edits)));
    }

    // A store that reads indexed lists and builds the same profiles as one that reads the files whole.
    void storeReadsTheSame_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        for (const auto& [name, bytes] : corpus())
            QTest::newRow(qPrintable(name)) << bytes << QByteArray("[a]\naws_access_key_id = AKIAFAKE\n");
        const auto [config, credentials] = apm::test::largeProfileFiles(300);
        QTest::newRow("many profiles") << config << credentials;
        QTest::newRow("same profile spelled twice")
            << QByteArray("[profile x]\nregion = a\n[profile \"x\"]\noutput = json\n[profile  x]\nk = v\n[default]\n")
            << QByteArray("[x]\naws_access_key_id = AKIAFAKE\n[only-here]\nk = v\n");
    }

    void storeReadsTheSame()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        const apm::test::TempAws aws(config, credentials);
        const apm::ProfileStore whole(aws.environment);
        const apm::ProfileStore indexed(aws.environment, apm::Reading::Indexed);
        QCOMPARE(indexed.parseErrorMessage(), whole.parseErrorMessage());
        QCOMPARE(profileSummary(indexed), profileSummary(whole));
        for (const char* section : {"plugins", "preview", "x", "profile x", "default", "sso-session s"}) {
            const auto a = indexed.topLevelValue(QLatin1String(section), QStringLiteral("k"));
            const auto b = whole.topLevelValue(QLatin1String(section), QStringLiteral("k"));
            QCOMPARE(a.has_value(), b.has_value());
            if (a)
                QCOMPARE(a->scalar, b->scalar);
        }
        QVERIFY(!indexed.profile(QStringLiteral("no-such-profile")));
    }

    // A command's first lookups read the headers again rather than naming every section: they find what reading the
    // files whole finds, profiles and sso-sessions alike, however the headers are spelled.
    void lookupsBeforeIndexingAgree_data()
    {
        storeReadsTheSame_data();
        QTest::newRow("quoted and odd headers") << QByteArray(
            "[profile a]\nk = 1\n[profile  a ]\nk = 2\n[profile \"b c\"]\nk = 3\n[profile 'd']\nk = 4\n"
            "[profilex e]\nk = 5\n[profile f\\ g]\nk = 6\n[profile \"\"]\nk = 7\n[profile default]\nk = 8\n"
            "[default]\nk = 9\n[profile h i j]\nk = 10\n[sso-session s]\nsso_region = a\n"
            "[sso-session \"s\"]\nsso_region = b\n[sso-session 't u']\nsso_region = c\n[profile\tk]\nk = 11\n")
                                                << QByteArray("[a]\naws_access_key_id = AKIAFAKE\n[c]\nk = v\n");
    }

    void lookupsBeforeIndexingAgree()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        const apm::test::TempAws aws(config, credentials);
        const apm::ProfileStore whole(aws.environment);
        const QStringList names =
            whole.profileNames() + QStringList{"no-such-profile", "b c", "d", "e", "f g", "", "h", "x", "k"};
        auto describeProfile = [](const apm::Profile* p) {
            QStringList out{p->configSection, p->credentialsSection};
            for (const apm::ProfileSetting& setting : p->settings)
                out.append(describe(*setting.entry) + QString::number(int(setting.file)));
            return out;
        };
        for (qsizetype start = 0; start < names.size(); start += 4) {
            const apm::ProfileStore indexed(aws.environment, apm::Reading::Indexed); // fresh: its lookups scan
            for (const QString& name : names.mid(start, 4)) {
                const apm::Profile* found = indexed.profile(name);
                const apm::Profile* expected = whole.profile(name);
                QCOMPARE(bool(found), bool(expected));
                if (found)
                    QCOMPARE(describeProfile(found), describeProfile(expected));
            }
        }
        // list-profiles' lines, from the header bytes before any name is decoded, as the whole reading lists them.
        QCOMPARE(apm::ProfileStore(aws.environment, apm::Reading::Indexed).profileNameLines(),
                 whole.profileNames().join(u'\n').toUtf8() + (whole.profileNames().isEmpty() ? "" : "\n"));
        for (const QString& session : whole.ssoSessionNames() + QStringList{"nope", "t u", "s"}) {
            const apm::ProfileStore indexed(aws.environment, apm::Reading::Indexed);
            const auto found = indexed.ssoSession(session);
            const auto expected = whole.ssoSession(session);
            QCOMPARE(found.has_value(), expected.has_value());
            if (found) {
                QCOMPARE(found->size(), expected->size());
                for (qsizetype i = 0; i < found->size(); ++i) {
                    QCOMPARE(found->at(i).first, expected->at(i).first);
                    QCOMPARE(found->at(i).second.scalar, expected->at(i).second.scalar);
                }
            }
        }
    }

    // The first edit reads the files whole, and then the edit lands as it would have.
    void editReadsWhole()
    {
        const apm::test::TempAws aws("[profile x]\nregion = a\n", "[x]\naws_access_key_id = AKIAFAKE\n");
        apm::ProfileStore indexed(aws.environment, apm::Reading::Indexed);
        const apm::Profile* before = indexed.profile(QStringLiteral("x"));
        QVERIFY(before);
        QCOMPARE(before->value(QStringLiteral("region")), QStringLiteral("a"));
        QVERIFY(!indexed.setValue(QStringLiteral("x"), QStringLiteral("region"), QStringLiteral("b")));
        QCOMPARE(indexed.profile(QStringLiteral("x"))->value(QStringLiteral("region")), QStringLiteral("b"));
        QCOMPARE(indexed.text(apm::FileKind::Config), QByteArray("[profile x]\nregion = b\n"));
        QCOMPARE(indexed.sectionSpans(QStringLiteral("x")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(IniIndexTest)
#include "IniIndexTest.moc"
