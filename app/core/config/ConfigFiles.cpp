// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::ConfigFiles)
};

} // namespace

ConfigFiles::ConfigFiles(const Environment& environment)
    : m_environment(environment)
    , m_config(locate(FileKind::Config))
    , m_credentials(locate(FileKind::Credentials))
{}

ConfigFile ConfigFiles::locate(FileKind kind) const
{
    ConfigFile file;
    file.kind = kind;
    const QString variable =
        kind == FileKind::Config ? QStringLiteral("AWS_CONFIG_FILE") : QStringLiteral("AWS_SHARED_CREDENTIALS_FILE");
    const QString fallback =
        kind == FileKind::Config ? QStringLiteral("~/.aws/config") : QStringLiteral("~/.aws/credentials");
    file.variable = m_environment.value(variable).value_or(fallback);
    file.readPath = m_environment.expandUser(m_environment.expandVars(file.variable));
    file.writePath = m_environment.expandUser(file.variable);
    return file;
}

void ConfigFiles::readInto(ConfigFile& file, const QString& path, Reading reading)
{
    const DiskState disk = apm::readDisk(path);
    file.existed = disk.kind == DiskState::Kind::Regular;
    file.loadedBytes = disk.bytes;
    file.document =
        reading == Reading::Indexed ? IniDocument::indexed(file.loadedBytes) : IniDocument::fromBytes(file.loadedBytes);
}

void ConfigFiles::load(Reading reading)
{
    readInto(m_config, m_config.readPath, reading);
    readInto(m_credentials, m_credentials.readPath, reading);
}

std::optional<QByteArray> ConfigFiles::readDisk(FileKind kind) const
{
    return apm::readDisk(file(kind).readPath).fileBytes();
}

void ConfigFiles::reload(FileKind kind)
{
    readInto(file(kind), file(kind).readPath);
}

void ConfigFiles::adoptDisk(FileKind kind, const std::optional<QByteArray>& disk)
{
    file(kind).existed = disk.has_value();
    file(kind).loadedBytes = disk.value_or(QByteArray());
}

bool ConfigFiles::changedOnDisk(FileKind kind) const
{
    const ConfigFile& f = file(kind);
    const auto now = apm::readDisk(f.readPath).fileBytes();
    return now.has_value() != f.existed || now.value_or(QByteArray()) != f.loadedBytes;
}

std::optional<QString> ConfigFiles::save(FileKind kind, Overwrite overwrite)
{
    ConfigFile& f = file(kind);
    const auto error = saveFile(f, f.readPath, overwrite);
    if (!error)
        return std::nullopt;
    if (error->kind == WriteError::Kind::Changed) {
        // Neutral words: the window follows them with its question, a command with "run it again".
        return Messages::tr("%1 was changed by another program since it was read. Nothing was written.")
            .arg(f.readPath);
    }
    return error->message;
}

std::optional<WriteError> ConfigFiles::saveFile(ConfigFile& file, const QString& path, Overwrite overwrite,
                                                const FolderLock* held)
{
    const QByteArray bytes = file.document.toBytes();
    std::optional<std::optional<QByteArray>> expected;
    if (overwrite == Overwrite::RefuseIfChanged)
        expected = file.existed ? std::optional(file.loadedBytes) : std::nullopt;
    if (auto error = saveBytes(path, bytes, expected, held))
        return error;
    file.existed = true;
    file.loadedBytes = bytes;
    file.document.markSaved(bytes);
    return std::nullopt;
}

std::optional<WriteError> ConfigFiles::saveBytes(const QString& path, const QByteArray& bytes,
                                                 const std::optional<std::optional<QByteArray>>& expected,
                                                 const FolderLock* held)
{
    if (path.isEmpty())
        return WriteError{WriteError::Kind::Failed,
                          Messages::tr("No file name: the variable for this file is set but empty.")};
    const WriteTarget target = resolveWriteTarget(path);
    if (target.error) {
        return WriteError{
            WriteError::Kind::Failed,
            Messages::tr("Could not write %1: %2. Check where its symbolic link points.").arg(path, *target.error)};
    }
    std::optional<FolderLock> own;
    if (!held) {
        own.emplace(target.path);
        if (!own->isLocked())
            return WriteError{WriteError::Kind::Failed, own->error()};
    }
    return writeDisk(target.path, bytes, expected);
}

} // namespace apm
