// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QStringList>

#include "config/ConfigFiles.h"
#include "config/Profile.h"

namespace apm {

// What one edit did to the text of one file: at `offset`, the bytes `before` became `after`. Enough to undo and
// redo the edit exactly, whatever it was.
struct TextChange {
    FileKind file = FileKind::Config;
    qsizetype offset = 0;
    QByteArray before;
    QByteArray after;
};

/**
 * The typed, merged view of both files, exactly as botocore builds it (Session.full_config), and the one place
 * edits go through. Each edit lands in the file and section the AWS CLI would read it from: credentials keys in
 * the credentials file, everything else in the config file under [default] or [profile NAME], an existing key
 * where it already is. Edits change the documents in memory; save() writes what changed.
 */
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(const Environment& environment, QObject* parent = nullptr);
    // With Reading::Indexed, profiles are built when asked for (a command that prints one profile of thousands
    // pays for that one); the first edit reads the files whole. Until then sectionSpans() and deletionPlan(), which
    // need the lines, have nothing to say.
    ProfileStore(const Environment& environment, Reading reading, QObject* parent = nullptr);
    ~ProfileStore() override;

    // Reads both files again; unsaved edits are lost (reloaded() says so to whoever keeps an undo history).
    void reload();

    [[nodiscard]] ConfigFiles& files() { return *m_files; }
    [[nodiscard]] const ConfigFiles& files() const { return *m_files; }
    // The first file botocore would refuse, as "path:line: reason"; empty when both read fine.
    [[nodiscard]] QString parseErrorMessage() const;
    [[nodiscard]] bool isValid() const;
    // The environment the files were located with (HOME for ~, the variables).
    [[nodiscard]] const Environment& environment() const { return m_files->environment(); }
    // One file's state, for whoever shows it (the window reads files through these, never their documents).
    [[nodiscard]] const QString& path(FileKind kind) const { return m_files->file(kind).readPath; }
    [[nodiscard]] bool existed(FileKind kind) const { return m_files->file(kind).existed; }
    [[nodiscard]] const std::optional<IniError>& parseError(FileKind kind) const
    {
        return m_files->file(kind).document.parseError();
    }
    [[nodiscard]] bool isValid(FileKind kind) const { return m_files->file(kind).document.isValid(); }
    // True when another program changed either file since it was read.
    [[nodiscard]] bool changedOnDisk() const;

    // Profile names in the AWS CLI's order: config file first, then profiles only in the credentials file.
    [[nodiscard]] const QStringList& profileNames() const;
    // The same names in UTF-8, one per line: what `list-profiles` prints (with indexed reading, no name is decoded).
    [[nodiscard]] QByteArray profileNameLines() const;
    [[nodiscard]] const Profile* profile(const QString& name) const;
    // Top-level sections of the config file that are not profiles ([plugins], [preview], ...).
    [[nodiscard]] std::optional<IniValue> topLevelValue(const QString& section, const QString& key) const;
    // [sso-session NAME] blocks.
    [[nodiscard]] QStringList ssoSessionNames() const;
    [[nodiscard]] std::optional<QList<QPair<QString, IniValue>>> ssoSession(const QString& name) const;

    // --- edits (an error sentence, or nullopt) ---
    std::optional<QString> setValue(const QString& profile, const QString& key, const QString& value);
    std::optional<QString> setNestedValue(const QString& profile, const QString& key, const QString& subKey,
                                          const QString& value);
    std::optional<QString> removeKey(const QString& profile, const QString& key);
    // Sets (an empty value removes) a key of an [sso-session NAME] block, creating the block at the end of the
    // config file when there is none yet.
    std::optional<QString> setSsoSessionValue(const QString& session, const QString& key, const QString& value);
    std::optional<QString> removeNestedKey(const QString& profile, const QString& key, const QString& subKey);
    // Why `name` cannot be a new profile (taken, or a name the files cannot hold), or nullopt.
    [[nodiscard]] std::optional<QString> checkNewName(const QString& name) const;
    // The blocks of text that make up a profile (every section botocore maps to it, with its lines).
    struct SectionSpan {
        FileKind file;
        QString section;
        int firstLine; // 0-based, inclusive
        int lastLine;
    };
    [[nodiscard]] QList<SectionSpan> sectionSpans(const QString& name) const;
    // Indexed reading ends here: the files are read whole, as before any edit (sectionSpans() then answers).
    void readWhole();
    // The sections deleteProfile would remove, as "path: lines A–B ([header])" sentences for a confirmation.
    [[nodiscard]] QStringList deletionPlan(const QString& name) const;
    // The text of a file as it stands, unsaved edits included.
    [[nodiscard]] const QByteArray& text(FileKind kind) const { return m_bytes[int(kind)]; }
    std::optional<QString> createProfile(const QString& name);
    // The profiles whose source_profile names `name`: they break when it is renamed (or deleted).
    [[nodiscard]] QStringList referencesTo(const QString& name) const;
    // With References::Update, every source_profile naming `from` follows the new name in the same edit (one undo
    // step), wherever it is set (the profile's own section in either file, or [DEFAULT]).
    enum class References { Keep, Update };
    std::optional<QString> renameProfile(const QString& from, const QString& to,
                                         References references = References::Keep);
    std::optional<QString> duplicateProfile(const QString& from, const QString& to);
    std::optional<QString> deleteProfile(const QString& name);

