// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "support/FakeSsoPortal.h"
#include "support/SideBySide.h"
#include "support/TempAws.h"

using apm::test::FakeSsoPortal;
using apm::test::Run;
using apm::test::TempAws;

namespace {

// The user's own lines, around which the block goes.
constexpr char kConfig[] = "# my settings\n"
                           "[default]\n"
                           "region = us-east-1   \n"
                           "\n"
                           "[sso-session corp]\n"
                           "sso_start_url = https://example.awsapps.com/start\n"
                           "sso_region = eu-west-1\n"
                           "sso_registration_scopes = sso:account:access\n";

Run populate(const TempAws& aws, const FakeSsoPortal& portal, const QStringList& args)
{
    return apm::test::finish(apm::test::start(QStringLiteral(APM_BINARY),
                                              QStringList{"sso", "populate", "--sso-session", "corp"} + args,
                                              aws.home(), {{"AWS_ENDPOINT_URL_SSO", portal.url()}}));
}

// What the real AWS CLI makes of the files.
Run awsCli(const TempAws& aws, const QStringList& args)
{
    return apm::test::finish(apm::test::start(apm::test::kAws, args, aws.home(), {}));
}

QStringList lines(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
}

// Every account and role pair of an organisation, as "account/role".
QSet<QString> pairsOf(const QJsonArray& accounts)
{
    QSet<QString> pairs;
    for (const QJsonValue& account : accounts) {
        for (const QJsonValue& role : account[QStringLiteral("roles")].toArray())
            pairs.insert(account[QStringLiteral("accountId")].toString() + u'/' + role.toString());
    }
    return pairs;
}

// The pairs the profiles of a config file name, read by the real AWS CLI (one `get` per profile would take
// minutes): the file's sections with sso_account_id and sso_role_name, parsed with Python's configparser.
QSet<QString> pairsWritten(const TempAws& aws, int* profiles)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import configparser,sys\n"
                                 "c=configparser.RawConfigParser(); c.read(sys.argv[1])\n"
                                 "for s in c.sections():\n"
                                 "  if c.has_option(s,'sso_account_id'): print(s, c.get(s,'sso_account_id')+'/'+"
                                 "c.get(s,'sso_role_name'))\n"),
                  aws.configPath()});
    python.waitForFinished();
    QSet<QString> pairs;
    *profiles = 0;
    for (const QString& line : lines(python.readAllStandardOutput())) {
        pairs.insert(line.section(u' ', -1));
        ++*profiles;
    }
    return pairs;
}

} // namespace

