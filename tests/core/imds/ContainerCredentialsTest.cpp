// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "imds/ContainerCredentials.h"
#include "support/FakeImdsServer.h"

using Mode = apm::test::FakeImdsServer::Mode;

namespace {

apm::CredentialOutcome fetch(const apm::Environment& env)
{
    apm::ContainerCredentialsFetch fetch(env, QDateTime::currentDateTimeUtc());
    QSignalSpy finished(&fetch, &apm::ContainerCredentialsFetch::finished);
    fetch.start();
    if (finished.isEmpty())
        finished.wait(30000);
    return finished.isEmpty() ? apm::CredentialOutcome{} : finished.first().first().value<apm::CredentialOutcome>();
}

} // namespace

class ContainerCredentialsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<apm::CredentialOutcome>(); }

    void credentialsWithAuthorization()
    {
        apm::test::FakeImdsServer server(Mode::HealthyV2);
        apm::Environment env;
        env.set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url() + "container-credentials");
        env.set("AWS_CONTAINER_AUTHORIZATION_TOKEN", "fake-auth");
        QVERIFY(apm::ContainerCredentialsFetch::applies(env));
        const apm::CredentialOutcome o = fetch(env);
        QVERIFY2(o.credentials, qPrintable(o.error.value_or("")));
        QCOMPARE(o.method, QStringLiteral("container-role"));
        QCOMPARE(o.credentials->accessKey, QStringLiteral("ASIAFAKECONT0001"));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().authorization, QByteArray("fake-auth"));
    }

    void failuresAreRetriedThenStopTheChain()
    {
        apm::test::FakeImdsServer server(Mode::NoRole);
        apm::Environment env;
        env.set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url() + "container-credentials");
        QElapsedTimer clock;
        clock.start();
        const apm::CredentialOutcome o = fetch(env);
        QVERIFY(!o.credentials);
        QCOMPARE(server.requests().size(), 3); // three attempts, a second apart
        QVERIFY(clock.elapsed() >= 1900);
        QCOMPARE(*o.error, QStringLiteral("Error when retrieving credentials from container-role: Error retrieving "
                                          "metadata: Received non 200 response (404) from ECS metadata: no task role"));
    }

    void incompleteAnswer()
    {
        apm::test::FakeImdsServer server(Mode::MissingFields);
        apm::Environment env;
        env.set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url() + "container-credentials");
        QCOMPARE(fetch(env).error.value_or(QString()), QStringLiteral("'Token'"));
    }

    void onlyTheAllowedHosts()
    {
        apm::Environment env;
        env.set("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://example.com/creds");
        const apm::CredentialOutcome o = fetch(env);
        QVERIFY(o.error->startsWith("Unsupported host 'example.com'."));
        QVERIFY(!apm::ContainerCredentialsFetch::applies(apm::Environment()));
    }
};

QTEST_GUILESS_MAIN(ContainerCredentialsTest)
#include "ContainerCredentialsTest.moc"
