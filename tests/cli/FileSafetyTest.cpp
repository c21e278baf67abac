// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The files under faults a hostile user or an odd system sets up: unreadable files, devices and FIFOs named as the
// files, another user's file, hard links, read-only folders, bind mounts, symlinks into nowhere, two writers at
// once, a save killed at its last step. Our `set` runs beside the real `aws configure set` where the CLI's answer
// is the reference; where the CLI itself damages or hangs, the guarantee is checked on its own.
//
// Permissions mean nothing to root, so the cases about them run both programs as the user `nobody` (setpriv)
// when the test runs as root, as CI does.
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "config/DiskFile.h"
#include "support/SideBySide.h"

using namespace apm::test;

namespace {

constexpr uid_t kNobody = 65534;
const QByteArray kOld = "[default]\naws_access_key_id = AKIAOLDFAKEKEY000001\n";
const QByteArray kNew = "[default]\naws_access_key_id = AKIANEWFAKEKEY000002\n";
const QStringList kSet = {QStringLiteral("set"), QStringLiteral("aws_access_key_id"),
                          QStringLiteral("AKIANEWFAKEKEY000002")};

bool isRoot()
{
    return ::geteuid() == 0;
}

struct stat statOf(const QString& path)
{
    struct stat st {
    };
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

void chownTree(const QString& root, uid_t uid)
{
    QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("%1:%1").arg(uid), root});
}

// One side of a comparison: a HOME of its own with ~/.aws in it.
class Home
{
public:
    Home()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral(".aws"));
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    }
    QString path() const { return m_dir.path(); }
    QString aws() const { return m_dir.path() + QStringLiteral("/.aws"); }
    QString credentials() const { return aws() + QStringLiteral("/credentials"); }

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/apm-filesafety-XXXXXX")};
};

enum class As { Me, Nobody };

// Runs ours (`aws-profile-manager ARGS`) or the CLI (`aws configure ARGS`) in `home`, as ourselves or, when we are
// root, as nobody.
Run runIn(const Home& home, bool cli, const QStringList& args, const EnvList& env = {}, As as = As::Me)
{
    QString program = cli ? kAws : QStringLiteral(APM_BINARY);
    QStringList all = cli ? QStringList{QStringLiteral("configure")} + args : args;
    if (as == As::Nobody && isRoot()) {
        all = QStringList{QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                          QStringLiteral("--clear-groups"), QStringLiteral("--"), program}
              + all;
        program = QStringLiteral("/usr/bin/setpriv");
    }
    return finish(start(program, all, home.path(), env));
}

// Ours, with the fault library preloaded and told which fault to make (FaultInjection.cpp).
Run runWithFault(const Home& home, const QStringList& args, const QString& fault)
{
    return finish(start(
        QStringLiteral(APM_BINARY), args, home.path(),
        {{QStringLiteral("LD_PRELOAD"), QStringLiteral(APM_FAULT_LIBRARY)}, {QStringLiteral("APM_FAULT"), fault}}));
}

} // namespace

class FileSafetyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A file we may write but not read: the CLI refuses (it reads before it writes); so do we, and the file keeps
    // its bytes. Today's build took it for a missing file and replaced it with one holding only the new key.
    void unreadableFileIsRefused()
    {
        Home ours, theirs;
        for (const Home* h : {&ours, &theirs}) {
            writeFile(h->credentials(), kOld);
            ::chmod(QFile::encodeName(h->credentials()).constData(), 0200);
            if (isRoot())
                chownTree(h->path(), kNobody);
        }
        const Run mine = runIn(ours, false, kSet, {}, As::Nobody);
        const Run aws = runIn(theirs, true, kSet, {}, As::Nobody);
        QCOMPARE(aws.status, 255);
        QCOMPARE(mine.status, aws.status);
        QVERIFY2(mine.err.contains("Permission denied"), mine.err.constData());
        ::chmod(QFile::encodeName(ours.credentials()).constData(), 0600);
        QCOMPARE(readFile(ours.credentials()), kOld);
        QCOMPARE(statOf(ours.credentials()).st_mode & 0777, mode_t(0600));
    }

    // AWS_SHARED_CREDENTIALS_FILE=/dev/null (common in CI): the CLI writes through the device; so do we, and the
    // device stays a device. As root the test makes a null device of its own rather than risk the real one.
    void characterDeviceIsWrittenThrough()
    {
        Home ours, theirs;
        QString device = QStringLiteral("/dev/null");
        if (isRoot()) {
            device = ours.path() + QStringLiteral("/null");
            QCOMPARE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
        }
        const EnvList env{{QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), device}};
        const Run mine = runIn(ours, false, kSet, env);
        const Run aws = runIn(theirs, true, kSet, env);
        QCOMPARE(mine.status, aws.status);
        QCOMPARE(mine.status, 0);
        QVERIFY(S_ISCHR(statOf(device).st_mode));
        QCOMPARE(statOf(device).st_rdev, makedev(1, 3));
    }

    // A FIFO: the CLI blocks forever opening it for writing. We neither hang nor replace it: a refusal, at once.
    // Reading through one (get) does not open it, as botocore does not: "no file".
    void fifoIsNeverReplacedNorWaitedOn()
    {
        Home ours, theirs;
        const QString fifo = ours.path() + QStringLiteral("/pipe");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run set = runIn(ours, false, kSet, {{QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), fifo}});
        QCOMPARE(set.status, 255);
        QVERIFY2(set.err.contains("FIFO"), set.err.constData());
        QVERIFY(S_ISFIFO(statOf(fifo).st_mode));

        const EnvList env{{QStringLiteral("AWS_CONFIG_FILE"), fifo}};
        const QStringList get{QStringLiteral("get"), QStringLiteral("region")};
        const Run mine = runIn(ours, false, get, env);
        const Run aws = runIn(theirs, true, get, env);
        QCOMPARE(mine.status, aws.status);
        QCOMPARE(mine.out, aws.out);
        QVERIFY(S_ISFIFO(statOf(fifo).st_mode));
    }

    // Root editing a user's file (sudo with HOME kept): the file stays the user's, with its group and mode.
    void anotherUsersFileKeepsItsOwner()
    {
        if (!isRoot())
            QSKIP("needs root to own a file of another user's");
        Home ours, theirs;
        for (const Home* h : {&ours, &theirs}) {
            writeFile(h->credentials(), kOld);
            ::chmod(QFile::encodeName(h->credentials()).constData(), 0640);
            chownTree(h->path(), kNobody);
        }
        const Run mine = runIn(ours, false, kSet);
        const Run aws = runIn(theirs, true, kSet);
        QCOMPARE(mine.status, aws.status);
        QCOMPARE(readFile(ours.credentials()), readFile(theirs.credentials()));
        const struct stat st = statOf(ours.credentials());
        QCOMPARE(st.st_uid, kNobody);
        QCOMPARE(st.st_gid, gid_t(kNobody));
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }

    // A file with a second name (a backup link, a dotfiles manager): both names see the edit, as after the CLI's
    // in-place write; a replacement would have split them.
    void hardLinksStayLinked()
    {
        Home ours, theirs;
        for (const Home* h : {&ours, &theirs}) {
            writeFile(h->credentials(), kOld);
            QCOMPARE(::link(QFile::encodeName(h->credentials()).constData(),
                            QFile::encodeName(h->path() + QStringLiteral("/second-name")).constData()),
                     0);
        }
        const ino_t inode = statOf(ours.credentials()).st_ino;
        const Run mine = runIn(ours, false, kSet);
        const Run aws = runIn(theirs, true, kSet);
        QCOMPARE(mine.status, aws.status);
        QCOMPARE(readFile(ours.credentials()), readFile(theirs.credentials()));
        QCOMPARE(readFile(ours.path() + QStringLiteral("/second-name")), kNew);
        QCOMPARE(statOf(ours.credentials()).st_ino, inode);
        QCOMPARE(statOf(ours.credentials()).st_nlink, nlink_t(2));
    }

    // ~/.aws read-only but the file writable: no temporary file can be made beside it, so the file is written in
    // place, as the CLI writes it.
    void readOnlyFolderWritableFile()
    {
        Home ours, theirs;
        for (const Home* h : {&ours, &theirs}) {
            writeFile(h->credentials(), kOld);
            ::chmod(QFile::encodeName(h->credentials()).constData(), 0600);
            if (isRoot())
                chownTree(h->path(), kNobody);
            ::chmod(QFile::encodeName(h->aws()).constData(), 0500);
        }
        const Run mine = runIn(ours, false, kSet, {}, As::Nobody);
        const Run aws = runIn(theirs, true, kSet, {}, As::Nobody);
        QCOMPARE(aws.status, 0);
        QCOMPARE(mine.status, aws.status);
        QCOMPARE(readFile(ours.credentials()), readFile(theirs.credentials()));
        QCOMPARE(QDir(ours.aws()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("credentials")});
        for (const Home* h : {&ours, &theirs})
            ::chmod(QFile::encodeName(h->aws()).constData(), 0700);
    }

    // A file bind-mounted into ~/.aws (docker run -v ~/.aws/credentials:...): renaming over a mount point fails,
    // so the file is written in place and the edit reaches the file on the host.
    void bindMountedFile()
    {
        if (!isRoot())
            QSKIP("needs root to bind-mount");
        Home ours;
        const QString host = ours.path() + QStringLiteral("/host-credentials");
        writeFile(host, kOld);
        writeFile(ours.credentials(), QByteArray());
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), host, ours.credentials()}), 0);
        const Run mine = runIn(ours, false, kSet);
        const QByteArray seen = readFile(host);
        QProcess::execute(QStringLiteral("umount"), {ours.credentials()});
        QCOMPARE(mine.status, 0);
        QCOMPARE(seen, kNew);
    }

    // Symlinks are followed as open(2) follows them, as in the CLI: a dangling link into an existing folder
    // creates its target; into a missing folder, or a loop, is an error and creates nothing.
    void symlinks_data()
    {
        QTest::addColumn<QString>("linkTarget");
        QTest::newRow("dangling, folder exists") << "dotfiles/credentials";
        QTest::newRow("dangling, folder missing") << "missing-folder/credentials";
        QTest::newRow("loop") << ".aws/credentials";
        QTest::newRow("to a link to a file") << "second-link";
    }
    void symlinks()
    {
        QFETCH(QString, linkTarget);
        Home ours, theirs;
        for (const Home* h : {&ours, &theirs}) {
            QDir(h->path()).mkpath(QStringLiteral("dotfiles"));
            writeFile(h->path() + QStringLiteral("/dotfiles/real"), kOld);
            QFile::link(QStringLiteral("dotfiles/real"), h->path() + QStringLiteral("/second-link"));
            QFile::link(h->path() + u'/' + linkTarget, h->credentials());
        }
        const Run mine = runIn(ours, false, kSet);
        const Run aws = runIn(theirs, true, kSet);
        QCOMPARE(mine.status, aws.status);
        QCOMPARE(filesUnder(ours.path()), filesUnder(theirs.path()));
        for (const QString& file : filesUnder(ours.path()))
            QCOMPARE(readFile(ours.path() + u'/' + file), readFile(theirs.path() + u'/' + file));
        QVERIFY(QFileInfo(ours.credentials()).isSymLink());
    }

    // Two of our `set`s at once on the same file, each adding its own key: both keys arrive, every time.
    void concurrentSetsLoseNothing()
    {
        Home home;
        for (int run = 0; run < 200; ++run) {
            writeFile(home.credentials(), "[default]\n");
            QProcess* a = start(QStringLiteral(APM_BINARY),
                                {QStringLiteral("set"), QStringLiteral("aws_access_key_id"), QStringLiteral("A")},
                                home.path(), {});
            QProcess* b = start(QStringLiteral(APM_BINARY),
                                {QStringLiteral("set"), QStringLiteral("aws_session_token"), QStringLiteral("B")},
                                home.path(), {});
            const Run ra = finish(a);
            const Run rb = finish(b);
            QCOMPARE(ra.status, 0);
            QCOMPARE(rb.status, 0);
            const QByteArray bytes = readFile(home.credentials());
            QVERIFY2(bytes.contains("aws_access_key_id = A\n") && bytes.contains("aws_session_token = B\n"),
                     qPrintable(QStringLiteral("run %1 lost an update:\n%2").arg(run).arg(QString::fromUtf8(bytes))));
        }
    }

    // While another of our processes holds the folder's lock, `set` waits, then edits what that process wrote.
    void setWaitsForTheLockAndReadsUnderIt()
    {
        Home home;
        writeFile(home.credentials(), "[default]\n");
        auto lock = std::make_unique<apm::FolderLock>(home.credentials());
        QVERIFY(lock->isLocked());
        QProcess* set =
            start(QStringLiteral(APM_BINARY),
                  {QStringLiteral("set"), QStringLiteral("aws_access_key_id"), QStringLiteral("A")}, home.path(), {});
        QVERIFY(!set->waitForFinished(500)); // blocked on the lock, not done
        writeFile(home.credentials(), "[default]\nregion_note = written under the lock\n");
        lock.reset();
        const Run run = finish(set);
        QCOMPARE(run.status, 0);
        QCOMPARE(readFile(home.credentials()),
                 QByteArray("[default]\nregion_note = written under the lock\naws_access_key_id = A\n"));
    }

    // A program that takes no lock (the AWS CLI) writes the file while we save: the check just before the
    // replacement sees it, and `set` edits the new text instead of writing over it.
    void writerWithoutLockIsNotOverwritten()
    {
        Home home;
        writeFile(home.credentials(), "[default]\n");
        const Run run = runWithFault(home, kSet, QStringLiteral("write-at-fsync:") + home.credentials());
        QCOMPARE(run.status, 0);
        QCOMPARE(readFile(home.credentials()),
                 QByteArray("[default]\n# written by another program\naws_access_key_id = AKIANEWFAKEKEY000002\n"));
    }

    // A file that changes at every attempt: `set` gives up after a few, writes nothing of its own, and says so in
    // the words of a command line (not the window's "Reload").
    void fileThatKeepsChangingIsReportedNotDropped()
    {
        Home home;
        writeFile(home.credentials(), "[default]\n");
        const Run run = runWithFault(home, kSet, QStringLiteral("write-at-every-fsync:") + home.credentials());
        QCOMPARE(run.status, 255);
        QVERIFY2(run.err.contains("run the command again") && !run.err.contains("Reload"), run.err.constData());
        const QByteArray bytes = readFile(home.credentials());
        QVERIFY2(!bytes.contains("aws_access_key_id"), bytes.constData());
        QCOMPARE(bytes.count("# written by another program\n"), 3); // one per attempt
        QCOMPARE(QDir(home.aws()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("credentials")});
    }

    // Killed at the rename: the old file is whole; the next save removes the temporary file the killed one left.
    void killAtRenameLeavesTheFileWhole()
    {
        Home home;
        writeFile(home.credentials(), kOld);
        const Run killed = runWithFault(home, kSet, QStringLiteral("kill-at-rename"));
        QCOMPARE(killed.status, -1); // did not exit normally
        QCOMPARE(readFile(home.credentials()), kOld);
        const Run again = runIn(home, false, kSet);
        QCOMPARE(again.status, 0);
        QCOMPARE(readFile(home.credentials()), kNew);
        QCOMPARE(QDir(home.aws()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("credentials")});
    }
};

QTEST_GUILESS_MAIN(FileSafetyTest)
#include "FileSafetyTest.moc"
