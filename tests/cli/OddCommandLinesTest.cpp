// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Odd command lines, side by side with the real `aws configure`: global options in every spelling (--opt value,
// --opt=value, unique and ambiguous prefixes, flags given a value, bad choices, bad numbers), unknown options,
// `--` anywhere, `help` in and out of the command's place, values that look like options. Exit status, stdout
// and the files must agree. The lines are generated from the grammar, not listed, so the rule is what is tested.
// Left out on purpose: --query's JMESPath syntax (the CLI refuses a bad expression with 252; we do not parse
// JMESPath) and a lone --cli-auto-prompt (the CLI then waits at an interactive prompt).
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "support/SideBySide.h"

using namespace apm::test;

namespace {

constexpr int kLines = 150;

const QByteArray kConfig = "[default]\nregion = eu-west-1\n[profile dev]\nregion = us-east-2\noutput = json\n";
const QByteArray kCredentials = "[default]\naws_access_key_id = AKIAFAKEODDLINES001\n"
                                "aws_secret_access_key = fakeSecretOddLines0000000000000000000001\n"
                                "[dev]\naws_access_key_id = AKIAFAKEODDLINES002\n"
                                "aws_secret_access_key = fakeSecretOddLines0000000000000000000002\n";

class LineGenerator
{
public:
    explicit LineGenerator(quint32 seed)
        : m_rng(seed)
    {}

    QStringList line()
    {
        static const QStringList commands{"get", "set", "list-profiles", "list", "export-credentials"};
        const QString command = commands[range(0, int(commands.size()) - 1)];
        QStringList words{command};
        // The command's own words: usually right, sometimes one short or one too many.
        int positionals = command == u"get" ? 1 : command == u"set" ? 2 : 0;
        positionals += range(0, 9) == 0 ? -1 : range(0, 9) == 0 ? 1 : 0;
        for (int i = 0; i < positionals; ++i)
            words.append(positional(command, i));
        if (command == u"export-credentials" && chance(70))
            words += formatOption();
        const int extras = range(0, 3);
        for (int i = 0; i < extras; ++i)
            insertAnywhere(words, option());
        if (chance(12))
            words.insert(range(1, int(words.size())), QStringLiteral("--"));
        if (chance(6))
            words = QStringList{command, QStringLiteral("help")};
        return words;
    }

private:
    QString positional(const QString& command, int index)
    {
        static const QStringList names{"region", "output", "dev.region", "profile.dev.output", "s3.max", "region"};
        static const QStringList values{"us-west-1", "help", "-1", "-x", "-x y", "--x", "--", "json", "a=b"};
        if (index == 0 && command != u"export-credentials")
            return chance(90) ? names[range(0, int(names.size()) - 1)] : values[range(0, int(values.size()) - 1)];
        return values[range(0, int(values.size()) - 1)];
    }

    QStringList formatOption()
    {
        static const QStringList formats{"env", "process", "env-no-export", "powershell", "bogus"};
        const QString value = formats[range(0, int(formats.size()) - 1)];
        switch (range(0, 3)) {
        case 0: return {QStringLiteral("--format=") + value};
        case 1: return {QStringLiteral("--form"), value};
        default: return {QStringLiteral("--format"), value};
        }
    }

