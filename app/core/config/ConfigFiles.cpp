// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace apm {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("apm::ConfigFiles", text);
}

// The bytes of a regular file, or nullopt where botocore would see no file.
std::optional<QByteArray> readRegularFile(const QString& path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isFile())
        return std::nullopt;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

// Follows a chain of symlinks to the file that really holds the bytes, even if that file does not exist yet.
QString realTarget(const QString& path)
{
    QString current = path;
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return current;
        current = info.symLinkTarget();
    }
    return current;
}

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

void ConfigFiles::readInto(ConfigFile& file, const QString& path)
{
    const auto bytes = readRegularFile(path);
    file.existed = bytes.has_value();
    file.loadedBytes = bytes.value_or(QByteArray());
    file.document = IniDocument::fromBytes(file.loadedBytes);
}

void ConfigFiles::load()
{
    readInto(m_config, m_config.readPath);
    readInto(m_credentials, m_credentials.readPath);
}

ConfigFile ConfigFiles::loadForWrite(FileKind kind) const
{
    ConfigFile copy = file(kind);
    if (copy.writePath != copy.readPath)
        readInto(copy, copy.writePath);
    return copy;
}

std::optional<QByteArray> ConfigFiles::readDisk(FileKind kind) const
{
    return readRegularFile(file(kind).readPath);
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
    const auto now = readRegularFile(f.readPath);
    return now.has_value() != f.existed || now.value_or(QByteArray()) != f.loadedBytes;
}

std::optional<QString> ConfigFiles::save(FileKind kind, Overwrite overwrite)
{
    ConfigFile& f = file(kind);
    return saveFile(f, f.readPath, overwrite);
}

std::optional<QString> ConfigFiles::saveFile(ConfigFile& file, const QString& path, Overwrite overwrite)
{
    if (path.isEmpty())
        return tr("No file name: the variable for this file is set but empty.");
    const QString target = realTarget(QFileInfo(path).isRelative() ? QDir::current().absoluteFilePath(path) : path);
    const auto onDisk = readRegularFile(target);
    if (overwrite == Overwrite::RefuseIfChanged
        && (onDisk.has_value() != file.existed || onDisk.value_or(QByteArray()) != file.loadedBytes)) {
        return tr("%1 was changed by another program since it was loaded. Reload it to see the change, or save "
                  "again and choose to overwrite it.")
            .arg(path);
    }
    const QFileInfo info(target);
    const QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.absolutePath()))
            return tr("Could not create the folder %1. Check that you may write to its parent.").arg(dir.path());
        QFile::setPermissions(dir.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const bool isNew = !info.exists();
    const QFile::Permissions keep = isNew ? (QFile::ReadOwner | QFile::WriteOwner) : info.permissions();

    const QByteArray bytes = file.document.toBytes();
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2. The file was not changed.").arg(target, out.errorString());
    out.setPermissions(keep);
    if (out.write(bytes) != bytes.size() || !out.commit())
        return tr("Could not write %1: %2. The file was not changed.").arg(target, out.errorString());
    file.existed = true;
    file.loadedBytes = bytes;
    file.document.markSaved(bytes);
    return std::nullopt;
}

} // namespace apm
