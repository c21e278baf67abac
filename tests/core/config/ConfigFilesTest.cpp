// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "config/ConfigFiles.h"
#include "support/TempAws.h"

using apm::ConfigFiles;
using apm::FileKind;
using apm::test::TempAws;

namespace {

int modeOf(const QString& path)
{
    struct stat st {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class ConfigFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultLocations()
    {
        apm::Environment env;
        env.set("HOME", "/home/someone/");
        const ConfigFiles files(env);
        QCOMPARE(files.file(FileKind::Config).readPath, QStringLiteral("/home/someone/.aws/config"));
        QCOMPARE(files.file(FileKind::Credentials).readPath, QStringLiteral("/home/someone/.aws/credentials"));
        QCOMPARE(files.file(FileKind::Config).variable, QStringLiteral("~/.aws/config"));
    }

    void variables_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("write");
        QTest::newRow("absolute") << "/etc/aws/cfg"
                                  << "/etc/aws/cfg"
                                  << "/etc/aws/cfg";
        QTest::newRow("tilde") << "~/cfg"
                               << "/h/cfg"
                               << "/h/cfg";
        // Reading expands variables, writing (aws configure set) does not.
        QTest::newRow("variable") << "$CFGDIR/cfg"
                                  << "/x/cfg"
                                  << "$CFGDIR/cfg";
        QTest::newRow("braced variable") << "${CFGDIR}/cfg"
                                         << "/x/cfg"
                                         << "${CFGDIR}/cfg";
        QTest::newRow("unknown variable kept") << "$NOPE/cfg"
                                               << "$NOPE/cfg"
                                               << "$NOPE/cfg";
        QTest::newRow("relative") << "cfg"
                                  << "cfg"
                                  << "cfg";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void variables()
    {
        QFETCH(QString, value);
        QFETCH(QString, read);
        QFETCH(QString, write);
        apm::Environment env;
        env.set("HOME", "/h");
        env.set("CFGDIR", "/x");
        env.set("AWS_CONFIG_FILE", value);
        env.set("AWS_SHARED_CREDENTIALS_FILE", value);
        const ConfigFiles files(env);
        QCOMPARE(files.file(FileKind::Config).readPath, read);
        QCOMPARE(files.file(FileKind::Config).writePath, write);
        QCOMPARE(files.file(FileKind::Credentials).readPath, read);
    }

    void missingAndDirectoryLoadEmpty()
    {
        TempAws aws{QByteArray(), QByteArray()};
        QDir(aws.home()).mkpath(".aws/credentials"); // a directory where the file should be
        ConfigFiles files(aws.environment);
        files.load();
        QVERIFY(!files.file(FileKind::Config).existed);
        QVERIFY(!files.file(FileKind::Credentials).existed);
        QVERIFY(files.file(FileKind::Config).document.isValid());
        QVERIFY(files.file(FileKind::Config).document.sections().isEmpty());
    }

    void newFileIs0600InA0700Directory()
    {
        TempAws aws{QByteArray(), QByteArray()};
        QDir(aws.home()).rmdir(".aws");
        ConfigFiles files(aws.environment);
        files.load();
        QVERIFY(!files.file(FileKind::Credentials).document.setValue("default", "aws_access_key_id", "AKIAFAKE"));
        QVERIFY(!files.save(FileKind::Credentials));
        QCOMPARE(modeOf(aws.credentialsPath()), 0600);
        QCOMPARE(modeOf(aws.home() + "/.aws"), 0700);
        QCOMPARE(TempAws::read(aws.credentialsPath()), QByteArray("[default]\naws_access_key_id = AKIAFAKE\n"));
    }

    void saveKeepsPermissions()
    {
        TempAws aws("[default]\n", QByteArray());
        QFile::setPermissions(aws.configPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        ConfigFiles files(aws.environment);
        files.load();
        QVERIFY(!files.file(FileKind::Config).document.setValue("default", "region", "a"));
        QVERIFY(!files.save(FileKind::Config));
        QCOMPARE(modeOf(aws.configPath()), 0640);
    }

    void saveWritesThroughSymlink()
    {
        TempAws aws{QByteArray(), QByteArray()};
        const QString real = aws.home() + "/dotfiles-config";
        TempAws::write(real, "[default]\n");
        QVERIFY(QFile::link(real, aws.configPath()));
        ConfigFiles files(aws.environment);
        files.load();
        QVERIFY(!files.file(FileKind::Config).document.setValue("default", "region", "a"));
        QVERIFY(!files.save(FileKind::Config));
        QVERIFY(QFileInfo(aws.configPath()).isSymLink());
        QCOMPARE(TempAws::read(real), QByteArray("[default]\nregion = a\n"));
    }

    void conflictIsRefused()
    {
        TempAws aws("[default]\n", QByteArray());
        ConfigFiles files(aws.environment);
        files.load();
        QVERIFY(!files.changedOnDisk(FileKind::Config));
        TempAws::write(aws.configPath(), "[default]\nregion = other\n");
        QVERIFY(files.changedOnDisk(FileKind::Config));
        QVERIFY(!files.file(FileKind::Config).document.setValue("default", "output", "json"));
        QVERIFY(files.save(FileKind::Config).has_value());
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[default]\nregion = other\n"));
        // A file that appears after a load of "no file" is a conflict too.
        QVERIFY(files.save(FileKind::Credentials).has_value() == false); // unmodified and absent: creates it
    }

    void failedSaveLeavesFileUntouched()
    {
        TempAws aws("[default]\n", QByteArray());
        ConfigFiles files(aws.environment);
        files.load();
        QVERIFY(!files.file(FileKind::Config).document.setValue("default", "region", "a"));
        QFile::setPermissions(aws.home() + "/.aws", QFile::ReadOwner | QFile::ExeOwner);
        const bool root = ::geteuid() == 0;
        const auto error = files.save(FileKind::Config);
        QFile::setPermissions(aws.home() + "/.aws", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (root)
            QSKIP("root may write to a read-only folder");
        QVERIFY(error.has_value());
        QCOMPARE(TempAws::read(aws.configPath()), QByteArray("[default]\n"));
    }
};

QTEST_GUILESS_MAIN(ConfigFilesTest)
#include "ConfigFilesTest.moc"
