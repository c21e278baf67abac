// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IniDocument.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

#include "IniIndex.h"
#include "IniReader.h"
#include "Utf8Lines.h"
#include "base/PythonText.h"

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::IniDocument)
};

enum class Storage { Copy, Borrow };

// Python's universal newlines: \r\n, \r and \n each end a line. With Storage::Borrow the lines point into
// `text` without copying it (QString::fromRawData), so `text` must outlive them unchanged: the document keeps
// its decoded text for exactly that. An edit that changes a line's text makes that line own its text.
std::vector<IniDocument::Line> splitUniversal(const QString& text, Storage storage)
{
    std::vector<IniDocument::Line> lines;
    lines.reserve(size_t(text.size() / 24));
    auto piece = [&](qsizetype start, qsizetype length) {
        return storage == Storage::Borrow ? QString::fromRawData(text.constData() + start, length)
                                          : text.mid(start, length);
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            lines.push_back({piece(start, i - start), IniDocument::Eol::Lf});
            start = i + 1;
        } else if (c == u'\r') {
            const bool crlf = i + 1 < text.size() && text[i + 1] == u'\n';
            lines.push_back({piece(start, i - start), crlf ? IniDocument::Eol::CrLf : IniDocument::Eol::Cr});
            if (crlf)
                ++i;
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.push_back({piece(start, text.size() - start), IniDocument::Eol::None});
    return lines;
}

bool isCommentOrBlank(QStringView stripped)
{
    return stripped.isEmpty() || stripped.startsWith(u'#') || stripped.startsWith(u';');
}

// --- the patterns of the AWS CLI's ConfigFileWriter, applied to one line without its ending ---

// SECTION_REGEX `^\s*\[(?P<header>[^]]+)\]` (search): the whole match, or a null string.
QString writerSectionMatch(QStringView line)
{
    const qsizetype open = python::leadingSpace(line);
    if (open >= line.size() || line[open] != u'[')
        return {};
    const qsizetype close = line.indexOf(u']', open + 1);
    if (close <= open + 1)
        return {};
    return line.left(close + 1).toString();
}

// OPTION_REGEX `(?P<option>[^:=][^:=]*)\s*(?P<vi>[:=])\s*(?P<value>.*)$` (search): the option group, or null.
QString writerOptionMatch(const QString& line)
{
    for (qsizetype p = 0; p < line.size(); ++p) {
        if (line[p] == u'=' || line[p] == u':')
            continue;
        qsizetype d = p;
        while (d < line.size() && line[d] != u'=' && line[d] != u':')
            ++d;
        if (d == line.size())
            return {};
        return line.mid(p, d - p);
    }
    return {};
}

bool writerMatchesSection(const QString& match, const QString& section)
{
    if (match == u'[' + section + u']')
        return true;
    const QStringList parts = section.split(u' ');
    if (parts.size() > 1)
        return match == QStringLiteral("[%1 \"%2\"]").arg(parts.first(), parts.mid(1).join(u' '));
    return false;
}

} // namespace

