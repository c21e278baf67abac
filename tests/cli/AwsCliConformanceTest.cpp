// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Side by side with the real AWS CLI v2 (/usr/bin/aws, Debian's awscli): generated files, environments and
// command sequences; for each command the exit status, stdout and the bytes of both files must be equal.
// The CLI runs with a scrubbed environment and a temporary HOME, and `aws configure` never reaches a network.
#include <sys/stat.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "support/SideBySide.h"

using namespace apm::test;

namespace {

constexpr int kScenarios = 140;

struct Command {
    QStringList args; // after `aws configure` / `aws-profile-manager`
};

struct Scenario {
    QByteArray config;
    QByteArray credentials;
    bool hasConfig = true;
    bool hasCredentials = true;
    QString configPath = QStringLiteral(".aws/config");           // relative to HOME
    QString credentialsPath = QStringLiteral(".aws/credentials"); // relative to HOME
    QList<QPair<QString, QString>> env;
    QList<Command> commands;
    QString describe() const
    {
        QString text =
            QStringLiteral("--- config%1:\n%2\n--- credentials%3:\n%4\n--- env:")
                .arg(hasConfig ? QString() : QStringLiteral(" (absent)"), QString::fromUtf8(config),
                     hasCredentials ? QString() : QStringLiteral(" (absent)"), QString::fromUtf8(credentials));
        for (const auto& [k, v] : env)
            text += QStringLiteral(" %1='%2'").arg(k, v);
        return text;
    }
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {}

    Scenario scenario()
    {
        Scenario s;
        const QStringList names = pick(2, 5, m_profiles);
        s.config = configFile(names);
        s.credentials = credentialsFile(names);
        s.hasConfig = chance(95);
        s.hasCredentials = chance(85);
        // Where the files are: the CLI reads $VAR and ~ expanded, but `set` writes with ~ expanded only.
        switch (range(0, 19)) {
        case 0:
        case 1:
            s.env.append({QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("~/alt/config")});
            s.configPath = QStringLiteral("alt/config");
            break;
        case 2: s.env.append({QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("$HOME/.aws/config")}); break;
        case 3:
            s.env.append({QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("cfg")}); // relative to the cwd (HOME)
            s.configPath = QStringLiteral("cfg");
            break;
        case 4:
            s.env.append({QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("~/.aws/creds2")});
            s.hasCredentials = false;
            break;
        default: break;
        }
        if (chance(25))
            s.env.append({QStringLiteral("AWS_PROFILE"), chance(10) ? QString() : one(m_profilesAndGhost)});
        if (chance(15))
            s.env.append({QStringLiteral("AWS_DEFAULT_PROFILE"), one(m_profilesAndGhost)});
        if (chance(10))
            s.env.append({QStringLiteral("AWS_REGION"), QStringLiteral("env-region")});
        if (chance(3)) // checked at start-up by every command of the CLI
            s.env.append({QStringLiteral("AWS_METADATA_SERVICE_TIMEOUT"), QStringLiteral("1.5")});
        s.commands.append({{QStringLiteral("list-profiles")}});
        // With a [DEFAULT] in the config, a [plugins] section that `set` creates inherits its keys, and the CLI then
        // imports them as Python plugin modules: that depends on Python's path, not on the files, so not here.
        QStringList setNames = m_setNames;
        if (s.config.contains("[DEFAULT]"))
            setNames.removeAll(QStringLiteral("plugins.cli_legacy_plugin_path"));
        for (int i = 0, n = range(1, 3); i < n; ++i)
            s.commands.append({withProfile({QStringLiteral("get"), one(m_getNames)})});
        for (int i = 0, n = range(1, 3); i < n; ++i)
            s.commands.append({withProfile({QStringLiteral("set"), one(setNames), one(m_values)})});
        if (chance(50))
            s.commands.append({withProfile({QStringLiteral("get"), one(m_getNames)})});
        return s;
    }

private:
    int range(int lo, int hi) { return int(m_rng.bounded(lo, hi + 1)); }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    QString one(const QStringList& list) { return list.at(int(m_rng.bounded(int(list.size())))); }
    QStringList pick(int lo, int hi, const QStringList& from)
    {
        QStringList pool = from;
        QStringList chosen;
        for (int i = 0, n = range(lo, hi); i < n && !pool.isEmpty(); ++i)
            chosen.append(pool.takeAt(int(m_rng.bounded(int(pool.size())))));
        return chosen;
    }
    QStringList withProfile(QStringList args)
    {
        if (chance(30))
            args << QStringLiteral("--profile") << one(m_profilesAndGhost);
        return args;
    }

    QByteArray eol() { return m_eol; }
    // Mostly LF; sometimes CRLF, now and then a lone CR (old Mac files), which Python reads as a line break too.
    void chooseLineEnding() { m_eol = chance(10) ? "\r\n" : chance(4) ? "\r" : "\n"; }
    // A UTF-8 byte order mark, which the CLI refuses: every command must then fail as it does.
    QByteArray maybeBom() { return chance(2) ? "\xef\xbb\xbf" : ""; }
    QByteArray line(const QByteArray& text) { return text + eol(); }

