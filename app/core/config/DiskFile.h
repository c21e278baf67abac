// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace apm {

// What is at a path, seen the way the AWS CLI sees it: botocore reads only a regular file (os.path.isfile) and
// treats anything else as no file at all.
struct DiskState {
    enum class Kind {
        Missing,    // nothing there (or a dangling link)
        Regular,    // a regular file, read whole into `bytes`
        Unreadable, // a regular file we may not read: the CLI's reader skips it, its writer refuses it
        Device,     // a character device (/dev/null): the CLI writes through it
        Special,    // a folder, FIFO, socket or block device: never opened, never replaced
    };
    // Whether readDisk reads a regular file's bytes, or only tells what is there.
    enum class Contents { Read, Skip };
    Kind kind = Kind::Missing;
    QByteArray bytes;
    QString reason; // Unreadable and Special: what it is or why, for a message

    // The bytes botocore would read; nullopt where it sees no file.
    [[nodiscard]] std::optional<QByteArray> fileBytes() const
    {
        return kind == Kind::Regular ? std::optional(bytes) : std::nullopt;
    }
};

// Reads a path without ever blocking on it (a FIFO is not opened) and without following it into a folder.
[[nodiscard]] DiskState readDisk(const QString& path, DiskState::Contents contents = DiskState::Contents::Read);

// Where writing to `path` lands: the file behind any chain of symlinks, resolved as open(2) resolves it (a
// relative link against its own folder). A loop, or a dangling link whose target's folder is missing, is an error
// with the CLI's errno text, as `aws configure set` gives it.
struct WriteTarget {
    QString path;
    std::optional<QString> error;
    bool viaLink = false;
};
[[nodiscard]] WriteTarget resolveWriteTarget(const QString& path);

// An advisory lock (flock) on the folder that holds a file, so that our processes serialise their
// read-check-write of the files in it. Held while the object lives. The folder is created (0700) when missing, as
// a save would create it. Programs that take no lock (the AWS CLI) are caught by the check that writeDisk makes
// just before it replaces the file.
class FolderLock final
{
public:
    explicit FolderLock(const QString& filePath);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

    [[nodiscard]] bool isLocked() const { return m_fd >= 0; }
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    int m_fd = -1;
    QString m_error;
};

// Why a write did not happen.
struct WriteError {
    enum class Kind {
        Changed,    // the file on disk is not what the caller expected: nothing written
        Unreadable, // there is a file we may not read: we cannot tell what we would replace
        NotAFile,   // a folder, FIFO, socket or block device
        Failed,     // the system refused (no space, no permission, ...): the old file is intact
    };
    Kind kind = Kind::Failed;
    QString message; // names the file and says what to do
};

/**
 * Writes `bytes` to the file `target` (from resolveWriteTarget), the safest way that keeps the file what it is.
 *
 * The caller holds the FolderLock. `expected` is what the caller last read (nullopt: no file); when given, the
 * bytes on disk are compared with it immediately before the file is replaced, and a difference writes nothing.
 *
 * A regular file is replaced atomically: a temporary file in the same folder gets the bytes, the owner, group
 * and mode of the old file, is flushed to disk, renamed over the old one, and the folder is flushed. Where a
 * replacement would change what the file is, it is written in place, as the AWS CLI writes it: more than one
 * hard link, a bind-mounted file, a folder we may not write to, an owner or group we cannot give the new file.
 * A character device (/dev/null) is written through. A folder, FIFO, socket or block device is refused. Stale
 * temporary files that an interrupted save of ours left beside the file are removed.
 */
[[nodiscard]] std::optional<WriteError> writeDisk(const QString& target, const QByteArray& bytes,
                                                  const std::optional<std::optional<QByteArray>>& expected);

} // namespace apm
