// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigureCommands.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "config/ProfileStore.h"

namespace apm::cli {

namespace {

// The AWS CLI's PREDEFINED_SECTION_NAMES is the string 'plugins', and it tests membership with `in`: a
// substring test. We keep the quirk, because it decides which section `set` writes.
bool inPredefinedSections(const QString& name)
{
    return QStringLiteral("plugins").contains(name);
}

Outcome failure(int status, const QString& message)
{
    return Outcome{status, {}, (u'\n' + message + u'\n').toUtf8()};
}

} // namespace

std::optional<Outcome> refusedFiles(const ProfileStore& store)
{
    for (FileKind kind : {FileKind::Config, FileKind::Credentials}) {
        const ConfigFile& f = store.files().file(kind);
        if (const auto& error = f.document.parseError()) {
            return failure(255, QStringLiteral("Unable to parse config file: %1\n%1:%2: %3")
                                    .arg(f.readPath)
                                    .arg(error->line + 1)
                                    .arg(error->message));
        }
    }
    return std::nullopt;
}

namespace {

QString profileNotFound(const QString& name)
{
    return QStringLiteral("The config profile (%1) could not be found").arg(name);
}

} // namespace

Outcome listProfiles(const ProfileStore& store)
{
    Outcome outcome;
    outcome.out = store.profileNameLines();
    return outcome;
}

Outcome get(const QString& varname, const ProfileStore& store, const Environment& environment)
{

    auto lookup = [&store](const QString& profile, const QString& key) -> std::optional<IniValue> {
        const Profile* p = store.profile(profile);
        const ProfileSetting* s = p ? p->setting(key) : nullptr;
        return s ? std::optional<IniValue>(s->value()) : std::nullopt;
    };

    std::optional<IniValue> value;
    const std::optional<QString> selected = environment.selectedProfile();
    if (!varname.contains(u'.')) {
        // get_scoped_config(): a named profile must exist; without one, [default] or nothing.
        if (selected && !store.profile(*selected))
            return failure(255, profileNotFound(*selected));
        value = lookup(selected.value_or(QStringLiteral("default")), varname);
    } else {
        const QStringList parts = varname.split(u'.');
        if (parts.size() == 2 && inPredefinedSections(parts[0])) {
            // At start-up the CLI pops cli_legacy_plugin_path out of its cached [plugins] section (to load
            // plugins), so `get` never finds it there.
            const bool consumed = parts[0] == u"plugins" && parts[1] == u"cli_legacy_plugin_path";
            if (!consumed)
                value = store.topLevelValue(parts[0], parts[1]);
            if (!value)
                value = lookup(parts[0], parts[1]);
        } else {
            QString profile;
            QString key;
            QStringList remaining;
            if (parts[0] == u"profile") {
                if (parts.size() < 3)
                    return failure(255, QStringLiteral("list index out of range"));
                profile = parts[1];
                key = parts[2];
                remaining = parts.mid(3);
            } else if (parts[0] == u"default" || store.profile(parts[0])) {
                profile = parts[0];
                key = parts[1];
                remaining = parts.mid(2);
            } else {
                profile = selected.value_or(QStringLiteral("default"));
                key = parts[0];
                remaining = parts.mid(1);
            }
            value = lookup(profile, key);
            if (remaining.size() == 1) {
                // value.get(sub): only a nested block has sub-keys.
                const auto sub = value && value->isNested ? value->sub(remaining[0]) : std::nullopt;
                value = sub ? std::optional<IniValue>(IniValue{*sub, {}, false, {}}) : std::nullopt;
            }
        }
    }

    if (!value)
        return Outcome{1, {}, {}};
    if (value->isNested) {
        return Outcome{
            1,
            {},
            QStringLiteral("varname (%1) must reference a value, not a section or sub-section.").arg(varname).toUtf8()};
    }
    return Outcome{0, (value->scalar + u'\n').toUtf8(), {}};
}

Outcome set(const QString& varnameIn, const QString& valueIn, ProfileStore& store, const Environment& environment)
{

    // ConfigureSetCommand._run_main, step by step.
    QString varname = varnameIn;
    std::optional<QString> subKey;
    QString profile = QStringLiteral("default");
    const std::optional<QString> selected = environment.selectedProfile();
    if (!varname.contains(u'.')) {
        if (selected)
            profile = *selected;
    } else {
        const QStringList parts = varname.split(u'.');
        if (parts[0] == u"default" || parts[0] == u"profile") {
            QStringList remaining;
            if (parts[0] == u"default") {
                remaining = parts.mid(1);
            } else {
                profile = parts[1];
                remaining = parts.mid(2);
            }
            if (remaining.isEmpty())
                return failure(255, QStringLiteral("list index out of range"));
            varname = remaining[0];
            if (remaining.size() == 2)
                subKey = remaining[1];
        } else if (!inPredefinedSections(parts[0])) {
            if (selected)
                profile = *selected;
            varname = parts[0];
            if (parts.size() == 2)
                subKey = parts[1];
        } else if (parts.size() == 2) {
            profile = parts[0];
            varname = parts[1];
        }
    }

    FileKind kind = FileKind::Config;
    QString section;
    if (varname == u"aws_access_key_id" || varname == u"aws_secret_access_key" || varname == u"aws_session_token") {
        kind = FileKind::Credentials;
        section = profile;
    } else if (inPredefinedSections(profile) || profile == u"default") {
        section = profile;
    } else {
        section = ProfileStore::configSectionFor(profile);
    }

    const ConfigFile& located = store.files().file(kind);
    // A new file's folder is made with os.makedirs(os.path.dirname(path)): for a bare relative name ("cfg") that is
    // makedirs(''), which fails, so the CLI creates no file there (it writes one that already exists).
    const bool bareName = !located.writePath.contains(u'/');
    if (located.writePath.isEmpty() || (bareName && !QFileInfo(located.writePath).isFile()))
        return failure(255, QStringLiteral("[Errno 2] No such file or directory: ''"));
    const WriteTarget where = resolveWriteTarget(located.writePath);
    if (where.error)
        return failure(255, *where.error);
    // Read, edit and write under the folder's lock, so that two of our processes never lose an update. A program
    // that takes no lock (the AWS CLI) and writes in between is caught before the replacement: read and edit again.
    const FolderLock lock(where.path);
    if (!lock.isLocked())
        return failure(255, lock.error());
    for (int attempt = 0; attempt < 3; ++attempt) {
        DiskState disk = readDisk(located.writePath);
        // Usually the bytes just loaded: then one copy of a large file is kept, not two.
        if (disk.bytes == located.loadedBytes)
            disk.bytes = located.loadedBytes;
        const QByteArray& bytes = disk.bytes;
        const IniDocument::Rewrite edit = IniDocument::setInBytes(bytes, section, varname, subKey, valueIn);
        if (const auto& error = edit.error) {
            return failure(255,
                           QStringLiteral("%1:%2: %3").arg(located.writePath).arg(error->line + 1).arg(error->message));
        }
        const std::optional<QByteArray> expected =
            disk.kind == DiskState::Kind::Regular ? std::optional(bytes) : std::nullopt;
        const auto saveError = ConfigFiles::saveBytes(located.writePath, edit.bytes, expected, &lock);
        if (!saveError)
            return Outcome{};
        if (saveError->kind != WriteError::Kind::Changed)
            return failure(255, saveError->message);
    }
    return failure(255, QStringLiteral("%1 kept changing while this command was writing it: another program is "
                                       "writing it too. Nothing was written; run the command again.")
                            .arg(located.writePath));
}

} // namespace apm::cli
