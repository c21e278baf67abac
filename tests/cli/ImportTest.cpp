// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "resolve/ProfileSetImport.h"
#include "support/SideBySide.h"
#include "support/TempAws.h"

using apm::test::Run;
using apm::test::TempAws;

namespace {

constexpr char kConfig[] = "# mine\n"
                           "[default]\n"
                           "region = us-east-1\n"
                           "\n"
                           "[profile ops]\n"
                           "region = eu-west-2\n";

constexpr char kSet[] = "# The platform team's profiles\n"
                        "[sso-session platform]\n"
                        "sso_start_url = https://example.awsapps.com/start\n"
                        "sso_region = eu-west-1\n"
                        "\n"
                        "[profile platform-dev]\n"
                        "sso_session = platform\n"
                        "sso_account_id = 111111111111\n"
                        "sso_role_name = Developer\n"
                        "\n"
                        "[profile  ops]\n" // the user's own ops wins, however the set spells it
                        "role_arn = arn:aws:iam::111111111111:role/Ops\n"
                        "source_profile = default\n"
                        "\n"
                        "[services corp]\n"
                        "s3 =\n"
                        "  endpoint_url = https://s3.example.com\n";

Run ours(const TempAws& aws, const QStringList& args)
{
    return apm::test::finish(
        apm::test::start(QStringLiteral(APM_BINARY), QStringList{"import"} + args, aws.home(), {}));
}

Run awsCli(const TempAws& aws, const QStringList& args)
{
    return apm::test::finish(apm::test::start(apm::test::kAws, args, aws.home(), {}));
}

// Python's http.server on a loopback port, serving a folder.
class FileServer
{
public:
    explicit FileServer(const QString& folder)
    {
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(QStringLiteral("/usr/bin/python3"),
                       {"-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder});
        m_server.waitForReadyRead(30000);
        const QByteArray line = m_server.readLine(); // Serving HTTP on 127.0.0.1 port N (http://...) ...
        const qsizetype at = line.indexOf(" port ");
        if (at < 0)
            qFatal("http.server said %s", line.constData());
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(line.mid(at + 6).split(' ').first()));
    }
    ~FileServer()
    {
        m_server.kill();
        m_server.waitForFinished();
    }
    FileServer(const FileServer&) = delete;
    FileServer& operator=(const FileServer&) = delete;
    [[nodiscard]] QString url() const { return m_url; }

private:
    QProcess m_server;
    QString m_url;
};

} // namespace

// `import`: a team's profile set in its block of the config file, read back by the real AWS CLI.
class ImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAFileAroundTheUsersOwn()
    {
        TempAws aws(kConfig, "[other]\naws_access_key_id = AKIAFAKEOTHER000001\n");
        const QString set = aws.home() + QStringLiteral("/team.ini");
        apm::test::writeFile(set, kSet);
        const Run r = ours(aws, {set});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.out.contains("profile ops: yours (" + aws.configPath().toUtf8() + ":5) is kept"), r.out.constData());
        const QByteArray written = apm::test::readFile(aws.configPath());
        QVERIFY(written.startsWith(kConfig));
        QVERIFY(written.contains("# >>> aws-profile-manager import team ["));

        QCOMPARE(awsCli(aws, {"configure", "list-profiles"}).out, QByteArray("default\nops\nplatform-dev\nother\n"));
        QCOMPARE(awsCli(aws, {"configure", "get", "sso_account_id", "--profile", "platform-dev"}).out,
                 QByteArray("111111111111\n"));
        QCOMPARE(awsCli(aws, {"configure", "get", "region", "--profile", "ops"}).out, QByteArray("eu-west-2\n"));
        QCOMPARE(awsCli(aws, {"configure", "get", "role_arn", "--profile", "ops"}).status, 1);
        QCOMPARE(awsCli(aws, {"configure", "get", "sso_session", "--profile", "platform-dev"}).out,
                 QByteArray("platform\n"));
        QVERIFY(written.contains("\n[sso-session platform]\nsso_start_url = https://example.awsapps.com/start\n"));

