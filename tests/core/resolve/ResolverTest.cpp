// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>

#include "config/ProfileStore.h"
#include "resolve/CredentialChain.h"
#include "resolve/Resolver.h"
#include "support/TempAws.h"

using apm::SourceKind;
using apm::test::TempAws;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

QStringList findingCodes(const apm::Resolution& r)
{
    QStringList codes;
    for (const apm::Finding& f : r.findings)
        codes.append(apm::Finding::codeName(f.code));
    return codes;
}

} // namespace

class ResolverTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each row: files, environment (NAME=VALUE, and --profile/--region/--output), then what must come out.
    void precedence_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");  // the winning value; empty: nothing wins
        QTest::addColumn<QString>("origin"); // the winner's origin; "*SUFFIX": a file's, whose path ends so

        const QByteArray config = "[default]\nregion = c-default\n[profile dev]\nregion = c-dev\noutput = text\n"
                                  "[profile proc]\ncredential_process = /bin/fake\n";
        const QByteArray creds = "[default]\naws_access_key_id = AKIAFAKEDEFAULT1\naws_secret_access_key = s-default\n"
                                 "[dev]\naws_access_key_id = AKIAFAKEDEV00001\naws_secret_access_key = s-dev\n"
                                 "region = k-dev\n";
        auto row = [&](const char* tag, const QStringList& env, const char* field, const char* value,
                       const char* origin, const QByteArray& c = {}, const QByteArray& k = {}) {
            QTest::newRow(tag) << (c.isNull() ? config : c) << (k.isNull() ? creds : k) << env
                               << QString::fromLatin1(field) << QString::fromLatin1(value)
                               << QString::fromLatin1(origin);
        };
        row("--profile beats AWS_PROFILE", {"--profile=dev", "AWS_PROFILE=proc"}, "profile", "dev", "--profile");
        row("AWS_PROFILE beats AWS_DEFAULT_PROFILE", {"AWS_PROFILE=dev", "AWS_DEFAULT_PROFILE=proc"}, "profile", "dev",
            "AWS_PROFILE");
        row("AWS_DEFAULT_PROFILE counts", {"AWS_DEFAULT_PROFILE=proc"}, "profile", "proc", "AWS_DEFAULT_PROFILE");
        row("nothing selects: [default]", {}, "profile", "default", "[default]");
        row("empty AWS_PROFILE is a value", {"AWS_PROFILE="}, "profile", "", "AWS_PROFILE");
        row("credentials file wins key by key", {"AWS_PROFILE=dev"}, "region", "k-dev", "*/.aws/credentials:7 [dev]");
        row("AWS_REGION beats AWS_DEFAULT_REGION", {"AWS_REGION=r1", "AWS_DEFAULT_REGION=r2"}, "region", "r1",
            "AWS_REGION");
        row("AWS_DEFAULT_REGION beats the file", {"AWS_DEFAULT_REGION=r2"}, "region", "r2", "AWS_DEFAULT_REGION");
        row("empty AWS_REGION is a value", {"AWS_REGION="}, "region", "", "AWS_REGION");
        row("--region beats the environment", {"--region=o1", "AWS_REGION=r1"}, "region", "o1", "--region");
        row("output from the profile", {"AWS_PROFILE=dev"}, "output", "text", "*/.aws/config:5 [profile dev]");
        row("output default", {}, "output", "json", "default");
        row("AWS_DEFAULT_OUTPUT beats the file", {"AWS_PROFILE=dev", "AWS_DEFAULT_OUTPUT=yaml"}, "output", "yaml",
            "AWS_DEFAULT_OUTPUT");
        row("env keys beat the profile's",
            {"AWS_PROFILE=dev", "AWS_ACCESS_KEY_ID=AKIAFAKEENV00001", "AWS_SECRET_ACCESS_KEY=x"}, "access_key",
            "****************0001", "AWS_ACCESS_KEY_ID");
        row("--profile turns env keys off",
            {"--profile=dev", "AWS_ACCESS_KEY_ID=AKIAFAKEENV00009", "AWS_SECRET_ACCESS_KEY=x"}, "access_key",
            "****************0001", "*/.aws/credentials:5 [dev]");
        row("AWS_SECURITY_TOKEN before AWS_SESSION_TOKEN",
            {"AWS_ACCESS_KEY_ID=AKIAFAKEENV00001", "AWS_SECRET_ACCESS_KEY=x", "AWS_SECURITY_TOKEN=sec1",
             "AWS_SESSION_TOKEN=ses2"},
            "token", "****************sec1", "AWS_SECURITY_TOKEN");
        row("AWS_PAGER beats the file", {"AWS_PAGER=most"}, "cli_pager", "most", "AWS_PAGER",
            "[default]\ncli_pager = cat\n", QByteArray(""));
        row("cli_pager from the file beats PAGER", {"PAGER=more"}, "cli_pager", "cat", "*/.aws/config:2 [default]",
            "[default]\ncli_pager = cat\n", QByteArray(""));
        row("PAGER beats the default", {"PAGER=more"}, "cli_pager", "more", "PAGER", QByteArray(""), QByteArray(""));
        row("generic setting from the environment", {"AWS_CA_BUNDLE=/etc/ca.pem"}, "ca_bundle", "/etc/ca.pem",
            "AWS_CA_BUNDLE", "[default]\nca_bundle = /x.pem\n", QByteArray(""));
        row("generic setting default", {}, "retry_mode", "standard", "default", QByteArray(""), QByteArray(""));
    }

    void precedence()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        QFETCH(QStringList, env);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, origin);
        TempAws aws(config, credentials);
        for (const QString& kv : env) {
            const QString name = kv.section(u'=', 0, 0);
            const QString v = kv.section(u'=', 1);
            if (name == u"--profile")
                aws.environment.profileOption = v;
            else if (name == u"--region")
                aws.environment.regionOption = v;
            else
                aws.environment.set(name, v);
        }
        aws.environment.set("AWS_EC2_METADATA_DISABLED", "true");
        const apm::ProfileStore store(aws.environment);
        apm::Resolver resolver(store, aws.environment, kNow);
        resolver.setProcessRunner([](const QString&) {
            apm::CredentialOutcome o;
            o.method = "custom-process";
            o.credentials =
                apm::ResolvedCredentials{"AKIAFAKEPROCESS1", "s-proc", std::nullopt, std::nullopt, "custom-process"};
            return o;
        });
        const apm::Resolution r = resolver.resolve();
        const apm::FieldResolution* f = r.field(field);
        QVERIFY(f);
        const apm::Candidate* w = f->winning();
        QVERIFY2(w, qPrintable(f->reason));
        QCOMPARE(w->value.value_or("<none>"), value);
        if (origin.startsWith(u'*'))
            QVERIFY2(w->origin.endsWith(origin.mid(1)), qPrintable(w->origin));
        else
            QCOMPARE(w->origin, origin);
        QVERIFY(!f->reason.isEmpty());
        // Nothing in the table shows a secret in the clear.
        for (const apm::FieldResolution& any : r.fields) {
            for (const apm::Candidate& c : any.candidates)
                QVERIFY(!c.value || (!c.value->contains("s-dev") && !c.value->contains("s-default")));
        }
    }

    void keychainBackedKeysAreSaidToBe()
    {
        TempAws aws("[default]\ncredential_process = \"/opt/apm\" credential-process --profile default\n",
                    QByteArray());
        const apm::ProfileStore store(aws.environment);
        apm::Resolver resolver(store, aws.environment, kNow);
        resolver.setProcessRunner([](const QString&) {
            apm::CredentialOutcome o;
            o.method = "custom-process";
            o.credentials =
                apm::ResolvedCredentials{"AKIAFAKEKEYCHAIN", "s", std::nullopt, std::nullopt, "custom-process"};
            return o;
        });
        const apm::Resolution r = resolver.resolve();
        QVERIFY2(r.field("access_key")->reason.contains("OS keychain"), qPrintable(r.field("access_key")->reason));
    }

    void overriddenCandidatesSayWhatBeatThem()
    {
        TempAws aws("[default]\nregion = from-file\n", QByteArray());
        aws.environment.set("AWS_REGION", "from-env");
        const apm::ProfileStore store(aws.environment);
        const apm::Resolution r = apm::Resolver(store, aws.environment, kNow).resolve();
        const apm::FieldResolution* region = r.field("region");
        QCOMPARE(region->winning()->origin, QStringLiteral("AWS_REGION"));
        const auto file = std::find_if(region->candidates.cbegin(), region->candidates.cend(),
                                       [](const apm::Candidate& c) { return c.kind == SourceKind::ConfigFile; });
        QCOMPARE(file->value, std::optional<QString>("from-file"));
        QVERIFY(file->origin.endsWith(".aws/config:2 [default]"));
        QVERIFY(file->note.contains("AWS_REGION"));
        QVERIFY(region->reason.contains("overrides"));
    }

    void credentialMethods_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("error"); // expected error text (prefix), empty for none
        QTest::newRow("shared file") << QByteArray()
                                     << QByteArray("[default]\naws_access_key_id=A\naws_secret_access_key=S\n")
                                     << QStringList{} << "shared-credentials-file"
                                     << "";
        QTest::newRow("config file") << QByteArray("[default]\naws_access_key_id=A\naws_secret_access_key=S\n")
                                     << QByteArray() << QStringList{} << "config-file"
                                     << "";
        QTest::newRow("partial shared file")
            << QByteArray() << QByteArray("[default]\naws_access_key_id=A\n") << QStringList{}
            << "shared-credentials-file"
            << "Partial credentials found in shared-credentials-file, missing: aws_secret_access_key";
        QTest::newRow("partial env") << QByteArray() << QByteArray() << QStringList{"AWS_ACCESS_KEY_ID=A"} << "env"
                                     << "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY";
        QTest::newRow("empty env key is no key")
            << QByteArray() << QByteArray() << QStringList{"AWS_ACCESS_KEY_ID="} << ""
            << "";
        QTest::newRow("missing profile") << QByteArray() << QByteArray() << QStringList{"AWS_PROFILE=nope"} << ""
                                         << "The config profile (nope) could not be found";
        QTest::newRow("both sources") << QByteArray(
            "[default]\nrole_arn=r\nsource_profile=x\ncredential_source=Environment\n")
                                      << QByteArray() << QStringList{} << "assume-role"
                                      << "The profile \"default\" contains both source_profile and credential_source.";
        QTest::newRow("neither source")
            << QByteArray("[default]\nrole_arn=r\n") << QByteArray() << QStringList{} << "assume-role"
            << "Partial credentials found in assume-role, missing: source_profile or credential_source";
        QTest::newRow("credential_source is case-sensitive")
            << QByteArray("[default]\nrole_arn=r\ncredential_source=environment\n") << QByteArray() << QStringList{}
            << "assume-role"
            << "The credential source \"environment\" referenced in profile \"default\" is not valid.";
        QTest::newRow("missing source profile")
            << QByteArray("[default]\nrole_arn=r\nsource_profile=gone\n") << QByteArray() << QStringList{}
            << "assume-role"
            << "The source_profile \"gone\" referenced in the profile \"default\" does not exist.";
        QTest::newRow("cycle")
            << QByteArray("[default]\nrole_arn=r\nsource_profile=b\n[profile b]\nrole_arn=r2\nsource_profile=default\n")
            << QByteArray() << QStringList{} << "assume-role"
            << "Infinite loop in credential configuration detected. Attempting to load from profile default which has "
               "already been visited. Visited profiles: ['default', 'b']";
        QTest::newRow("self without keys") << QByteArray("[default]\nrole_arn=r\nsource_profile=default\n")
                                           << QByteArray() << QStringList{} << "assume-role"
                                           << "Infinite loop in credential configuration detected. Attempting to load "
                                              "from profile default which has already been visited. Visited profiles: "
                                              "['default']";
        QTest::newRow("source without credentials")
            << QByteArray("[default]\nrole_arn=r\nsource_profile=b\n[profile b]\nregion=x\n") << QByteArray()
            << QStringList{} << "assume-role"
            << "The source profile \"b\" must have credentials.";
        QTest::newRow("EC2 source with IMDS off")
            << QByteArray("[default]\nrole_arn=r\ncredential_source=Ec2InstanceMetadata\n") << QByteArray()
            << QStringList{} << "Ec2InstanceMetadata"
            << "Error when retrieving credentials from Ec2InstanceMetadata: No credentials found in credential_source "
               "referenced in profile default";
        QTest::newRow("sso missing keys")
            << QByteArray("[default]\nsso_account_id=1\nsso_role_name=r\n") << QByteArray() << QStringList{} << "sso"
            << "The profile \"default\" is configured to use SSO but is missing required "
               "configuration: sso_start_url, sso_region";
        QTest::newRow("sso session missing")
            << QByteArray("[default]\nsso_session=s\nsso_account_id=1\nsso_role_name=r\n") << QByteArray()
            << QStringList{} << "sso"
            << "The specified sso-session does not exist: \"s\"";
        QTest::newRow("web identity without role")
            << QByteArray("[default]\nweb_identity_token_file=/t\n") << QByteArray() << QStringList{}
            << "assume-role-with-web-identity"
            << "The provided profile or the current environment is configured to assume";
        QTest::newRow("nothing at all") << QByteArray() << QByteArray() << QStringList{} << ""
                                        << "";
    }

    void credentialMethods()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        QFETCH(QStringList, env);
        QFETCH(QString, method);
        QFETCH(QString, error);
        TempAws aws(config, credentials);
        for (const QString& kv : env)
            aws.environment.set(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        aws.environment.set("AWS_EC2_METADATA_DISABLED", "true");
        const apm::ProfileStore store(aws.environment);
        const apm::CredentialOutcome o = apm::CredentialChain(store, aws.environment, kNow).resolve();
        if (error.isEmpty())
            QVERIFY2(!o.error, qPrintable(o.error.value_or(QString())));
        else
            QVERIFY2(o.error && o.error->startsWith(error), qPrintable(o.error.value_or(QStringLiteral("no error"))));
        QCOMPARE(o.method, method);
        QCOMPARE(o.credentials.has_value(), error.isEmpty() && !method.isEmpty());
    }

    void roleFromTheCliCache()
    {
        TempAws aws("[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = default\n"
                    "external_id = ext-1\nduration_seconds = 3600\n",
                    "[default]\naws_access_key_id = AKIAFAKE\naws_secret_access_key = s\n");
        const QString key = apm::CredentialChain::assumeRoleCacheKey("arn:aws:iam::123456789012:role/Admin", {},
                                                                     QStringLiteral("ext-1"), {}, 3600);
        TempAws::write(aws.home() + "/.aws/cli/cache/" + key + ".json", QByteArray());
        QDir().mkpath(aws.home() + "/.aws/cli/cache");
        TempAws::write(
            aws.home() + "/.aws/cli/cache/" + key + ".json",
            R"({"Credentials": {"AccessKeyId": "ASIAFAKEROLE0001", "SecretAccessKey": "x", "SessionToken": "t", "Expiration": "2026-11-29T13:00:00Z"}})");
        aws.environment.profileOption = "admin";
        const apm::ProfileStore store(aws.environment);
        apm::CredentialOutcome o = apm::CredentialChain(store, aws.environment, kNow).resolve();
        QVERIFY(o.credentials);
        QCOMPARE(o.method, QStringLiteral("assume-role"));
        QCOMPARE(o.credentials->accessKey, QStringLiteral("ASIAFAKEROLE0001"));
        QCOMPARE(o.credentials->expiry->isoFormat, QStringLiteral("2026-11-29T13:00:00+00:00"));
        // Less than 15 minutes left: the CLI would call STS instead.
        o = apm::CredentialChain(store, aws.environment, kNow.addSecs(50 * 60)).resolve();
        QVERIFY(!o.credentials);
        QVERIFY(o.needsNetwork);
    }

    void cacheKeysMatchTheReference()
    {
        // The examples in ../shared/reference (computed by the CLI's own code).
        QCOMPARE(apm::CredentialChain::assumeRoleCacheKey("arn:aws:iam::123456789012:role/r", {}, {}, {}, {}),
                 QStringLiteral("6dc9e6e1e186b9f293814df3266de783142c48a2"));
        QCOMPARE(apm::CredentialChain::ssoCacheKey("123456789012", "ReadOnly", QStringLiteral("my-sso"), QString()),
                 QStringLiteral("31b260dab331b2af063485cea75f7b8b3cf54c71"));
    }

    void findings_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("code");
        const QByteArray keys = "[default]\naws_access_key_id=A\naws_secret_access_key=S\n";
        QTest::newRow("env shadows profile")
            << QByteArray() << keys << QStringList{"AWS_ACCESS_KEY_ID=E", "AWS_SECRET_ACCESS_KEY=S"}
            << "env-shadows-profile";
        QTest::newRow("partial") << QByteArray() << QByteArray("[default]\naws_access_key_id=A\n") << QStringList{}
                                 << "partial-credentials";
        QTest::newRow("missing profile") << QByteArray() << keys << QStringList{"AWS_PROFILE=nope"}
                                         << "profile-missing";
        QTest::newRow("cycle") << QByteArray("[default]\nrole_arn=r\nsource_profile=default\n") << QByteArray()
                               << QStringList{} << "source-profile-cycle";
        QTest::newRow("both") << QByteArray("[default]\nrole_arn=r\nsource_profile=x\ncredential_source=Environment\n")
                              << QByteArray() << QStringList{} << "source-and-credential-source";
        QTest::newRow("bad credential_source") << QByteArray("[default]\nrole_arn=r\ncredential_source=Env\n")
                                               << QByteArray() << QStringList{} << "invalid-credential-source";
        QTest::newRow("IMDS would be asked")
            << QByteArray() << QByteArray() << QStringList{"AWS_EC2_METADATA_DISABLED=false"} << "needs-network";
    }

    void findings()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        QFETCH(QStringList, env);
        QFETCH(QString, code);
        TempAws aws(config, credentials);
        for (const QString& kv : env)
            aws.environment.set(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        QFile::setPermissions(aws.credentialsPath(), QFile::ReadOwner | QFile::WriteOwner);
        const apm::ProfileStore store(aws.environment);
        const apm::Resolution r = apm::Resolver(store, aws.environment, kNow).resolve();
        QVERIFY2(findingCodes(r).contains(code), qPrintable(findingCodes(r).join(", ")));
    }

    void worldReadableCredentials()
    {
        TempAws aws(QByteArray(), "[default]\naws_access_key_id=A\naws_secret_access_key=S\n");
        QFile::setPermissions(aws.credentialsPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const apm::ProfileStore store(aws.environment);
        QVERIFY(
            findingCodes(apm::Resolver(store, aws.environment, kNow).resolve()).contains("credentials-file-readable"));
        QFile::setPermissions(aws.credentialsPath(), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(
            !findingCodes(apm::Resolver(store, aws.environment, kNow).resolve()).contains("credentials-file-readable"));
    }
};

QTEST_GUILESS_MAIN(ResolverTest)
#include "ResolverTest.moc"