std::optional<QString> IniValue::sub(const QString& key) const
{
    for (const auto& [k, v] : nested) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

bool IniValue::operator==(const IniValue& other) const
{
    return isNested == other.isNested && scalar == other.scalar && nested == other.nested;
}

const IniEntry* IniSection::entry(const QString& key) const
{
    for (const IniEntry& e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

IniDocument IniDocument::fromBytes(const QByteArray& bytes)
{
    IniDocument doc;
    doc.m_original = bytes;
    doc.m_saved = bytes;
    doc.load();
    doc.releaseLines();
    return doc;
}

namespace {

// Copies `bytes` with every line ending made "\n", as the CLI's writer writes the lines it read.
void appendWithLf(QByteArray& out, QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qsizetype cr = bytes.indexOf('\r');
        if (cr < 0) {
            out.append(bytes);
            return;
        }
        out.append(bytes.first(cr));
        out.append('\n');
        bytes = bytes.sliced(cr + 1 < bytes.size() && bytes[cr + 1] == '\n' ? cr + 2 : cr + 1);
    }
}

} // namespace

IniDocument::Rewrite IniDocument::setInBytes(const QByteArray& bytes, const QString& sectionName, const QString& key,
                                             const std::optional<QString>& subKey, const QString& value)
{
    // The writer reads from the section's header up to the next header it recognises (or the end) and appends
    // after the last line when there is no such section: only that much becomes a document.
    qsizetype regionBegin = -1;
    qsizetype regionEnd = bytes.size();
    qsizetype lastLine = 0;
    int firstLine = 0;
    int lastLineNumber = 0;
    Utf8Lines lines(bytes);
    for (int n = 0; lines.next(); ++n) {
        if (!lines.decoded())
            return {{}, IniError{n, IniReader::notUtf8()}}; // Python's readlines() decodes it all first
        lastLine = lines.offset();
        lastLineNumber = n;
        if (regionBegin >= 0 && regionEnd < bytes.size())
            continue;
        const QString match = writerSectionMatch(lines.text());
        if (match.isNull())
            continue;
        if (regionBegin < 0 && writerMatchesSection(match, sectionName)) {
            regionBegin = lines.offset();
            firstLine = n;
        } else if (regionBegin >= 0) {
            regionEnd = lines.nextOffset();
        }
    }
    const bool appended = regionBegin < 0;
    if (appended) {
        regionBegin = lastLine;
        firstLine = lastLineNumber;
    }
    IniDocument region = fromBytes(bytes.sliced(regionBegin, regionEnd - regionBegin));
    if (const auto error = region.applyWriter(sectionName, key, subKey, value, EolPolicy::AwsCli))
        return {{}, IniError{firstLine + error->line, error->message}};
    Rewrite rewrite;
    rewrite.bytes.reserve(bytes.size() + 256);
    if (appended) {
        rewrite.bytes.append(QByteArrayView(bytes).first(regionBegin)); // appending leaves the file as it is
    } else {
        appendWithLf(rewrite.bytes, QByteArrayView(bytes).first(regionBegin));
    }
    rewrite.bytes.append(region.toBytes());
    appendWithLf(rewrite.bytes, QByteArrayView(bytes).sliced(regionEnd));
    return rewrite;
}

IniDocument IniDocument::indexed(const QByteArray& bytes)
{
    IniDocument doc;
    doc.m_original = bytes;
    doc.m_saved = bytes;
    doc.m_index = std::make_shared<const IniIndex>(bytes);
    doc.m_error = doc.m_index->parseError();
    return doc;
}

void IniDocument::expand()
{
    if (m_index)
        load();
    ensureLines();
}

void IniDocument::ensureLines() const
{
    if (m_linesReady)
        return;
    // As load() decodes them (the bytes have not changed since).
    m_text = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom).decode(m_original);
    m_lines = splitUniversal(m_text, Storage::Borrow);
    m_linesReady = true;
}

void IniDocument::releaseLines()
{
    if (m_modified)
        return; // edited lines are the only copy of the edits
    m_lines = {};
    m_text = QString();
    m_linesReady = false;
}

const QList<IniEntry>& IniDocument::defaults() const
{
    return m_index ? m_index->defaults() : m_defaults;
}

QByteArray IniDocument::toBytes() const
{
    if (!m_modified)
        return m_original;
    // One encoding pass over the whole text rather than one per line.
    QString text;
    text.reserve(m_text.size() + 256);
    for (const Line& line : m_lines) {
        text += line.text;
        switch (line.eol) {
        case Eol::Lf: text += u'\n'; break;
        case Eol::CrLf: text += QStringView(u"\r\n"); break;
        case Eol::Cr: text += u'\r'; break;
        case Eol::None: break;
        }
    }
    return text.toUtf8();
}

void IniDocument::markSaved(const QByteArray& bytes)
{
    m_original = bytes;
    m_saved = bytes;
    m_modified = false;
    m_unsaved = false;
    releaseLines(); // they are m_original's lines again
}

void IniDocument::rebase(const QByteArray& saved, const QByteArray& text)
{
    m_saved = saved;
    setText(text);
}

void IniDocument::setText(const QByteArray& bytes)
{
    ++m_revision;
    m_original = bytes;
    m_modified = false;
    m_unsaved = bytes != m_saved;
    load();
    releaseLines();
}

const IniSection* IniDocument::section(const QString& name) const
{
    if (m_index) {
        const int position = m_index->find(name);
        return position < 0 ? nullptr : &m_index->section(position);
    }
    const auto it = m_sectionIndex.constFind(name);
    return it == m_sectionIndex.cend() ? nullptr : &m_sections[*it];
}

QList<QPair<QString, IniValue>> IniDocument::options(const IniSection& section) const
{
    QList<QPair<QString, IniValue>> result;
    result.reserve(section.entries.size() + m_defaults.size());
    for (const IniEntry& e : section.entries)
        result.append({e.key, e.value});
    for (const IniEntry& d : defaults()) {
        if (!section.entry(d.key))
            result.append({d.key, d.value});
    }
    return result;
}

void IniDocument::load()
{
    m_index.reset();
    m_error.reset();
    m_undecodable = false;
    // Python opens the file as UTF-8 (the locale encoding of every system the CLI supports here) and rejects
    // the whole file on any byte that does not decode. A BOM is kept as U+FEFF, as Python keeps it.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    m_text = decoder.decode(m_original);
    m_lines = splitUniversal(m_text, Storage::Borrow);
    m_linesReady = true;
    // A sequence cut short by the end of the file waits in the decoder's state instead of counting as an error.
    const bool truncated = !decoder.hasError() && QString(decoder.decode(QByteArrayView("\n", 1))).size() != 1;
    m_undecodable = decoder.hasError() || truncated;
    if (m_undecodable) {
        m_error = IniError{firstUndecodableLine(), IniReader::notUtf8()};
        m_sections.clear();
        m_sectionIndex.clear();
        m_defaults.clear();
        return;
    }
    parse();
}

// Builds the model from what the reader finds.
class IniDocument::Builder final : public IniReader::Sink
{
public:
    explicit Builder(IniDocument& document)
        : m_document(document)
    {}

    int section(QStringView name, int line) override
    {
        IniDocument& d = m_document;
        d.m_headerLines.push_back(line);
        QString key = name.toString();
        if (const auto first = d.m_sectionIndex.constFind(key); first != d.m_sectionIndex.cend())
            return d.m_sections[*first].headerLine;
        m_current = int(d.m_sections.size());
        d.m_sectionIndex.insert(key, m_current);
        d.m_sections.append(IniSection{std::move(key), line, {}});
        d.m_sections.last().entries.reserve(4); // typical profiles hold a handful of keys
        return -1;
    }

    void defaults(int line) override
    {
        m_document.m_headerLines.push_back(line);
        m_current = -1;
    }

    void option(IniEntry entry) override
    {
        // By index: m_sections grows while the file is read.
        (m_current < 0 ? m_document.m_defaults : m_document.m_sections[m_current].entries).append(std::move(entry));
    }

private:
    IniDocument& m_document;
    int m_current = -1;
};

void IniDocument::parse()
{
    m_localEdit.reset();
    m_headerLines.clear();
    m_sections.clear();
    m_sectionIndex.clear();
    m_defaults.clear();
    m_error.reset();
    const qsizetype expectedSections = qsizetype(m_lines.size() / 5) + 1;
    m_sections.reserve(expectedSections);
    m_sectionIndex.reserve(expectedSections);

    Builder builder(*this);
    IniReader reader(builder);
    for (const Line& line : m_lines) {
        if (!reader.read(line.text))
            break;
    }
    m_error = reader.finish();
}

int IniDocument::blockEnd(int headerLine) const
{
    const auto next = std::upper_bound(m_headerLines.cbegin(), m_headerLines.cend(), headerLine);
    return next == m_headerLines.cend() ? int(m_lines.size()) : *next;
}

void IniDocument::reparseSection(const QString& name, int oldEnd, int lineDelta)
{
    // Editing one value of one profile must not re-read 20,000 others. The section is read on its own and put
    // back in place when that gives what reading the whole file would: the file was valid, the section starts
    // at its header, and the next header starts at column 0 (so nothing in the section can run into it).
    const auto index = m_sectionIndex.constFind(name);
    const int newEnd = oldEnd + lineDelta;
    // Entries are pointed at from outside (ProfileStore): lists shared with a copy of the document would be copied
    // on the first write, moving them. Then everything is read again, as the pointers must be renewed anyway.
    auto own = [](const auto& list) {
        return list.isEmpty() || list.isDetached();
    }; // empty: nothing to move
    const bool detached =
        own(m_sections) && own(m_defaults)
        && std::all_of(m_sections.cbegin(), m_sections.cend(), [&own](const IniSection& s) { return own(s.entries); });
    const bool fits = !m_error && index != m_sectionIndex.cend() && detached
                      && (newEnd >= int(m_lines.size()) || python::leadingSpace(m_lines[size_t(newEnd)].text) == 0);
    if (!fits)
        return parse();
    IniSection& section = m_sections[*index];
    IniDocument block;
    block.m_lines.assign(m_lines.begin() + section.headerLine, m_lines.begin() + newEnd);
    block.parse();
    if (block.m_error || block.m_sections.size() != 1 || !block.m_defaults.isEmpty()
        || block.m_sections.first().name != name || block.m_headerLines.size() != 1)
        return parse();

    const int first = section.headerLine;
    section.entries = std::move(block.m_sections.first().entries);
    for (IniEntry& e : section.entries) {
        e.line += first;
        e.lastLine += first;
        for (int& n : e.value.nestedLines)
            n += first;
    }
    m_localEdit = std::pair(m_revision - 1, name);
    if (lineDelta == 0)
        return;
    auto shift = [first, lineDelta](IniEntry& e) {
        if (e.line > first) {
            e.line += lineDelta;
            e.lastLine += lineDelta;
            for (int& n : e.value.nestedLines)
                n += lineDelta;
        }
    };
    for (IniSection& s : m_sections) {
        if (s.headerLine <= first)
            continue;
        s.headerLine += lineDelta;
        std::for_each(s.entries.begin(), s.entries.end(), shift);
    }
    std::for_each(m_defaults.begin(), m_defaults.end(), shift);
    for (int& h : m_headerLines) {
        if (h > first)
            h += lineDelta;
    }
}

int IniDocument::firstUndecodableLine() const
{
    Utf8Lines lines(m_original);
    int last = 0;
    for (int n = 0; lines.next(); ++n) {
        if (!lines.decoded())
            return n;
        last = n;
    }
    return last;
}

IniDocument::Eol IniDocument::preferredEol() const
{
    int crlf = 0, lf = 0, cr = 0;
    for (const Line& line : m_lines) {
        crlf += line.eol == Eol::CrLf;
        lf += line.eol == Eol::Lf;
        cr += line.eol == Eol::Cr;
    }
    if (crlf > lf && crlf >= cr)
        return Eol::CrLf;
    if (cr > lf && cr > crlf)
        return Eol::Cr;
    return Eol::Lf;
}

bool IniDocument::refusesEdits(EolPolicy policy) const
{
    // The CLI's writer works on text lines and never parses: it only fails where Python cannot decode the file.
    return policy == EolPolicy::AwsCli ? m_undecodable : m_error.has_value();
}

std::optional<IniError> IniDocument::setValue(const QString& section, const QString& key, const QString& value,
                                              EolPolicy policy)
{
    expand();
    if (refusesEdits(policy))
        return m_error;
    return applyWriter(section, key, std::nullopt, value, policy);
}

std::optional<IniError> IniDocument::setNestedValue(const QString& section, const QString& key, const QString& subKey,
                                                    const QString& value, EolPolicy policy)
{
    expand();
    if (refusesEdits(policy))
        return m_error;
    return applyWriter(section, key, subKey, value, policy);
}

// A port of the AWS CLI's ConfigFileWriter.update_config, quirks included, over Python-style line strings
// (each with "\n" when it had an ending). `origin` tracks which strings are still untouched lines of ours,
// so that those keep their exact line ending afterwards.
namespace {

// The lines of the writer's region as ConfigFileWriter holds them: Python strings with their "\n", each still
// one of the document's lines (its index in `origin`) or new text (-1).
class WriterRegion
{
public:
    // What the writer could not do, at which string of the region.
    enum class Refusal { None, BlankAfterParent, ParentIsLastLine };

    WriterRegion(std::vector<IniDocument::Line>& lines, int begin, int end, IniDocument::EolPolicy policy)
        : m_lines(lines)
        , m_policy(policy)
    {
        m_contents.reserve(end - begin + 2);
        m_origin.reserve(size_t(end - begin + 2));
        for (int i = begin; i < end; ++i) {
            const IniDocument::Line& l = m_lines[size_t(i)];
            m_contents.append(l.eol == IniDocument::Eol::None ? l.text : l.text + u'\n');
            m_origin.push_back(i);
        }
    }

    [[nodiscard]] const QStringList& contents() const { return m_contents; }
    [[nodiscard]] const std::vector<int>& origin() const { return m_origin; }
    [[nodiscard]] int refusedAt() const { return m_refusedAt; }

    // ConfigFileWriter._update_section_contents over the region, whose first string is the section's header.
    Refusal set(const QString& key, const std::optional<QString>& subKey, const QString& value, const QString& added)
    {
        int lastMatching = 0;
        for (int j = 1; j < m_contents.size(); ++j) {
            const QString line = bare(j);
            if (!writerSectionMatch(line).isNull()) {
                insertAt(lastMatching + 1, added);
                return Refusal::None;
            }
            const QString option = writerOptionMatch(line);
            if (option.isNull())
                continue;
            lastMatching = j;
            if (python::strip(option) != key)
                continue;
            if (!subKey) {
                replaceLine(j, key + QStringLiteral(" = ") + value);
                // Later lines are only read for a header, which ends the search with nothing pending.
                return Refusal::None;
            }
            return setSubKey(j, python::leadingSpace(option), *subKey, value);
        }
        if (!m_contents.last().endsWith(u'\n')) {
            m_contents.append(QStringLiteral("\n"));
            m_origin.push_back(-1);
        }
        insertAt(lastMatching + 2, added);
        return Refusal::None;
    }

private:
    // _update_subattributes: replace the sub-key where it is, or insert it before the first line back at the
    // parent's indent (or the next section), with four spaces.
    Refusal setSubKey(int parent, qsizetype startingIndent, const QString& subKey, const QString& value)
    {
        const QString added = QStringLiteral("    ") + subKey + QStringLiteral(" = ") + value + u'\n';
        std::optional<qsizetype> currentIndent;
        bool pending = true;
        int i = parent + 1;
        for (; i < m_contents.size(); ++i) {
            const QString subLine = bare(i);
            const QString subOption = writerOptionMatch(subLine);
            if (!subOption.isNull()) {
                currentIndent = python::leadingSpace(subOption);
                if (pending && python::strip(subOption) == subKey) {
                    replaceLine(i, QString(*currentIndent, u' ') + subKey + QStringLiteral(" = ") + value);
                    pending = false;
                }
            }
            if (!currentIndent) {
                m_refusedAt = i;
                return Refusal::BlankAfterParent;
            }
            if (*currentIndent == startingIndent || !writerSectionMatch(subLine).isNull()) {
                if (pending)
                    insertAt(i, added);
                return Refusal::None;
            }
        }
        if (!currentIndent) {
            m_refusedAt = parent;
            return Refusal::ParentIsLastLine;
        }
        if (*currentIndent != startingIndent && pending)
            insertAt(i, added);
        return Refusal::None;
    }

    [[nodiscard]] QString bare(qsizetype index) const
    {
        const QString& s = m_contents[index];
        return s.endsWith(u'\n') ? s.chopped(1) : s;
    }

    void insertAt(qsizetype index, const QString& text)
    {
        index = std::min(index, m_contents.size());
        m_contents.insert(index, text);
        m_origin.insert(m_origin.begin() + index, -1);
    }

    // The CLI writes a replaced line with "\n"; Preserve keeps the line's own ending.
    void replaceLine(qsizetype index, const QString& text)
    {
        const int from = m_origin[size_t(index)];
        if (m_policy == IniDocument::EolPolicy::Preserve && from >= 0) {
            m_lines[size_t(from)].text = text;
            m_contents[index] = m_lines[size_t(from)].eol == IniDocument::Eol::None ? text : text + u'\n';
            return;
        }
        m_contents[index] = text + u'\n';
        m_origin[size_t(index)] = -1;
    }

    std::vector<IniDocument::Line>& m_lines;
    IniDocument::EolPolicy m_policy;
    QStringList m_contents;
    std::vector<int> m_origin;
    int m_refusedAt = 0;
};

} // namespace

int IniDocument::writerSectionLine(const QString& sectionName) const
{
    // The first non-comment line whose header match is exactly "[name]" (or [a "b c"]).
    for (int i = 0; i < int(m_lines.size()); ++i) {
        const QString& text = m_lines[size_t(i)].text;
        // Only a line whose first non-blank character is '[' can match; a comment never does.
        const qsizetype first = python::leadingSpace(text);
        if (first >= text.size() || text[first] != u'[')
            continue;
        const QString match = writerSectionMatch(text);
        if (!match.isNull() && writerMatchesSection(match, sectionName))
            return i;
    }
    return -1;
}

void IniDocument::appendWriterSection(const QString& sectionName, const QString& firstLine, EolPolicy policy)
{
    // Appended to the file as it is: no rewrite, so existing line endings stay even for the CLI.
    const Eol newEol = policy == EolPolicy::AwsCli ? Eol::Lf : preferredEol();
    if (!m_lines.empty()) {
        Line& last = m_lines.back();
        if (last.eol == Eol::None)
            last.eol = newEol;
        else if (last.eol == Eol::Cr && policy == EolPolicy::AwsCli)
            last.eol = Eol::CrLf; // the CLI appends "\n" after the lone "\r"
    }
    const QString added = u'[' + sectionName + QStringLiteral("]\n") + firstLine;
    for (const Line& l : splitUniversal(added, Storage::Copy))
        m_lines.push_back({l.text, newEol});
    keepLineBreaksApart();
    parse();
}

std::optional<IniError> IniDocument::applyWriter(const QString& sectionName, const QString& key,
                                                 const std::optional<QString>& subKey, const QString& value,
                                                 EolPolicy policy)
{
    ensureLines(); // setInBytes() edits a document it has just read
    const QString added = subKey ? key + QStringLiteral(" =\n    ") + *subKey + QStringLiteral(" = ") + value + u'\n'
                                 : key + QStringLiteral(" = ") + value + u'\n';
    const int start = writerSectionLine(sectionName);
    m_modified = true;
    ++m_revision;
    if (start < 0) {
        appendWriterSection(sectionName, added, policy);
        return std::nullopt;
    }
    const Eol newEol = policy == EolPolicy::AwsCli ? Eol::Lf : preferredEol();
    if (policy == EolPolicy::AwsCli) {
        for (Line& l : m_lines) {
            if (l.eol != Eol::None)
                l.eol = Eol::Lf;
        }
    }
    // The writer never looks past the first header after the section (it inserts before it), so only that
    // region becomes Python-style strings: from the header up to and including the next header, or to the end.
    int regionEnd = int(m_lines.size());
    for (int i = start + 1; i < int(m_lines.size()); ++i) {
        if (!writerSectionMatch(m_lines[size_t(i)].text).isNull()) {
            regionEnd = i + 1;
            break;
        }
    }
    WriterRegion region(m_lines, start, regionEnd, policy);
    switch (region.set(key, subKey, value, added)) {
    case WriterRegion::Refusal::None: break;
    case WriterRegion::Refusal::BlankAfterParent:
        return IniError{
            start + region.refusedAt(),
            Messages::tr("the AWS CLI cannot add \"%1.%2\" here: the line after \"%1 =\" is not a setting, and its "
                         "writer fails on it. Remove the blank or comment line after \"%1 =\" first.")
                .arg(key, *subKey)};
    case WriterRegion::Refusal::ParentIsLastLine:
        return IniError{
            start + region.refusedAt(),
            Messages::tr("the AWS CLI cannot add \"%1.%2\" when \"%1 =\" is the last line of the file, and its "
                         "writer fails on it. Add the sub-setting by hand.")
                .arg(key, *subKey)};
    }
    spliceWriterRegion(sectionName, start, regionEnd, region.contents(), region.origin(), newEol);
    return std::nullopt;
}

void IniDocument::spliceWriterRegion(const QString& sectionName, int start, int regionEnd, const QStringList& contents,
                                     const std::vector<int>& origin, Eol newEol)
{
    // Rebuild the lines: untouched ones keep their ending, new text takes newEol.
    std::vector<Line> rebuilt;
    rebuilt.reserve(size_t(contents.size()));
    QString open; // text of a line not yet ended
    for (qsizetype c = 0; c < contents.size(); ++c) {
        const int from = origin[size_t(c)];
        if (from >= 0 && open.isEmpty() && m_lines[size_t(from)].eol != Eol::None) {
            rebuilt.push_back(m_lines[size_t(from)]);
            continue;
        }
        open += contents[c];
        qsizetype nl;
        while ((nl = open.indexOf(u'\n')) >= 0) {
            rebuilt.push_back({open.left(nl), newEol});
            open.remove(0, nl + 1);
        }
    }
    if (!open.isEmpty())
        rebuilt.push_back({open, Eol::None});
    const IniSection* parsed = m_error ? nullptr : section(sectionName);
    // Re-read the section alone only when the writer's region (up to the next header it recognises) lies within
    // the block configparser gave the section: a header configparser reads and the writer does not ("[]x]") lets
    // the writer edit lines of the next section, and then the whole file is read again (found by fuzzing).
    const bool sameHeader = parsed && parsed->headerLine == start && regionEnd - 1 <= blockEnd(start);
    const int oldEnd = sameHeader ? blockEnd(start) : 0;
    const int before = lineCount();
    m_lines.erase(m_lines.begin() + start, m_lines.begin() + regionEnd);
    m_lines.insert(m_lines.begin() + start, std::make_move_iterator(rebuilt.begin()),
                   std::make_move_iterator(rebuilt.end()));
    keepLineBreaksApart();
    // The CLI's rewrite of every line ending to LF changes no reading: the section alone is re-read.
    if (sameHeader)
        reparseSection(sectionName, oldEnd, lineCount() - before);
    else
        parse();
}

void IniDocument::keepLineBreaksApart()
{
    // A line ended by a lone CR followed by an empty line ended by LF would be written "\r\n": read back, that is
    // one line break, not two, and the file would read differently from the document. Loaded lines never stand
    // so (the bytes made them); an edit can put them side by side, and then the CR line ends with CRLF instead.
    for (size_t i = 0; i + 1 < m_lines.size(); ++i) {
        if (m_lines[i].eol == Eol::Cr && m_lines[i + 1].eol == Eol::Lf && m_lines[i + 1].text.isEmpty())
            m_lines[i].eol = Eol::CrLf;
    }
}

bool IniDocument::removeNestedKey(const QString& sectionName, const QString& key, const QString& subKey)
{
    expand();
    const IniSection* s = m_error ? nullptr : section(sectionName);
    const IniEntry* e = s ? s->entry(key) : nullptr;
    if (!e || !e->value.isNested || !e->value.sub(subKey))
        return false;
    const bool last = e->value.nested.size() == 1;
    if (last)
        return removeKey(sectionName, key); // `key =` with nothing under it would read as an empty string
    const int oldEnd = blockEnd(s->headerLine);
    const int before = lineCount();
    // Every line that sets the sub-setting goes: with repeats, an earlier one would show through.
    for (int n = e->lastLine; n > e->line; --n) {
        const QString text = python::strip(m_lines[n].text);
        const qsizetype eq = text.indexOf(u'=');
        if (eq > 0 && python::strip(QStringView(text).left(eq)) == subKey)
            m_lines.erase(m_lines.begin() + n);
    }
    m_modified = true;
    ++m_revision;
    keepLineBreaksApart();
    reparseSection(sectionName, oldEnd, lineCount() - before);
    return true;
}

bool IniDocument::removeKey(const QString& sectionName, const QString& key)
{
    expand();
    const IniSection* s = m_error ? nullptr : section(sectionName);
    const IniEntry* e = s ? s->entry(key) : nullptr;
    if (!e)
        return false;
    const int oldEnd = blockEnd(s->headerLine);
    const int removed = e->lastLine + 1 - e->line;
    m_lines.erase(m_lines.begin() + e->line, m_lines.begin() + e->lastLine + 1);
    m_modified = true;
    ++m_revision;
    keepLineBreaksApart();
    reparseSection(sectionName, oldEnd, -removed);
    return true;
}

bool IniDocument::renameSection(const QString& from, const QString& to)
{
    expand();
    const IniSection* s = m_error ? nullptr : section(from);
    if (!s || section(to) || to.isEmpty())
        return false;
    QString& text = m_lines[size_t(s->headerLine)].text;
    // Keep what surrounds the brackets (indent, a trailing comment) and replace the name only.
    const qsizetype open = text.indexOf(u'[');
    const qsizetype close = text.lastIndexOf(u']');
    text = text.left(open + 1) + to + text.mid(close);
    m_modified = true;
    ++m_revision;
    parse();
    return true;
}

std::optional<std::pair<int, int>> IniDocument::sectionSpan(const QString& name) const
{
    ensureLines();
    const IniSection* s = m_error ? nullptr : section(name);
    if (!s)
        return std::nullopt;
    // The section ends before the next header, [DEFAULT] blocks included.
    const auto next = std::upper_bound(m_headerLines.cbegin(), m_headerLines.cend(), s->headerLine);
    const int end = next == m_headerLines.cend() ? int(m_lines.size()) : *next;
    // Comments and blank lines right before the next header stay with it.
    int cut = end;
    if (end < int(m_lines.size())) {
        while (cut > s->headerLine + 1 && isCommentOrBlank(python::strip(m_lines[size_t(cut - 1)].text)))
            --cut;
        // ...but the blank lines directly after our last setting go with us.
        while (cut < end && python::strip(m_lines[size_t(cut)].text).isEmpty())
            ++cut;
    }
    return std::pair(s->headerLine, cut - 1);
}

bool IniDocument::removeSection(const QString& name)
{
    expand();
    const auto span = sectionSpan(name);
    if (!span)
        return false;
    m_lines.erase(m_lines.begin() + span->first, m_lines.begin() + span->second + 1);
    m_modified = true;
    ++m_revision;
    keepLineBreaksApart();
    parse();
    return true;
}

bool IniDocument::copySection(const QString& from, const QString& to)
{
    expand();
    const auto span = sectionSpan(from);
    if (!span || section(to))
        return false;
    const Eol eol = preferredEol();
    std::vector<Line> copied(m_lines.begin() + span->first + 1, m_lines.begin() + span->second + 1);
    while (!copied.empty() && python::strip(copied.back().text).isEmpty())
        copied.pop_back(); // the copy ends with its last setting or comment
    if (!m_lines.empty() && m_lines.back().eol == Eol::None)
        m_lines.back().eol = eol;
    if (!m_lines.empty() && !python::strip(m_lines.back().text).isEmpty())
        m_lines.push_back({QString(), eol}); // set apart as the user's sections usually are
    m_lines.push_back({u'[' + to + u']', eol});
    for (Line& line : copied) {
        if (line.eol == Eol::None)
            line.eol = eol;
        m_lines.push_back(std::move(line));
    }
    m_modified = true;
    ++m_revision;
    keepLineBreaksApart();
    parse();
    return true;
}

void IniDocument::appendSection(const QString& name)
{
    expand();
    const Eol eol = preferredEol();
    if (!m_lines.empty() && m_lines.back().eol == Eol::None)
        m_lines.back().eol = eol;
    m_lines.push_back({u'[' + name + u']', eol});
    m_modified = true;
    ++m_revision;
    parse();
}

} // namespace apm
