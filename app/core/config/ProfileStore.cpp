// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include <algorithm>

#include "base/PythonText.h"
#include "ini/IniIndex.h"
#include "ini/LineDiff.h"
#include "ini/Utf8Lines.h"

namespace apm {

namespace {

QString toQString(QStringView text)
{
    return text.toString();
}

QString toQString(QByteArrayView utf8)
{
    return Utf8Lines::decode(utf8);
}

// Whether `text` starts with the ASCII `prefix`.
template <typename View> bool startsWithAscii(View text, QLatin1StringView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (text[i] != char16_t(prefix.data()[i]))
            return false;
    }
    return true;
}

// How botocore's build_profile_map reads one header for a prefix ("profile", "sso-session"): a header that starts
// with the prefix and is two words as shlex splits it names the second word. The header is text, or its UTF-8 bytes
// as the file holds them (every character that decides is ASCII, so both read alike). Most headers are plain
// ("profile name": no quotes or backslashes), split on blanks without going through shlex; `name` is then where the
// name lies.
enum class HeaderForm { NotNamed, Plain, Quoted };
template <typename View> HeaderForm formOf(View header, QLatin1StringView prefix, std::pair<qsizetype, qsizetype>& name)
{
    if (!startsWithAscii(header, prefix))
        return HeaderForm::NotNamed;
    auto isBlank = [](auto c) {
        return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
    };
    auto isQuoting = [](auto c) {
        return c == u'"' || c == u'\'' || c == u'\\';
    };
    const qsizetype size = header.size();
    // A word (the prefix and what follows it), blanks, a word, blanks; a quote or backslash anywhere is shlex's.
    qsizetype i = prefix.size();
    for (; i < size && !isBlank(header[i]); ++i) {
        if (isQuoting(header[i]))
            return HeaderForm::Quoted;
    }
    while (i < size && isBlank(header[i]))
        ++i;
    const qsizetype begin = i;
    for (; i < size && !isBlank(header[i]); ++i) {
        if (isQuoting(header[i]))
            return HeaderForm::Quoted;
    }
    const qsizetype end = i;
    while (i < size && isBlank(header[i]))
        ++i;
    if (i < size) { // a third word
        for (; i < size; ++i) {
            if (isQuoting(header[i]))
                return HeaderForm::Quoted;
        }
        return HeaderForm::NotNamed;
    }
    if (begin == end)
        return HeaderForm::NotNamed; // one word
    name = {begin, end - begin};
    return HeaderForm::Plain;
}

// The name a header defines for the prefix, if any.
template <typename View> std::optional<QString> namedSection(View header, QLatin1StringView prefix)
{
    std::pair<qsizetype, qsizetype> name;
    switch (formOf(header, prefix, name)) {
    case HeaderForm::NotNamed: return std::nullopt;
    case HeaderForm::Plain: return toQString(header.sliced(name.first, name.second));
    case HeaderForm::Quoted: break;
    }
    const auto parts = python::shlexSplit(toQString(header));
    if (!parts || parts->size() != 2)
        return std::nullopt;
    return parts->at(1);
}

// Whether a header's bytes define `name` (given also as UTF-8) for the prefix, without building the name of every
// header that does not.
bool namesSection(QByteArrayView header, QLatin1StringView prefix, const QString& name, QByteArrayView utf8)
{
    // A header that names `name` ends (blanks aside) with the name's last character, or with a closing quote: most
    // headers are told apart there.
    qsizetype end = header.size();
    while (end > 0 && (header[end - 1] == ' ' || header[end - 1] == '\t' || header[end - 1] == '\r'))
        --end;
    if (end == 0)
        return false;
    const char last = header[end - 1];
    if (!utf8.isEmpty() && last != utf8.back() && last != '"' && last != '\'')
        return false;
    std::pair<qsizetype, qsizetype> at;
    switch (formOf(header, prefix, at)) {
    case HeaderForm::NotNamed: return false;
    case HeaderForm::Plain: return header.sliced(at.first, at.second) == utf8;
    case HeaderForm::Quoted: break;
    }
    return namedSection(header, prefix) == name;
}

// The profile a config section defines, if any: [profile NAME] (however spelled) or [default].
template <typename View> std::optional<QString> profileOfHeader(View header)
{
    if (auto name = namedSection(header, QLatin1StringView("profile")))
        return name;
    if (header.size() == 7 && startsWithAscii(header, QLatin1StringView("default")))
        return QStringLiteral("default");
    return std::nullopt;
}

// profileOfHeader() over a header's bytes, in UTF-8: a plainly written name is the header's own bytes, not copied
// (they live as long as the index).
std::optional<QByteArray> profileOfHeaderBytes(QByteArrayView header)
{
    std::pair<qsizetype, qsizetype> at;
    if (formOf(header, QLatin1StringView("profile"), at) == HeaderForm::Plain)
        return QByteArray::fromRawData(header.data() + at.first, at.second);
    if (auto name = profileOfHeader(header))
        return name->toUtf8();
    return std::nullopt;
}

// Adds a section's options (its own, then the [DEFAULT] ones it lacks) to a profile. With `merge`, a key the
// profile has already is replaced in place: the credentials file wins key by key, keeping the key's place.
void addSettings(Profile& profile, const IniDocument& doc, const IniSection& section, FileKind file, bool merge)
{
    auto add = [&](const IniEntry& entry, bool inherited) {
        const ProfileSetting setting{&entry, file, inherited};
        if (merge) {
            auto it = std::find_if(profile.settings.begin(), profile.settings.end(),
                                   [&entry](const ProfileSetting& s) { return s.key() == entry.key; });
            if (it != profile.settings.end()) {
                *it = setting;
                return;
            }
        }
        profile.settings.append(setting);
    };
    profile.settings.reserve(profile.settings.size() + section.entries.size());
    for (const IniEntry& entry : section.entries)
        add(entry, false);
    for (const IniEntry& d : doc.defaults()) {
        if (!section.entry(d.key))
            add(d, true);
    }
}

} // namespace

