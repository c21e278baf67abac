// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "config/ProfileStore.h"
#include "fakes/FakeSecretStore.h"
#include "secrets/CredentialVault.h"
#include "support/TempAws.h"

using apm::CredentialVault;
using apm::SecretResult;
using apm::test::TempAws;

namespace {

const QByteArray kConfig = "[profile dev]\nregion = eu-west-1\n";
const QByteArray kCredentials =
    "[dev]\naws_access_key_id = AKIAFAKEVAULT001\naws_secret_access_key = fake-vault-secret\n"
    "aws_session_token = fake-token\n";

bool run(CredentialVault& vault, bool in, const QString& profile, QString* message = nullptr)
{
    QSignalSpy finished(&vault, &CredentialVault::finished);
    in ? vault.moveIn(profile) : vault.moveOut(profile);
    if (finished.isEmpty())
        finished.wait(5000);
    if (message)
        *message = finished.first().at(1).toString();
    return finished.first().first().toBool();
}

} // namespace

class CredentialVaultTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        TempAws aws(kConfig, kCredentials);
        apm::ProfileStore store(aws.environment);
        apm::test::FakeSecretStore secrets;
        CredentialVault vault(&store, &secrets, "/opt/apm dir/aws-profile-manager");
        QVERIFY(run(vault, true, "dev"));
        QCOMPARE(TempAws::read(aws.configPath()),
                 kConfig
                     + "credential_process = \"/opt/apm dir/aws-profile-manager\" credential-process --profile dev\n");
        QCOMPARE(TempAws::read(aws.credentialsPath()), QByteArray("[dev]\n"));
        const auto stored = CredentialVault::parsePayload(secrets.items.value("dev"));
        QVERIFY(stored);
        QCOMPARE(stored->accessKey, QStringLiteral("AKIAFAKEVAULT001"));
        QCOMPARE(stored->token, std::optional<QString>("fake-token"));
        QVERIFY(CredentialVault::isKeychainBacked(store.profile("dev")->value("credential_process").value()));

        QVERIFY(run(vault, false, "dev"));
        QCOMPARE(TempAws::read(aws.configPath()), kConfig);
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
        QVERIFY(secrets.items.isEmpty());
    }

    void failuresChangeNothing_data()
    {
        QTest::addColumn<int>("failure");
        QTest::newRow("keychain locked") << 0;
        QTest::newRow("read back differs") << 1;
        QTest::newRow("no keychain") << 2;
    }

    void failuresChangeNothing()
    {
        QFETCH(int, failure);
        TempAws aws(kConfig, kCredentials);
        apm::ProfileStore store(aws.environment);
        apm::test::FakeSecretStore secrets;
        if (failure == 0)
            secrets.failWrites = SecretResult::Status::Denied;
        if (failure == 1)
            secrets.corruptReads = true;
        if (failure == 2)
            secrets.failWrites = SecretResult::Status::Unavailable;
        CredentialVault vault(&store, &secrets, "/usr/bin/aws-profile-manager");
        QString message;
        QVERIFY(!run(vault, true, "dev", &message));
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains("fake-vault-secret"));
        QCOMPARE(TempAws::read(aws.configPath()), kConfig);
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
        QVERIFY(secrets.items.isEmpty()); // nothing left behind in the keychain either
    }

    void refusals()
    {
        TempAws aws("[profile plain]\nregion = x\n[profile proc]\ncredential_process = /bin/true\n", kCredentials);
        apm::ProfileStore store(aws.environment);
        apm::test::FakeSecretStore secrets;
        CredentialVault vault(&store, &secrets, "/usr/bin/aws-profile-manager");
        QVERIFY(!run(vault, true, "plain"));   // no keys to move
        QVERIFY(!run(vault, true, "missing")); // no such profile
        QVERIFY(!run(vault, false, "proc"));   // not ours
        QVERIFY(!run(vault, false, "dev"));    // not in the keychain
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
    }

    void commandLineQuoting()
    {
        QCOMPARE(CredentialVault::processCommand("/a b/apm", "my prof"),
                 QStringLiteral("\"/a b/apm\" credential-process --profile 'my prof'"));
        QVERIFY(CredentialVault::isKeychainBacked(CredentialVault::processCommand("/a b/apm", "my prof")));
        QVERIFY(!CredentialVault::isKeychainBacked("/usr/bin/other --profile x"));
    }
};

QTEST_GUILESS_MAIN(CredentialVaultTest)
#include "CredentialVaultTest.moc"
