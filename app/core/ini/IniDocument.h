// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace apm {

class IniIndex;

// Why a file was refused, and where (0-based line; -1 when it concerns the whole file).
struct IniError {
    int line = -1;
    QString message;
};

// A value as botocore returns it: a string, or for `key =` followed by indented `sub = value` lines, a map.
struct IniValue {
    QString scalar;
    QList<QPair<QString, QString>> nested; // in first-appearance order, a repeated sub-key keeps its last value
    bool isNested = false;
    QList<int> nestedLines; // the 0-based line each sub-key's value comes from (its last appearance)

    [[nodiscard]] std::optional<QString> sub(const QString& key) const;
    bool operator==(const IniValue& other) const;
};

// One `key = value` option, with the lines it spans.
struct IniEntry {
    QString key; // lower-cased, as configparser folds it
    IniValue value;
    int line = 0;
    int lastLine = 0; // last continuation line
};

// One [section] block (the parser refuses a second block of the same name, except [DEFAULT]).
struct IniSection {
    QString name; // the header text between the brackets, not stripped
    int headerLine = 0;
    QList<IniEntry> entries;

    [[nodiscard]] const IniEntry* entry(const QString& key) const;
};

/**
 * The lossless text model of one INI file of the AWS CLI.
 *
 * Holds every line with its exact bytes and line ending; serialising an unedited document returns the bytes it
 * was loaded from, always. The interpretation (sections, keys, values) is botocore's: CPython's RawConfigParser
 * with the CLI's settings plus botocore's nested-value rule. A file botocore refuses gets parseError() with the
 * line and the reason, and refuses edits. Edits follow the AWS CLI's ConfigFileWriter, so a sequence of
 * `aws configure set` calls and the same calls here give the same bytes.
 */
class IniDocument final
{
public:
    enum class Eol : quint8 { None, Lf, CrLf, Cr };
    struct Line {
        QString text;
        Eol eol = Eol::Lf;
    };
    // How an edit treats line endings. AwsCli: as `aws configure set`, which rewrites the whole file with LF
    // when it edits an existing section (it leaves the file alone when it only appends a new one).
    // Preserve: every untouched line keeps its ending; new lines take the file's dominant one.
    enum class EolPolicy { AwsCli, Preserve };

    IniDocument() = default;
    [[nodiscard]] static IniDocument fromBytes(const QByteArray& bytes);
    // A document that reads as fromBytes() would (parseError, section, defaults, options) but only indexes the
    // file: sections are built when asked for, and lines() and sections() stay empty until expand(), which every
    // edit does first. For commands that read a few profiles out of thousands.
    [[nodiscard]] static IniDocument indexed(const QByteArray& bytes);
    [[nodiscard]] bool isIndexed() const { return m_index != nullptr; }
    [[nodiscard]] const IniIndex* index() const { return m_index.get(); }
    // Builds the whole model of an indexed document.
    void expand();

    // `aws configure set` on a file's bytes: the bytes setValue()/setNestedValue() with EolPolicy::AwsCli would
    // give on fromBytes(bytes), built from the lines the CLI's writer looks at (from the section's header to the
    // next header), so that editing a file of any size costs the file and its copy.
    struct Rewrite {
        QByteArray bytes;
        std::optional<IniError> error; // then nothing is to be written
    };
    [[nodiscard]] static Rewrite setInBytes(const QByteArray& bytes, const QString& section, const QString& key,
                                            const std::optional<QString>& subKey, const QString& value);

    [[nodiscard]] QByteArray toBytes() const;
    // True when the bytes differ from those loaded or last saved (an edit undone by setText is not a change).
    [[nodiscard]] bool isModified() const { return m_modified || m_unsaved; }
    // Goes up with every edit and every setText(): a cheap "did it change since" for callers.
    [[nodiscard]] quint64 revision() const { return m_revision; }
    // The section re-read on its own by the one edit made since `revision`, when that is what happened: every
    // other section's entries then kept their addresses. Nullopt when the whole document was re-read.
    [[nodiscard]] std::optional<QString> sectionEditedSince(quint64 revision) const
    {
        if (m_localEdit && m_localEdit->first == revision && m_revision == revision + 1)
            return m_localEdit->second;
        return std::nullopt;
    }
    // The bytes loaded or last saved.
    [[nodiscard]] const QByteArray& savedBytes() const { return m_saved; }

    [[nodiscard]] const std::optional<IniError>& parseError() const { return m_error; }
    [[nodiscard]] bool isValid() const { return !m_error.has_value(); }

    // The lines, valid while the document lives and is not edited (they may borrow the document's text). A
    // document without edits keeps only its bytes and its model, and splits its lines again when asked: the lines
    // and the decoded text would double what a large file costs.
    [[nodiscard]] const std::vector<Line>& lines() const
    {
        ensureLines();
        return m_lines;
    }
    [[nodiscard]] int lineCount() const { return int(lines().size()); }