ProfileStore::ProfileStore(const Environment& environment, QObject* parent)
    : ProfileStore(environment, Reading::Whole, parent)
{}

ProfileStore::ProfileStore(const Environment& environment, Reading reading, QObject* parent)
    : QObject(parent)
    , m_files(std::make_unique<ConfigFiles>(environment))
    , m_reading(reading)
{
    reload();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::reload()
{
    m_files->load(m_reading);
    for (FileKind kind : {FileKind::Config, FileKind::Credentials})
        remember(kind);
    rebuild();
    Q_EMIT reloaded();
}

void ProfileStore::remember(FileKind kind)
{
    m_bytes[int(kind)] = document(kind).toBytes();
    m_revisions[int(kind)] = document(kind).revision();
}

ProfileStore::Sync ProfileStore::syncWithDisk(FileKind kind)
{
    readWhole();
    const ConfigFile& f = m_files->file(kind);
    const std::optional<QByteArray> disk = m_files->readDisk(kind);
    if (disk.has_value() == f.existed && disk.value_or(QByteArray()) == f.loadedBytes)
        return Sync::Unchanged;
    if (!f.document.isModified()) {
        takeTheirs(kind);
        return Sync::Reloaded;
    }
    const auto merged = LineDiff::merge(f.loadedBytes, f.document.toBytes(), disk.value_or(QByteArray()));
    // A merge the AWS CLI would refuse (say both sides added the same key) is no merge.
    if (!merged || !IniDocument::fromBytes(*merged).isValid())
        return Sync::Conflict;
    m_files->adoptDisk(kind, disk);
    document(kind).rebase(disk.value_or(QByteArray()), *merged);
    remember(kind);
    rebuild();
    Q_EMIT reloaded(); // the history's splices were cut for the text before the merge
    return Sync::Merged;
}

void ProfileStore::keepMine(FileKind kind)
{
    readWhole();
    const std::optional<QByteArray> disk = m_files->readDisk(kind);
    m_files->adoptDisk(kind, disk);
    document(kind).rebase(disk.value_or(QByteArray()), m_bytes[int(kind)]);
    m_revisions[int(kind)] = document(kind).revision();
    rebuild(); // the text is the same, so the history still fits it
}

void ProfileStore::takeTheirs(FileKind kind)
{
    readWhole();
    m_files->reload(kind);
    remember(kind);
    rebuild();
    Q_EMIT reloaded();
}

QString ProfileStore::diffWithDisk(FileKind kind) const
{
    const ConfigFile& f = m_files->file(kind);
    return LineDiff::unified(m_files->readDisk(kind).value_or(QByteArray()), m_bytes[int(kind)],
                             tr("%1 (on disk)").arg(f.readPath), tr("%1 (yours)").arg(f.readPath));
}

void ProfileStore::commitEdit(const QString& description)
{
    QList<TextChange> changes;
    QList<QPair<FileKind, QString>> sectionsEdited; // each re-read on its own by the document
    bool everything = false;
    for (FileKind kind : {FileKind::Config, FileKind::Credentials}) {
        if (document(kind).revision() == m_revisions[int(kind)])
            continue; // not touched: no need to serialise it
        if (const auto section = document(kind).sectionEditedSince(m_revisions[int(kind)]))
            sectionsEdited.append({kind, *section});
        else
            everything = true;
        m_revisions[int(kind)] = document(kind).revision();
        QByteArray now = document(kind).toBytes();
        const QByteArray& was = m_bytes[int(kind)];
        if (now == was)
            continue;
        // The smallest splice that turns one into the other: the common head and tail stay out of the history.
        const qsizetype shorter = std::min(now.size(), was.size());
        const char* a = now.constData();
        const char* b = was.constData();
        const qsizetype head = std::mismatch(a, a + shorter, b).first - a;
        qsizetype tail = 0;
        while (tail < shorter - head && a[now.size() - 1 - tail] == b[was.size() - 1 - tail])
            ++tail;
        changes.append({kind, head, was.mid(head, was.size() - head - tail), now.mid(head, now.size() - head - tail)});
        m_bytes[int(kind)] = std::move(now);
    }
    // An edit inside one profile's section rebuilds that profile only; anything else, the whole view.
    std::optional<QString> profileName;
    for (const auto& [kind, section] : std::as_const(sectionsEdited)) {
        const auto name = kind == FileKind::Credentials ? std::optional(section)
                          : section == u"default"       ? std::optional(section)
                                                  : namedSection(QStringView(section), QLatin1StringView("profile"));
        const Profile* p = name ? profile(*name) : nullptr;
        const QString& owned = p ? (kind == FileKind::Config ? p->configSection : p->credentialsSection) : QString();
        if (!p || owned != section || (profileName && *profileName != *name)) {
            everything = true;
            break;
        }
        profileName = name;
    }
    if (everything || !profileName)
        rebuild();
    else
        rebuildProfile(*profileName);
    if (!changes.isEmpty())
        Q_EMIT edited(changes, description);
}

void ProfileStore::rebuildProfile(const QString& name)
{
    Profile& p = m_profiles[name];
    p.settings.clear();
    const IniDocument& config = m_files->file(FileKind::Config).document;
    const IniDocument& credentials = m_files->file(FileKind::Credentials).document;
    if (const IniSection* s = p.configSection.isEmpty() ? nullptr : config.section(p.configSection))
        addSettings(p, config, *s, FileKind::Config, false);
    if (const IniSection* s = p.credentialsSection.isEmpty() ? nullptr : credentials.section(p.credentialsSection))
        addSettings(p, credentials, *s, FileKind::Credentials, !p.configSection.isEmpty());
    Q_EMIT profilesChanged();
}

std::optional<QString> ProfileStore::replaceText(FileKind kind, const QByteArray& text, const QString& description)
{
    readWhole();
    const QByteArray mended = LineDiff::keepLineEndings(m_bytes[int(kind)], text);
    if (mended == m_bytes[int(kind)])
        return std::nullopt;
    document(kind).setText(mended);
    commitEdit(description.isEmpty() ? tr("Edit the text of %1").arg(m_files->file(kind).readPath) : description);
    return std::nullopt;
}

std::optional<QString> ProfileStore::applyChanges(const QList<TextChange>& changes, bool undo)
{
    readWhole();
    // Check every file first, so a change that no longer fits leaves both files as they are.
    for (const TextChange& c : changes) {
        const QByteArray& now = m_bytes[int(c.file)];
        const QByteArray& expected = undo ? c.after : c.before;
        if (c.offset + expected.size() > now.size()
            || QByteArrayView(now).sliced(c.offset, expected.size()) != QByteArrayView(expected))
            return tr("%1 is no longer what this step changed; the step was not applied.")
                .arg(m_files->file(c.file).readPath);
    }
    for (const TextChange& c : changes) {
        QByteArray& bytes = m_bytes[int(c.file)];
        bytes.replace(c.offset, (undo ? c.after : c.before).size(), undo ? c.before : c.after);
        document(c.file).setText(bytes);
        m_revisions[int(c.file)] = document(c.file).revision();
    }
    rebuild();
    return std::nullopt;
}

QString ProfileStore::parseErrorMessage() const
{
    for (FileKind kind : {FileKind::Config, FileKind::Credentials}) {
        const ConfigFile& f = m_files->file(kind);
        if (const auto& error = f.document.parseError())
            return QStringLiteral("%1:%2: %3").arg(f.readPath).arg(error->line + 1).arg(error->message);
    }
    return {};
}

bool ProfileStore::isValid() const
{
    return isValid(FileKind::Config) && isValid(FileKind::Credentials);
}

bool ProfileStore::changedOnDisk() const
{
    return m_files->changedOnDisk(FileKind::Config) || m_files->changedOnDisk(FileKind::Credentials);
}

const Profile* ProfileStore::profile(const QString& name) const
{
    if (m_reading == Reading::Indexed)
        return indexedProfile(name);
    const auto it = m_profiles.constFind(name);
    return it == m_profiles.cend() ? nullptr : &*it;
}

std::optional<IniValue> ProfileStore::topLevelValue(const QString& section, const QString& key) const
{
    if (m_reading == Reading::Indexed) {
        // The sections rebuild() would file as top-level: neither a profile nor an sso-session, well-formed or not.
        const IniDocument& config = m_files->file(FileKind::Config).document;
        const IniSection* s = config.section(section);
        if (!s || !isValid() || section == u"default" || section.startsWith(u"profile")
            || section.startsWith(u"sso-session"))
            return std::nullopt;
        for (const auto& [k, v] : config.options(*s)) {
            if (k == key)
                return v;
        }
        return std::nullopt;
    }
    const auto it = m_topLevel.constFind(section);
    if (it == m_topLevel.cend())
        return std::nullopt;
    for (const auto& [k, v] : *it) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

void ProfileStore::rebuild()
{
    m_names.clear();
    m_profiles.clear();
    m_topLevel.clear();
    m_ssoSessions.clear();
    m_sectionsIndexed = false;
    m_scannedLookups = 0;
    m_lastByHash.clear();
    m_earlierSameHash.clear();
    m_configNames.clear();
    m_configSections.clear();
    m_ssoSessionSections.clear();
    m_namesListed = false;
    m_built.clear();
    if (m_reading == Reading::Indexed) {
        Q_EMIT profilesChanged();
        return;
    }
    const qsizetype expected = m_files->file(FileKind::Config).document.sections().size()
                               + m_files->file(FileKind::Credentials).document.sections().size();
    m_profiles.reserve(expected);
    m_names.reserve(expected);
    // botocore gives up on the whole session when either file is refused; so do we.
    if (isValid()) {
        const IniDocument& config = m_files->file(FileKind::Config).document;
        for (const IniSection& section : config.sections()) {
            const std::optional<QString> name = profileOfHeader(QStringView(section.name));
            if (!name && section.name.startsWith(u"profile"))
                continue; // a malformed [profile ...] header is dropped, as botocore drops it
            if (name) {
                auto it = m_profiles.find(*name);
                if (it == m_profiles.end()) {
                    m_names.append(*name);
                    it = m_profiles.insert(*name, Profile{*name, {}, {}, {}});
                }
                // A later section for the same profile replaces the earlier one wholesale.
                it->settings.clear();
                it->configSection = section.name;
                addSettings(*it, config, section, FileKind::Config, false);
                continue;
            }
            if (const auto sso = namedSection(QStringView(section.name), QLatin1StringView("sso-session"))) {
                m_ssoSessions.insert(*sso, config.options(section));
                continue;
            }
            if (section.name.startsWith(u"sso-session"))
                continue;
            m_topLevel.insert(section.name, config.options(section));
        }
        const IniDocument& credentials = m_files->file(FileKind::Credentials).document;
        for (const IniSection& section : credentials.sections()) {
            auto it = m_profiles.find(section.name);
            const bool merge = it != m_profiles.end();
            if (!merge) {
                m_names.append(section.name);
                it = m_profiles.insert(section.name, Profile{section.name, {}, {}, {}});
            }
            it->credentialsSection = section.name;
            addSettings(*it, credentials, section, FileKind::Credentials, merge);
        }
    }
    Q_EMIT profilesChanged();
}

template <typename F> void ProfileStore::forEachIndexedName(F&& f) const
{
    // rebuild()'s order: the config file's profiles as they first appear, then those only in the credentials file.
    indexSections();
    for (size_t k = 0; k < m_configNames.size(); ++k) {
        // A name another section defined before is not listed again.
        bool repeated = false;
        for (int earlier = m_earlierSameHash[k]; earlier >= 0 && !repeated;
             earlier = m_earlierSameHash[size_t(earlier)])
            repeated = m_configNames[size_t(earlier)] == m_configNames[k];
        if (!repeated)
            f(QByteArrayView(m_configNames[k]));
    }
    const IniIndex* credentials = m_files->file(FileKind::Credentials).document.index();
    for (int i = 0; i < credentials->sectionCount(); ++i) {
        const QByteArrayView name = credentials->sectionNameBytes(i);
        if (lastConfigEntry(name) < 0)
            f(name);
    }
}

const QStringList& ProfileStore::profileNames() const
{
    if (m_reading == Reading::Whole || m_namesListed || !isValid())
        return m_names;
    m_namesListed = true;
    indexSections();
    m_names.reserve(qsizetype(m_configNames.size())
                    + m_files->file(FileKind::Credentials).document.index()->sectionCount());
    forEachIndexedName([this](QByteArrayView utf8) { m_names.append(Utf8Lines::decode(utf8)); });
    return m_names;
}

QByteArray ProfileStore::profileNameLines() const
{
    QByteArray lines;
    if (m_reading == Reading::Whole || m_namesListed || !isValid()) {
        for (const QString& name : m_names) {
            lines += name.toUtf8();
            lines += '\n';
        }
        return lines;
    }
    // The file's own bytes, with no name decoded.
    lines.reserve(m_files->file(FileKind::Config).document.index()->bytes().size() / 8);
    forEachIndexedName([&lines](QByteArrayView utf8) {
        lines.append(utf8);
        lines.append('\n');
    });
    return lines;
}

QStringList ProfileStore::ssoSessionNames() const
{
    if (m_reading == Reading::Whole)
        return m_ssoSessions.keys();
    indexSections();
    return m_ssoSessionSections.keys();
}

std::optional<QList<QPair<QString, IniValue>>> ProfileStore::ssoSession(const QString& name) const
{
    if (m_reading == Reading::Whole) {
        const auto it = m_ssoSessions.constFind(name);
        return it == m_ssoSessions.cend() ? std::nullopt : std::optional(*it);
    }
    if (!isValid())
        return std::nullopt;
    const int position = lastConfigSection(QLatin1StringView("sso-session"), name);
    if (position < 0)
        return std::nullopt;
    const IniDocument& config = m_files->file(FileKind::Config).document;
    return config.options(config.index()->section(position));
}

void ProfileStore::indexSections() const
{
    if (!isValid() || m_sectionsIndexed)
        return;
    m_sectionsIndexed = true;
    const IniIndex* config = m_files->file(FileKind::Config).document.index();
    m_lastByHash.reserve(config->sectionCount());
    m_earlierSameHash.reserve(size_t(config->sectionCount()));
    m_configNames.reserve(size_t(config->sectionCount()));
    m_configSections.reserve(size_t(config->sectionCount()));
    for (int i = 0; i < config->sectionCount(); ++i) {
        const QByteArrayView header = config->sectionNameBytes(i);
        if (std::optional<QByteArray> name = profileOfHeaderBytes(header)) {
            int& last =
                m_lastByHash[qHash(QByteArrayView(*name))]; // the last entry with this hash, plus one (0: none yet)
            m_earlierSameHash.push_back(last - 1);
            last = int(m_configNames.size()) + 1;
            m_configNames.push_back(std::move(*name));
            m_configSections.push_back(i);
        } else if (const auto sso = namedSection(header, QLatin1StringView("sso-session"))) {
            m_ssoSessionSections.insert(*sso, i);
        }
    }
}

int ProfileStore::lastConfigSection(QLatin1StringView prefix, const QString& name) const
{
    // A command asks for a few profiles (the selected one, its source_profile chain, an sso-session): reading the
    // headers again for each costs less than naming every section of a large file, and keeps nothing.
    constexpr int kScannedLookups = 8;
    if (!m_sectionsIndexed && ++m_scannedLookups <= kScannedLookups) {
        const IniIndex* config = m_files->file(FileKind::Config).document.index();
        const QByteArray utf8 = name.toUtf8();
        const bool isDefault = prefix == u"profile" && name == u"default";
        int last = -1;
        for (int i = 0; i < config->sectionCount(); ++i) {
            const QByteArrayView header = config->sectionNameBytes(i);
            if (namesSection(header, prefix, name, utf8) || (isDefault && header == "default"))
                last = i;
        }
        return last;
    }
    indexSections();
    if (prefix == u"sso-session")
        return m_ssoSessionSections.value(name, -1);
    const int entry = lastConfigEntry(name.toUtf8());
    return entry < 0 ? -1 : m_configSections[size_t(entry)];
}

int ProfileStore::lastConfigEntry(QByteArrayView utf8) const
{
    for (int k = m_lastByHash.value(qHash(utf8)) - 1; k >= 0; k = m_earlierSameHash[size_t(k)]) {
        if (m_configNames[size_t(k)] == utf8)
            return k;
    }
    return -1;
}

const Profile* ProfileStore::indexedProfile(const QString& name) const
{
    if (const auto it = m_built.find(name); it != m_built.end())
        return &it->second;
    if (!isValid())
        return nullptr;
    const IniDocument& config = m_files->file(FileKind::Config).document;
    const IniDocument& credentials = m_files->file(FileKind::Credentials).document;
    const IniIndex* configIndex = config.index();
    // A later section for the same profile replaces an earlier one wholesale, as in rebuild().
    const int position = lastConfigSection(QLatin1StringView("profile"), name);
    const IniSection* configSection = position < 0 ? nullptr : &configIndex->section(position);
    const IniSection* credentialsSection = credentials.section(name);
    if (!configSection && !credentialsSection)
        return nullptr;
    Profile p{name, {}, configSection ? configSection->name : QString(), credentialsSection ? name : QString()};
    if (configSection)
        addSettings(p, config, *configSection, FileKind::Config, false);
    if (credentialsSection)
        addSettings(p, credentials, *credentialsSection, FileKind::Credentials, configSection != nullptr);
    return &m_built.emplace(name, std::move(p)).first->second;
}

void ProfileStore::readWhole()
{
    if (m_reading == Reading::Whole)
        return;
    m_reading = Reading::Whole;
    for (FileKind kind : {FileKind::Config, FileKind::Credentials})
        document(kind).expand();
    rebuild();
}

QString ProfileStore::configSectionFor(const QString& profile)
{
    if (profile == u"default")
        return profile;
    const bool blank = profile.contains(u' ') || profile.contains(u'\t');
    return QStringLiteral("profile ") + (blank ? python::shlexQuote(profile) : profile);
}

std::optional<QString> ProfileStore::profileOfSection(const QString& header)
{
    return profileOfHeader(QStringView(header));
}

std::optional<QString> ProfileStore::ssoSessionOfSection(const QString& header)
{
    return namedSection(QStringView(header), QLatin1StringView("sso-session"));
}

bool ProfileStore::isCredentialsKey(const QString& key)
{
    return key == u"aws_access_key_id" || key == u"aws_secret_access_key" || key == u"aws_session_token";
}

std::optional<QString> ProfileStore::refuseEdits() const
{
    if (isValid())
        return std::nullopt;
    return tr("%1\nThe files are left untouched until this is fixed.").arg(parseErrorMessage());
}

std::optional<QString> ProfileStore::applySet(const QString& name, const QString& key,
                                              const std::optional<QString>& subKey, const QString& value)
{
    readWhole();
    if (auto refused = refuseEdits())
        return refused;
    if (key.contains(u'\n') || key.contains(u'\r') || value.contains(u'\n') || value.contains(u'\r')
        || (subKey && (subKey->contains(u'\n') || subKey->contains(u'\r'))))
        return tr("A name or value cannot contain a line break: the file would not read back the same.");
    if (key != python::strip(key).toLower() || key.isEmpty() || key.contains(u'=') || key.contains(u':')
        || key.startsWith(u'[') || key.startsWith(u'#') || key.startsWith(u';'))
        return tr("\"%1\" cannot be a key: use lower case, without \"=\", \":\" or surrounding spaces.").arg(key);

    // Edit the key where the merged view takes it from; otherwise route it as the AWS CLI does.
    const Profile* p = profile(name);
    const ProfileSetting* existing = p ? p->setting(key) : nullptr;
    FileKind file = isCredentialsKey(key) ? FileKind::Credentials : FileKind::Config;
    if (existing && !existing->inherited)
        file = existing->file;
    QString section;
    if (file == FileKind::Credentials)
        section = p && !p->credentialsSection.isEmpty() ? p->credentialsSection : name;
    else
        section = p && !p->configSection.isEmpty() ? p->configSection : configSectionFor(name);

    IniDocument& doc = document(file);
    const QByteArray saved = doc.savedBytes();
    const auto error = subKey ? doc.setNestedValue(section, key, *subKey, value) : doc.setValue(section, key, value);
    if (error || !doc.isValid()) {
        // Never leave a document the CLI would refuse: put it back as it was (the text before this edit).
        const QString reason = error ? error->message : doc.parseError()->message;
        doc.rebase(saved, m_bytes[int(file)]);
        m_revisions[int(file)] = doc.revision();
        rebuild(); // the profiles point into the document
        return tr("Could not set %1: %2").arg(key, reason);
    }
    commitEdit(subKey ? tr("Set %1.%2 of %3").arg(key, *subKey, name) : tr("Set %1 of %2").arg(key, name));
    return std::nullopt;
}

std::optional<QString> ProfileStore::setSsoSessionValue(const QString& session, const QString& key,
                                                        const QString& value)
{
    readWhole();
    if (auto refused = refuseEdits())
        return refused;
    if (session.isEmpty() || session != python::strip(session) || session.contains(u'[') || session.contains(u']')
        || session.contains(u'\n') || session.contains(u'\'') || session.contains(u'"'))
        return tr("\"%1\" cannot be an sso-session name: avoid brackets, quotes, line breaks and surrounding spaces.")
            .arg(session);
    if (key != python::strip(key).toLower() || key.isEmpty() || key.contains(u'=') || key.contains(u':')
        || value.contains(u'\n') || value.contains(u'\r'))
        return tr("\"%1\" cannot be set: use a lower-case key and a value on one line.").arg(key);
    // The block botocore reads for this name (the last one, as later blocks replace earlier ones).
    IniDocument& config = document(FileKind::Config);
    QString section;
    for (const IniSection& s : config.sections()) {
        if (namedSection(QStringView(s.name), QLatin1StringView("sso-session")) == session)
            section = s.name;
    }
    if (section.isEmpty()) {
        if (value.isEmpty())
            return std::nullopt; // nothing to remove
        const bool blank = session.contains(u' ') || session.contains(u'\t');
        section = QStringLiteral("sso-session ") + (blank ? python::shlexQuote(session) : session);
    }
    if (value.isEmpty()) {
        if (!config.removeKey(section, key))
            return std::nullopt;
    } else if (const auto error = config.setValue(section, key, value)) {
        config.rebase(config.savedBytes(), m_bytes[int(FileKind::Config)]);
        m_revisions[int(FileKind::Config)] = config.revision();
        rebuild();
        return tr("Could not set %1: %2").arg(key, error->message);
    }
    commitEdit(value.isEmpty() ? tr("Remove %1 from sso-session %2").arg(key, session)
                               : tr("Set %1 of sso-session %2").arg(key, session));
    return std::nullopt;
}

std::optional<QString> ProfileStore::setValue(const QString& profile, const QString& key, const QString& value)
{
    return applySet(profile, key, std::nullopt, value);
}

std::optional<QString> ProfileStore::setNestedValue(const QString& profile, const QString& key, const QString& subKey,
                                                    const QString& value)
{
    return applySet(profile, key, subKey, value);
}

std::optional<QString> ProfileStore::removeKey(const QString& name, const QString& key)
{
    readWhole();
    if (auto refused = refuseEdits())
        return refused;
    const Profile* p = profile(name);
    bool removed = false;
    if (p && !p->credentialsSection.isEmpty())
        removed |= document(FileKind::Credentials).removeKey(p->credentialsSection, key);
    if (p && !p->configSection.isEmpty())
        removed |= document(FileKind::Config).removeKey(p->configSection, key);
    if (!removed)
        return tr("The profile %1 has no key %2 of its own.").arg(name, key);
    commitEdit(tr("Remove %1 from %2").arg(key, name));
    return std::nullopt;
}

std::optional<QString> ProfileStore::removeNestedKey(const QString& name, const QString& key, const QString& subKey)
{
    readWhole();
    if (auto refused = refuseEdits())
        return refused;
    const Profile* p = profile(name);
    const ProfileSetting* s = p ? p->setting(key) : nullptr;
    if (!s || s->inherited)
        return tr("The profile %1 has no key %2 of its own.").arg(name, key);
    const QString section = s->file == FileKind::Config ? p->configSection : p->credentialsSection;
    if (!document(s->file).removeNestedKey(section, key, subKey))
        return tr("The profile %1 has no setting %2.%3.").arg(name, key, subKey);
    commitEdit(tr("Remove %1.%2 from %3").arg(key, subKey, name));
    return std::nullopt;
}

std::optional<QString> ProfileStore::checkNewName(const QString& name) const
{
    if (auto refused = refuseEdits())
        return refused;
    if (name.isEmpty() || name != python::strip(name) || name.contains(u'[') || name.contains(u']')
        || name.contains(u'\n') || name.contains(u'\r') || name.contains(u'\'') || name.contains(u'"'))
        return tr("\"%1\" cannot be a profile name: avoid brackets, quotes, line breaks and surrounding spaces.")
            .arg(name);
    if (profile(name))
        return tr("A profile named %1 already exists.").arg(name);
    return std::nullopt;
}

std::optional<QString> ProfileStore::createProfile(const QString& name)
{
    readWhole();
    if (auto invalid = checkNewName(name))
        return invalid;
    document(FileKind::Config).appendSection(configSectionFor(name));
    commitEdit(tr("New profile %1").arg(name));
    return std::nullopt;
}

QStringList ProfileStore::referencesTo(const QString& name) const
{
    QStringList names;
    for (const QString& other : profileNames()) {
        const ProfileSetting* s = profile(other)->setting(QStringLiteral("source_profile"));
        if (s && !s->value().isNested && s->value().scalar == name)
            names.append(other);
    }
    return names;
}

std::optional<QString> ProfileStore::renameProfile(const QString& from, const QString& to, References references)
{
    readWhole();
    const Profile* p = profile(from);
    if (!p)
        return tr("The config profile (%1) could not be found").arg(from);
    if (auto invalid = checkNewName(to))
        return invalid;
    const QString configSection = p->configSection;
    const QString credentialsSection = p->credentialsSection;
    if (references == References::Update) {
        // Where each reference is written: its own section, or the [DEFAULT] section that lends it (once).
        QList<QPair<FileKind, QString>> places;
        for (const QString& other : referencesTo(from)) {
            const Profile* q = profile(other);
            const ProfileSetting* s = q->setting(QStringLiteral("source_profile"));
            const QString section = s->inherited                  ? QStringLiteral("DEFAULT")
                                    : s->file == FileKind::Config ? q->configSection
                                                                  : q->credentialsSection;
            if (!places.contains(QPair<FileKind, QString>(s->file, section)))
                places.append(QPair<FileKind, QString>(s->file, section));
        }
        for (const auto& [file, section] : std::as_const(places)) {
            if (const auto error = document(file).setValue(section, QStringLiteral("source_profile"), to))
                return error->message;
        }
    }
    if (!configSection.isEmpty())
        document(FileKind::Config).renameSection(configSection, configSectionFor(to));
    if (!credentialsSection.isEmpty())
        document(FileKind::Credentials).renameSection(credentialsSection, to);
    commitEdit(tr("Rename %1 to %2").arg(from, to));
    return std::nullopt;
}

std::optional<QString> ProfileStore::duplicateProfile(const QString& from, const QString& to)
{
    readWhole();
    const Profile* p = profile(from);
    if (!p)
        return tr("The config profile (%1) could not be found").arg(from);
    if (auto invalid = checkNewName(to))
        return invalid;
    // Each file's section as it is written (its order, comments and nested blocks), not the merged view;
    // keys lent by [DEFAULT] stay lent.
    if (!p->configSection.isEmpty())
        document(FileKind::Config).copySection(p->configSection, configSectionFor(to));
    if (!p->credentialsSection.isEmpty())
        document(FileKind::Credentials).copySection(p->credentialsSection, to);
    commitEdit(tr("Duplicate %1 as %2").arg(from, to));
    return std::nullopt;
}

QList<QPair<FileKind, QString>> ProfileStore::sectionsOf(const QString& name) const
{
    QList<QPair<FileKind, QString>> sections;
    const Profile* p = profile(name);
    if (!p)
        return sections;
    // Every config section botocore maps to this name, not only the one that wins.
    for (const IniSection& s : m_files->file(FileKind::Config).document.sections()) {
        if (s.name == p->configSection || namedSection(QStringView(s.name), QLatin1StringView("profile")) == name
            || (name == u"default" && s.name == u"default"))
            sections.append({FileKind::Config, s.name});
    }
    if (!p->credentialsSection.isEmpty())
        sections.append({FileKind::Credentials, p->credentialsSection});
    return sections;
}

QList<ProfileStore::SectionSpan> ProfileStore::sectionSpans(const QString& name) const
{
    QList<SectionSpan> spans;
    if (m_reading == Reading::Indexed)
        return spans; // no lines yet
    for (const auto& [kind, section] : sectionsOf(name)) {
        if (const auto span = m_files->file(kind).document.sectionSpan(section))
            spans.append({kind, section, span->first, span->second});
    }
    return spans;
}

QStringList ProfileStore::deletionPlan(const QString& name) const
{
    QStringList plan;
    for (const SectionSpan& span : sectionSpans(name)) {
        plan.append(tr("%1: lines %2–%3 ([%4])")
                        .arg(m_files->file(span.file).readPath)
                        .arg(span.firstLine + 1)
                        .arg(span.lastLine + 1)
                        .arg(span.section));
    }
    return plan;
}

std::optional<QString> ProfileStore::deleteProfile(const QString& name)
{
    readWhole();
    if (auto refused = refuseEdits())
        return refused;
    if (!profile(name))
        return tr("The config profile (%1) could not be found").arg(name);
    for (const auto& [kind, section] : sectionsOf(name))
        document(kind).removeSection(section);
    commitEdit(tr("Delete %1").arg(name));
    return std::nullopt;
}

bool ProfileStore::isModified() const
{
    return m_files->file(FileKind::Config).document.isModified()
           || m_files->file(FileKind::Credentials).document.isModified();
}

std::optional<QString> ProfileStore::save(ConfigFiles::Overwrite overwrite, FileKind first)
{
    const FileKind second = first == FileKind::Config ? FileKind::Credentials : FileKind::Config;
    for (FileKind kind : {first, second}) {
        if (!m_files->file(kind).document.isModified())
            continue;
        if (auto error = m_files->save(kind, overwrite))
            return error;
    }
    Q_EMIT saved();
    return std::nullopt; // the documents are what was written: nothing to re-read
}

} // namespace apm
