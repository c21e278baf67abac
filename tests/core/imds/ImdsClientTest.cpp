// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "imds/ImdsClient.h"
#include "support/FakeImdsServer.h"

using apm::ImdsResult;
using Mode = apm::test::FakeImdsServer::Mode;
using Outcome = ImdsResult::Outcome;

Q_DECLARE_METATYPE(Mode)
Q_DECLARE_METATYPE(Outcome)

namespace {

apm::ImdsSettings settingsFor(const QString& url, int timeout = 1, int attempts = 1)
{
    apm::Environment env;
    env.set("AWS_EC2_METADATA_SERVICE_ENDPOINT", url);
    env.set("AWS_METADATA_SERVICE_TIMEOUT", QString::number(timeout));
    env.set("AWS_METADATA_SERVICE_NUM_ATTEMPTS", QString::number(attempts));
    return apm::ImdsSettings::resolve(env, nullptr);
}

ImdsResult probe(const apm::ImdsSettings& settings)
{
    apm::ImdsProbe probe(settings);
    QSignalSpy finished(&probe, &apm::ImdsProbe::finished);
    probe.start();
    if (finished.isEmpty() && !finished.wait(60000))
        return {};
    return finished.first().first().value<ImdsResult>();
}

// What Debian's python3-botocore (the reference fetcher) gets from the same kind of server.
QJsonObject botocore(const QString& url, int timeout, int attempts)
{
    static const char* script = R"(
import json, sys
from botocore.utils import InstanceMetadataFetcher, InstanceMetadataRegionFetcher
url, timeout, attempts = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
creds = InstanceMetadataFetcher(timeout=timeout, num_attempts=attempts, base_url=url).retrieve_iam_role_credentials()
try:
    region = InstanceMetadataRegionFetcher(timeout=timeout, num_attempts=attempts, base_url=url).retrieve_region()
except Exception as e:
    region = 'error'
print(json.dumps({'access_key': creds.get('access_key'), 'role': creds.get('role_name'), 'region': region}))
)";
    QProcess python;
    QProcessEnvironment env; // no proxies, nothing from the developer's shell
    env.insert("PATH", "/usr/bin:/bin");
    env.insert("HOME", QDir::tempPath());
    python.setProcessEnvironment(env);
    python.start("/usr/bin/python3", {"-c", script, url, QString::number(timeout), QString::number(attempts)});
    QSignalSpy done(&python, &QProcess::finished);
    done.wait(120000); // keeps our event loop (and the server) running meanwhile
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

class ImdsClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ImdsResult>(); }

    void faults_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("v2");
        QTest::addColumn<QString>("region");
        QTest::newRow("healthy IMDSv2") << Mode::HealthyV2 << Outcome::Credentials << true << "eu-north-1";
        QTest::newRow("token 403: IMDSv1") << Mode::V1Only403 << Outcome::Credentials << false << "eu-north-1";
        QTest::newRow("token 404: IMDSv1") << Mode::V1Only404 << Outcome::Credentials << false << "eu-north-1";
        QTest::newRow("token 405: IMDSv1") << Mode::V1Only405 << Outcome::Credentials << false << "eu-north-1";
        QTest::newRow("token never answers: IMDSv1")
            << Mode::TokenHangs << Outcome::Credentials << false << "eu-north-1";
        QTest::newRow("slower than the timeout") << Mode::Slow << Outcome::Unreachable << false << "";
        QTest::newRow("no role attached") << Mode::NoRole << Outcome::NoRole << true << "eu-north-1";
        QTest::newRow("malformed document") << Mode::MalformedDocument << Outcome::BadDocument << true << "eu-north-1";
        QTest::newRow("oversized document") << Mode::OversizedDocument << Outcome::BadDocument << true << "eu-north-1";
        QTest::newRow("document without Token") << Mode::MissingFields << Outcome::BadDocument << true << "eu-north-1";
        QTest::newRow("expired credentials") << Mode::Expired << Outcome::Credentials << true << "eu-north-1";
        QTest::newRow("redirect not followed") << Mode::Redirect << Outcome::Unreachable << true << "";
        QTest::newRow("500 then success") << Mode::Error500ThenOk << Outcome::Credentials << false << "eu-north-1";
        QTest::newRow("token 400") << Mode::TokenBadRequest << Outcome::BadRequest << false << "";
        QTest::newRow("IMDSv2 required") << Mode::V2Required << Outcome::Credentials << true << "eu-north-1";
    }

    void faults()
    {
        QFETCH(Mode, mode);
        QFETCH(Outcome, outcome);
        QFETCH(bool, v2);
        QFETCH(QString, region);
        apm::test::FakeImdsServer server(mode);
        const ImdsResult result = probe(settingsFor(server.url(), 1, 2));
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.usedToken, v2);
        QCOMPARE(result.region.value_or(QString()), region);
        QVERIFY(!result.trace.isEmpty());
        QVERIFY(!result.diagnosis.isEmpty());
        QVERIFY(!result.diagnosis.contains("fake-imds-secret")); // secrets never in the diagnosis
        if (outcome == Outcome::Credentials) {
            QCOMPARE(result.roleName, std::optional<QString>("fake-role"));
            QCOMPARE(result.credentials->accessKey, QStringLiteral("ASIAFAKEIMDS0001"));
            QCOMPARE(result.expired, mode == Mode::Expired);
            // How long they last, in human units (tomorrow noon: hours and minutes, or a day and hours).
            static const QRegularExpression lasting(QStringLiteral("\\(in (1 d( \\d+ h)?|\\d+ h \\d+ min)\\)"));
            QVERIFY2(result.expired || lasting.match(result.diagnosis).hasMatch(), qPrintable(result.diagnosis));
        }
        if (mode == Mode::Redirect)
            QVERIFY(std::none_of(server.requests().cbegin(), server.requests().cend(),
                                 [](const auto& r) { return r.path == "/elsewhere"; }));
        // Every GET after a successful token carries it.
        if (v2) {
            for (const auto& step : result.trace)
                QVERIFY(step.method == u"PUT" || step.withToken);
        }
    }

    // The same fault modes through botocore's own fetcher: the same credentials (or none) and the same region.
    void sameAsBotocore_data() { faults_data(); }
    void sameAsBotocore()
    {
        QFETCH(Mode, mode);
        if (!QFile::exists("/usr/bin/python3"))
            QFAIL("python3-botocore is the reference here: install it (the README's test command does)");
        apm::test::FakeImdsServer ours(mode);
        apm::test::FakeImdsServer theirs(mode);
        const ImdsResult result = probe(settingsFor(ours.url(), 1, 2));
        const QJsonObject reference = botocore(theirs.url(), 1, 2);
        QVERIFY2(!reference.isEmpty(), "could not run botocore");
        const QString referenceKey = reference.value("access_key").toString();
        const QString ourKey = result.outcome == Outcome::Credentials ? result.credentials->accessKey : QString();
        QCOMPARE(ourKey, referenceKey);
        // botocore 1.29 (Debian's) raises on a 400 to the region's token request; since 2.21.1 the CLI returns no
        // region instead, as we do.
        const QString referenceRegion = reference.value("region").toString();
        QCOMPARE(result.region.value_or(QString()), referenceRegion == u"error" ? QString() : referenceRegion);
        // IMDSv1 or v2, as botocore chose: compare what the two servers saw.
        auto tokenGets = [](const apm::test::FakeImdsServer& s) {
            return std::count_if(s.requests().cbegin(), s.requests().cend(),
                                 [](const auto& r) { return r.method == "GET" && r.hasToken; });
        };
        QCOMPARE(tokenGets(ours) > 0, tokenGets(theirs) > 0);
    }

    void givesUpWithinTimeoutTimesAttempts()
    {
        // Accepts connections and never answers: every request runs into the read timeout.
        apm::test::FakeImdsServer server(Mode::Silent);
        QElapsedTimer clock;
        clock.start();
        const ImdsResult result = probe(settingsFor(server.url(), 1, 2));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(result.outcome, Outcome::Unreachable);
        // Token (1 try: a read timeout falls back at once), then the role list twice: about 3 s; generous slack.
        QVERIFY2(elapsed < 3 * 1000 + 4000, qPrintable(QString::number(elapsed)));
        QVERIFY(result.diagnosis.contains("hop limit"));
    }

    void settings_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("error");
        QTest::newRow("default") << QStringList{} << "http://169.254.169.254/"
                                 << "";
        QTest::newRow("ipv6 mode") << QStringList{"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6"}
                                   << "http://[fd00:ec2::254]/"
                                   << "";
        QTest::newRow("legacy ipv6") << QStringList{"AWS_IMDS_USE_IPV6=true"} << "http://[fd00:ec2::254]/"
                                     << "";
        QTest::newRow("endpoint wins over mode") << QStringList{"AWS_EC2_METADATA_SERVICE_ENDPOINT=http://127.0.0.1:9/",
                                                                "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=ipv6"}
                                                 << "http://127.0.0.1:9/"
                                                 << "";
        // The CLI 2.9 pastes the path on as it is (2.28.3 adds the '/'): the probe then fails as it does.
        QTest::newRow("no final slash kept")
            << QStringList{"AWS_EC2_METADATA_SERVICE_ENDPOINT=http://127.0.0.1:9"} << "http://127.0.0.1:9"
            << "";
        QTest::newRow("bad mode") << QStringList{"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=ipv5"}
                                  << "http://169.254.169.254/"
                                  << "Invalid EC2 Instance Metadata endpoint mode: ipv5";
        QTest::newRow("bad timeout") << QStringList{"AWS_METADATA_SERVICE_TIMEOUT=1.5"} << "http://169.254.169.254/"
                                     << "invalid literal for int() with base 10: '1.5'";
        QTest::newRow("bad endpoint") << QStringList{"AWS_EC2_METADATA_SERVICE_ENDPOINT=not a url"}
                                      << "http://169.254.169.254/"
                                      << "Invalid endpoint EC2 Instance Metadata endpoint: not a url";
    }

    void settings()
    {
        QFETCH(QStringList, env);
        QFETCH(QString, baseUrl);
        QFETCH(QString, error);
        apm::Environment e;
        for (const QString& kv : env)
            e.set(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        const apm::ImdsSettings s = apm::ImdsSettings::resolve(e, nullptr);
        QCOMPARE(s.baseUrl, baseUrl);
        if (error.isEmpty())
            QVERIFY2(!s.error, qPrintable(s.error.value_or(QString())));
        else
            QVERIFY2(s.error && s.error->startsWith(error), qPrintable(s.error.value_or(QStringLiteral("no error"))));
    }

    // An endpoint with a port and no final '/': the token URL does not parse (urllib3's LocationParseError) and
    // the CLI stops with "Invalid endpoint"; nothing is sent.
    void endpointWithoutFinalSlash()
    {
        apm::test::FakeImdsServer server(Mode::HealthyV2);
        QString url = server.url();
        url.chop(1);
        const ImdsResult result = probe(settingsFor(url));
        QCOMPARE(result.outcome, ImdsResult::Outcome::InvalidEndpoint);
        QCOMPARE(result.cliError.value_or(QString()),
                 QStringLiteral("Invalid endpoint EC2 Instance Metadata endpoint: %1latest/api/token").arg(url));
        QVERIFY(server.requests().isEmpty());
    }

    void regionOnly()
    {
        // What `configure list` asks when nothing else sets the region: a fresh token and the zone, nothing else.
        apm::test::FakeImdsServer server(Mode::NoRole);
        apm::ImdsProbe probe(settingsFor(server.url()), apm::ImdsProbe::Scope::Region);
        QSignalSpy finished(&probe, &apm::ImdsProbe::finished);
        probe.start();
        QVERIFY(finished.wait(10000));
        const ImdsResult r = finished.first().first().value<ImdsResult>();
        QCOMPARE(r.outcome, Outcome::RegionOnly);
        QCOMPARE(r.region, std::optional<QString>("eu-north-1"));
        QVERIFY(!r.credentials);
        QVERIFY(r.diagnosis.contains("eu-north-1"));
        QCOMPARE(server.requests().size(), 2);
    }

    void disabled()
    {
        apm::Environment e;
        e.set("AWS_EC2_METADATA_DISABLED", "TRUE");
        const ImdsResult r = probe(apm::ImdsSettings::resolve(e, nullptr));
        QCOMPARE(r.outcome, Outcome::Disabled);
        QVERIFY(r.trace.isEmpty());
    }

    void v1DisabledDoesNotFallBack()
    {
        apm::test::FakeImdsServer server(Mode::V1Only403);
        apm::ImdsSettings s = settingsFor(server.url());
        s.v1Disabled = true;
        const ImdsResult r = probe(s);
        QCOMPARE(r.outcome, Outcome::TokenRequired);
        QCOMPARE(server.requests().size(), 1); // the token request only
    }

    void proxySwallowsMetadataRequests()
    {
        // The classic failure: HTTP_PROXY set and the metadata address not in NO_PROXY. The "proxy" is ours on
        // loopback; nothing is sent to the real metadata address.
        apm::test::FakeImdsServer proxy(Mode::SwallowingProxy);
        apm::Environment e;
        e.set("HTTP_PROXY", proxy.url());
        e.set("AWS_METADATA_SERVICE_TIMEOUT", "1");
        const apm::ImdsSettings s = apm::ImdsSettings::resolve(e, nullptr);
        QVERIFY(s.proxy.has_value());
        const ImdsResult r = probe(s);
        QCOMPARE(r.outcome, Outcome::Unreachable);
        QVERIFY(!proxy.requests().isEmpty());
        QVERIFY(r.diagnosis.startsWith("Requests go through the proxy"));
        QVERIFY(r.diagnosis.contains("NO_PROXY"));
        e.set("NO_PROXY", "localhost,169.254.169.254");
        QVERIFY(!apm::ImdsSettings::resolve(e, nullptr).proxy.has_value());
    }
};

QTEST_GUILESS_MAIN(ImdsClientTest)
#include "ImdsClientTest.moc"