    QByteArray header(const QString& name)
    {
        if (name == u"default")
            return chance(8) ? "[profile default]" : "[default]";
        const QByteArray n = name.toUtf8();
        if (name.contains(u' '))
            return chance(50) ? "[profile '" + n + "']" : "[profile \"" + n + "\"]";
        switch (range(0, 9)) {
        case 0: return "[profile  " + n + "]";
        case 1: return "[profile \"" + n + "\"]";
        case 2: return "[profile " + n + "] # note";
        default: return "[profile " + n + "]";
        }
    }

    QByteArray setting(const QByteArray& key, const QByteArray& value)
    {
        static const char* separators[] = {" = ", "=", ": ", " =  ", "\t=\t"};
        return key + separators[range(0, 4)] + value;
    }

    QByteArray sectionBody(bool forCredentials, const QString& name)
    {
        QByteArray body;
        QList<QByteArray> keys;
        if (forCredentials) {
            keys << "aws_access_key_id"
                 << "aws_secret_access_key";
            if (chance(25))
                keys << "aws_session_token";
            if (chance(20))
                keys << "region";
        } else {
            for (const char* k : {"region", "output", "cli_pager", "role_arn", "source_profile", "s3", "my key",
                                  "credential_process"}) {
                if (chance(35))
                    keys << k;
            }
            if (!keys.contains("region") && chance(10))
                keys << "Region";
        }
        for (const QByteArray& key : keys) {
            if (chance(12))
                body += line(one({"# comment", "; another", "# region = old", "  # indented", ""}).toUtf8());
            const QByteArray indent = chance(5) ? "  " : "";
            if (key == "s3") {
                body += line(indent + "s3 =");
                for (const char* sub : {"max_concurrent_requests = 10", "addressing_style = path"}) {
                    if (chance(70))
                        body += line(indent + "    " + sub);
                }
                continue;
            }
            QByteArray value =
                one({"us-east-1", "eu-west-1", "json", "text", "less -R", "x:y=z", "", "v # not"}).toUtf8();
            if (key.startsWith("aws_access"))
                value = "AKIAFAKE" + QByteArray::number(range(1000, 9999)) + name.toUtf8().left(3).toUpper();
            if (key.startsWith("aws_secret") || key.startsWith("aws_session"))
                value = "fake/secret" + QByteArray::number(range(1000, 9999));
            body += line(indent + setting(key, value));
        }
        if (chance(1))
            body += line("oops not a setting");
        if (chance(1) && !keys.isEmpty())
            body += line(setting(keys.first(), "duplicate"));
        if (chance(20))
            body += eol();
        return body;
    }

    QByteArray finish(QByteArray file)
    {
        if (chance(10)) {
            while (file.endsWith('\n') || file.endsWith('\r'))
                file.chop(1);
        }
        return file;
    }

    QByteArray configFile(const QStringList& names)
    {
        chooseLineEnding();
        QByteArray file = maybeBom();
        if (chance(20))
            file += line("# ~/.aws/config");
        // [DEFAULT] lends its keys to [plugins] too, and the CLI would then try to import them as plugin modules:
        // that says more about Python's path than about the files, so the two are not combined.
        const bool withDefault = chance(5);
        if (withDefault)
            file += line("[DEFAULT]") + line("output = fromDEFAULT");
        for (const QString& name : names) {
            if (chance(85))
                file += line(header(name)) + sectionBody(false, name);
        }
        if (!withDefault && chance(15))
            file += line("[plugins]") + line("cli_legacy_plugin_path = /opt/plugins");
        if (chance(10))
            file += line("[sso-session corp]") + line("sso_region = eu-west-1");
        if (chance(8))
            file += line("[services local]") + line("s3 =") + line("  endpoint_url = http://localhost:9000");
        if (chance(5))
            file += line("[p]") + line("c = 1");
        return finish(file);
    }

    QByteArray credentialsFile(const QStringList& names)
    {
        chooseLineEnding();
        QByteArray file = maybeBom();
        if (chance(5))
            file += line("[DEFAULT]") + line("aws_session_token = fake-default-token");
        for (const QString& name : names) {
            if (chance(60))
                file += line("[" + name.toUtf8() + "]") + sectionBody(true, name);
        }
        if (chance(15))
            file += line("[credonly]") + sectionBody(true, QStringLiteral("credonly"));
        return finish(file);
    }

