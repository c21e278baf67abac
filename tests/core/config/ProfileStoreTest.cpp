// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "support/GoldenCases.h"
#include "support/LargeFiles.h"

#include "config/ProfileStore.h"
#include "support/TempAws.h"

using apm::FileKind;
using apm::ProfileKind;
using apm::ProfileStore;
using apm::test::TempAws;

namespace {

QJsonObject settingsJson(const apm::Profile& p)
{
    QJsonObject o;
    for (const apm::ProfileSetting& s : p.settings) {
        if (!s.value().isNested) {
            o.insert(s.key(), s.value().scalar);
            continue;
        }
        QJsonObject nested;
        for (const auto& [k, v] : s.value().nested)
            nested.insert(k, v);
        o.insert(s.key(), nested);
    }
    return o;
}

} // namespace

class ProfileStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // botocore's load_config on the golden inputs: the profile map and the sso-sessions.
    void loadConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QJsonObject>("expected");
        for (const QJsonObject& c : apm::test::goldenCases()) {
            if (!c.contains(QStringLiteral("load_config")))
                continue;
            QTest::newRow(qPrintable(c.value(QStringLiteral("case")).toString()))
                << c.value(QStringLiteral("input")).toString().toLatin1()
                << c.value(QStringLiteral("load_config")).toObject();
        }
    }

    void loadConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(QJsonObject, expected);
        TempAws aws(config, QByteArray());
        const ProfileStore store(aws.environment);
        QJsonObject profiles;
        for (const QString& name : store.profileNames())
            profiles.insert(name, settingsJson(*store.profile(name)));
        QCOMPARE(profiles, expected.value(QStringLiteral("profiles")).toObject());
        QStringList sso = store.ssoSessionNames();
        QStringList expectedSso = expected.value(QStringLiteral("sso_sessions")).toObject().keys();
        sso.sort();
        expectedSso.sort();
        QCOMPARE(sso, expectedSso);
    }

    // Session.full_config: the credentials file merged key by key over the config file.
    void fullConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        QTest::addColumn<QJsonObject>("profiles");
        QTest::addColumn<QStringList>("order");
        for (const QJsonObject& c : apm::test::goldenCases()) {
            if (!c.contains(QStringLiteral("credentials")))
                continue;
            QStringList order;
            for (const auto& v : c.value(QStringLiteral("available_profiles")).toArray())
                order.append(v.toString());
            QTest::newRow(qPrintable(c.value(QStringLiteral("case")).toString()))
                << c.value(QStringLiteral("config")).toString().toUtf8()
                << c.value(QStringLiteral("credentials")).toString().toUtf8()
                << c.value(QStringLiteral("full_config.profiles")).toObject() << order;
        }
    }

    void fullConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        QFETCH(QJsonObject, profiles);
        QFETCH(QStringList, order);
        TempAws aws(config, credentials);
        const ProfileStore store(aws.environment);
        QCOMPARE(store.profileNames(), order);
        QJsonObject actual;
        for (const QString& name : store.profileNames())
            actual.insert(name, settingsJson(*store.profile(name)));
        QCOMPARE(actual, profiles);
    }

    void origins()
    {
        TempAws aws("[default]\nregion = c\noutput = json\n", "[default]\n\nregion = k\n");
        const ProfileStore store(aws.environment);
        const apm::Profile* p = store.profile("default");
        QVERIFY(p);
        QCOMPARE(p->setting("region")->file, FileKind::Credentials);
        QCOMPARE(p->setting("region")->line(), 2);
        QCOMPARE(p->setting("output")->file, FileKind::Config);
        QCOMPARE(p->setting("output")->line(), 2);
        QCOMPARE(p->configSection, QStringLiteral("default"));
        QCOMPARE(p->credentialsSection, QStringLiteral("default"));
    }

    void laterSectionWinsButKeepsPlace()
    {
        TempAws aws("[profile a]\nx=1\n[profile b]\n[profile  a]\ny=2\n", QByteArray());
        const ProfileStore store(aws.environment);
        QCOMPARE(store.profileNames(), (QStringList{"a", "b"}));
        QCOMPARE(store.profile("a")->configSection, QStringLiteral("profile  a"));
        QVERIFY(!store.profile("a")->setting("x"));
    }

    void kinds_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        QTest::addColumn<int>("kind");
        QTest::newRow("settings") << QByteArray("[default]\nregion=a\n") << QByteArray() << int(ProfileKind::Settings);
        QTest::newRow("keys in credentials")
            << QByteArray() << QByteArray("[default]\naws_access_key_id=A\n") << int(ProfileKind::StaticKeys);
        QTest::newRow("keys in config") << QByteArray("[default]\naws_access_key_id=A\n") << QByteArray()
                                        << int(ProfileKind::StaticKeys);
        QTest::newRow("assume role") << QByteArray("[default]\nrole_arn=r\nsource_profile=x\n") << QByteArray()
                                     << int(ProfileKind::AssumeRole);
        QTest::newRow("credential source") << QByteArray("[default]\nrole_arn=r\ncredential_source=Environment\n")
                                           << QByteArray() << int(ProfileKind::AssumeRoleSource);
        QTest::newRow("web identity") << QByteArray("[default]\nrole_arn=r\nweb_identity_token_file=/t\n")
                                      << QByteArray() << int(ProfileKind::WebIdentity);
        QTest::newRow("sso") << QByteArray("[default]\nsso_session=s\nsso_account_id=1\n") << QByteArray()
                             << int(ProfileKind::Sso);
        QTest::newRow("process") << QByteArray("[default]\ncredential_process=/bin/x\n") << QByteArray()
                                 << int(ProfileKind::CredentialProcess);
        // The provider chain tries shared-credentials-file before custom-process, config-file after it.
        QTest::newRow("credentials keys beat process")
            << QByteArray("[default]\ncredential_process=/bin/x\n") << QByteArray("[default]\naws_access_key_id=A\n")
            << int(ProfileKind::StaticKeys);
        QTest::newRow("process beats config keys")
            << QByteArray("[default]\ncredential_process=/bin/x\naws_access_key_id=A\n") << QByteArray()
            << int(ProfileKind::CredentialProcess);
        QTest::newRow("login") << QByteArray("[default]\nlogin_session=x\n") << QByteArray() << int(ProfileKind::Login);
    }

    void kinds()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        QFETCH(int, kind);
        TempAws aws(config, credentials);
        const ProfileStore store(aws.environment);
        QVERIFY(store.profile("default"));
        QCOMPARE(int(store.profile("default")->kind()), kind);
    }

    void refusedFileGivesNoProfiles()
    {
        TempAws aws("[default]\nregion=a\n", "[x]\nnot a setting\n");
        const ProfileStore store(aws.environment);
        QVERIFY(!store.isValid());
        QVERIFY(store.profileNames().isEmpty());
        QVERIFY(store.parseErrorMessage().contains(aws.credentialsPath() + ":2:"));
    }

    void editsAreRefusedOnRefusedFiles()
    {
        TempAws aws("[default]\nregion=a\nbad line\n", QByteArray());
        ProfileStore store(aws.environment);
        QVERIFY(store.setValue("default", "output", "json").has_value());
        QVERIFY(store.createProfile("x").has_value());
        QVERIFY(!store.save());
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[default]\nregion=a\nbad line\n"));
    }

    void routing()
    {
        TempAws aws("[default]\nregion = a\n", "[default]\naws_access_key_id = AKIAFAKE\n");
        ProfileStore store(aws.environment);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(!store.setValue("dev", "aws_secret_access_key", "fake-secret"));
        QVERIFY(!store.setValue("dev", "region", "eu-west-1"));
        QVERIFY(!store.setValue("my dev", "output", "text"));
        QVERIFY(!store.setNestedValue("dev", "s3", "max_concurrent_requests", "5"));
        QVERIFY(changed.count() >= 4);
        QVERIFY(!store.save());
        QCOMPARE(TempAws::read(aws.configPath()),
                 QByteArray("[default]\nregion = a\n[profile dev]\nregion = eu-west-1\ns3 =\n    "
                            "max_concurrent_requests = 5\n[profile 'my dev']\noutput = text\n"));
        QCOMPARE(TempAws::read(aws.credentialsPath()),
                 QByteArray("[default]\naws_access_key_id = AKIAFAKE\n[dev]\naws_secret_access_key = fake-secret\n"));
    }

    void existingKeyIsEditedWhereItLives()
    {
        // region in the credentials file wins over the config file, so that is the one to change.
        TempAws aws("[profile dev]\nregion = c\n", "[dev]\nregion = k\n");
        ProfileStore store(aws.environment);
        QVERIFY(!store.setValue("dev", "region", "new"));
        QVERIFY(!store.save());
        QCOMPARE(TempAws::read(aws.credentialsPath()), QByteArray("[dev]\nregion = new\n"));
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[profile dev]\nregion = c\n"));
    }

    void editThatWouldBreakTheFileIsRefused()
    {
        TempAws aws("[default]\nRegion = a\n", QByteArray());
        ProfileStore store(aws.environment);
        // "region" is stored lower-cased, but the writer compares the text: it would append a duplicate.
        QVERIFY(store.setValue("default", "region", "b").has_value());
        QVERIFY(!store.isModified());
        QVERIFY(store.setValue("default", "Bad Key", "b").has_value());
        QVERIFY(store.setValue("default", "k", "line\nbreak").has_value());
    }

    void createRenameDuplicateDelete()
    {
        TempAws aws("# mine\n[default]\nregion = a\n\n[profile dev]\nregion = b\ns3 =\n  x = 1\n",
                    "[dev]\naws_access_key_id = AKIAFAKE\n");
        ProfileStore store(aws.environment);
        QVERIFY(!store.createProfile("new"));
        QVERIFY(store.createProfile("new").has_value());
        QVERIFY(store.createProfile("bad]name").has_value());
        QVERIFY(!store.renameProfile("dev", "stage"));
        QVERIFY(store.renameProfile("missing", "x").has_value());
        QVERIFY(!store.duplicateProfile("stage", "stage2"));
        QCOMPARE(store.profileNames(), (QStringList{"default", "stage", "new", "stage2"}));
        QCOMPARE(store.profile("stage2")->value("aws_access_key_id"), std::optional<QString>("AKIAFAKE"));
        QVERIFY(store.profile("stage2")->setting("s3")->value().sub("x") == std::optional<QString>("1"));
        QVERIFY(!store.deleteProfile("new"));
        QVERIFY(!store.save());
        QCOMPARE(TempAws::read(aws.configPath()),
                 QByteArray("# mine\n[default]\nregion = a\n\n[profile stage]\nregion = b\ns3 =\n  x = 1\n"
                            "[profile stage2]\nregion = b\ns3 =\n  x = 1\n")); // copied as written
        QCOMPARE(TempAws::read(aws.credentialsPath()),
                 QByteArray("[stage]\naws_access_key_id = AKIAFAKE\n\n[stage2]\naws_access_key_id = AKIAFAKE\n"));
        QVERIFY(!store.deleteProfile("stage"));
        QVERIFY(!store.save());
        QCOMPARE(TempAws::read(aws.credentialsPath()), QByteArray("[stage2]\naws_access_key_id = AKIAFAKE\n"));
    }

    // Duplicate copies each file's section as it is written: its order, its comments, its nested blocks, a key
    // both files set; no empty config section for a profile the config file does not have (#17 saw the merged
    // view written back: an empty [profile x-copy] and the keys reordered).
    void duplicateCopiesEachFileAsWritten()
    {
        TempAws aws(
            "[profile dev]\n# the dev account\noutput = json\nregion = eu-west-1\ns3 =\n  addressing_style = path\n"
            "\n# next\n[profile other]\nregion = x\n",
            "[dev]\nregion = us-east-2\naws_access_key_id = AKIAFAKEFAKEFAKE0001\n[solo]\naws_access_key_id = "
            "AKIAFAKEFAKEFAKE0002\n");
        ProfileStore store(aws.environment);
        QVERIFY(!store.duplicateProfile("dev", "dev-copy"));
        QVERIFY(!store.duplicateProfile("solo", "solo-copy"));
        QVERIFY(!store.save());
        QCOMPARE(TempAws::read(aws.configPath()),
                 QByteArray("[profile dev]\n# the dev account\noutput = json\nregion = eu-west-1\ns3 =\n"
                            "  addressing_style = path\n\n# next\n[profile other]\nregion = x\n\n"
                            "[profile dev-copy]\n# the dev account\noutput = json\nregion = eu-west-1\ns3 =\n"
                            "  addressing_style = path\n"));
        QCOMPARE(TempAws::read(aws.credentialsPath()),
                 QByteArray("[dev]\nregion = us-east-2\naws_access_key_id = AKIAFAKEFAKEFAKE0001\n[solo]\n"
                            "aws_access_key_id = AKIAFAKEFAKEFAKE0002\n\n[dev-copy]\nregion = us-east-2\n"
                            "aws_access_key_id = AKIAFAKEFAKEFAKE0001\n\n[solo-copy]\naws_access_key_id = "
                            "AKIAFAKEFAKEFAKE0002\n"));
        // And the AWS CLI reads the copy as the original.
        QCOMPARE(store.profile("dev-copy")->value("region"), store.profile("dev")->value("region"));
    }

    void removeKey()
    {
        TempAws aws("[default]\nregion = a\noutput = json\n", "[default]\nregion = b\n");
        ProfileStore store(aws.environment);
        QVERIFY(!store.removeKey("default", "region")); // both files: the config value would show through
        QVERIFY(store.removeKey("default", "missing").has_value());
        QVERIFY(!store.save());
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[default]\noutput = json\n"));
        QCOMPARE(TempAws::read(aws.credentialsPath()), QByteArray("[default]\n"));
    }

    // Every edit reports the splice it made; playing the splices back walks the text through the same states.
    void editsCanBeUndoneAndRedone()
    {
        const QByteArray config = "# mine\r\n[default]\r\nregion = a\r\n\r\n[profile dev]\r\nregion = b\r\n";
        const QByteArray credentials = "[dev]\naws_access_key_id = AKIAFAKE\n";
        TempAws aws(config, credentials);
        ProfileStore store(aws.environment);
        QList<QList<apm::TextChange>> history;
        QStringList descriptions;
        connect(&store, &ProfileStore::edited, this,
                [&](const QList<apm::TextChange>& changes, const QString& description) {
                    history.append(changes);
                    descriptions.append(description);
                });
        auto bytes = [&store] {
            return std::pair(store.files().file(FileKind::Config).document.toBytes(),
                             store.files().file(FileKind::Credentials).document.toBytes());
        };
        QList<std::pair<QByteArray, QByteArray>> states{bytes()};
        QVERIFY(!store.setValue("dev", "output", "json"));
        states.append(bytes());
        QVERIFY(!store.renameProfile("dev", "stage")); // both files in one step
        states.append(bytes());
        QVERIFY(!store.setNestedValue("stage", "s3", "max_concurrent_requests", "10"));
        states.append(bytes());
        QVERIFY(!store.deleteProfile("default"));
        states.append(bytes());
        QVERIFY(store.setValue("stage", "Bad Key", "x").has_value()); // refused: no step
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(1).size(), 2);
        QCOMPARE(descriptions.at(1), QStringLiteral("Rename dev to stage"));
        // A splice holds the lines it touched, not the file.
        QVERIFY(history.at(0).at(0).after.size() < 20);

        for (int i = history.size() - 1; i >= 0; --i) {
            QVERIFY(!store.applyChanges(history.at(i), true));
            QCOMPARE(bytes(), states.at(i));
        }
        QVERIFY(!store.isModified()); // back to the loaded bytes: nothing to save
        QVERIFY(store.profile("dev"));
        for (int i = 0; i < history.size(); ++i) {
            QVERIFY(!store.applyChanges(history.at(i), false));
            QCOMPARE(bytes(), states.at(i + 1));
        }
        QVERIFY(store.isModified());
        QVERIFY(store.profile("stage")->setting("s3"));
        QCOMPARE(history.size(), 4); // undo and redo are not edits

        // A step that no longer fits the text (the file was reloaded under it) is refused and changes nothing.
        TempAws::write(aws.configPath(), "[other]\n");
        store.reload();
        QVERIFY(store.applyChanges(history.at(3), true).has_value());
        QCOMPARE(store.files().file(FileKind::Config).document.toBytes(), QByteArray("[other]\n"));
    }

    // Edits inside one profile rebuild that profile only; the view must still be what reading the files gives.
    void editedViewMatchesAFreshRead()
    {
        const auto [config, credentials] = apm::test::largeProfileFiles(400);
        TempAws aws(QByteArray("[DEFAULT]\ncli_pager = less\n\n") + config, credentials);
        ProfileStore store(aws.environment);
        auto check = [&](const char* step) {
            QVERIFY(!store.save());
            ProfileStore fresh(aws.environment);
            QCOMPARE(store.profileNames(), fresh.profileNames());
            for (const QString& name : fresh.profileNames()) {
                const apm::Profile* a = store.profile(name);
                const apm::Profile* b = fresh.profile(name);
                QVERIFY2(a && settingsJson(*a) == settingsJson(*b), qPrintable(QString(step) + u' ' + name));
                for (int i = 0; i < a->settings.size(); ++i) {
                    QCOMPARE(a->settings[i].line(), b->settings[i].line());
                    QCOMPARE(a->settings[i].file, b->settings[i].file);
                    QCOMPARE(a->settings[i].inherited, b->settings[i].inherited);
                }
            }
        };
        QVERIFY(!store.setValue("role-9", "region", "changed"));
        check("set an existing key");
        QVERIFY(!store.setValue("role-9", "duration_seconds", "3600"));
        check("add a key (later lines move)");
        QVERIFY(!store.setNestedValue("keys-10", "s3", "max_concurrent_requests", "4"));
        check("add a nested key");
        QVERIFY(!store.setValue("keys-10", "aws_secret_access_key", "fake-changed"));
        check("credentials file");
        QVERIFY(!store.setValue("keys-10", "cli_pager", ""));
        check("own value over an inherited one");
        QVERIFY(!store.removeKey("role-9", "region"));
        check("remove a key");
        QVERIFY(!store.removeNestedKey("keys-10", "s3", "max_concurrent_requests"));
        check("remove the last nested key");
        QVERIFY(!store.setValue("brand-new", "region", "x"));
        check("a new profile");
    }

    void saveRefusesWhenChangedOnDisk()
    {
        TempAws aws("[default]\nregion = a\n", QByteArray());
        ProfileStore store(aws.environment);
        QVERIFY(!store.setValue("default", "output", "json"));
        TempAws::write(aws.configPath(), "[default]\nregion = changed-elsewhere\n");
        const auto error = store.save();
        QVERIFY(error.has_value());
        QVERIFY(error->contains(aws.configPath()));
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[default]\nregion = changed-elsewhere\n"));
        QVERIFY(!store.save(apm::ConfigFiles::Overwrite::Always));
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[default]\nregion = a\noutput = json\n"));
    }
};

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "ProfileStoreTest.moc"
