// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "config/ProfileFields.h"
#include "config/ProfileStore.h"
#include "support/TempAws.h"

using apm::ProfileStore;
using apm::test::TempAws;
namespace Fields = apm::ProfileFields;

class ProfileFieldsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindAsksForRegionAndOutput()
    {
        for (apm::ProfileKind kind : Fields::creatableKinds()) {
            const auto fields = Fields::fieldsFor(kind);
            QCOMPARE(fields.at(fields.size() - 2).key, QStringLiteral("region"));
            QCOMPARE(fields.last().key, QStringLiteral("output"));
        }
        QCOMPARE(Fields::fieldsFor(apm::ProfileKind::AssumeRole).at(1).editor, apm::FieldSpec::Editor::Profile);
        QVERIFY(Fields::regions().contains(QStringLiteral("eu-central-2")));
    }

    void check_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // a fragment of the message, or empty when the value is fine

        QTest::newRow("region ok") << "dev"
                                   << "region"
                                   << "eu-west-1"
                                   << "";
        QTest::newRow("region with a space") << "dev"
                                             << "region"
                                             << "eu west"
                                             << "doesn't match a supported format";
        QTest::newRow("region all digits") << "dev"
                                           << "region"
                                           << "123"
                                           << "supported format";
        QTest::newRow("output ok") << "dev"
                                   << "output"
                                   << "yaml-stream"
                                   << "";
        QTest::newRow("output case matters") << "dev"
                                             << "output"
                                             << "JSON"
                                             << "Unknown output type: JSON";
        QTest::newRow("role arn ok") << "role"
                                     << "role_arn"
                                     << "arn:aws:iam::123456789012:role/admin"
                                     << "";
        QTest::newRow("role arn gov") << "role"
                                      << "role_arn"
                                      << "arn:aws-us-gov:iam::123456789012:role/a"
                                      << "";
        QTest::newRow("role arn short account") << "role"
                                                << "role_arn"
                                                << "arn:aws:iam::1234:role/a"
                                                << "role ARN";
        QTest::newRow("source profile missing") << "role"
                                                << "source_profile"
                                                << "nope"
                                                << "The source_profile \"nope\" referenced in the profile \"role\"";
        QTest::newRow("source profile ok") << "role"
                                           << "source_profile"
                                           << "dev"
                                           << "";
        QTest::newRow("self source without keys") << "role"
                                                  << "source_profile"
                                                  << "role"
                                                  << "infinite loop";
        QTest::newRow("self source with keys") << "dev"
                                               << "source_profile"
                                               << "dev"
                                               << "";
        QTest::newRow("credential source case") << "other"
                                                << "credential_source"
                                                << "environment"
                                                << "is not valid";
        QTest::newRow("credential source and source profile") << "role"
                                                              << "credential_source"
                                                              << "Environment"
                                                              << "contains both";
        QTest::newRow("duration not a number") << "role"
                                               << "duration_seconds"
                                               << "1h"
                                               << "Not a whole number";
        QTest::newRow("duration too long") << "role"
                                           << "duration_seconds"
                                           << "86400"
                                           << "900 to 43200";
        QTest::newRow("duration ok") << "role"
                                     << "duration_seconds"
                                     << "3600"
                                     << "";
        QTest::newRow("access key lower case") << "dev"
                                               << "aws_access_key_id"
                                               << "akiafake"
                                               << "16 to 128";
        QTest::newRow("temporary key without token") << "dev"
                                                     << "aws_access_key_id"
                                                     << "ASIAFAKEFAKEFAKE0001"
                                                     << "session token";
        QTest::newRow("sso session missing") << "dev"
                                             << "sso_session"
                                             << "corp"
                                             << "[sso-session corp]";
        QTest::newRow("sso session ok") << "dev"
                                        << "sso_session"
                                        << "main"
                                        << "";
        QTest::newRow("account id") << "dev"
                                    << "sso_account_id"
                                    << "12345"
                                    << "twelve digits";
        QTest::newRow("start url not https") << "dev"
                                             << "sso_start_url"
                                             << "example.awsapps.com/start"
                                             << "https://";
        QTest::newRow("start url ok") << "dev"
                                      << "sso_start_url"
                                      << "https://example.awsapps.com/start"
                                      << "";
        QTest::newRow("token file missing") << "dev"
                                            << "web_identity_token_file"
                                            << "~/nope"
                                            << "No such file";
        QTest::newRow("token file here") << "dev"
                                         << "web_identity_token_file"
                                         << "~/.aws/config"
                                         << "";
        QTest::newRow("empty is not checked") << "dev"
                                              << "role_arn"
                                              << ""
                                              << "";
    }

    void check()
    {
        QFETCH(QString, profile);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        TempAws aws("[profile dev]\nregion = x\n[profile role]\nsource_profile = dev\n[profile other]\n"
                    "[sso-session main]\nsso_region = eu-west-1\n",
                    "[dev]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\n");
        ProfileStore store(aws.environment);
        const auto message = Fields::check(store, profile, key, value);
        if (problem.isEmpty()) {
            QVERIFY2(!message, qPrintable(message.value_or(QString())));
            return;
        }
        QVERIFY(message);
        QVERIFY2(message->contains(problem), qPrintable(*message));
    }
};

QTEST_GUILESS_MAIN(ProfileFieldsTest)
#include "ProfileFieldsTest.moc"
