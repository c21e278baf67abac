// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "aws/Endpoints.h"
#include "config/ProfileStore.h"
#include "support/TempAws.h"

// The configured endpoint URLs against the AWS SDKs' shared test suite (tests/data/configured-endpoint-urls.json,
// from the AWS CLI v2's functional tests): profiles, [services] blocks and variables in every combination.
class EndpointsTest : public QObject
{
    Q_OBJECT

    static QJsonObject suite()
    {
        QFile f(QStringLiteral(APM_TEST_DATA "/configured-endpoint-urls.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no configured-endpoint-urls.json");
        return QJsonDocument::fromJson(f.readAll()).object().value("testSuites").toArray().at(0).toObject();
    }

    // The suite's profiles and services as one config file.
    static QByteArray configFile(const QJsonObject& s)
    {
        QByteArray config;
        const QJsonObject profiles = s.value("profiles").toObject();
        for (auto it = profiles.begin(); it != profiles.end(); ++it) {
            config += it.key() == u"default" ? QByteArray("[default]\n") : "[profile " + it.key().toUtf8() + "]\n";
            const QJsonObject keys = it.value().toObject();
            for (auto k = keys.begin(); k != keys.end(); ++k)
                config += k.key().toUtf8() + " = " + k.value().toString().toUtf8() + "\n";
        }
        const QJsonObject services = s.value("services").toObject();
        for (auto it = services.begin(); it != services.end(); ++it) {
            config += "[services " + it.key().toUtf8() + "]\n";
            const QJsonObject perService = it.value().toObject();
            for (auto svc = perService.begin(); svc != perService.end(); ++svc) {
                config += svc.key().toUtf8() + " =\n";
                const QJsonObject keys = svc.value().toObject();
                for (auto k = keys.begin(); k != keys.end(); ++k)
                    config += "  " + k.key().toUtf8() + " = " + k.value().toString().toUtf8() + "\n";
            }
        }
        return config;
    }

private Q_SLOTS:
    void matchesTheSdkSuite_data()
    {
        QTest::addColumn<QJsonObject>("test");
        int rows = 0;
        for (const QJsonValue& t : suite().value("endpointUrlTests").toArray()) {
            // The client's own endpoint_url (the CLI's --endpoint-url) is an option our commands do not have.
            if (t.toObject().value("client_config").toString() != u"default")
                continue;
            QTest::newRow(qPrintable(t.toObject().value("name").toString())) << t.toObject();
            ++rows;
        }
        QVERIFY(rows >= 15);
    }

    void matchesTheSdkSuite()
    {
        QFETCH(QJsonObject, test);
        const QJsonObject s = suite();
        apm::test::TempAws aws(configFile(s), {});
        const QJsonObject variables =
            s.value("environments").toObject().value(test.value("environment").toString()).toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it)
            aws.environment.set(it.key(), it.value().toString());
        const apm::ProfileStore store(aws.environment);
        QVERIFY(store.isValid());
        const QString service = test.value("service").toString();
        const QString expected = test.value("output").toObject().value("endpointUrl").toString();
        const auto endpoint =
            apm::endpoints::configured(store, aws.environment, test.value("profile").toString(), service);
        // The service's own endpoint means that nothing configured one.
        if (expected == QStringLiteral("https://%1.fake-region-10.amazonaws.com").arg(service))
            QVERIFY2(!endpoint, qPrintable(endpoint ? endpoint->url.toString() : QString()));
        else
            QCOMPARE(endpoint ? endpoint->url.toString() : QString(), expected);
    }