    QRandomGenerator m_rng;
    QByteArray m_eol = "\n";
    // Names as people write them: spaces, dots, the "plugins" quirk, non-ASCII, quotes.
    const QStringList m_profiles{"default", "dev", "prod", "my dev", "a.b", "p", "x", "café", "東京", "it's"};
    const QStringList m_profilesAndGhost{"default", "dev",      "prod", "my dev", "a.b", "p",
                                         "ghost",   "credonly", "café", "東京",   "it's"};
    const QStringList m_getNames{"region",
                                 "output",
                                 "aws_access_key_id",
                                 "s3",
                                 "s3.max_concurrent_requests",
                                 "profile.dev.region",
                                 "dev.region",
                                 "default.output",
                                 "plugins.cli_legacy_plugin_path",
                                 "p.c",
                                 "Region",
                                 "x.y",
                                 "profile.dev",
                                 "my key",
                                 "cli_pager",
                                 "dev.s3.addressing_style",
                                 "a.b.region",
                                 "profile.my dev.region",
                                 "credential_process"};
    const QStringList m_setNames{"region",
                                 "output",
                                 "aws_access_key_id",
                                 "aws_secret_access_key",
                                 "s3.max_concurrent_requests",
                                 "s3.addressing_style",
                                 "profile.dev.region",
                                 "profile.new.output",
                                 "default.region",
                                 "default.s3.max_concurrent_requests",
                                 "plugins.cli_legacy_plugin_path",
                                 "c",
                                 "dev.region",
                                 "x.y.z",
                                 "cli_pager",
                                 "Region",
                                 "profile.my dev.region",
                                 "aws_session_token",
                                 "profile.a.b.c.d"};
    const QStringList m_values{"us-east-1",        "eu-west-1",      "json", "text", "10",
                               "AKIAFAKE00000001", "fake/secret+k=", "v w",  ""};
};

int modeOf(const QString& path)
{
    struct stat st {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class AwsCliConformanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kAws))
            QFAIL("/usr/bin/aws is missing: install Debian's awscli (the README's test command does)");
    }

    // Guard against a vacuous pass (both sides failing the same way): most commands must really work.
    void cleanupTestCase()
    {
        qInfo("%d commands compared: the AWS CLI answered %d (0 or 1), printed a value or list for %d, wrote %d times",
              m_commands, m_answered, m_printed, m_wrote);
        QVERIFY(m_answered * 10 > m_commands * 6);
        QVERIFY(m_printed * 6 > m_commands);
        QVERIFY(m_wrote * 5 > m_commands);
    }

    void scenarios_data() { addScenarioRows(kScenarios); }

    void scenarios()
    {
        QFETCH(int, index);
        const Scenario s = Generator(20261129u + quint32(index)).scenario();
        QTemporaryDir awsHome;
        QTemporaryDir ourHome;
        for (const QString& home : {awsHome.path(), ourHome.path()}) {
            QDir(home).mkpath(QStringLiteral(".aws"));
            QDir(home).mkpath(QStringLiteral("alt"));
            if (s.hasConfig)
                writeFile(home + u'/' + s.configPath, s.config);
            if (s.hasCredentials)
                writeFile(home + u'/' + s.credentialsPath, s.credentials);
        }
        for (const Command& command : s.commands) {
            const SideBySide run =
                runBoth(QStringLiteral(APM_BINARY), command.args, awsHome.path(), s.env, ourHome.path(), s.env);
            const Run& expected = run.aws;
            ++m_commands;
            m_answered += expected.status == 0 || expected.status == 1;
            m_printed += expected.status == 0 && !expected.out.isEmpty();
            m_wrote += command.args.first() == u"set" && expected.status == 0;
            const QString problem = mismatch(run, command.args, s.describe());
            if (!problem.isEmpty())
                qWarning("%s", qPrintable(problem)); // untruncated, unlike the failure message
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const QString context = command.args.join(u' ') + u'\n' + s.describe();
            // The CLI's message, word for word, in ours (which may say more: the file and line, what to do).
            const QByteArray theirs = QByteArray(expected.err)
                                          .replace(QFile::encodeName(awsHome.path()), QFile::encodeName(ourHome.path()))
                                          .trimmed();
            QVERIFY2(run.ours.err.contains(theirs),
                     qPrintable(QStringLiteral("stderr: ours\n%1\naws\n%2\n")
                                    .arg(QString::fromUtf8(run.ours.err), QString::fromUtf8(expected.err))
                                + context));
            // Every file under HOME: the same names, the same bytes (the CLI may create files we must create too).
            const QStringList files = filesUnder(awsHome.path());
            QVERIFY2(files == filesUnder(ourHome.path()),
                     qPrintable(QStringLiteral("files: ours %1, aws %2\n")
                                    .arg(filesUnder(ourHome.path()).join(u' '), files.join(u' '))
                                + context));
            for (const QString& file : files) {
                const QByteArray a = readFile(awsHome.path() + u'/' + file);
                const QByteArray b = readFile(ourHome.path() + u'/' + file);
                QVERIFY2(a == b, qPrintable(QStringLiteral("%1 differs\nours:\n%2\naws:\n%3\n")
                                                .arg(file, QString::fromUtf8(b), QString::fromUtf8(a))
                                            + context));
                const int theirMode = modeOf(awsHome.path() + u'/' + file);
                const int ourMode = modeOf(ourHome.path() + u'/' + file);
                QVERIFY2(
                    theirMode == ourMode,
                    qPrintable(
                        QStringLiteral("%1: mode ours %2, aws %3\n").arg(file).arg(ourMode, 0, 8).arg(theirMode, 0, 8)
                        + context));
            }
        }
    }

private:
    int m_commands = 0;
    int m_answered = 0;
    int m_printed = 0;
    int m_wrote = 0;
};

QTEST_GUILESS_MAIN(AwsCliConformanceTest)
#include "AwsCliConformanceTest.moc"