        // Importing the same set again writes nothing.
        const quint64 inode = TempAws::inodeOf(aws.configPath());
        const Run again = ours(aws, {set});
        QVERIFY2(again.out.contains("Nothing to change"), again.out.constData());
        QCOMPARE(apm::test::readFile(aws.configPath()), written);
        QCOMPARE(TempAws::inodeOf(aws.configPath()), inode);
    }

    void fetchesFromALoopbackUrlAndReplacesTheBlock()
    {
        QTemporaryDir served;
        apm::test::writeFile(served.path() + QStringLiteral("/platform.ini"), kSet);
        FileServer server(served.path());
        TempAws aws(kConfig, {});
        const Run first = ours(aws, {server.url() + QStringLiteral("/platform.ini"), "--block", "platform"});
        QVERIFY2(first.status == 0, first.err.constData());
        // The user adds a profile after the block; the set loses one profile and gains another.
        apm::test::writeFile(aws.configPath(),
                             apm::test::readFile(aws.configPath()) + "\n[profile after]\nregion = x\n");
        QByteArray next = kSet;
        next.replace("[profile platform-dev]", "[profile platform-prod]");
        apm::test::writeFile(served.path() + QStringLiteral("/platform.ini"), next);
        const QByteArray dryBefore = apm::test::readFile(aws.configPath());
        const Run dry = ours(aws, {server.url() + QStringLiteral("/platform.ini"), "--block", "platform", "--dry-run"});
        QVERIFY2(dry.out.contains("\n-[profile platform-dev]\n") && dry.out.contains("\n+[profile platform-prod]\n"),
                 dry.out.constData());
        QCOMPARE(apm::test::readFile(aws.configPath()), dryBefore);

        const Run second = ours(aws, {server.url() + QStringLiteral("/platform.ini"), "--block", "platform"});
        QVERIFY2(second.status == 0, second.err.constData());
        QVERIFY2(second.out.contains("profile platform-dev"), second.out.constData()); // dropped
        QCOMPARE(awsCli(aws, {"configure", "list-profiles"}).out, QByteArray("default\nops\nplatform-prod\nafter\n"));
        QVERIFY(apm::test::readFile(aws.configPath()).endsWith("<<<\n\n[profile after]\nregion = x\n"));
    }

    void asksBeforeReplacingAHandEdit()
    {
        TempAws aws(kConfig, {});
        const QString set = aws.home() + QStringLiteral("/team.ini");
        apm::test::writeFile(set, kSet);
        QCOMPARE(ours(aws, {set}).status, 0);
        QByteArray edited = apm::test::readFile(aws.configPath());
        edited.replace("sso_role_name = Developer\n", "sso_role_name = Developer\nregion = ap-south-1\n");
        apm::test::writeFile(aws.configPath(), edited);
        const Run refused = ours(aws, {set});
        QCOMPARE(refused.status, 255);
        QVERIFY2(refused.err.contains("edited by hand") && refused.err.contains("--force"), refused.err.constData());
        QCOMPARE(apm::test::readFile(aws.configPath()), edited);
        QCOMPARE(ours(aws, {set, "--force"}).status, 0);
        QVERIFY(!apm::test::readFile(aws.configPath()).contains("ap-south-1"));
    }

    void refusesWhatASetMustNotCarry_data()
    {
        QTest::addColumn<QByteArray>("set");
        QTest::addColumn<QString>("says");
        QTest::newRow("a secret key") << QByteArray("[profile x]\nregion = x\naws_secret_access_key = fake/Secret\n")
                                      << "team.ini:3: [profile x] carries aws_secret_access_key";
        QTest::newRow("a session token") << QByteArray("[profile x]\naws_session_token = FakeToken==\n")
                                         << "team.ini:2: [profile x] carries";
        QTest::newRow("[DEFAULT]") << QByteArray("[DEFAULT]\nregion = x\n[profile x]\n") << "team.ini:1:";
        QTest::newRow("another section") << QByteArray("[plugins]\ncli_legacy_plugin_path = /x\n")
                                         << "team.ini:1: [plugins] is not a profile";
        QTest::newRow("what the AWS CLI refuses")
            << QByteArray("[profile x]\nregion = a\nregion = b\n") << "team.ini:3:";
    }
    void refusesWhatASetMustNotCarry()
    {
        QFETCH(QByteArray, set);
        QFETCH(QString, says);
        TempAws aws(kConfig, {});
        apm::test::writeFile(aws.home() + QStringLiteral("/team.ini"), set);
        const Run r = ours(aws, {aws.home() + QStringLiteral("/team.ini")});
        QCOMPARE(r.status, 255);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("fake/Secret") && !r.err.contains("FakeToken"));
        QCOMPARE(apm::test::readFile(aws.configPath()), QByteArray(kConfig));
    }

    void fetchesOnlyOverHttpsOrFromThisComputer()
    {
        TempAws aws(kConfig, {});
        const Run r = ours(aws, {"http://example.com/team.ini"});
        QCOMPARE(r.status, 252);
        QVERIFY2(r.err.contains("https://"), r.err.constData());
        QCOMPARE(apm::test::readFile(aws.configPath()), QByteArray(kConfig));
    }

    // Plain http:// only to a loopback address (RFC 5735's 127.0.0.0/8, RFC 4291's ::1 and IPv4-mapped addresses),
    // however the address is written. Each row as QHostAddress::isLoopback() decided it before Qt Network left the
    // core.
    void loopbackAddressesAsWritten_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("fetched");
        QTest::newRow("localhost") << "http://localhost:8000/team.ini" << true;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1/team.ini" << true;
        QTest::newRow("elsewhere in 127/8") << "http://127.10.20.30:8080/team.ini" << true;
        QTest::newRow("127.1, inet_aton's short form") << "http://127.1/team.ini" << true;
        QTest::newRow("IPv6 loopback") << "http://[::1]:8000/team.ini" << true;
        QTest::newRow("IPv6 loopback in full") << "http://[0:0:0:0:0:0:0:1]/team.ini" << true;
        QTest::newRow("IPv4-mapped loopback") << "http://[::ffff:127.0.0.1]/team.ini" << true;
        QTest::newRow("https anywhere") << "https://example.com/team.ini" << true;
        QTest::newRow("128.0.0.1") << "http://128.0.0.1/team.ini" << false;
        QTest::newRow("a name starting 127") << "http://127.0.0.1.example.com/team.ini" << false;
        QTest::newRow("a name starting localhost") << "http://localhost.example.com/team.ini" << false;
        QTest::newRow("::2") << "http://[::2]/team.ini" << false;
        QTest::newRow("IPv4-mapped elsewhere") << "http://[::ffff:10.0.0.1]/team.ini" << false;
    }

    void loopbackAddressesAsWritten()
    {
        QFETCH(QString, source);
        QFETCH(bool, fetched);
        const apm::profileset::Source kind = apm::profileset::classify(source);
        QCOMPARE(kind.url.has_value(), fetched);
        QCOMPARE(kind.error.has_value(), !fetched);
    }
};

QTEST_GUILESS_MAIN(ImportTest)
#include "ImportTest.moc"
