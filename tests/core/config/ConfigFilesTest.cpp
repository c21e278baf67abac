// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
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
        // A file that appears after a load of "no file" is a conflict too: saving would replace what we never saw.
        QVERIFY(!files.file(FileKind::Credentials).existed);
        TempAws::write(aws.credentialsPath(), "[default]\naws_access_key_id = AKIAWRITTENELSEWHERE\n");
        QVERIFY(!files.file(FileKind::Credentials).document.setValue("default", "region", "x"));
        QVERIFY(files.save(FileKind::Credentials).has_value());
        QCOMPARE(TempAws::read(aws.credentialsPath()),
                 QByteArray("[default]\naws_access_key_id = AKIAWRITTENELSEWHERE\n"));
    }

    // A save that cannot complete (here: no space left, on a full file system of the test's own) leaves the old
    // file byte for byte and no temporary file, and says why.
    void failedSaveLeavesFileUntouched()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to mount a small file system");
        TempAws aws{QByteArray(), QByteArray()};
        const QString folder = aws.home() + "/full";
        QDir().mkpath(folder);
        QCOMPARE(QProcess::execute("mount", {"-t", "tmpfs", "-o", "size=64k", "tmpfs", folder}), 0);
        const QString config = folder + "/config";
        TempAws::write(config, "[default]\n");
        TempAws::write(folder + "/filler", QByteArray(128 * 1024, 'x')); // fills what is left
        aws.environment.set("AWS_CONFIG_FILE", config);
        ConfigFiles files(aws.environment);
        files.load();
        QVERIFY(!files.file(FileKind::Config).document.setValue("default", "region", QString(8192, u'a')));
        const auto error = files.save(FileKind::Config);
        const QByteArray after = TempAws::read(config);
        const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QProcess::execute("umount", {folder});
        QVERIFY(error.has_value());
        QVERIFY2(error->contains("No space left"), qPrintable(*error));
        QCOMPARE(after, QByteArray("[default]\n"));
        QCOMPARE(left, QStringList({"config", "filler"}));
    }

    // What stands at the path now is not a file: nothing replaces it (FileSafetyTest has devices, FIFOs and files
    // we may not read).
    void folderWhereTheFileWasIsNotReplaced()
    {
        TempAws aws("[default]\nregion = kept\n", QByteArray());
        ConfigFiles files(aws.environment);
        files.load();
        QVERIFY(!files.file(FileKind::Config).document.setValue("default", "output", "json"));
        // A directory stands where the file was: neither readable as a file nor replaceable.
        QFile::remove(aws.configPath());
        QDir().mkpath(aws.configPath());
        const auto error = files.save(FileKind::Config, ConfigFiles::Overwrite::Always);
        QVERIFY(error.has_value());
        QVERIFY2(error->contains("a folder"), qPrintable(*error));
        QVERIFY(QFileInfo(aws.configPath()).isDir());
    }
};

QTEST_GUILESS_MAIN(ConfigFilesTest)
#include "ConfigFilesTest.moc"