// `sso populate` against a loopback IAM Identity Center portal (tests/support/fake_sso_portal.py) that pages its
// answers, throttles and fails a share of the requests, and knows one token.
class SsoPopulateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The fake portal answers as botocore's model says: the real AWS CLI lists the same accounts through it.
    void portalSpeaksTheApiTheCliSpeaks()
    {
        const QJsonArray accounts = apm::test::organisation(12);
        FakeSsoPortal portal(accounts, {{"page_size", 5}});
        TempAws aws(kConfig, {});
        const Run r = awsCli(aws, {"sso", "list-accounts", "--access-token", apm::test::kSsoToken, "--region",
                                   "eu-west-1", "--endpoint-url", portal.url(), "--output", "json"});
        QVERIFY2(r.status == 0, r.err.constData());
        const QJsonArray listed = QJsonDocument::fromJson(r.out).object().value("accountList").toArray();
        QCOMPARE(listed.size(), accounts.size());
        QCOMPARE(listed[11].toObject().value("accountName").toString(),
                 accounts[11].toObject().value("accountName").toString());
        const Run roles =
            awsCli(aws, {"sso", "list-account-roles", "--access-token", apm::test::kSsoToken, "--account-id",
                         "200000000003", "--region", "eu-west-1", "--endpoint-url", portal.url(), "--output", "json"});
        QVERIFY2(roles.status == 0, roles.err.constData());
        QCOMPARE(QJsonDocument::fromJson(roles.out).object().value("roleList").toArray().size(), 3);
    }

    // 1,000 accounts, pages of 37, every 9th request throttled and every 23rd a server error: one profile per pair,
    // everything around the block byte for byte, read by the AWS CLI; a second run writes nothing.
    void writesOneProfilePerAssignment()
    {
        const QJsonArray accounts = apm::test::organisation(1000);
        FakeSsoPortal portal(accounts, {{"page_size", 37}, {"throttle_every", 9}, {"error_every", 23}});
        TempAws aws(kConfig, "[other]\naws_access_key_id = AKIAFAKEOTHER000001\n");
        apm::test::writeSsoToken(aws.home(), "corp", 3600);

        const Run first = populate(aws, portal, {"--region", "eu-central-1"});
        QVERIFY2(first.status == 0, first.err.constData());
        int throttled = 0;
        for (const QJsonObject& request : portal.requests())
            throttled += request.value("status").toInt() == 429 ? 1 : 0;
        QVERIFY2(throttled > 100, qPrintable(QString::number(throttled))); // each one retried until it went through

        const QByteArray written = apm::test::readFile(aws.configPath());
        QVERIFY(written.startsWith(kConfig)); // the user's lines, byte for byte
        int profiles = 0;
        QCOMPARE(pairsWritten(aws, &profiles), pairsOf(accounts));
        QCOMPARE(profiles, pairsOf(accounts).size()); // one each

        // The AWS CLI reads the result: every profile is listed, a generated one answers `get`.
        const Run listed = awsCli(aws, {"configure", "list-profiles"});
        QVERIFY2(listed.status == 0, listed.err.constData());
        QCOMPARE(lines(listed.out).size(), pairsOf(accounts).size() + 2); // default and other
        QCOMPARE(awsCli(aws, {"configure", "get", "sso_account_id", "--profile", "Team-0999.Admin"}).out,
                 QByteArray("200000000999\n"));
        QCOMPARE(awsCli(aws, {"configure", "get", "region", "--profile", "Team-0999.Admin"}).out,
                 QByteArray("eu-central-1\n"));
        // Two accounts named "Sandbox": each one's profiles carry its id.
        QCOMPARE(awsCli(aws, {"configure", "get", "sso_role_name", "--profile", "Sandbox.Admin-200000000257"}).out,
                 QByteArray("Admin\n"));

        // Lines the user adds after the block stay; a second run changes nothing, not even the file's inode.
        apm::test::writeFile(aws.configPath(), written + "\n[profile mine]\nregion = ap-south-1\n");
        const QByteArray before = apm::test::readFile(aws.configPath());
        const quint64 inode = TempAws::inodeOf(aws.configPath());
        FakeSsoPortal slower(accounts, {{"page_size", 37}, {"delay", 0.005}}); // answers that take a while
        const Run second = populate(aws, slower, {});
        QVERIFY2(second.status == 0, second.err.constData());
        QVERIFY2(second.out.contains("0 added, 0 updated, 0 removed, 0 kept"), second.out.constData());
        QCOMPARE(apm::test::readFile(aws.configPath()), before);
        QCOMPARE(TempAws::inodeOf(aws.configPath()), inode);
        // Several requests at a time, never more than six.
        int most = 0;
        for (const QJsonObject& request : slower.requests())
            most = std::max(most, request.value("in_flight").toInt());
        QVERIFY2(most >= 2 && most <= 6, qPrintable(QString::number(most)));
    }

    // An account that leaves the organisation keeps its profiles until --prune; one that joins gets its own.
    void prunesOnlyWhenAsked()
    {
        TempAws aws(kConfig, {});
        apm::test::writeSsoToken(aws.home(), "corp", 3600);
        {
            FakeSsoPortal portal(apm::test::organisation(5));
            QCOMPARE(populate(aws, portal, {}).status, 0);
        }
        QJsonArray changed = apm::test::organisation(4);  // account 4 has gone
        changed.append(apm::test::organisation(1, 9)[0]); // account 9 has come
        FakeSsoPortal portal(changed);
        const Run kept = populate(aws, portal, {});
        QVERIFY2(kept.status == 0, kept.err.constData());
        QVERIFY2(kept.out.contains("3 added, 0 updated, 0 removed, 2 kept"), kept.out.constData());
        int profiles = 0;
        QSet<QString> expected = pairsOf(changed) + pairsOf(apm::test::organisation(1, 4));
        QCOMPARE(pairsWritten(aws, &profiles), expected);

        const Run pruned = populate(aws, portal, {"--prune"});
        QVERIFY2(pruned.status == 0, pruned.err.constData());
        QVERIFY2(pruned.out.contains("0 added, 0 updated, 2 removed, 0 kept"), pruned.out.constData());
        QCOMPARE(pairsWritten(aws, &profiles), pairsOf(changed));
        QVERIFY(apm::test::readFile(aws.configPath()).startsWith(kConfig));
    }

    // No token, an expired one, or one the portal refuses: the file is not touched, and the user is told to sign in.
    void refusesWithoutAValidSignIn_data()
    {
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("says");
        QTest::newRow("no token") << qint64(0) << QByteArray() << 255 << 0 << "aws sso login --sso-session corp";
        QTest::newRow("expired") << qint64(-60) << QByteArray(apm::test::kSsoToken) << 255 << 0
                                 << "aws sso login --sso-session corp";
        QTest::newRow("refused by the portal")
            << qint64(3600) << QByteArray("a-token-the-portal-does-not-know") << 254 << 1 << "UnauthorizedException";
    }
    void refusesWithoutAValidSignIn()
    {
        QFETCH(qint64, expiresIn);
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        QFETCH(int, requests);
        QFETCH(QString, says);
        FakeSsoPortal portal(apm::test::organisation(3));
        TempAws aws(kConfig, {});
        if (!token.isEmpty())
            apm::test::writeSsoToken(aws.home(), "corp", expiresIn, token);
        const Run r = populate(aws, portal, {});
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains(apm::test::kSsoToken));
        QCOMPARE(apm::test::readFile(aws.configPath()), QByteArray(kConfig));
        QCOMPARE(portal.requests().size(), requests);
    }

    // A block edited by hand is not replaced until the user says so; --dry-run shows the change and writes nothing.
    void asksBeforeReplacingAHandEdit()
    {
        FakeSsoPortal portal(apm::test::organisation(3));
        TempAws aws(kConfig, {});
        apm::test::writeSsoToken(aws.home(), "corp", 3600);
        QCOMPARE(populate(aws, portal, {}).status, 0);
        QByteArray edited = apm::test::readFile(aws.configPath());
        edited.replace("sso_role_name = Billing\n", "sso_role_name = Billing\noutput = table\n");
        apm::test::writeFile(aws.configPath(), edited);

        const Run refused = populate(aws, portal, {});
        QCOMPARE(refused.status, 255);
        QVERIFY2(refused.err.contains("edited by hand") && refused.err.contains("--force"), refused.err.constData());
        QCOMPARE(apm::test::readFile(aws.configPath()), edited);

        const Run dry = populate(aws, portal, {"--force", "--dry-run"});
        QCOMPARE(dry.status, 0);
        QVERIFY2(dry.out.contains("\n-output = table\n"), dry.out.constData());
        QCOMPARE(apm::test::readFile(aws.configPath()), edited);

        const Run forced = populate(aws, portal, {"--force"});
        QVERIFY2(forced.status == 0, forced.err.constData());
        QVERIFY(!apm::test::readFile(aws.configPath()).contains("output = table"));
    }

    // A profile of the user's with a generated name keeps it: the assignment is reported, not written.
    void leavesTheUsersProfilesAlone()
    {
        FakeSsoPortal portal(apm::test::organisation(2));
        TempAws aws(QByteArray(kConfig) + "\n[profile Team-0001.Admin]\nregion = sa-east-1\n", {});
        apm::test::writeSsoToken(aws.home(), "corp", 3600);
        const Run r = populate(aws, portal, {});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.out.contains("Team-0001.Admin (account 200000000001"), r.out.constData());
        QCOMPARE(awsCli(aws, {"configure", "get", "region", "--profile", "Team-0001.Admin"}).out,
                 QByteArray("sa-east-1\n"));
        QCOMPARE(awsCli(aws, {"configure", "get", "sso_account_id", "--profile", "Team-0001.Admin"}).status, 1);
        int profiles = 0;
        QCOMPARE(profiles = pairsWritten(aws, &profiles).size(), pairsOf(apm::test::organisation(2)).size() - 1);
    }

    // A template names the profiles and is remembered; a field it does not know is refused as wrong usage.
    void namesProfilesByTheTemplate()
    {
        FakeSsoPortal portal(apm::test::organisation(2));
        TempAws aws(kConfig, {});
        apm::test::writeSsoToken(aws.home(), "corp", 3600);
        const Run bad = populate(aws, portal, {"--name", "{account}-{role_name}"});
        QCOMPARE(bad.status, 252);
        QVERIFY2(bad.err.contains("{account}"), bad.err.constData());
        QCOMPARE(populate(aws, portal, {"--name", "{sso_session}/{account_id}/{role_name}"}).status, 0);
        QCOMPARE(awsCli(aws, {"configure", "get", "sso_role_name", "--profile", "corp/200000000000/Billing"}).out,
                 QByteArray("Billing\n"));
        const Run again = populate(aws, portal, {});
        QVERIFY2(again.out.contains("0 added, 0 updated, 0 removed, 0 kept"), again.out.constData());

        // Another template replaces the names, --prune or not: one profile per pair still.
        const Run renamed = populate(aws, portal, {"--name", "{account_id}-{role_name}"});
        QVERIFY2(renamed.status == 0, renamed.err.constData());
        QVERIFY2(renamed.out.contains("corp/200000000000/Billing → 200000000000-Billing"), renamed.out.constData());
        int profiles = 0;
        QCOMPARE(pairsWritten(aws, &profiles), pairsOf(apm::test::organisation(2)));
        QCOMPARE(profiles, pairsOf(apm::test::organisation(2)).size());
    }
};

QTEST_GUILESS_MAIN(SsoPopulateTest)
#include "SsoPopulateTest.moc"
