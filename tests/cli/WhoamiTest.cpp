// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "support/FakeAws.h"
#include "support/SideBySide.h"
#include "support/TempAws.h"

using apm::test::FakeAws;
using apm::test::Run;
using apm::test::TempAws;

namespace {

constexpr char kSecret[] = "fake/Whoami+Secret/0001"; // FakeAws knows it for AKIAFAKEWHOAMI00001

Run whoami(const TempAws& aws, const QStringList& args, const apm::test::EnvList& env)
{
    return apm::test::finish(apm::test::start(QStringLiteral(APM_BINARY), QStringList{"whoami"} + args, aws.home(),
                                              env + apm::test::EnvList{{"AWS_EC2_METADATA_DISABLED", "true"}}));
}

} // namespace

// `whoami` resolves the credentials as the AWS CLI does, signs GetCallerIdentity with them and sends it where the
// current CLI would; the fake STS accepts only what botocore signs the same way.
class WhoamiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_sts = std::make_unique<FakeAws>(); }
    void cleanupTestCase() { m_sts.reset(); }

    void answersWithTheIdentity()
    {
        TempAws aws("[profile dev]\nregion = eu-west-1\n",
                    QByteArray("[dev]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = ") + kSecret
                        + "\n");
        m_sts->requests();
        const Run r = whoami(aws, {"--profile", "dev"}, {{"AWS_ENDPOINT_URL_STS", m_sts->url()}});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.out.contains("Account      123456789012\n"), r.out.constData());
        QVERIFY(r.out.contains("Arn          arn:aws:iam::123456789012:user/alice\n"));
        QVERIFY(r.out.contains("UserId       AIDAFAKEALICE0001\n"));
        QVERIFY(r.out.contains("Credentials  shared-credentials-file"));
        QVERIFY(!r.out.contains(kSecret));
        const QList<QJsonObject> requests = m_sts->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].value("status").toInt(), 200);
        QCOMPARE(requests[0].value("region").toString(), QStringLiteral("eu-west-1")); // the profile's region
        QCOMPARE(requests[0].value("service").toString(), QStringLiteral("sts"));
    }

    void printsJsonAsTheCliDoes()
    {
        TempAws aws("[default]\nregion = us-west-2\n", QByteArray("[default]\naws_access_key_id = AKIAFAKEWHOAMI00001\n"
                                                                  "aws_secret_access_key = ")
                                                           + kSecret + "\n");
        const Run r = whoami(aws, {"--json"}, {{"AWS_ENDPOINT_URL", m_sts->url()}});
        QVERIFY2(r.status == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("UserId").toString(), QStringLiteral("AIDAFAKEALICE0001"));
        QCOMPARE(o.value("Account").toString(), QStringLiteral("123456789012"));
        QCOMPARE(o.value("Arn").toString(), QStringLiteral("arn:aws:iam::123456789012:user/alice"));
        QVERIFY(r.out.startsWith("{\n    \"")); // indented by four, as the CLI's json.dumps
    }

    // The real AWS CLI against the same fake STS (its --endpoint-url: the installed 2.9 has no
    // AWS_ENDPOINT_URL_STS) gives the expected answers: the JSON, its key order, the statuses, the error lines.
    void answersAsTheAwsCliDoes_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::newRow("identity") << QByteArray("default");
        QTest::newRow("wrong secret") << QByteArray("wrong");
        QTest::newRow("no such profile") << QByteArray("nosuch");
    }

    void answersAsTheAwsCliDoes()
    {
        QFETCH(QByteArray, profile);
        TempAws aws("[default]\nregion = eu-west-1\n[profile wrong]\nregion = eu-west-1\n",
                    QByteArray("[default]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = ") + kSecret
                        + "\n[wrong]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = "
                        + "fake-wrong-secret\n");
        const QString name = QString::fromLatin1(profile);
        const Run theirs = apm::test::finish(apm::test::start(
            apm::test::kAws, {"sts", "get-caller-identity", "--endpoint-url", m_sts->url(), "--profile", name},
            aws.home(), {{"AWS_EC2_METADATA_DISABLED", "true"}}));
        const Run ours = whoami(aws, {"--json", "--profile", name}, {{"AWS_ENDPOINT_URL_STS", m_sts->url()}});
        QCOMPARE(ours.status, theirs.status);
        if (theirs.status != 0) {
            QVERIFY2(!theirs.err.isEmpty(), theirs.out.constData());
            const QByteArray theirLine = theirs.err.split('\n').value(1); // after the blank line both start with
            QCOMPARE(ours.err.split('\n').value(1), theirLine);
            return;
        }
        // Ours goes on with where the credentials came from; up to Arn it is the CLI's text.
        const QByteArray upToArn = theirs.out.left(theirs.out.indexOf("\"Arn\""));
        QVERIFY2(ours.out.startsWith(upToArn), ours.out.constData());
        const QJsonObject mine = QJsonDocument::fromJson(ours.out).object();
        const QJsonObject cli = QJsonDocument::fromJson(theirs.out).object();
        for (const char* key : {"UserId", "Account", "Arn"})
            QCOMPARE(mine.value(QLatin1String(key)), cli.value(QLatin1String(key)));
    }

    // Temporary credentials from the environment carry their token, which the signature covers.
    void temporaryCredentialsSendTheirToken()
    {
        TempAws aws({}, {});
        const Run r = whoami(aws, {},
                             {{"AWS_ACCESS_KEY_ID", "ASIAFAKEWHOAMI00002"},
                              {"AWS_SECRET_ACCESS_KEY", "fake/Temporary/0002"},
                              {"AWS_SESSION_TOKEN", "FakeSessionToken/0002=="},
                              {"AWS_REGION", "ap-northeast-1"},
                              {"AWS_ENDPOINT_URL_STS", m_sts->url()}});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY(r.out.contains("assumed-role/Deploy/session"));
        QVERIFY(r.out.contains("Credentials  env"));
    }

    // The profile's [services] block names the endpoint (the current CLI's configured endpoint URLs).
    void servicesSectionGivesTheEndpoint()
    {
        TempAws aws(QByteArray("[profile dev]\nregion = eu-central-1\nservices = local\n[services local]\nsts =\n"
                               "  endpoint_url = ")
                        + m_sts->url().toUtf8() + "\n",
                    QByteArray("[dev]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = ") + kSecret
                        + "\n");
        m_sts->requests();
        const Run r = whoami(aws, {"--profile", "dev"}, {});
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(m_sts->requests().value(0).value("region").toString(), QStringLiteral("eu-central-1"));
    }

    void refusalsAreTheServicesWordsAndWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("credentials");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("advice");
        QTest::newRow("wrong secret") << QByteArray("aws_access_key_id = AKIAFAKEWHOAMI00001\n"
                                                    "aws_secret_access_key = fake-wrong-secret\n")
                                      << QByteArray("(SignatureDoesNotMatch) when calling the GetCallerIdentity")
                                      << QByteArray("check aws_secret_access_key");
        QTest::newRow("unknown key") << QByteArray("aws_access_key_id = AKIAFAKEUNKNOWN0009\n"
                                                   "aws_secret_access_key = fake-secret\n")
                                     << QByteArray("(InvalidClientTokenId)") << QByteArray("create a new key in IAM");
    }

    void refusalsAreTheServicesWordsAndWhatToDo()
    {
        QFETCH(QByteArray, credentials);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, advice);
        TempAws aws({}, "[default]\n" + credentials);
        const Run r = whoami(aws, {}, {{"AWS_ENDPOINT_URL_STS", m_sts->url()}});
        QCOMPARE(r.status, 254); // the AWS CLI's status for an error the service answered with
        QVERIFY2(r.err.contains("An error occurred " + code), r.err.constData());
        QVERIFY2(r.err.contains(advice), r.err.constData());
        QVERIFY(!r.err.contains("fake-wrong-secret") && !r.err.contains("fake-secret\n"));
    }

    // A role is assumed with its source profile's keys, in the session's region, and the answer lands in the CLI's
    // own cache: the real AWS CLI, offline, then gives the role's credentials, and a second whoami assumes nothing.
    void assumesTheRoleAndCachesItForTheCli()
    {
        TempAws aws("[profile dev]\nregion = eu-west-1\n[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/"
                    "Deploy\nsource_profile = dev\nrole_session_name = tester\nregion = eu-west-1\n",
                    QByteArray("[dev]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = ") + kSecret
                        + "\n");
        m_sts->requests();
        const Run r = whoami(aws, {"--profile", "deploy", "--json"}, {{"AWS_ENDPOINT_URL_STS", m_sts->url()}});
        QVERIFY2(r.status == 0, r.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(identity.value("Arn").toString(),
                 QStringLiteral("arn:aws:sts::123456789012:assumed-role/Deploy/tester"));
        QCOMPARE(identity.value("CredentialSource").toString(), QStringLiteral("assume-role"));
        QVERIFY(!identity.value("Expiration").toString().isEmpty());
        const QList<QJsonObject> calls = m_sts->requests();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].value("action").toString(), QStringLiteral("AssumeRole"));
        QCOMPARE(calls[0].value("access_key").toString(), QStringLiteral("AKIAFAKEWHOAMI00001")); // the source's
        QCOMPARE(calls[0].value("region").toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(calls[0].value("session_name").toString(), QStringLiteral("tester"));
        QCOMPARE(calls[1].value("access_key").toString(), QStringLiteral("ASIAFAKEROLE000003")); // the role's

        const QDir cache(aws.home() + "/.aws/cli/cache");
        const QStringList files = cache.entryList({"*.json"}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(QFileInfo(cache.filePath(files.first())).permissions() & 0x0077, QFileDevice::Permissions());
        const Run cli = apm::test::finish(apm::test::start(
            apm::test::kAws, {"configure", "export-credentials", "--profile", "deploy", "--format", "env"}, aws.home(),
            {{"AWS_EC2_METADATA_DISABLED", "true"}}));
        QVERIFY2(cli.status == 0, cli.err.constData());
        QVERIFY2(cli.out.contains("export AWS_ACCESS_KEY_ID=ASIAFAKEROLE000003\n"), cli.out.constData());
        QVERIFY(cli.out.contains("export AWS_SESSION_TOKEN=FakeRoleToken/0003==\n"));

        const Run again = whoami(aws, {"--profile", "deploy"}, {{"AWS_ENDPOINT_URL_STS", m_sts->url()}});
        QVERIFY2(again.status == 0, again.err.constData());
        const QList<QJsonObject> second = m_sts->requests();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second[0].value("action").toString(), QStringLiteral("GetCallerIdentity"));
    }

    // external_id and mfa_serial go with the call; without a code and without a terminal, whoami says how to give
    // one and sends nothing; a wrong code is STS's refusal.
    void mfaAndExternalId()
    {
        TempAws aws("[profile dev]\nregion = us-east-2\n[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/"
                    "Admin\nsource_profile = dev\nexternal_id = fake-external-id\n"
                    "mfa_serial = arn:aws:iam::123456789012:mfa/alice\nduration_seconds = 1800\n",
                    QByteArray("[dev]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = ") + kSecret
                        + "\n");
        const apm::test::EnvList env{{"AWS_ENDPOINT_URL_STS", m_sts->url()}};
        m_sts->requests();
        const Run noCode = whoami(aws, {"--profile", "admin"}, env);
        QCOMPARE(noCode.status, 253);
        QVERIFY2(noCode.err.contains("--mfa-code"), noCode.err.constData());
        QVERIFY(m_sts->requests().isEmpty());

        const Run wrong = whoami(aws, {"--profile", "admin", "--mfa-code", "000000"}, env);
        QCOMPARE(wrong.status, 254);
        QVERIFY2(wrong.err.contains("An error occurred (AccessDenied) when calling the AssumeRole operation: "
                                    "MultiFactorAuthentication failed"),
                 wrong.err.constData());
        QVERIFY2(wrong.err.contains("The MFA code was not accepted"), wrong.err.constData());
        m_sts->requests();

        const Run right = whoami(aws, {"--profile", "admin", "--mfa-code", "123456"}, env);
        QVERIFY2(right.status == 0, right.err.constData());
        QVERIFY(right.out.contains("assumed-role/Admin/botocore-session-"));
        const QJsonObject call = m_sts->requests().value(0);
        QCOMPARE(call.value("external_id").toString(), QStringLiteral("fake-external-id"));
        QCOMPARE(call.value("mfa_serial").toString(), QStringLiteral("arn:aws:iam::123456789012:mfa/alice"));
        QCOMPARE(call.value("duration").toString(), QStringLiteral("1800"));
        QCOMPARE(call.value("region").toString(), QStringLiteral("us-east-1")); // the admin profile names none
    }

    void withoutCredentialsNothingIsSent()
    {
        TempAws aws("[default]\nregion = eu-west-1\n", {});
        m_sts->requests();
        const Run r = whoami(aws, {}, {{"AWS_ENDPOINT_URL_STS", m_sts->url()}});
        QCOMPARE(r.status, 253);
        QVERIFY2(r.err.contains("Unable to locate credentials"), r.err.constData());
        QVERIFY(m_sts->requests().isEmpty());
    }

    void anEndpointThatDoesNotAnswerIsNamed()
    {
        TempAws aws({}, QByteArray("[default]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = ")
                            + kSecret + "\n");
        const Run r = whoami(aws, {}, {{"AWS_ENDPOINT_URL_STS", "http://127.0.0.1:1"}});
        QCOMPARE(r.status, 255);
        QVERIFY2(r.err.contains("Could not connect to the endpoint URL: \"http://127.0.0.1:1\""), r.err.constData());
    }

    // Throttling is retried as the AWS CLI v2 retries it (botocore's standard mode: three attempts in all, with
    // backoff): once throttled, the second request answers; throttled three times, both give up with the same line.
    void throttlingIsRetriedAsTheCliRetriesIt_data()
    {
        QTest::addColumn<int>("throttled");
        QTest::newRow("once") << 1;
        QTest::newRow("every attempt") << 3;
    }

    void throttlingIsRetriedAsTheCliRetriesIt()
    {
        QFETCH(int, throttled);
        const QByteArray settings = "{\"throttle\": " + QByteArray::number(throttled) + "}";
        TempAws aws("[default]\nregion = eu-west-1\n",
                    QByteArray("[default]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = ") + kSecret
                        + "\n");
        FakeAws forTheCli(settings);
        const Run theirs = apm::test::finish(
            apm::test::start(apm::test::kAws, {"sts", "get-caller-identity", "--endpoint-url", forTheCli.url()},
                             aws.home(), {{"AWS_EC2_METADATA_DISABLED", "true"}}));
        FakeAws forUs(settings);
        const Run ours = whoami(aws, {}, {{"AWS_ENDPOINT_URL_STS", forUs.url()}});
        QCOMPARE(ours.status, theirs.status);
        QCOMPARE(forUs.requests().size(), forTheCli.requests().size());
        if (theirs.status != 0)
            QCOMPARE(ours.err.split('\n').value(1), theirs.err.split('\n').value(1));
    }

    // STS over HTTPS with a certificate of its own: refused as the CLI refuses it (with what to do), trusted once
    // the CA bundle names it, by each of the CLI's three ways (--ca-bundle, AWS_CA_BUNDLE, ca_bundle).
    void aCaBundleIsTrustedAsTheCliTrustsIt()
    {
        QTemporaryDir dir;
        const QString certificate = dir.filePath(QStringLiteral("loopback.pem"));
        const QString key = dir.filePath(QStringLiteral("loopback-key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days",
                       "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        FakeAws https("{}", certificate, key);
        const QByteArray credentials =
            QByteArray("[default]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = ") + kSecret + "\n";
        TempAws aws("[default]\nregion = eu-west-1\n", credentials);
        const apm::test::EnvList env{{"AWS_ENDPOINT_URL_STS", https.url()}};

        const auto cli = [&](const QStringList& more) {
            return apm::test::finish(apm::test::start(
                apm::test::kAws, QStringList{"sts", "get-caller-identity", "--endpoint-url", https.url()} + more,
                aws.home(), {{"AWS_EC2_METADATA_DISABLED", "true"}}));
        };
        const Run theirs = cli({});
        const Run ours = whoami(aws, {}, env);
        QCOMPARE(theirs.status, 255);
        QCOMPARE(ours.status, 255);
        const QByteArray refused = "SSL validation failed for " + https.url().toUtf8();
        QVERIFY2(theirs.err.contains(refused), theirs.err.constData());
        QVERIFY2(ours.err.contains(refused), ours.err.constData());
        QVERIFY(ours.err.contains("check ca_bundle or AWS_CA_BUNDLE"));

        QCOMPARE(cli({"--ca-bundle", certificate}).status, 0);
        Run trusted = whoami(aws, {"--ca-bundle", certificate}, env);
        QVERIFY2(trusted.status == 0, trusted.err.constData());
        trusted = whoami(aws, {}, env + apm::test::EnvList{{"AWS_CA_BUNDLE", certificate}});
        QVERIFY2(trusted.status == 0, trusted.err.constData());
        TempAws inConfig("[default]\nregion = eu-west-1\nca_bundle = " + certificate.toUtf8() + "\n", credentials);
        trusted = whoami(inConfig, {}, env);
        QVERIFY2(trusted.status == 0, trusted.err.constData());
        QVERIFY(trusted.out.contains("arn:aws:iam::123456789012:user/alice"));
        QVERIFY2(trusted.err.isEmpty(), trusted.err.constData()); // nothing from Qt's TLS when the program ends
    }

    // HTTP_PROXY and NO_PROXY as the CLI applies them, side by side. Through the proxy (here the fake itself, which
    // answers a proxy's absolute-form request) to a host name only the proxy could reach; a dead proxy that
    // NO_PROXY exempts the endpoint from; the same dead proxy without NO_PROXY.
    void proxiesAsTheCliUsesThem()
    {
        TempAws aws("[default]\nregion = eu-west-1\n",
                    QByteArray("[default]\naws_access_key_id = AKIAFAKEWHOAMI00001\naws_secret_access_key = ") + kSecret
                        + "\n");
        const QString proxied = QStringLiteral("http://sts.proxied.test:%1").arg(QUrl(m_sts->url()).port());
        struct Case {
            const char* name;
            QString endpoint;
            apm::test::EnvList env;
            int status;
            bool proxied;
        };
        const QList<Case> cases{
            {"through the proxy", proxied, {{"HTTP_PROXY", m_sts->url()}}, 0, true},
            {"exempt by NO_PROXY",
             m_sts->url(),
             {{"HTTP_PROXY", "http://127.0.0.1:9"}, {"NO_PROXY", "127.0.0.1"}},
             0,
             false},
            {"a dead proxy", m_sts->url(), {{"HTTP_PROXY", "http://127.0.0.1:9"}}, 255, false},
        };
        for (const Case& c : cases) {
            m_sts->requests();
            const Run theirs = apm::test::finish(
                apm::test::start(apm::test::kAws, {"sts", "get-caller-identity", "--endpoint-url", c.endpoint},
                                 aws.home(), c.env + apm::test::EnvList{{"AWS_EC2_METADATA_DISABLED", "true"}}));
            const Run ours = whoami(aws, {}, c.env + apm::test::EnvList{{"AWS_ENDPOINT_URL_STS", c.endpoint}});
            QVERIFY2(theirs.status == c.status, c.name);
            QVERIFY2(ours.status == c.status, qPrintable(QString::fromUtf8(c.name + QByteArray(": ") + ours.err)));
            const QList<QJsonObject> requests = m_sts->requests();
            QCOMPARE(requests.size(), c.status == 0 ? 2 : 0);
            for (const QJsonObject& request : requests)
                QVERIFY2(request.value("proxied").toBool() == c.proxied, c.name);
        }
    }

private:
    std::unique_ptr<FakeAws> m_sts;
};

QTEST_GUILESS_MAIN(WhoamiTest)
#include "WhoamiTest.moc"
