// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "CommandLine.h"
#include "support/TempAws.h"

using apm::test::TempAws;

class CommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void get_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("env"); // NAME=VALUE
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("default profile") << QStringList{"get", "region"} << QStringList{} << 0 << QByteArray("d\n");
        QTest::newRow("--profile") << QStringList{"get", "region", "--profile", "dev"} << QStringList{} << 0
                                   << QByteArray("v\n");
        QTest::newRow("--profile=") << QStringList{"--profile=dev", "get", "region"} << QStringList{} << 0
                                    << QByteArray("v\n");
        QTest::newRow("AWS_PROFILE") << QStringList{"get", "region"} << QStringList{"AWS_PROFILE=dev"} << 0
                                     << QByteArray("v\n");
        QTest::newRow("AWS_DEFAULT_PROFILE after AWS_PROFILE")
            << QStringList{"get", "region"} << QStringList{"AWS_DEFAULT_PROFILE=dev"} << 0 << QByteArray("v\n");
        QTest::newRow("empty --profile ignored") << QStringList{"get", "region", "--profile", ""}
                                                 << QStringList{"AWS_PROFILE=dev"} << 0 << QByteArray("v\n");
        QTest::newRow("missing profile") << QStringList{"get", "region"} << QStringList{"AWS_PROFILE=nope"} << 255
                                         << QByteArray();
        QTest::newRow("empty AWS_PROFILE is a name")
            << QStringList{"get", "region"} << QStringList{"AWS_PROFILE="} << 255 << QByteArray();
        QTest::newRow("not set") << QStringList{"get", "output"} << QStringList{} << 1 << QByteArray();
        QTest::newRow("keys are exact") << QStringList{"get", "Region"} << QStringList{} << 1 << QByteArray();
        QTest::newRow("env is not consulted")
            << QStringList{"get", "region"} << QStringList{"AWS_REGION=x"} << 0 << QByteArray("d\n");
        QTest::newRow("credentials win") << QStringList{"get", "output", "--profile", "dev"} << QStringList{} << 0
                                         << QByteArray("from-creds\n");
        QTest::newRow("profile.NAME.key")
            << QStringList{"get", "profile.dev.region"} << QStringList{} << 0 << QByteArray("v\n");
        QTest::newRow("NAME.key") << QStringList{"get", "dev.region"} << QStringList{} << 0 << QByteArray("v\n");
        QTest::newRow("dotted with missing profile")
            << QStringList{"get", "s3.max"} << QStringList{"AWS_PROFILE=dev"} << 0 << QByteArray("9\n");
        QTest::newRow("nested") << QStringList{"get", "default.s3.max"} << QStringList{} << 0 << QByteArray("1\n");
        QTest::newRow("section is not a value") << QStringList{"get", "s3"} << QStringList{} << 1 << QByteArray();
        QTest::newRow("profile.x too short")
            << QStringList{"get", "profile.dev"} << QStringList{} << 255 << QByteArray();
        // The CLI pops cli_legacy_plugin_path out of [plugins] at start-up; other plugin keys stay readable.
        QTest::newRow("plugin path is consumed")
            << QStringList{"get", "plugins.cli_legacy_plugin_path"} << QStringList{} << 1 << QByteArray();
        QTest::newRow("plugins") << QStringList{"get", "plugins.myplugin"} << QStringList{} << 0
                                 << QByteArray("my.module\n");
        QTest::newRow("credentials-only profile") << QStringList{"get", "aws_access_key_id", "--profile", "cred"}
                                                  << QStringList{} << 0 << QByteArray("AKIAFAKE\n");
    }

    void get()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, env);
        QFETCH(int, status);
        QFETCH(QByteArray, out);
        TempAws aws("[default]\nregion = d\ns3 =\n  max = 1\n[profile dev]\nregion = v\noutput = c\ns3 =\n  max = 9\n"
                    "[plugins]\ncli_legacy_plugin_path = /p\nmyplugin = my.module\n",
                    "[dev]\noutput = from-creds\n[cred]\naws_access_key_id = AKIAFAKE\n");
        for (const QString& kv : env)
            aws.environment.set(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        const apm::cli::Outcome outcome = apm::cli::run(args, aws.environment);
        QCOMPARE(outcome.status, status);
        QCOMPARE(outcome.out, out);
        if (status == 255)
            QVERIFY(!outcome.err.isEmpty());
    }

    void sectionValueMessage()
    {
        TempAws aws("[default]\ns3 =\n  max = 1\n", QByteArray());
        const auto outcome = apm::cli::run({"get", "s3"}, aws.environment);
        QCOMPARE(outcome.err, QByteArray("varname (s3) must reference a value, not a section or sub-section."));
    }

    void listProfiles()
    {
        TempAws aws("[profile b]\n[default]\n[profile  b]\n[sso-session s]\n[plugins]\n",
                    "[c]\n[default]\n[profile x]\n");
        const auto outcome = apm::cli::run({"list-profiles"}, aws.environment);
        QCOMPARE(outcome.status, 0);
        QCOMPARE(outcome.out, QByteArray("b\ndefault\nc\nprofile x\n"));
    }

    void refusedFileStopsEveryCommand()
    {
        TempAws aws("[default]\nregion = a\n", "[default]\naws_access_key_id\n");
        for (const QStringList& args :
             {QStringList{"list-profiles"}, QStringList{"get", "region"}, QStringList{"set", "region", "b"}}) {
            const auto outcome = apm::cli::run(args, aws.environment);
            QCOMPARE(outcome.status, 255);
            QVERIFY(outcome.err.contains("Unable to parse config file: " + aws.credentialsPath().toUtf8()));
            QVERIFY(outcome.err.contains(aws.credentialsPath().toUtf8() + ":2:"));
        }
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[default]\nregion = a\n"));
    }

    void set_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        const QByteArray c0 = "[default]\nregion = a\n";
        QTest::newRow("plain") << QStringList{"set", "output", "json"} << QByteArray(c0 + "output = json\n")
                               << QByteArray();
        QTest::newRow("credentials key") << QStringList{"set", "aws_access_key_id", "AKIAFAKE", "--profile", "dev"}
                                         << c0 << QByteArray("[dev]\naws_access_key_id = AKIAFAKE\n");
        QTest::newRow("name with a space") << QStringList{"set", "region", "b", "--profile", "my dev"}
                                           << QByteArray(c0 + "[profile 'my dev']\nregion = b\n") << QByteArray();
        QTest::newRow("profile.NAME.key") << QStringList{"set", "profile.dev.region", "b"}
                                          << QByteArray(c0 + "[profile dev]\nregion = b\n") << QByteArray();
        QTest::newRow("extra parts dropped") << QStringList{"set", "profile.dev.x.y.z", "b"}
                                             << QByteArray(c0 + "[profile dev]\nx = b\n") << QByteArray();
        QTest::newRow("nested") << QStringList{"set", "default.s3.max", "5"} << QByteArray(c0 + "s3 =\n    max = 5\n")
                                << QByteArray();
        QTest::newRow("plugins substring quirk")
            << QStringList{"set", "c", "3", "--profile", "p"} << QByteArray(c0 + "[p]\nc = 3\n") << QByteArray();
        QTest::newRow("plugins section") << QStringList{"set", "plugins.x", "y"}
                                         << QByteArray(c0 + "[plugins]\nx = y\n") << QByteArray();
        QTest::newRow("aws_security_token goes to config")
            << QStringList{"set", "aws_security_token", "t"} << QByteArray(c0 + "aws_security_token = t\n")
            << QByteArray();
    }

    void set()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        TempAws aws("[default]\nregion = a\n", QByteArray());
        const auto outcome = apm::cli::run(args, aws.environment);
        QCOMPARE(outcome.status, 0);
        QCOMPARE(TempAws::read(aws.configPath()), config);
        QCOMPARE(TempAws::read(aws.credentialsPath()), credentials);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::newRow("help") << QStringList{"--help"} << 0;
        QTest::newRow("version") << QStringList{"--version"} << 0;
        QTest::newRow("get without name") << QStringList{"get"} << 252;
        QTest::newRow("get with extra") << QStringList{"get", "a", "b"} << 252;
        QTest::newRow("set without value") << QStringList{"set", "a"} << 252;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 252;
        QTest::newRow("unknown option") << QStringList{"get", "a", "--frob"} << 252;
        QTest::newRow("--profile without value") << QStringList{"get", "a", "--profile"} << 252;
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        TempAws aws{QByteArray(), QByteArray()};
        const auto outcome = apm::cli::run(args, aws.environment);
        QCOMPARE(outcome.status, status);
        QVERIFY(status == 0 ? !outcome.out.isEmpty() : !outcome.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
