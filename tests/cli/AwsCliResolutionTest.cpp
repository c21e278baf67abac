// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The precedence engine side by side with the real AWS CLI v2 (/usr/bin/aws): generated profiles of every kind
// (static keys, partial keys, credential_process scripts that succeed or fail, assume-role chains, SSO, web
// identity), environment variables and --profile/--region; `configure list` and `configure export-credentials`
// must print the same and exit the same. Nothing reaches a network: IMDS is disabled, and every role and SSO
// profile has its credentials in the CLI's cache (~/.aws/cli/cache), whose file names the CLI must find by the
// same hash we compute.
#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "resolve/CredentialChain.h"
#include "support/FakeImdsServer.h"
#include "support/SideBySide.h"

using namespace apm::test;

namespace {

constexpr int kScenarios = 220;
const QString kHome = QStringLiteral("@HOME@"); // replaced by each side's HOME when files are written

struct File {
    QString path; // relative to HOME
    QByteArray bytes;
    bool executable = false;
};

using ImdsMode = FakeImdsServer::Mode;

struct Scenario {
    QList<File> files;
    EnvList env;
    std::optional<ImdsMode> imds;      // a metadata service on loopback instead of IMDS disabled
    std::optional<ImdsMode> container; // a container credentials endpoint on loopback
    QStringList listArgs;
    QStringList exportArgs;
    QString describe() const
    {
        QString text;
        for (const File& f : files)
            text += QStringLiteral("--- %1:\n%2\n").arg(f.path, QString::fromUtf8(f.bytes));
        if (imds)
            text += QStringLiteral("--- IMDS: fault mode %1\n").arg(int(*imds));
        if (container)
            text += QStringLiteral("--- container endpoint: fault mode %1\n").arg(int(*container));
        text += QStringLiteral("--- env:");
        for (const auto& [k, v] : env)
            text += QStringLiteral(" %1='%2'").arg(k, v);
        return text;
    }
};

QByteArray cacheDocument(const QString& accessKey, const QString& provider = QString())
{
    const QString expiration =
        QDateTime::currentDateTimeUtc().addDays(2).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    QString json =
        QStringLiteral("{")
        + (provider.isEmpty() ? QString() : QStringLiteral("\"ProviderType\": \"%1\", ").arg(provider))
        + QStringLiteral("\"Credentials\": {\"AccessKeyId\": \"%1\", \"SecretAccessKey\": \"fake-cached-secret\", "
                         "\"SessionToken\": \"fake-cached-token\", \"Expiration\": \"%2\"}}")
              .arg(accessKey, expiration);
    return json.toUtf8();
}

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {}

