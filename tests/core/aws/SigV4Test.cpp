// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "aws/SigV4.h"

// Each request is signed by SigV4 and by Debian's botocore (SigV4Auth, run by tests/support/botocore_sigv4.py at
// the same time stamp): the canonical request, the string to sign and the Authorization header must be botocore's.
class SigV4Test : public QObject
{
    Q_OBJECT

    struct Case {
        QByteArray tag;
        QByteArray method;
        QString url;
        apm::SigV4::Headers headers;
        QByteArray body;
        std::optional<QString> token;
        QString region;
        QString service;
    };

    static QList<Case> cases()
    {
        const apm::SigV4::Headers form{{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
        return {
            {"sts GetCallerIdentity", "POST", "https://sts.eu-west-1.amazonaws.com/", form,
             "Action=GetCallerIdentity&Version=2011-06-15", std::nullopt, "eu-west-1", "sts"},
            {"session token", "POST", "https://sts.amazonaws.com/", form, "Action=GetCallerIdentity&Version=2011-06-15",
             QStringLiteral("FakeSessionToken/with+plus=="), "us-east-1", "sts"},
            {"iam, a loopback endpoint with its port", "POST", "http://127.0.0.1:45678/", form,
             "Action=CreateAccessKey&UserName=alice&Version=2010-05-08", std::nullopt, "us-east-1", "iam"},
            {"default port left out of the host", "POST", "https://iam.amazonaws.com:443/", form,
             "Action=ListAccessKeys&Version=2010-05-08", std::nullopt, "us-east-1", "iam"},
            {"query string sorted, dot segments and double slashes",
             "GET",
             "https://example.amazonaws.com/a/./b//../c/?b=2&a=3&a=1&empty",
             {},
             "",
             std::nullopt,
             "us-west-2",
             "execute-api"},
            {"encoded path is encoded again",
             "GET",
             "https://example.amazonaws.com/with%20space/x~y",
             {},
             "",
             std::nullopt,
             "us-west-2",
             "execute-api"},
            {"header values trimmed, user agent not signed",
             "POST",
             "https://sts.amazonaws.com/",
             {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
              {"X-Custom", "  two   spaces  "},
              {"User-Agent", "aws-profile-manager/0.1"}},
             "Action=GetCallerIdentity&Version=2011-06-15",
             std::nullopt,
             "us-east-1",
             "sts"},
            {"an old signature is replaced",
             "POST",
             "https://sts.amazonaws.com/",
             {{"Authorization", "AWS4-HMAC-SHA256 Credential=old"}, {"X-Amz-Date", "20000101T000000Z"}},
             "Action=GetCallerIdentity&Version=2011-06-15",
             std::nullopt,
             "us-east-1",
             "sts"},
        };
    }

private Q_SLOTS:
    void matchesBotocore_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].tag.constData()) << i;
    }

    void matchesBotocore()
    {
        QFETCH(int, index);
        const QDateTime now(QDate(2026, 12, 2), QTime(7, 53, 9), Qt::UTC);
        const QByteArray timestamp = apm::SigV4::timestampOf(now);
        QCOMPARE(timestamp, QByteArray("20261202T075309Z"));
        QCOMPARE(botocore().size(), cases().size());
        const Case c = cases().at(index);

        apm::ResolvedCredentials credentials;
        credentials.accessKey = QStringLiteral("AKIAFAKEFAKEFAKE0001");
        credentials.secretKey = QStringLiteral("fake/Secret+Key/0001");
        credentials.token = c.token;
        const apm::SigV4 signer(credentials, c.region, c.service);
        apm::SigV4::Request request{c.method, QUrl(c.url), c.headers, c.body};
        signer.sign(request, now);

        const QJsonObject expected = botocore().at(index).toObject();
        QCOMPARE(QString::fromUtf8(apm::SigV4::canonicalRequest(request)),
                 expected.value(QStringLiteral("canonical_request")).toString());
        QCOMPARE(QString::fromUtf8(signer.stringToSign(request, timestamp)),
                 expected.value(QStringLiteral("string_to_sign")).toString());
        QList<QByteArray> authorization;
        for (const auto& [name, value] : request.headers) {
            if (name == "Authorization")
                authorization.append(value);
        }
        QCOMPARE(authorization.size(), 1);
        QCOMPARE(QString::fromUtf8(authorization.first()), expected.value(QStringLiteral("authorization")).toString());
    }

    // AWS's published test suite, the cases that apply to query APIs (tests/data/sigv4-test-suite.json).
    void publishedTestSuite_data()
    {
        QTest::addColumn<QJsonObject>("test");
        const QJsonArray cases = suite().value("cases").toArray();
        for (const QJsonValue& c : cases)
            QTest::newRow(qPrintable(c.toObject().value("name").toString())) << c.toObject();
        QVERIFY(cases.size() >= 20);
    }

    void publishedTestSuite()
    {
        QFETCH(QJsonObject, test);
        const QJsonObject s = suite();
        apm::ResolvedCredentials credentials;
        credentials.accessKey = s.value("accessKeyId").toString();
        credentials.secretKey = s.value("secretAccessKey").toString();
        if (test.contains("token"))
            credentials.token = test.value("token").toString();
        const apm::SigV4 signer(credentials, s.value("region").toString(), s.value("service").toString());
        apm::SigV4::Request request;
        request.method = test.value("method").toString().toUtf8();
        request.url = QUrl(QStringLiteral("https://example.amazonaws.com") + test.value("uri").toString());
        for (const QJsonValue& h : test.value("headers").toArray())
            request.headers.append({h.toArray().at(0).toString().toUtf8(), h.toArray().at(1).toString().toUtf8()});
        request.body = test.value("body").toString().toUtf8();
        const QByteArray timestamp = s.value("timestamp").toString().toUtf8();
        signer.sign(request, QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC)); // the suite's time

        QCOMPARE(QString::fromUtf8(apm::SigV4::canonicalRequest(request)), test.value("creq").toString());
        if (test.contains("sts"))
            QCOMPARE(QString::fromUtf8(signer.stringToSign(request, timestamp)), test.value("sts").toString());
        QCOMPARE(QString::fromUtf8(request.headers.last().second), test.value("authz").toString());
    }