    // Follows a change another program made to a file. Without unsaved edits the file is re-read (Reloaded);
    // with edits that touch other lines, both are kept (Merged); edits on the same lines are a Conflict, and
    // nothing changes until keepMine() or takeTheirs() says which side wins.
    enum class Sync { Unchanged, Reloaded, Merged, Conflict };
    Sync syncWithDisk(FileKind kind);
    // The conflict is settled for our side: the document stays, and saving replaces the file without asking.
    void keepMine(FileKind kind);
    // The conflict is settled for the file on disk: our edits to that file go.
    void takeTheirs(FileKind kind);
    // Our unsaved version of a file against the one on disk, as a unified diff.
    [[nodiscard]] QString diffWithDisk(FileKind kind) const;

    // Puts `text` in place of a file's whole text, as the user edited it in a plain-text editor (whose line
    // endings and no-break spaces are mended where lines did not change): one edit, even on a file the AWS CLI
    // refuses, since that is how such a file gets mended. The text may be refused in turn; then it is shown
    // read-only like any refused file, and saving it is the caller's explicit choice.
    // `description` names the edit in the history (by default, "Edit the text of PATH").
    std::optional<QString> replaceText(FileKind kind, const QByteArray& text, const QString& description = {});

    // Puts the files back as they were before `changes` (an undo), or as after them (a redo). Refused, with the
    // file untouched, when the text there is not what the change expects (the history no longer fits the file).
    std::optional<QString> applyChanges(const QList<TextChange>& changes, bool undo);

    [[nodiscard]] bool isModified() const;
    [[nodiscard]] bool isModified(FileKind kind) const { return m_files->file(kind).document.isModified(); }
    // Saves the documents that changed; stops at the first failure (the other file is left as it was).
    // `first` decides the order (the config file, unless told otherwise).
    std::optional<QString> save(ConfigFiles::Overwrite overwrite = ConfigFiles::Overwrite::RefuseIfChanged,
                                FileKind first = FileKind::Config);

    // The config section header the AWS CLI writes for a profile: "default", or "profile NAME" (quoted when the
    // name has a space or a tab).
    [[nodiscard]] static QString configSectionFor(const QString& profile);
    // The other way, as botocore reads a config header: the profile ([profile NAME], however spelled, or
    // [default]) or the sso-session ([sso-session NAME]) it defines, if any.
    [[nodiscard]] static std::optional<QString> profileOfSection(const QString& header);
    [[nodiscard]] static std::optional<QString> ssoSessionOfSection(const QString& header);
    [[nodiscard]] static bool isCredentialsKey(const QString& key);

Q_SIGNALS:
    void profilesChanged();
    // After each edit through the edit API, with what it changed and a sentence for the Edit menu.
    void edited(const QList<apm::TextChange>& changes, const QString& description);
    // The documents were replaced from disk: earlier changes no longer apply to them.
    void reloaded();
    // What was changed is on disk now.
    void saved();

private:
    void rebuild();
    // Indexed reading: where each profile's and sso-session's config section is, and the config file's profile
    // names in file order (for profileNames()), found in one pass on first need.
    void indexSections() const;
    // The last config section that defines the profile named `utf8` (botocore keeps the last) as an m_configNames
    // entry, or -1. Needs indexSections().
    [[nodiscard]] int lastConfigEntry(QByteArrayView utf8) const;
    // Indexed reading: each profile's name, in UTF-8, in profileNames()'s order.
    template <typename F> void forEachIndexedName(F&& f) const;
    // The position of the last config section that defines `name` for the prefix ("profile", "sso-session"), or -1.
    [[nodiscard]] int lastConfigSection(QLatin1StringView prefix, const QString& name) const;
    [[nodiscard]] const Profile* indexedProfile(const QString& name) const;
    // Reads one profile's settings again (after an edit inside its own sections only).
    void rebuildProfile(const QString& name);
    // Takes note of a document's text as it is now (the base the next edit's change is measured from).
    void remember(FileKind kind);
    [[nodiscard]] QList<QPair<FileKind, QString>> sectionsOf(const QString& name) const;
    // Records what the edit just made changed, then tells the models and whoever keeps the history.
    void commitEdit(const QString& description);
    [[nodiscard]] std::optional<QString> refuseEdits() const;
    [[nodiscard]] IniDocument& document(FileKind kind) { return m_files->file(kind).document; }
    std::optional<QString> applySet(const QString& profile, const QString& key, const std::optional<QString>& subKey,
                                    const QString& value);

    std::unique_ptr<ConfigFiles> m_files;
    QByteArray m_bytes[2];       // each document's text after the last edit, by FileKind
    quint64 m_revisions[2]{};    // the document revision m_bytes was taken at
    mutable QStringList m_names; // listed on first need with indexed reading
    QHash<QString, Profile> m_profiles;
    QHash<QString, QList<QPair<QString, IniValue>>> m_topLevel;
    QHash<QString, QList<QPair<QString, IniValue>>> m_ssoSessions;

    Reading m_reading = Reading::Whole;
    // Indexed reading (the names are also kept in m_names, in order, once asked for):
    mutable bool m_sectionsIndexed = false;
    mutable int m_scannedLookups = 0; // lookups answered by reading the headers, before indexing them
    // The config file's profile sections, in file order: the name each defines (UTF-8; most are the file's own bytes,
    // not copied) and the section's position.
    mutable std::vector<QByteArray> m_configNames;
    mutable std::vector<int> m_configSections;
    // Entries by their name's hash: the last entry with a hash (plus one), and for each entry the one before with the
    // same hash (or -1). botocore keeps the last of equal names.
    mutable QHash<size_t, int> m_lastByHash;
    mutable std::vector<int> m_earlierSameHash;
    mutable QHash<QString, int> m_ssoSessionSections;
    mutable bool m_namesListed = false;
    mutable std::map<QString, Profile> m_built; // profiles built so far (node-based: pointers stay valid)
};

} // namespace apm

Q_DECLARE_METATYPE(apm::TextChange)