    // The sections as configparser's sections() lists them (file order, [DEFAULT] excluded).
    [[nodiscard]] const QList<IniSection>& sections() const { return m_sections; }
    [[nodiscard]] const IniSection* section(const QString& name) const;
    // The [DEFAULT] keys, which configparser lends to every section that lacks them.
    [[nodiscard]] const QList<IniEntry>& defaults() const;
    // A section's options as botocore sees them: its own, then the [DEFAULT] ones it lacks.
    [[nodiscard]] QList<QPair<QString, IniValue>> options(const IniSection& section) const;

    // --- edits (refused with an error while parseError() is set; with EolPolicy::AwsCli, only when the bytes
    // are not UTF-8, since the CLI's writer edits text it never parses) ---
    // `aws configure set`: set key (or key.subKey) in section, creating either where the CLI creates them.
    [[nodiscard]] std::optional<IniError> setValue(const QString& section, const QString& key, const QString& value,
                                                   EolPolicy policy = EolPolicy::Preserve);
    [[nodiscard]] std::optional<IniError> setNestedValue(const QString& section, const QString& key,
                                                         const QString& subKey, const QString& value,
                                                         EolPolicy policy = EolPolicy::Preserve);
    // Removes the key's line and its continuation lines. False when the section has no such key.
    bool removeKey(const QString& section, const QString& key);
    // Removes the lines setting one sub-setting of a nested block (the whole block when it was the last one).
    bool removeNestedKey(const QString& section, const QString& key, const QString& subKey);
    // Appends an empty [name] section at the end (as the CLI's writer appends: no blank line before it).
    void appendSection(const QString& name);
    // Appends a copy of section `from` as [to]: its lines as they are (comments, order, nested blocks), up to
    // what removeSection would remove, after a blank line. False when there is no `from` or `to` exists.
    bool copySection(const QString& from, const QString& to);
    // Rewrites the header line only. False when there is no such section or the new name exists.
    bool renameSection(const QString& from, const QString& to);
    // Removes the header and every line up to the next header, keeping comments and blank lines that sit
    // right before the next header (they usually describe it).
    bool removeSection(const QString& name);
    // The lines removeSection would remove (0-based, inclusive), or nullopt when there is no such section.
    [[nodiscard]] std::optional<std::pair<int, int>> sectionSpan(const QString& name) const;
    // The document's bytes were written out: they are the new original (nothing is re-read).
    void markSaved(const QByteArray& bytes);
    // The file on disk is now `saved` and the document holds `text` (another program's change merged with ours).
    void rebase(const QByteArray& saved, const QByteArray& text);
    // Replaces everything (the user edited the text, or an edit is undone); the document is re-read. It counts
    // as modified unless the bytes are those last saved.
    void setText(const QByteArray& bytes);

private:
    class Builder;
    void load();              // decodes m_original into lines, then parses
    void ensureLines() const; // decodes m_original into lines unless they are there
    void releaseLines();      // drops the lines and the text while nothing is edited
    void parse();             // reads m_lines
    // The line of the next header after `headerLine`, or the line count.
    [[nodiscard]] int blockEnd(int headerLine) const;
    // Re-reads the section `name` only, after an edit inside it that changed the line count by lineDelta; oldEnd
    // is where its block ended before the edit. Falls back to parse() whenever that could read differently.
    void reparseSection(const QString& name, int oldEnd, int lineDelta);
    [[nodiscard]] int firstUndecodableLine() const;
    // ConfigFileWriter.update_config: sets key (or key.subKey) in `section`, appended when the writer finds no
    // such section, else written into the region it reads (from the header to the next one) and spliced back.
    [[nodiscard]] std::optional<IniError> applyWriter(const QString& section, const QString& key,
                                                      const std::optional<QString>& subKey, const QString& value,
                                                      EolPolicy policy);
    // The line of the header the writer takes for `section`, or -1.
    [[nodiscard]] int writerSectionLine(const QString& section) const;
    void appendWriterSection(const QString& section, const QString& firstLine, EolPolicy policy);
    void spliceWriterRegion(const QString& section, int start, int regionEnd, const QStringList& contents,
                            const std::vector<int>& origin, Eol newEol);
    [[nodiscard]] Eol preferredEol() const;
    // After an edit: no line ended by a lone CR stands before an empty line ended by LF (they would merge).
    void keepLineBreaksApart();
    [[nodiscard]] bool refusesEdits(EolPolicy policy) const;

    QByteArray m_original; // returned as is while no line was edited (even bytes that are not UTF-8)
    QByteArray m_saved;    // loaded or last saved
    // m_original decoded, and its lines: built on demand (every edit needs them), dropped while nothing is edited.
    // m_text is never modified, since unedited lines borrow from it.
    mutable QString m_text;
    mutable std::vector<Line> m_lines;
    mutable bool m_linesReady = false;
    QList<IniSection> m_sections;
    QHash<QString, int> m_sectionIndex;
    QList<IniEntry> m_defaults;
    std::vector<int> m_headerLines; // every header line, [DEFAULT] included, ascending
    std::optional<IniError> m_error;
    bool m_modified = false; // lines were edited since m_original
    bool m_unsaved = false;  // m_original is not m_saved
    quint64 m_revision = 0;
    std::optional<std::pair<quint64, QString>> m_localEdit; // revision before the edit, section re-read
    bool m_undecodable = false;
    std::shared_ptr<const IniIndex> m_index; // set while the document is only indexed
};

} // namespace apm