    // STS's own endpoint, as /usr/bin/aws 2.9 sends GetCallerIdentity (seen with --debug, through a dead proxy).
    void stsAsTheCliPicksIt_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("url");
        QTest::newRow("no region: global") << QString() << "https://sts.amazonaws.com";
        QTest::newRow("aws-global") << "aws-global"
                                    << "https://sts.amazonaws.com";
        QTest::newRow("regional, us-east-1 too") << "us-east-1"
                                                 << "https://sts.us-east-1.amazonaws.com";
        QTest::newRow("regional") << "eu-west-1"
                                  << "https://sts.eu-west-1.amazonaws.com";
        QTest::newRow("China") << "cn-north-1"
                               << "https://sts.cn-north-1.amazonaws.com.cn";
        QTest::newRow("ISO") << "us-iso-east-1"
                             << "https://sts.us-iso-east-1.c2s.ic.gov";
        QTest::newRow("ISOB") << "us-isob-east-1"
                              << "https://sts.us-isob-east-1.sc2s.sgov.gov";
    }

    void stsAsTheCliPicksIt()
    {
        QFETCH(QString, region);
        QFETCH(QString, url);
        apm::test::TempAws aws("[default]\n", {});
        const apm::ProfileStore store(aws.environment);
        const auto endpoint = apm::endpoints::sts(store, aws.environment, QStringLiteral("default"),
                                                  region.isEmpty() ? std::nullopt : std::optional(region));
        QCOMPARE(endpoint.url.toString(), url);
    }

    // IAM's endpoint and signing region, as /usr/bin/aws 2.9 picks them for ListAccessKeys (seen with --debug:
    // "Endpoint provider result" and the signing context).
    void iamAsTheCliPicksIt_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("signingRegion");
        QTest::newRow("no region") << QString() << "https://iam.amazonaws.com"
                                   << "us-east-1";
        QTest::newRow("a region of the aws partition") << "eu-west-1"
                                                       << "https://iam.amazonaws.com"
                                                       << "us-east-1";
        QTest::newRow("aws-global") << "aws-global"
                                    << "https://iam.amazonaws.com"
                                    << "us-east-1";
        QTest::newRow("China") << "cn-northwest-1"
                               << "https://iam.cn-north-1.amazonaws.com.cn"
                               << "cn-north-1";
        QTest::newRow("GovCloud") << "us-gov-east-1"
                                  << "https://iam.us-gov.amazonaws.com"
                                  << "us-gov-west-1";
        QTest::newRow("ISO") << "us-iso-east-1"
                             << "https://iam.us-iso-east-1.c2s.ic.gov"
                             << "us-iso-east-1";
    }

    void iamAsTheCliPicksIt()
    {
        QFETCH(QString, region);
        QFETCH(QString, url);
        QFETCH(QString, signingRegion);
        apm::test::TempAws aws("[default]\n", {});
        const apm::ProfileStore store(aws.environment);
        const auto endpoint = apm::endpoints::iam(store, aws.environment, QStringLiteral("default"),
                                                  region.isEmpty() ? std::nullopt : std::optional(region));
        QCOMPARE(endpoint.url.toString(), url);
        QCOMPARE(endpoint.signingRegion, signingRegion);
    }

    // The SSO portal for an sso_region, in every partition: what Debian's botocore resolves for the `sso` client,
    // asked at test time. AWS_ENDPOINT_URL_SSO, then AWS_ENDPOINT_URL, come first.
    void ssoPortalAsBotocoreResolvesIt()
    {
        const QStringList regions{QStringLiteral("eu-west-1"),     QStringLiteral("ap-southeast-4"),
                                  QStringLiteral("cn-north-1"),    QStringLiteral("us-gov-west-1"),
                                  QStringLiteral("us-iso-east-1"), QStringLiteral("us-isob-east-1")};
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral("-c"),
                        QStringLiteral("import sys, botocore.session\n"
                                       "s = botocore.session.get_session()\n"
                                       "for r in sys.argv[1:]:\n"
                                       "    print(s.create_client('sso', region_name=r, "
                                       "aws_access_key_id='x', aws_secret_access_key='y').meta.endpoint_url)\n")}
                + regions);
        QVERIFY(python.waitForFinished(60000));
        const QStringList expected = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(expected.size(), regions.size());
        apm::test::TempAws aws("[default]\n", {});
        const apm::ProfileStore store(aws.environment);
        for (qsizetype i = 0; i < regions.size(); ++i) {
            QCOMPARE(
                apm::endpoints::ssoPortal(store, aws.environment, QStringLiteral("default"), regions[i]).url.toString(),
                expected[i]);
        }
        aws.environment.set(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:2"));
        QCOMPARE(
            apm::endpoints::ssoPortal(store, aws.environment, QStringLiteral("default"), regions[0]).url.toString(),
            QStringLiteral("http://127.0.0.1:2"));
        aws.environment.set(QStringLiteral("AWS_ENDPOINT_URL_SSO"), QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(
            apm::endpoints::ssoPortal(store, aws.environment, QStringLiteral("default"), regions[0]).url.toString(),
            QStringLiteral("http://127.0.0.1:1"));
    }

    // A configured endpoint is signed for the region as set, aws-global included (the CLI 2.9 with --endpoint-url,
    // seen in the fake server's log).
    void configuredEndpointSignsForTheRegionAsSet()
    {
        apm::test::TempAws aws("[default]\nendpoint_url = http://127.0.0.1:1\n", {});
        const apm::ProfileStore store(aws.environment);
        for (const QString& region : {QStringLiteral("aws-global"), QStringLiteral("eu-west-1")}) {
            QCOMPARE(apm::endpoints::iam(store, aws.environment, QStringLiteral("default"), region).signingRegion,
                     region);
            QCOMPARE(apm::endpoints::sts(store, aws.environment, QStringLiteral("default"), region).signingRegion,
                     region);
        }
    }

    // The CLI v2 always calls STS in the region: sts_regional_endpoints = legacy changes nothing (its botocore
    // sets AWS::STS::UseGlobalEndpoint to false; /usr/bin/aws --debug shows sts.eu-west-1.amazonaws.com).
    void stsRegionalEndpointsLegacyChangesNothing()
    {
        apm::test::TempAws aws("[default]\nsts_regional_endpoints = legacy\n", {});
        const apm::ProfileStore store(aws.environment);
        aws.environment.set(QStringLiteral("AWS_STS_REGIONAL_ENDPOINTS"), QStringLiteral("legacy"));
        QCOMPARE(apm::endpoints::sts(store, aws.environment, QStringLiteral("default"), QStringLiteral("eu-west-1"))
                     .url.toString(),
                 QStringLiteral("https://sts.eu-west-1.amazonaws.com"));
    }
};

QTEST_GUILESS_MAIN(EndpointsTest)
#include "EndpointsTest.moc"
