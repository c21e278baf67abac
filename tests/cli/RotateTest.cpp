// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `rotate` against the fake STS and IAM (tests/support/fake_aws.py, which checks every signature with botocore):
// the new key replaces the old one only once STS accepts it, and every failure leaves the account and the files as
// they were, or says exactly how they are.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "support/FakeAws.h"
#include "support/SideBySide.h"
#include "support/TempAws.h"

using apm::test::FakeAws;
using apm::test::Run;
using apm::test::TempAws;

namespace {

const QByteArray kConfig =
    "# team settings\n[profile dev]\nregion = eu-west-1\n\n[profile build]\nregion = us-east-2\n";
// dev and build share alice's key; ops has bob's (who has two keys already).
const QByteArray kCredentials = "# alice's key, rotated every 90 days\n"
                                "[dev]\n"
                                "aws_access_key_id = AKIAFAKEWHOAMI00001\n"
                                "aws_secret_access_key = fake/Whoami+Secret/0001\n"
                                "\n"
                                "[build]\n"
                                "aws_secret_access_key = fake/Whoami+Secret/0001\n"
                                "; the same key\n"
                                "aws_access_key_id = AKIAFAKEWHOAMI00001\n"
                                "[ops]\n"
                                "aws_access_key_id = AKIAFAKEBOBKEY00001\n"
                                "aws_secret_access_key = fake/Bob/0001\n";

QProcess* startRotate(const TempAws& aws, const FakeAws& server, const QStringList& args)
{
    return apm::test::start(QStringLiteral(APM_BINARY), QStringList{"rotate"} + args, aws.home(),
                            {{"AWS_EC2_METADATA_DISABLED", "true"}, {"AWS_ENDPOINT_URL", server.url()}});
}

Run rotate(const TempAws& aws, const FakeAws& server, const QStringList& args)
{
    return apm::test::finish(startRotate(aws, server, args));
}

// The requests of one action, in order.
QList<QJsonObject> only(const QList<QJsonObject>& requests, const char* action)
{
    QList<QJsonObject> out;
    for (const QJsonObject& r : requests) {
        if (r.value("action").toString() == QLatin1String(action))
            out.append(r);
    }
    return out;
}

// Waits until the running command has written `text` to standard error (what it has written is kept in `seen`).
bool waitForProgress(QProcess* process, const QByteArray& text, QByteArray& seen)
{
    process->setReadChannel(QProcess::StandardError);
    while (!seen.contains(text)) {
        if (!process->waitForStarted(30000) || !process->waitForReadyRead(30000))
            return false;
        seen += process->readAllStandardError();
    }
    return true;
}

} // namespace

class RotateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // IAM creates the key, STS takes two seconds to accept it, then every profile that held the old key gets the new
    // one (the rest of the file keeps every byte) and the old key is deleted with the new one.
    void rotatesOnceStsAcceptsTheNewKey()
    {
        FakeAws server(R"({"new_key_delay": 2})");
        TempAws aws(kConfig, kCredentials);
        const Run r = rotate(aws, server, {"--profile", "dev"});
        QVERIFY2(r.status == 0, r.err.constData());
        QByteArray expected = kCredentials;
        expected.replace("AKIAFAKEWHOAMI00001", "AKIAFAKEROTATED00001");
        expected.replace("fake/Whoami+Secret/0001", "fake/Rotated+Secret/0001");
        QCOMPARE(TempAws::read(aws.credentialsPath()), expected);
        QCOMPARE(TempAws::read(aws.configPath()), kConfig);
        QVERIFY2(r.out.contains("AKIAFAKEWHOAMI00001 → AKIAFAKEROTATED00001"), r.out.constData());
        QVERIFY2(r.out.contains("for dev, build"), r.out.constData());
        for (const QByteArray& text : {r.out, r.err}) {
            QVERIFY(!text.contains("fake/Rotated+Secret"));
            QVERIFY(!text.contains("fake/Whoami+Secret"));
        }

        const QList<QJsonObject> requests = server.requests();
        QCOMPARE(only(requests, "CreateAccessKey").size(), 1);
        const QList<QJsonObject> checks = only(requests, "GetCallerIdentity");
        QVERIFY2(checks.size() >= 2, "STS refused the new key for two seconds");
        QCOMPARE(checks.first().value("status").toInt(), 403);
        QCOMPARE(checks.last().value("status").toInt(), 200);
        const QList<QJsonObject> deletes = only(requests, "DeleteAccessKey");
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes[0].value("deleted").toString(), QStringLiteral("AKIAFAKEWHOAMI00001"));
        QCOMPARE(deletes[0].value("access_key").toString(), QStringLiteral("AKIAFAKEROTATED00001"));
        QCOMPARE(deletes[0].value("status").toInt(), 200);
        for (const QJsonObject& request : only(requests, "ListAccessKeys") + only(requests, "CreateAccessKey")) {
            QCOMPARE(request.value("service").toString(), QStringLiteral("iam"));
            QCOMPARE(request.value("region").toString(), QStringLiteral("eu-west-1")); // a configured endpoint
        }

        // The real AWS CLI reads the new key from the file, and STS knows it.
        const Run cli = apm::test::finish(apm::test::start(
            apm::test::kAws, {"sts", "get-caller-identity", "--profile", "build", "--endpoint-url", server.url()},
            aws.home(), {{"AWS_EC2_METADATA_DISABLED", "true"}}));
        QVERIFY2(cli.status == 0, cli.err.constData());
        QVERIFY(cli.out.contains("arn:aws:iam::123456789012:user/alice"));
    }

    // IAM allows two keys per user: with two already, nothing is created and nothing changes.
    void aUserWithTwoKeysChangesNothing()
    {
        FakeAws server;
        TempAws aws(kConfig, kCredentials);
        const Run r = rotate(aws, server, {"--profile", "ops"});
        QCOMPARE(r.status, 254);
        QVERIFY2(r.err.contains("IAM allows two access keys per user, and bob has another one besides "
                                "AKIAFAKEBOBKEY00001: AKIAFAKEBOBKEY00002"),
                 r.err.constData());
        QVERIFY(r.err.contains("Nothing changed: ops keeps its key AKIAFAKEBOBKEY00001."));
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
        QVERIFY(only(server.requests(), "CreateAccessKey").isEmpty());
    }

    // IAM refuses: the CLI's error line, what to do, and nothing changed.
    void iamRefusingChangesNothing()
    {
        FakeAws server(R"({"iam_denied": ["AKIAFAKEWHOAMI00001"]})");
        TempAws aws(kConfig, kCredentials);
        const Run r = rotate(aws, server, {"--profile", "dev"});
        QCOMPARE(r.status, 254);
        QVERIFY2(r.err.contains("An error occurred (AccessDenied) when calling the ListAccessKeys operation: User: "
                                "arn:aws:iam::123456789012:user/alice is not authorized"),
                 r.err.constData());
        QVERIFY(r.err.contains("Nothing changed"));
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
        QVERIFY(only(server.requests(), "CreateAccessKey").isEmpty());
    }

    // STS never accepts the new key within --wait: it is deleted again, with the old key.
    void aKeyStsNeverAcceptsIsDeletedAgain()
    {
        FakeAws server(R"({"new_key_delay": 600})");
        TempAws aws(kConfig, kCredentials);
        const Run r = rotate(aws, server, {"--profile", "dev", "--wait", "2"});
        QCOMPARE(r.status, 255);
        QVERIFY2(r.err.contains("STS did not accept the new key within 2 seconds"), r.err.constData());
        QVERIFY(r.err.contains("dev still uses its old key AKIAFAKEWHOAMI00001, which still works. The new key "
                               "AKIAFAKEROTATED00001 was deleted again."));
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
        const QList<QJsonObject> deletes = only(server.requests(), "DeleteAccessKey");
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes[0].value("deleted").toString(), QStringLiteral("AKIAFAKEROTATED00001"));
        QCOMPARE(deletes[0].value("access_key").toString(), QStringLiteral("AKIAFAKEWHOAMI00001"));
        QCOMPARE(deletes[0].value("status").toInt(), 200);
    }

    // Another program changes the credentials file while STS is still refusing the new key: its change is kept, and
    // the new key goes on top of it.
    void aChangeMadeMeanwhileIsKept()
    {
        FakeAws server(R"({"new_key_delay": 2})");
        TempAws aws(kConfig, kCredentials);
        QProcess* process = startRotate(aws, server, {"--profile", "dev"});
        QByteArray seen;
        QVERIFY2(waitForProgress(process, "Waiting until STS accepts the new key", seen), seen.constData());
        const QByteArray theirs = kCredentials + "[added-meanwhile]\nregion = eu-north-1\n";
        TempAws::write(aws.credentialsPath(), theirs);
        const Run r = apm::test::finish(process);
        QVERIFY2(r.status == 0, r.err.constData());
        QByteArray expected = theirs;
        expected.replace("AKIAFAKEWHOAMI00001", "AKIAFAKEROTATED00001");
        expected.replace("fake/Whoami+Secret/0001", "fake/Rotated+Secret/0001");
        QCOMPARE(TempAws::read(aws.credentialsPath()), expected);
    }

    // The file cannot be written (another program keeps writing it while we save): it keeps the old key, and the
    // new key is deleted again.
    void aFileThatCannotBeWrittenKeepsTheOldKey()
    {
        FakeAws server;
        TempAws aws(kConfig, kCredentials);
        const Run r =
            apm::test::finish(apm::test::start(QStringLiteral(APM_BINARY), {"rotate", "--profile", "dev"}, aws.home(),
                                               {{"AWS_EC2_METADATA_DISABLED", "true"},
                                                {"AWS_ENDPOINT_URL", server.url()},
                                                {"LD_PRELOAD", APM_FAULT_LIBRARY},
                                                {"APM_FAULT", "write-at-every-fsync:" + aws.credentialsPath()}}));
        QCOMPARE(r.status, 255);
        QVERIFY2(r.err.contains("The new key could not be written to " + aws.credentialsPath().toUtf8()),
                 r.err.constData());
        QVERIFY(r.err.contains("dev still uses its old key AKIAFAKEWHOAMI00001, which still works. The new key "
                               "AKIAFAKEROTATED00001 was deleted again."));
        const QByteArray bytes = TempAws::read(aws.credentialsPath());
        QVERIFY2(bytes.startsWith(kCredentials) && !bytes.contains("AKIAFAKEROTATED"), bytes.constData());
        const QList<QJsonObject> deletes = only(server.requests(), "DeleteAccessKey");
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes[0].value("deleted").toString(), QStringLiteral("AKIAFAKEROTATED00001"));
    }

    // SIGTERM (the window's Cancel) or Ctrl-C while waiting: the new key is deleted again, the files are untouched.
    void anInterruptRollsBack()
    {
        FakeAws server(R"({"new_key_delay": 600})");
        TempAws aws(kConfig, kCredentials);
        QProcess* process = startRotate(aws, server, {"--profile", "dev"});
        QByteArray seen;
        QVERIFY2(waitForProgress(process, "Waiting until STS accepts the new key", seen), seen.constData());
        process->terminate();
        Run r = apm::test::finish(process);
        r.err.prepend(seen);
        QCOMPARE(r.status, 255);
        QVERIFY2(r.err.contains("Interrupted.\ndev still uses its old key"), r.err.constData());
        QVERIFY(r.err.contains("The new key AKIAFAKEROTATED00001 was deleted again."));
        QCOMPARE(TempAws::read(aws.credentialsPath()), kCredentials);
    }

    // The fake IAM speaks IAM's wire format: the real `aws iam` reads its answers.
    void theRealCliReadsTheFakeIam()
    {
        FakeAws server;
        TempAws aws(kConfig, kCredentials);
        const Run listed = apm::test::finish(apm::test::start(
            apm::test::kAws,
            {"iam", "list-access-keys", "--profile", "ops", "--region", "us-east-1", "--endpoint-url", server.url()},
            aws.home(), {{"AWS_EC2_METADATA_DISABLED", "true"}}));
        QVERIFY2(listed.status == 0, listed.err.constData());
        const QJsonArray keys = QJsonDocument::fromJson(listed.out).object().value("AccessKeyMetadata").toArray();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys[1].toObject().value("AccessKeyId").toString(), QStringLiteral("AKIAFAKEBOBKEY00002"));
        QCOMPARE(keys[1].toObject().value("UserName").toString(), QStringLiteral("bob"));
        const Run refused = apm::test::finish(apm::test::start(
            apm::test::kAws,
            {"iam", "create-access-key", "--profile", "ops", "--region", "us-east-1", "--endpoint-url", server.url()},
            aws.home(), {{"AWS_EC2_METADATA_DISABLED", "true"}}));
        QCOMPARE(refused.status, 254);
        QVERIFY2(refused.err.contains("An error occurred (LimitExceeded) when calling the CreateAccessKey operation: "
                                      "Cannot exceed quota for AccessKeysPerUser: 2"),
                 refused.err.constData());
    }

    // A profile without keys of its own is refused before any call, and told which profile holds the key.
    void aProfileWithoutItsOwnKeyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("role") << QByteArray("[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/Deploy\n"
                                            "source_profile = dev\n")
                              << QByteArray("deploy has no access key of its own: it takes its credentials from "
                                            "source_profile dev. Rotate that one: aws-profile-manager rotate "
                                            "--profile dev");
        QTest::newRow("temporary keys") << QByteArray("[profile deploy]\naws_access_key_id = ASIAFAKEWHOAMI00002\n"
                                                      "aws_secret_access_key = fake/Temporary/0002\n"
                                                      "aws_session_token = FakeSessionToken/0002==\n")
                                        << QByteArray("The keys of deploy are temporary");
        QTest::newRow("no such profile") << QByteArray()
                                         << QByteArray("The config profile (deploy) could not be found");
    }

    void aProfileWithoutItsOwnKeyIsRefused()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, expected);
        FakeAws server;
        TempAws aws(config, kCredentials);
        const Run r = rotate(aws, server, {"--profile", "deploy"});
        QCOMPARE(r.status, 253);
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(server.requests().isEmpty());
        QCOMPARE(TempAws::read(aws.configPath()), config);
    }
};

QTEST_GUILESS_MAIN(RotateTest)
#include "RotateTest.moc"