    Scenario scenario()
    {
        Scenario s;
        QByteArray config;
        QByteArray credentials;
        const QStringList names = pick(2, 6, {"default", "dev", "prod", "role", "chain", "proc", "sso", "web"});
        for (const QString& name : names)
            addProfile(s, name, names, config, credentials);
        if (config.contains("sso_session"))
            config += "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n";
        s.files.append({QStringLiteral(".aws/config"), config});
        if (!credentials.isEmpty() || chance(50))
            s.files.append({QStringLiteral(".aws/credentials"), credentials});

        if (chance(25)) {
            const QList<ImdsMode> modes{ImdsMode::HealthyV2,      ImdsMode::V1Only403,
                                        ImdsMode::NoRole,         ImdsMode::MalformedDocument,
                                        ImdsMode::Error500ThenOk, ImdsMode::TokenBadRequest,
                                        ImdsMode::MissingFields};
            s.imds = modes.at(range(0, int(modes.size()) - 1));
            if (chance(8)) // the CLI checks this before any provider, and stops
                s.env.append({QStringLiteral("AWS_METADATA_SERVICE_TIMEOUT"), QStringLiteral("1.5")});
        } else {
            s.env.append({QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true")});
        }
        if (chance(40))
            s.env.append({QStringLiteral("AWS_PROFILE"), chance(8) ? QStringLiteral("ghost") : one(names)});
        if (chance(10))
            s.env.append({QStringLiteral("AWS_DEFAULT_PROFILE"), one(names)});
        if (chance(22)) {
            s.env.append({QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAFAKEENVIRON01")});
            if (chance(85))
                s.env.append({QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("fake-env-secret")});
            if (chance(30))
                s.env.append({QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("fake-env-token")});
            if (chance(10))
                s.env.append({QStringLiteral("AWS_SECURITY_TOKEN"), QStringLiteral("fake-env-security-token")});
            if (chance(12)) {
                s.env.append(
                    {QStringLiteral("AWS_CREDENTIAL_EXPIRATION"),
                     chance(50) ? QStringLiteral("2031-05-06T07:08:09Z") : QStringLiteral("2020-01-01T00:00:00Z")});
            }
        }
        if (chance(15))
            s.env.append({QStringLiteral("AWS_REGION"), chance(20) ? QString() : QStringLiteral("env-region-1")});
        if (chance(15))
            s.env.append({QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("env-default-region-2")});
        if (chance(4)) {
            s.env.append({QStringLiteral("AWS_CREDENTIAL_FILE"), QStringLiteral("~/ec2-creds")});
            if (chance(80))
                s.files.append(
                    {QStringLiteral("ec2-creds"), "AWSAccessKeyId=AKIAFAKEEC2FILE01\nAWSSecretKey=fake-ec2\n"});
        }
        if (chance(8)) {
            const QList<ImdsMode> modes{ImdsMode::HealthyV2, ImdsMode::NoRole, ImdsMode::MalformedDocument,
                                        ImdsMode::MissingFields};
            s.container = modes.at(range(0, int(modes.size()) - 1));
            if (chance(40))
                s.env.append({QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"), QStringLiteral("fake-auth")});
        } else if (chance(2)) {
            // Refused before any request: not one of the hosts the CLI allows.
            s.env.append(
                {QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"), QStringLiteral("http://example.com/creds")});
        }
        if (chance(4))
            s.files.append(
                {QStringLiteral(".boto"),
                 "[Credentials]\naws_access_key_id = AKIAFAKEBOTO0001\naws_secret_access_key = fake-boto\n"});

        QStringList common;
        if (chance(30))
            common << QStringLiteral("--profile") << (chance(6) ? QStringLiteral("ghost") : one(names));
        s.listArgs = QStringList{QStringLiteral("list")} + common;
        if (chance(15))
            s.listArgs << QStringLiteral("--region") << QStringLiteral("option-region-3");
        s.exportArgs = QStringList{QStringLiteral("export-credentials")} + common;
        if (chance(60))
            s.exportArgs << QStringLiteral("--format")
                         << one({"process", "env", "env-no-export", "powershell", "windows-cmd"});
        return s;
    }

private:
    int range(int lo, int hi) { return int(m_rng.bounded(lo, hi + 1)); }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    QString one(const QStringList& list) { return list.at(int(m_rng.bounded(int(list.size())))); }
    QStringList pick(int lo, int hi, QStringList pool)
    {
        QStringList chosen;
        for (int i = 0, n = range(lo, hi); i < n && !pool.isEmpty(); ++i)
            chosen.append(pool.takeAt(int(m_rng.bounded(int(pool.size())))));
        return chosen;
    }

    static QByteArray header(const QString& name)
    {
        return name == u"default" ? QByteArray("[default]\n") : "[profile " + name.toUtf8() + "]\n";
    }

    void staticKeys(const QString& name, QByteArray& into, bool partial)
    {
        into += "aws_access_key_id = AKIAFAKE" + name.toUpper().toUtf8().leftJustified(8, 'X') + "\n";
        if (!partial)
            into += "aws_secret_access_key = fake-" + name.toUtf8() + "-secret\n";
        if (chance(30))
            into += "aws_session_token = fake-" + name.toUtf8() + "-token\n";
    }

    void addProcess(Scenario& s, const QString& name, QByteArray& config)
    {
        const QString script = QStringLiteral("cp-%1.sh").arg(name);
        QByteArray body;
        const QByteArray key = "AKIAFAKEPROC" + name.toUpper().toUtf8().leftJustified(5, 'X');
        switch (range(0, 9)) {
        case 0: body = "echo '{\"Version\": 2, \"AccessKeyId\": \"" + key + "\", \"SecretAccessKey\": \"s\"}'"; break;
        case 1: body = "echo 'something went wrong' >&2; exit 3"; break;
        case 2: body = "echo '{\"Version\": 1, \"AccessKeyId\": \"" + key + "\"}'"; break;
        case 3:
            body = "echo '{\"Version\": 1, \"AccessKeyId\": \"" + key
                   + "\", \"SecretAccessKey\": \"fake-proc\", "
                     "\"SessionToken\": \"fake-proc-token\", \"Expiration\": \"2019-01-01T00:00:00Z\"}'";
            break;
        case 4:
            body = "echo '{\"Version\": 1, \"AccessKeyId\": \"" + key
                   + "\", \"SecretAccessKey\": \"fake-proc\", "
                     "\"SessionToken\": \"fake-proc-token\", \"Expiration\": \"2032-02-03T04:05:06Z\"}'";
            break;
        default:
            body =
                "echo '{\"Version\": 1, \"AccessKeyId\": \"" + key + "\", \"SecretAccessKey\": \"fake-proc-secret\"}'";
            break;
        }
        s.files.append({script, "#!/bin/sh\n" + body + "\n", true});
        config += "credential_process = " + kHome.toUtf8() + "/" + script.toUtf8()
                  + (chance(30) ? " --arg 'two words'" : "") + "\n";
    }

    void addRole(Scenario& s, const QString& name, const QStringList& names, QByteArray& config)
    {
        const QString arn = QStringLiteral("arn:aws:iam::123456789012:role/R-%1").arg(name);
        config += "role_arn = " + arn.toUtf8() + "\n";
        const int source = range(0, 9);
        if (source <= 5) {
            const QString src = source == 0 ? QStringLiteral("missing") : source == 1 ? name : one(names);
            config += "source_profile = " + src.toUtf8() + "\n";
        } else if (source == 6) {
            config += "credential_source = Environment\n";
        } else if (source == 7) {
            config += "credential_source = " + QByteArray(chance(50) ? "environment" : "Ec2InstanceMetadata") + "\n";
        } else if (source == 8) {
            config += "source_profile = default\ncredential_source = Environment\n";
        } // 9: neither
        std::optional<QString> sessionName, externalId, mfa;
        std::optional<int> duration;
        if (chance(30)) {
            sessionName = QStringLiteral("session-%1").arg(name);
            config += "role_session_name = " + sessionName->toUtf8() + "\n";
        }
        if (chance(25)) {
            externalId = QStringLiteral("ext \"quoted\" %1").arg(name);
            config += "external_id = " + externalId->toUtf8() + "\n";
        }
        if (chance(20)) {
            mfa = QStringLiteral("arn:aws:iam::123456789012:mfa/someone");
            config += "mfa_serial = " + mfa->toUtf8() + "\n";
        }
        if (chance(20)) {
            const bool valid = chance(80);
            duration = valid ? std::optional<int>(3600) : std::nullopt;
            config += valid ? "duration_seconds = 3600\n" : "duration_seconds = one hour\n";
        }
        const QString key = apm::CredentialChain::assumeRoleCacheKey(arn, sessionName, externalId, mfa, duration);
        s.files.append({QStringLiteral(".aws/cli/cache/%1.json").arg(key),
                        cacheDocument(QStringLiteral("ASIAFAKEROLE%1").arg(name.toUpper().left(4)))});
    }

    void addProfile(Scenario& s, const QString& name, const QStringList& names, QByteArray& config,
                    QByteArray& credentials)
    {
        QByteArray section = header(name);
        if (chance(50))
            section += "region = " + one({"us-east-1", "eu-west-1", "ap-northeast-1"}).toUtf8() + "\n";
        if (chance(20))
            section += "output = text\n";
        if (name == u"role" || name == u"chain") {
            addRole(s, name, names, section);
        } else if (name == u"proc") {
            addProcess(s, name, section);
            if (chance(15)) // keys in the credentials file come first in the chain
                credentials += "[proc]\n", staticKeys(name, credentials, false);
        } else if (name == u"sso") {
            const int variant = range(0, 9);
            if (variant != 0)
                section += "sso_session = " + QByteArray(variant == 1 ? "nosuch" : "corp") + "\n";
            if (variant != 2)
                section += "sso_account_id = 111122223333\n";
            section += "sso_role_name = ReadOnly\n";
            if (variant == 3)
                section += "sso_region = us-west-2\n"; // inconsistent with the session
            s.files.append({QStringLiteral(".aws/cli/cache/%1.json")
                                .arg(apm::CredentialChain::ssoCacheKey(
                                    QStringLiteral("111122223333"), QStringLiteral("ReadOnly"), QStringLiteral("corp"),
                                    QStringLiteral("https://corp.awsapps.com/start"))),
                            cacheDocument(QStringLiteral("ASIAFAKESSO00001"), QStringLiteral("sso"))});
        } else if (name == u"web") {
            const QString arn = QStringLiteral("arn:aws:iam::123456789012:role/Web");
            section += "web_identity_token_file = " + kHome.toUtf8() + "/token\n";
            if (chance(90))
                section += "role_arn = " + arn.toUtf8() + "\n";
            section += "role_session_name = web-session\n";
            s.files.append({QStringLiteral("token"), "fake-oidc-token"});
            s.files.append(
                {QStringLiteral(".aws/cli/cache/%1.json")
                     .arg(apm::CredentialChain::assumeRoleCacheKey(arn, QStringLiteral("web-session"), {}, {}, {})),
                 cacheDocument(QStringLiteral("ASIAFAKEWEB00001"))});
        } else {
            const int where = range(0, 9);
            if (where <= 5)
                credentials += "[" + name.toUtf8() + "]\n", staticKeys(name, credentials, where == 0);
            else if (where <= 7)
                staticKeys(name, section, where == 6);
            if (chance(10))
                credentials += "[" + name.toUtf8() + "]\nregion = from-credentials-file\n";
        }
        config += section;
    }

    QRandomGenerator m_rng;
};

} // namespace

class AwsCliResolutionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kAws))
            QFAIL("/usr/bin/aws is missing: install Debian's awscli (the README's test command does)");
    }

    void cleanupTestCase()
    {
        qInfo("%d commands compared: the AWS CLI succeeded %d times, found credentials %d times", m_commands,
              m_succeeded, m_credentials);
        QVERIFY(m_succeeded * 3 > m_commands);
        QVERIFY(m_credentials * 5 > m_commands);
    }

    void scenarios_data() { addScenarioRows(kScenarios); }

    void scenarios()
    {
        QFETCH(int, index);
        const Scenario s = Generator(7000u + quint32(index)).scenario();
        QTemporaryDir awsHome;
        QTemporaryDir ourHome;
        for (const QString& home : {awsHome.path(), ourHome.path()}) {
            for (const File& f : s.files) {
                QByteArray bytes = f.bytes;
                bytes.replace(kHome.toUtf8(), home.toUtf8());
                writeFile(home + u'/' + f.path, bytes, f.executable);
            }
        }
        // Each side gets its own metadata service, so that neither sees the other's requests.
        std::unique_ptr<FakeImdsServer> awsImds;
        std::unique_ptr<FakeImdsServer> ourImds;
        EnvList awsEnv = s.env;
        EnvList ourEnv = s.env;
        std::unique_ptr<FakeImdsServer> awsContainer;
        std::unique_ptr<FakeImdsServer> ourContainer;
        if (s.container) {
            awsContainer = std::make_unique<FakeImdsServer>(*s.container);
            ourContainer = std::make_unique<FakeImdsServer>(*s.container);
            awsEnv.append(
                {QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"), awsContainer->url() + "container-credentials"});
            ourEnv.append(
                {QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"), ourContainer->url() + "container-credentials"});
        }
        if (s.imds) {
            awsImds = std::make_unique<FakeImdsServer>(*s.imds);
            ourImds = std::make_unique<FakeImdsServer>(*s.imds);
            awsEnv.append({QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), awsImds->url()});
            ourEnv.append({QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), ourImds->url()});
        }
        for (const QStringList& args : {s.listArgs, s.exportArgs}) {
            auto adapt = [](EnvList env, const QString& home) {
                for (auto& [k, v] : env)
                    v.replace(QStringLiteral("@HOME@"), home);
                return env;
            };
            const SideBySide run =
                runBoth(QStringLiteral(APM_BINARY), args, awsHome.path(), adapt(awsEnv, awsHome.path()), ourHome.path(),
                        adapt(ourEnv, ourHome.path()));
            ++m_commands;
            m_succeeded += run.aws.status == 0;
            m_credentials +=
                run.aws.status == 0 && !run.aws.out.contains("<not set>             None    None\nsecret_key");
            const QString problem = mismatch(run, args, s.describe());
            if (!problem.isEmpty())
                qWarning("%s", qPrintable(problem)); // untruncated, unlike the failure message
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

private:
    int m_commands = 0;
    int m_succeeded = 0;
    int m_credentials = 0;
};

QTEST_GUILESS_MAIN(AwsCliResolutionTest)
#include "AwsCliResolutionTest.moc"