    // One global option (or an unknown one) in one of its spellings.
    QStringList option()
    {
        struct Global {
            const char* name;
            bool takesValue;
            QStringList values;
        };
        static const QList<Global> globals{
            {"--profile", true, {"dev", "default", "", "nosuch"}},
            {"--region", true, {"ap-south-1", ""}},
            {"--output", true, {"json", "text", "yaml", "bogus"}},
            {"--query", true, {"Foo", "Profiles[0]"}},
            {"--endpoint-url", true, {"http://127.0.0.1:9"}},
            {"--color", true, {"on", "off", "sometimes"}},
            {"--ca-bundle", true, {"/nonexistent/ca.pem"}},
            {"--cli-read-timeout", true, {"5", " 7 ", "1_0", "-3", "abc", "1.5"}},
            {"--cli-connect-timeout", true, {"0", "x"}},
            {"--cli-binary-format", true, {"base64", "raw-in-base64-out", "hex"}},
            {"--debug", false, {}},
            {"--no-cli-pager", false, {}},
            {"--no-verify-ssl", false, {}},
            {"--no-paginate", false, {}},
            {"--no-sign-request", false, {}},
            {"--no-cli-auto-prompt", false, {}},
        };
        static const QStringList odd{"--bogus", "--bogus=1", "-p",    "-",     "--no", "--c",
                                     "--prof",  "--reg",     "--out", "--deb", "--x-y"};
        if (chance(25))
            return {odd[range(0, int(odd.size()) - 1)]};
        // Alone, --cli-auto-prompt makes the CLI wait for a person at a prompt; with its opposite it is an error.
        if (chance(3))
            return {QStringLiteral("--cli-auto-prompt"), QStringLiteral("--no-cli-auto-prompt")};
        const Global& g = globals[range(0, int(globals.size()) - 1)];
        const QString name = QLatin1String(g.name);
        if (!g.takesValue)
            return chance(12) ? QStringList{name + QStringLiteral("=1")} : QStringList{name};
        const QString value = g.values[range(0, int(g.values.size()) - 1)];
        if (chance(8))
            return {name}; // the value is missing, or the next word is taken for it
        return chance(40) ? QStringList{name + u'=' + value} : QStringList{name, value};
    }

    void insertAnywhere(QStringList& words, const QStringList& option)
    {
        const int at = range(0, int(words.size()));
        for (int i = 0; i < option.size(); ++i)
            words.insert(at + i, option[i]);
    }

    int range(int low, int high) { return int(m_rng.bounded(low, high + 1)); }
    bool chance(int percent) { return range(0, 99) < percent; }

    QRandomGenerator m_rng;
};

// The CLI answered with a help page (its man page, or the first parser's -h text) or its version.
bool isHelpOrVersion(const QByteArray& out)
{
    // The man page comes with overstrikes for bold (N\bN...), whatever the terminal.
    return out.startsWith("aws-cli/") || out.startsWith("usage:") || out.contains("N\bNA\bAM\bME\bE");
}

} // namespace

class OddCommandLinesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sideBySide_data()
    {
        QTest::addColumn<QStringList>("words");
        LineGenerator generator(20261201);
        const QByteArray spec = qgetenv("APM_CONFORMANCE_SHARD");
        const int shard = spec.isEmpty() ? 0 : spec.split('/').value(0).toInt();
        const int shards = spec.isEmpty() ? 1 : std::max(1, spec.split('/').value(1).toInt());
        for (int i = 0; i < kLines; ++i) {
            const QStringList words = generator.line();
            if (i % shards == shard)
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(i).arg(words.join(u' ')))) << words;
        }
    }

    void sideBySide()
    {
        QFETCH(QStringList, words);
        QTemporaryDir awsHome, ourHome;
        for (const QTemporaryDir* home : {&awsHome, &ourHome}) {
            writeFile(home->path() + QStringLiteral("/.aws/config"), kConfig);
            writeFile(home->path() + QStringLiteral("/.aws/credentials"), kCredentials);
        }
        const EnvList env{{QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true")}};
        const SideBySide r = runBoth(QStringLiteral(APM_BINARY), words, awsHome.path(), env, ourHome.path(), env);
        if (r.aws.status == 0 && isHelpOrVersion(r.aws.out)) {
            // The CLI's help is its man page; ours is our usage. The status must agree, and something is printed.
            QCOMPARE(r.ours.status, r.aws.status);
            QVERIFY(!r.ours.out.isEmpty() || r.ours.status != 0);
        } else {
            const QString why = mismatch(r, words, QString());
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        for (const QString& file : {QStringLiteral("/.aws/config"), QStringLiteral("/.aws/credentials")})
            QCOMPARE(readFile(ourHome.path() + file), readFile(awsHome.path() + file));
    }
};

QTEST_GUILESS_MAIN(OddCommandLinesTest)
#include "OddCommandLinesTest.moc"
