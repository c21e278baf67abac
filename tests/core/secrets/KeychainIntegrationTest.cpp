// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Against a real Secret Service: tests/core/secrets/with-keyring.sh starts this test inside dbus-run-session
// with a gnome-keyring-daemon unlocked by a throwaway password. The real AWS CLI then gets the keys through our
// credential-process.
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "config/ProfileStore.h"
#include "secrets/CredentialVault.h"
#include "secrets/KeychainSecretStore.h"
#include "support/FakeAws.h"
#include "support/TempAws.h"

Q_DECLARE_METATYPE(std::optional<apm::ResolvedCredentials>)

using apm::test::TempAws;

namespace {

const QByteArray kConfig = "[profile dev]\nregion = eu-west-1\n";
const QByteArray kCredentials =
    "[dev]\naws_access_key_id = AKIAFAKEKEYRING01\naws_secret_access_key = fake-keyring-secret\n";

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, const TempAws& aws, bool withBus = true,
        const QList<QPair<QString, QString>>& more = {})
{
    QProcess p;
    QProcessEnvironment env;
    for (const auto& [name, value] : more)
        env.insert(name, value);
    env.insert("HOME", aws.home());
    env.insert("PATH", "/usr/bin:/bin");
    env.insert("AWS_EC2_METADATA_DISABLED", "true");
    if (withBus)
        env.insert("DBUS_SESSION_BUS_ADDRESS", qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class KeychainIntegrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/core/secrets/with-keyring.sh (a D-Bus session with gnome-keyring)");
    }

    void moveInThenOutWithTheRealCli()
    {
        TempAws aws(kConfig, kCredentials);
        const QString apm = QStringLiteral(APM_BINARY);
        Run r = run(apm, {"keychain", "move-in", "--profile", "dev"}, aws);
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(TempAws::read(aws.configPath()),
                 kConfig + "credential_process = \"" + apm.toUtf8() + "\" credential-process --profile dev\n");
        QCOMPARE(TempAws::read(aws.credentialsPath()), QByteArray("[dev]\n"));

        // The real AWS CLI now gets the keychain's keys, through our credential-process.
        r = run("/usr/bin/aws", {"configure", "export-credentials", "--profile", "dev"}, aws);
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("{\n  \"Version\": 1,\n  \"AccessKeyId\": \"AKIAFAKEKEYRING01\",\n"
                                   "  \"SecretAccessKey\": \"fake-keyring-secret\"\n}\n"));
        r = run("/usr/bin/aws", {"configure", "list", "--profile", "dev"}, aws);
        QVERIFY(r.out.contains("****************NG01   custom-process"));

        r = run(apm, {"keychain", "move-out", "--profile", "dev"}, aws);
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(TempAws::read(aws.configPath()), kConfig);
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
        r = run("/usr/bin/aws", {"configure", "list", "--profile", "dev"}, aws);
        QVERIFY(r.out.contains("****************NG01 shared-credentials-file"));
        // ...and the item is gone.
        r = run(apm, {"credential-process", "--profile", "dev"}, aws);
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("no item for profile dev"));
    }

    // Rotating the key of a keychain-backed profile (against the fake IAM and STS) changes the item, not the files;
    // the real CLI gets the new key through credential-process, and STS knows it.
    void rotateAKeychainBackedKey()
    {
        apm::test::FakeAws server(R"({"new_key_delay": 1})");
        TempAws aws(kConfig, "[dev]\naws_access_key_id = AKIAFAKEWHOAMI00001\n"
                             "aws_secret_access_key = fake/Whoami+Secret/0001\n");
        const QString apm = QStringLiteral(APM_BINARY);
        Run r = run(apm, {"keychain", "move-in", "--profile", "dev"}, aws);
        QVERIFY2(r.status == 0, r.err.constData());
        const QByteArray config = TempAws::read(aws.configPath());
        const QByteArray credentials = TempAws::read(aws.credentialsPath());

        r = run(apm, {"rotate", "--profile", "dev"}, aws, true, {{"AWS_ENDPOINT_URL", server.url()}});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.out.contains("The new key AKIAFAKEROTATED00001 is in the keychain, for dev."), r.out.constData());
        QCOMPARE(TempAws::read(aws.configPath()), config);
        QCOMPARE(TempAws::read(aws.credentialsPath()), credentials);
        r = run("/usr/bin/aws", {"sts", "get-caller-identity", "--profile", "dev", "--endpoint-url", server.url()},
                aws);
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY(r.out.contains("arn:aws:iam::123456789012:user/alice"));
        r = run(apm, {"credential-process", "--profile", "dev"}, aws);
        QVERIFY2(r.out.contains("\"AccessKeyId\":\"AKIAFAKEROTATED00001\""), r.out.constData());
        const QList<QJsonObject> requests = server.requests();
        QCOMPARE(requests.last().value("action").toString(), QStringLiteral("GetCallerIdentity")); // the CLI's
        QCOMPARE(requests[requests.size() - 2].value("deleted").toString(), QStringLiteral("AKIAFAKEWHOAMI00001"));
    }

    // Editing the keys of a keychain-backed profile changes the item, not the files; the real CLI sees it.
    void editKeysInTheKeychain()
    {
        TempAws aws(kConfig, kCredentials);
        const QString apm = QStringLiteral(APM_BINARY);
        Run r = run(apm, {"keychain", "move-in", "--profile", "dev"}, aws);
        QVERIFY2(r.status == 0, r.err.constData());
        const QByteArray config = TempAws::read(aws.configPath());

        apm::Environment env = aws.environment;
        env.set("DBUS_SESSION_BUS_ADDRESS", qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
        apm::ProfileStore store(env);
        apm::KeychainSecretStore keychain(env, QStringLiteral(APM_KEYCHAIN_MODULE));
        apm::CredentialVault vault(&store, &keychain, apm);
        QSignalSpy read(&vault, &apm::CredentialVault::keysRead);
        vault.readKeys("dev");
        QVERIFY(read.wait(20000));
        const auto keys = read.first().at(1).value<std::optional<apm::ResolvedCredentials>>();
        QVERIFY(keys && keys->accessKey == "AKIAFAKEKEYRING01");

        apm::ResolvedCredentials changed;
        changed.accessKey = "AKIAFAKEKEYRING02";
        changed.secretKey = "fake-keyring-secret-2";
        changed.token = "fake-keyring-token";
        QSignalSpy written(&vault, &apm::CredentialVault::keysWritten);
        vault.writeKeys("dev", changed);
        QVERIFY(written.wait(20000));
        QVERIFY(written.first().at(1).toBool());
        QVERIFY(!written.first().at(2).toString().contains("fake-keyring"));
        QCOMPARE(TempAws::read(aws.configPath()), config);
        QCOMPARE(TempAws::read(aws.credentialsPath()), QByteArray("[dev]\n"));
        r = run("/usr/bin/aws", {"configure", "export-credentials", "--profile", "dev"}, aws);
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("{\n  \"Version\": 1,\n  \"AccessKeyId\": \"AKIAFAKEKEYRING02\",\n"
                                   "  \"SecretAccessKey\": \"fake-keyring-secret-2\",\n"
                                   "  \"SessionToken\": \"fake-keyring-token\"\n}\n"));
        r = run(apm, {"keychain", "move-out", "--profile", "dev"}, aws);
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(TempAws::read(aws.credentialsPath()),
                 QByteArray("[dev]\naws_access_key_id = AKIAFAKEKEYRING02\naws_secret_access_key = "
                            "fake-keyring-secret-2\naws_session_token = fake-keyring-token\n"));
    }

    void withoutDbusNothingChanges()
    {
        TempAws aws(kConfig, kCredentials);
        const Run r = run(QStringLiteral(APM_BINARY), {"keychain", "move-in", "--profile", "dev"}, aws, false);
        QCOMPARE(r.status, 255);
        QVERIFY2(r.err.contains("D-Bus"), r.err.constData());
        QVERIFY(!r.err.contains("fake-keyring-secret"));
        QCOMPARE(TempAws::read(aws.configPath()), kConfig);
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
        const Run cp = run(QStringLiteral(APM_BINARY), {"credential-process", "--profile", "dev"}, aws, false);
        QCOMPARE(cp.status, 2);
        QVERIFY(cp.err.contains("D-Bus"));
    }

    // A session bus on which nothing provides the Secret Service (no service activation at all): said plainly,
    // nothing changes, nothing goes to a plaintext fallback.
    void noSecretServiceOnTheBus()
    {
        TempAws aws(kConfig, kCredentials);
        const QString configFile = aws.home() + "/bare-session.conf";
        TempAws::write(configFile,
                       "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>\n"
                       "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        const Run r = run("/usr/bin/dbus-run-session",
                          {"--config-file=" + configFile, "--", QStringLiteral(APM_BINARY), "keychain", "move-in",
                           "--profile", "dev"},
                          aws, false);
        QCOMPARE(r.status, 255);
        QVERIFY2(r.err.contains("No Secret Service answers on the session bus"), r.err.constData());
        QVERIFY(!r.err.contains("fake-keyring-secret"));
        QCOMPARE(TempAws::read(aws.configPath()), kConfig);
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
    }

    void missingItem()
    {
        TempAws aws(kConfig, kCredentials);
        const Run r = run(QStringLiteral(APM_BINARY), {"credential-process", "--profile", "nobody"}, aws);
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("keychain move-in --profile nobody"));
        QVERIFY(r.out.isEmpty());
    }

    // credential-process reads the item from the Secret Service itself, without loading libsecret (the dynamic
    // loader lists what it loads). In a KDE session it leaves the read to QtKeychain, which prefers KWallet there and,
    // with none running, goes through libsecret: the same answer either way.
    void credentialProcessReadsTheSecretServiceDirectly()
    {
        TempAws aws(kConfig, kCredentials);
        const QString apm = QStringLiteral(APM_BINARY);
        Run r = run(apm, {"keychain", "move-in", "--profile", "dev"}, aws);
        QVERIFY2(r.status == 0, r.err.constData());
        const QList<QPair<QString, QString>> loads{{"LD_DEBUG", "files"}};
        const Run direct = run(apm, {"credential-process", "--profile", "dev"}, aws, true, loads);
        QCOMPARE(direct.status, 0);
        QVERIFY(direct.out.contains("\"AccessKeyId\":\"AKIAFAKEKEYRING01\""));
        QVERIFY(direct.err.contains("apm-keychain.so")); // the loader's list is there...
        QVERIFY(!direct.err.contains("libsecret-1.so")); // ...without libsecret
        const Run kde =
            run(apm, {"credential-process", "--profile", "dev"}, aws, true,
                loads + QList<QPair<QString, QString>>{{"XDG_CURRENT_DESKTOP", "KDE"}, {"KDE_SESSION_VERSION", "5"}});
        QCOMPARE(kde.status, 0);
        QCOMPARE(kde.out, direct.out);
        QVERIFY(kde.err.contains("libsecret-1.so"));
        QCOMPARE(run(apm, {"keychain", "move-out", "--profile", "dev"}, aws).status, 0);
    }

    // Last, as it locks the keyring for good (unlocking needs a prompt): a locked keyring that nobody can unlock
    // here (no display for the prompt) is said to be locked, where QtKeychain alone says the item is missing.
    void lockedKeyring()
    {
        TempAws aws(kConfig, kCredentials);
        const QString apm = QStringLiteral(APM_BINARY);
        Run r = run(apm, {"keychain", "move-in", "--profile", "dev"}, aws);
        QVERIFY2(r.status == 0, r.err.constData());
        r = run("/usr/bin/dbus-send",
                {"--session", "--print-reply", "--dest=org.freedesktop.secrets", "/org/freedesktop/secrets",
                 "org.freedesktop.Secret.Service.Lock", "array:objpath:/org/freedesktop/secrets/collection/login"},
                aws);
        QVERIFY2(r.status == 0, r.err.constData());
        r = run(apm, {"credential-process", "--profile", "dev"}, aws);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains("locked and was not unlocked"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.contains("fake-keyring-secret"));
    }
};

QTEST_GUILESS_MAIN(KeychainIntegrationTest)
#include "KeychainIntegrationTest.moc"
