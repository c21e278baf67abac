// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "base/Environment.h"
#include "config/DiskFile.h"
#include "ini/IniDocument.h"

namespace apm {

enum class FileKind { Config, Credentials };

// How the files are read: Whole builds the lossless model of every line (the window, and every edit); Indexed
// checks them as botocore does and builds a section only when it is asked for (a command that reads a few).
enum class Reading { Whole, Indexed };

// One of the two files: where it is, what was loaded from it, and the document.
struct ConfigFile {
    FileKind kind = FileKind::Config;
    QString variable;     // the setting as given: $AWS_CONFIG_FILE or "~/.aws/config", unexpanded
    QString readPath;     // where the CLI reads it: expandvars, then expanduser
    QString writePath;    // where `aws configure set` writes it: expanduser only
    bool existed = false; // a regular file was there at load time
    QByteArray loadedBytes;
    IniDocument document;
};

/**
 * Locates, loads and atomically saves ~/.aws/config and ~/.aws/credentials.
 *
 * A missing file (or a path that is not a regular file) loads as an empty document, as botocore treats it.
 * save() takes the folder's lock, refuses to replace a file that changed on disk since it was loaded unless told
 * to overwrite, and writes through writeDisk (DiskFile.h): into the real file behind a symlink, atomically where
 * that keeps the file what it is and in place where it would not, never over a file it cannot read or one that is
 * not a file; new files are 0600 in a 0700 directory. Errors are returned as a sentence naming the file and what
 * to do.
 */
class ConfigFiles final
{
public:
    enum class Overwrite { RefuseIfChanged, Always };

    explicit ConfigFiles(const Environment& environment);

    // Reads both files. Never fails: an unreadable or unparsable file is kept with its document's error.
    void load(Reading reading = Reading::Whole);

    [[nodiscard]] ConfigFile& file(FileKind kind) { return kind == FileKind::Config ? m_config : m_credentials; }
    [[nodiscard]] const ConfigFile& file(FileKind kind) const
    {
        return kind == FileKind::Config ? m_config : m_credentials;
    }

    [[nodiscard]] std::optional<QString> save(FileKind kind, Overwrite overwrite = Overwrite::RefuseIfChanged);
    // Saves one document to a path with the same rules, under `held` when the caller already holds the folder's
    // lock (it read the file under it), else under a lock of its own. The caller words a Changed refusal.
    [[nodiscard]] static std::optional<WriteError> saveFile(ConfigFile& file, const QString& path, Overwrite overwrite,
                                                            const FolderLock* held = nullptr);
    // The same for bytes made elsewhere; `expected` is what the file must still hold (nullopt: no file), unset to
    // replace whatever is there.
    [[nodiscard]] static std::optional<WriteError> saveBytes(const QString& path, const QByteArray& bytes,
                                                             const std::optional<std::optional<QByteArray>>& expected,
                                                             const FolderLock* held = nullptr);
    // Reads one file into `file` (used with the folder's lock held, to read what is about to be edited).
    static void readInto(ConfigFile& file, const QString& path, Reading reading = Reading::Whole);

    [[nodiscard]] const Environment& environment() const { return m_environment; }

    // What is on disk at the file's path now (nullopt: no regular file there).
    [[nodiscard]] std::optional<QByteArray> readDisk(FileKind kind) const;
    // Reads one file again, dropping its document's edits.
    void reload(FileKind kind);
    // From now on `disk` counts as what was loaded: save() replaces it without asking.
    void adoptDisk(FileKind kind, const std::optional<QByteArray>& disk);
    // True when the bytes on disk are no longer those that were loaded.
    [[nodiscard]] bool changedOnDisk(FileKind kind) const;

private:
    [[nodiscard]] ConfigFile locate(FileKind kind) const;

    Environment m_environment;
    ConfigFile m_config;
    ConfigFile m_credentials;
};

} // namespace apm
