// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiskFile.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::DiskFile)
};

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Python's OSError text, which is what `aws configure set` prints: [Errno 2] No such file or directory: 'path'
QString pythonOsError(int error, const QString& path)
{
    return QStringLiteral("[Errno %1] %2: '%3'").arg(error).arg(errnoText(error), path);
}

// A file descriptor closed when it goes out of scope.
class Fd final
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    {}
    ~Fd() { reset(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool valid() const { return m_fd >= 0; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

bool writeAll(int fd, const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        left -= n;
    }
    return true;
}

std::optional<QByteArray> readAll(int fd, qint64 sizeHint)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(sizeHint));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            return bytes;
        bytes.append(buffer, qsizetype(n));
    }
}

QString describeSpecial(mode_t mode)
{
    if (S_ISDIR(mode))
        return Messages::tr("a folder");
    if (S_ISFIFO(mode))
        return Messages::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return Messages::tr("a socket");
    if (S_ISBLK(mode))
        return Messages::tr("a block device");
    return Messages::tr("not a regular file");
}

// Whether readDisk(path).fileBytes() would be `expected`, compared a block at a time: a large file is never held
// twice just to be compared.
bool sameOnDisk(const QString& path, const std::optional<QByteArray>& expected)
{
    struct stat st {
    };
    if (::stat(encoded(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return !expected;
    const Fd fd(::open(encoded(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (!fd.valid() || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return !expected;
    if (!expected)
        return false;
    std::vector<char> block(size_t(1) << 16);
    qsizetype at = 0;
    for (;;) {
        const ssize_t n = ::read(fd.get(), block.data(), block.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            return at == expected->size();
        if (at + n > expected->size() || std::memcmp(block.data(), expected->constData() + at, size_t(n)) != 0)
            return false;
        at += n;
    }
}

WriteError failed(const QString& path, int error)
{
    return WriteError{WriteError::Kind::Failed,
                      Messages::tr("Could not write %1: %2. The file was not changed.").arg(path, errnoText(error))};
}

WriteError changed(const QString& path)
{
    return WriteError{
        WriteError::Kind::Changed,
        Messages::tr("%1 was changed by another program while it was being saved. Nothing was written.").arg(path)};
}

// The prefix of the temporary files a save of `name` makes beside it.
QByteArray tempPrefix(const QString& name)
{
    return encoded(QLatin1Char('.') + name + QStringLiteral(".apm-save-"));
}

// Our saves take the folder lock, so under it any temporary file of ours is one a killed save left behind.
void removeStaleTemps(const QString& folder, const QString& name)
{
    const QByteArray prefix = tempPrefix(name);
    const QDir dir(folder);
    const QStringList stale =
        dir.entryList({QString::fromLocal8Bit(prefix) + u'*'}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& entry : stale)
        ::unlink(encoded(dir.filePath(entry)).constData());
}

std::optional<WriteError> writeInPlace(const QString& target, const QByteArray& bytes, bool device)
{
    const Fd fd(::open(encoded(target).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC | (device ? O_NONBLOCK : 0)));
    if (!fd.valid())
        return failed(target, errno);
    if (!writeAll(fd.get(), bytes))
        return failed(target, errno);
    if (device)
        return std::nullopt;
    if (::ftruncate(fd.get(), off_t(bytes.size())) != 0 || ::fsync(fd.get()) != 0)
        return failed(target, errno);
    return std::nullopt;
}

// A temporary file in `folder`, with a name: O_TMPFILE where the file system has it, so that a save killed
// before the rename leaves nothing, else a named file opened exclusively. nullopt with errno set on failure.
struct Temp {
    int fd = -1;
    QByteArray name;
};
std::optional<Temp> createTemp(const QString& folder, const QString& name)
{
    const QByteArray dir = encoded(folder);
    const QByteArray prefix = encoded(folder + u'/') + tempPrefix(name);
    const QByteArray candidate = prefix + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
#ifdef O_TMPFILE
    const int anonymous = ::open(dir.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (anonymous >= 0) {
        const QByteArray proc = "/proc/self/fd/" + QByteArray::number(anonymous);
        if (::linkat(AT_FDCWD, proc.constData(), AT_FDCWD, candidate.constData(), AT_SYMLINK_FOLLOW) == 0)
            return Temp{anonymous, candidate};
        ::close(anonymous);
    } else if (errno == EACCES || errno == EPERM || errno == EROFS) {
        return std::nullopt; // the folder is not ours to write: no other way will do better
    }
#endif
    const int fd = ::open(candidate.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::nullopt;
    return Temp{fd, candidate};
}

bool syncFolder(const QString& folder)
{
    const Fd fd(::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return fd.valid() && ::fsync(fd.get()) == 0;
}

} // namespace

DiskState readDisk(const QString& path, DiskState::Contents contents)
{
    DiskState state;
    if (path.isEmpty())
        return state;
    struct stat st {
    };
    if (::stat(encoded(path).constData(), &st) != 0)
        return state; // as os.path.isfile: a missing file, a dangling link, a loop, an unreachable folder
    if (S_ISCHR(st.st_mode)) {
        state.kind = DiskState::Kind::Device;
        state.reason = Messages::tr("a character device");
        return state;
    }
    if (!S_ISREG(st.st_mode)) {
        state.kind = DiskState::Kind::Special;
        state.reason = describeSpecial(st.st_mode);
        return state;
    }
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening it must not wait for a writer.
    const Fd fd(::open(encoded(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (!fd.valid()) {
        state.kind = DiskState::Kind::Unreadable;
        state.reason = errnoText(errno);
        return state;
    }
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        state.kind = DiskState::Kind::Special;
        state.reason = describeSpecial(st.st_mode);
        return state;
    }
    state.kind = DiskState::Kind::Regular;
    if (contents == DiskState::Contents::Skip)
        return state;
    const auto bytes = readAll(fd.get(), st.st_size);
    if (!bytes) {
        state.kind = DiskState::Kind::Unreadable;
        state.reason = errnoText(errno);
        return state;
    }
    state.kind = DiskState::Kind::Regular;
    state.bytes = *bytes;
    return state;
}

WriteTarget resolveWriteTarget(const QString& path)
{
    WriteTarget target;
    QString current = QFileInfo(path).isRelative() ? QDir::current().absoluteFilePath(path) : path;
    // Linux's own limit on links followed in one lookup (MAXSYMLINKS).
    for (int hops = 0; hops <= 40; ++hops) {
        struct stat st {
        };
        if (::lstat(encoded(current).constData(), &st) != 0) {
            // Nothing there yet: a save creates it. Through a link, its folder must exist, as open(2) needs it;
            // without a link, a save creates the folder (as the CLI's makedirs does).
            if (target.viaLink && !QFileInfo(QFileInfo(current).absolutePath()).isDir())
                target.error = pythonOsError(ENOENT, path);
            target.path = current;
            return target;
        }
        if (!S_ISLNK(st.st_mode)) {
            target.path = current;
            return target;
        }
        QByteArray link(4096, Qt::Uninitialized);
        const ssize_t n = ::readlink(encoded(current).constData(), link.data(), size_t(link.size()));
        if (n < 0) {
            target.error = pythonOsError(errno, path);
            return target;
        }
        link.truncate(qsizetype(n));
        const QString next = QFile::decodeName(link);
        current =
            QDir::cleanPath(QFileInfo(next).isRelative() ? QFileInfo(current).absolutePath() + u'/' + next : next);
        target.viaLink = true;
    }
    target.error = pythonOsError(ELOOP, path);
    return target;
}

FolderLock::FolderLock(const QString& filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder)) {
            m_error =
                Messages::tr("Could not create the folder %1. Check that you may write to its parent.").arg(folder);
            return;
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    m_fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_fd < 0) {
        m_error = Messages::tr("Could not open the folder %1: %2.").arg(folder, errnoText(errno));
        return;
    }
    // Our saves hold the lock for milliseconds; waiting long means something is wrong, and we say so.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR)
            continue;
        if (errno != EWOULDBLOCK)
            return; // a file system without flock (some network ones): the check before replacing remains
        if (std::chrono::steady_clock::now() > deadline) {
            ::close(m_fd);
            m_fd = -1;
            m_error = Messages::tr("Another program has been saving a file in %1 for more than 10 seconds. Nothing was "
                                   "written; try again.")
                          .arg(folder);
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

FolderLock::~FolderLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the last descriptor releases the flock
}

std::optional<WriteError> writeDisk(const QString& target, const QByteArray& bytes,
                                    const std::optional<std::optional<QByteArray>>& expected)
{
    const DiskState now = readDisk(target, DiskState::Contents::Skip);
    switch (now.kind) {
    case DiskState::Kind::Unreadable:
        return WriteError{
            WriteError::Kind::Unreadable,
            Messages::tr("Could not read %1 (%2), so it was not written: saving would replace what we cannot "
                         "see. Give yourself read permission (chmod u+r) and try again.")
                .arg(target, now.reason)};
    case DiskState::Kind::Special:
        return WriteError{WriteError::Kind::NotAFile,
                          Messages::tr("%1 is %2, not a file, so nothing was written. Point AWS_CONFIG_FILE or "
                                       "AWS_SHARED_CREDENTIALS_FILE at a regular file.")
                              .arg(target, now.reason)};
    default: break;
    }
    if (expected && !sameOnDisk(target, *expected))
        return changed(target);
    if (now.kind == DiskState::Kind::Device)
        return writeInPlace(target, bytes, true); // as the CLI does: /dev/null stays /dev/null

    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    const QString name = info.fileName();
    removeStaleTemps(folder, name);

    struct stat old {
    };
    const bool exists = ::stat(encoded(target).constData(), &old) == 0;
    // More than one name for the file: a replacement would leave the others with the old bytes.
    if (exists && old.st_nlink > 1)
        return writeInPlace(target, bytes, false);

    const auto temp = createTemp(folder, name);
    if (!temp) {
        const int error = errno;
        if (exists && (error == EACCES || error == EPERM || error == EROFS))
            return writeInPlace(target, bytes, false); // a folder we may not write to, with a file we may
        return failed(target, error);
    }
    Fd fd(temp->fd);
    auto discard = [&](std::optional<WriteError> result) {
        ::unlink(temp->name.constData());
        return result;
    };
    if (exists) {
        // The new file must be the old one's: owner, group, mode. Where we may not give it the owner (another
        // user's file, a group we are not in), the file is written in place instead.
        if (::fchown(fd.get(), old.st_uid, old.st_gid) != 0)
            return discard(writeInPlace(target, bytes, false));
        if (::fchmod(fd.get(), old.st_mode & 07777) != 0)
            return discard(failed(target, errno));
    }
    if (!writeAll(fd.get(), bytes) || ::fsync(fd.get()) != 0)
        return discard(failed(target, errno));
    fd.reset();
    // Programs that take no lock (the AWS CLI) may have written since the caller read: look once more.
    if (expected && !sameOnDisk(target, *expected))
        return discard(changed(target));
    if (::rename(temp->name.constData(), encoded(target).constData()) != 0) {
        const int error = errno;
        if (error == EBUSY && exists) // a mount point: a file bind-mounted into the folder (docker -v)
            return discard(writeInPlace(target, bytes, false));
        return discard(failed(target, error));
    }
    syncFolder(folder);
    return std::nullopt;
}

} // namespace apm
