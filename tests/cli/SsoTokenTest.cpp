// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SSO profiles whose role credentials are not cached: what the token `aws sso login` left in ~/.aws/sso/cache
// decides the answer. Each state that the CLI settles without the network (missing, not JSON, incomplete, an
// sso-session token expired with nothing to refresh it) is run side by side with `aws configure list` and
// `export-credentials`; the states that need the network are checked on our side only (they must say so).
// A proxy on a closed loopback port makes sure no request could leave the machine.
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include "support/SideBySide.h"

using namespace apm::test;

namespace {

const QByteArray kConfig =
    "[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\n"
    "sso_role_name = Admin\nregion = eu-west-1\n"
    "[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\n"
    "sso_region = eu-west-1\n"
    "[profile legacy]\nsso_start_url = https://legacy.awsapps.com/start\nsso_region = eu-west-1\n"
    "sso_account_id = 111122223333\nsso_role_name = Admin\n";

QString tokenFile(const QString& home, const QString& name)
{
    return home + QStringLiteral("/.aws/sso/cache/")
           + QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex())
           + QStringLiteral(".json");
}

const EnvList kEnv{{QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true")},
                   {QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://127.0.0.1:9")},
                   {QStringLiteral("HTTP_PROXY"), QStringLiteral("http://127.0.0.1:9")}};

} // namespace

class SsoTokenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sideBySide_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("cacheName"); // whose sha1 names the token file; empty: no file
        QTest::addColumn<QByteArray>("token");
        const QString session = QStringLiteral("corp");
        const QString legacy = QStringLiteral("https://legacy.awsapps.com/start");
        QTest::newRow("sso-session, no token") << "corp" << QString() << QByteArray();
        QTest::newRow("sso-session, not JSON") << "corp" << session << QByteArray("not json");
        QTest::newRow("sso-session, no accessToken")
            << "corp" << session << QByteArray("{\"startUrl\":\"https://example.awsapps.com/start\"}");
        QTest::newRow("sso-session, expired, no refresh token")
            << "corp" << session
            << QByteArray("{\"startUrl\":\"https://example.awsapps.com/start\",\"region\":\"eu-west-1\","
                          "\"accessToken\":\"fake-token\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}");
        QTest::newRow("sso-session, expired, registration expired too")
            << "corp" << session
            << QByteArray(
                   "{\"startUrl\":\"https://example.awsapps.com/start\",\"region\":\"eu-west-1\","
                   "\"accessToken\":\"fake-token\",\"expiresAt\":\"2020-01-01T00:00:00Z\",\"refreshToken\":\"r\","
                   "\"clientId\":\"c\",\"clientSecret\":\"s\",\"registrationExpiresAt\":\"2020-01-01T00:00:00Z\"}");
        QTest::newRow("legacy, no token") << "legacy" << QString() << QByteArray();
        QTest::newRow("legacy, not JSON") << "legacy" << legacy << QByteArray("[");
        QTest::newRow("legacy, no expiresAt")
            << "legacy" << legacy
            << QByteArray("{\"startUrl\":\"https://legacy.awsapps.com/start\",\"accessToken\":\"t\"}");
    }

    void sideBySide()
    {
        QFETCH(QString, profile);
        QFETCH(QString, cacheName);
        QFETCH(QByteArray, token);
        QTemporaryDir awsHome, ourHome;
        for (const QTemporaryDir* home : {&awsHome, &ourHome}) {
            writeFile(home->path() + QStringLiteral("/.aws/config"), kConfig);
            if (!cacheName.isEmpty())
                writeFile(tokenFile(home->path(), cacheName), token);
        }
        for (const QString& command : {QStringLiteral("list"), QStringLiteral("export-credentials")}) {
            const QStringList args{command, QStringLiteral("--profile"), profile};
            const SideBySide r = runBoth(QStringLiteral(APM_BINARY), args, awsHome.path(), kEnv, ourHome.path(), kEnv);
            const QString why = mismatch(r, args, QString());
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QCOMPARE(r.ours.status, 255);
            // The CLI's message, word for word (ours may say more after it).
            QVERIFY2(r.ours.err.contains(r.aws.err.trimmed()), qPrintable(QString::fromUtf8(r.ours.err + r.aws.err)));
        }
    }

    // A valid token, or an expiring one that could be refreshed: the CLI would call AWS; we say that we would have to,
    // and (explain) until when the sign-in holds.
    void tokensThatNeedTheNetwork_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("cacheName");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("signIn");
        QTest::newRow("valid") << "corp"
                               << "corp"
                               << QByteArray("{\"startUrl\":\"https://example.awsapps.com/start\",\"region\":"
                                             "\"eu-west-1\",\"accessToken\":\"fake-token\",\"expiresAt\":"
                                             "\"2099-01-01T00:00:00Z\"}")
                               << QByteArray("signed in to SSO as corp until 2099-01-01T00:00:00Z");
        QTest::newRow("expired, refreshable")
            << "corp"
            << "corp"
            << QByteArray("{\"startUrl\":\"https://example.awsapps.com/start\",\"region\":\"eu-west-1\","
                          "\"accessToken\":\"fake-token\",\"expiresAt\":\"2020-01-01T00:00:00Z\",\"refreshToken\":"
                          "\"r\",\"clientId\":\"c\",\"clientSecret\":\"s\",\"registrationExpiresAt\":"
                          "\"2099-01-01T00:00:00Z\"}")
            << QByteArray("the SSO sign-in as corp ends at 2020-01-01T00:00:00Z; the AWS CLI renews it");
        // A legacy token is sent as it is, expired or not: AWS refuses it.
        QTest::newRow("legacy, expired")
            << "legacy"
            << "https://legacy.awsapps.com/start"
            << QByteArray("{\"startUrl\":\"https://legacy.awsapps.com/start\",\"region\":\"eu-west-1\","
                          "\"accessToken\":\"fake-token\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}")
            << QByteArray("the SSO sign-in as https://legacy.awsapps.com/start expired at 2020-01-01T00:00:00Z: AWS "
                          "will refuse it, run aws sso login");
    }

    void tokensThatNeedTheNetwork()
    {
        QFETCH(QString, profile);
        QFETCH(QString, cacheName);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, signIn);
        QTemporaryDir home;
        writeFile(home.path() + QStringLiteral("/.aws/config"), kConfig);
        writeFile(tokenFile(home.path(), cacheName), token);
        const Run run = finish(start(QStringLiteral(APM_BINARY),
                                     {QStringLiteral("export-credentials"), QStringLiteral("--profile"), profile},
                                     home.path(), kEnv));
        QCOMPARE(run.status, 253);
        QVERIFY2(run.err.contains("GetRoleCredentials"), run.err.constData());
        QVERIFY(!run.err.contains("fake-token"));
        const Run explained =
            finish(start(QStringLiteral(APM_BINARY), {QStringLiteral("explain"), QStringLiteral("--profile"), profile},
                         home.path(), kEnv));
        QVERIFY2(explained.out.contains(signIn), explained.out.constData());
        QVERIFY(!explained.out.contains("fake-token"));
    }
};

QTEST_GUILESS_MAIN(SsoTokenTest)
#include "SsoTokenTest.moc"