private:
    static QJsonObject suite()
    {
        QFile f(QStringLiteral(APM_TEST_DATA "/sigv4-test-suite.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no sigv4-test-suite.json");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    // botocore's answers for every case, asked once.
    const QJsonArray& botocore()
    {
        if (m_botocore.isEmpty()) {
            QJsonArray input;
            for (const Case& c : cases()) {
                QJsonArray headers;
                for (const auto& [name, value] : c.headers)
                    headers.append(QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)});
                input.append(QJsonObject{{"method", QString::fromUtf8(c.method)},
                                         {"url", c.url},
                                         {"headers", headers},
                                         {"body", QString::fromUtf8(c.body)},
                                         {"access_key", "AKIAFAKEFAKEFAKE0001"},
                                         {"secret_key", "fake/Secret+Key/0001"},
                                         {"token", c.token ? QJsonValue(*c.token) : QJsonValue()},
                                         {"region", c.region},
                                         {"service", c.service},
                                         {"timestamp", "20261202T075309Z"}});
            }
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral(APM_TEST_DATA "/../support/botocore_sigv4.py")});
            python.write(QJsonDocument(input).toJson());
            python.closeWriteChannel();
            if (!python.waitForFinished(60000) || python.exitCode() != 0)
                qFatal("botocore_sigv4.py failed: %s", python.readAllStandardError().constData());
            m_botocore = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        }
        return m_botocore;
    }

    QJsonArray m_botocore;
};

QTEST_GUILESS_MAIN(SigV4Test)
#include "SigV4Test.moc"
