// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: IniDocument. The first two bytes choose an edit, the rest is the file. Properties:
// - serialising an unedited document gives back the bytes (always, even for refused files);
// - a refused document refuses the edit and keeps its bytes;
// - after an edit, the document reads exactly as a fresh parse of its bytes (incremental re-reading included);
// - an edit (line endings preserved) changes one run of lines inside one section, or appends at the end: for set,
//   sections as the CLI's writer delimits them (its SECTION_REGEX); for removeKey, as configparser read them;
// - IniIndex (the headless commands' reading) refuses the same files at the same line and builds the same sections;
// - `set` on the raw bytes (setInBytes) gives the bytes, or the refusal, of the same edit on the whole document.

#include <algorithm>

#include <QByteArray>
#include <QRegularExpression>

#include "FuzzProperty.h"
#include "ini/IniDocument.h"
#include "ini/IniIndex.h"

using apm::IniDocument;

namespace {

bool sameReading(const IniDocument& a, const IniDocument& b)
{
    if (a.parseError().has_value() != b.parseError().has_value() || a.sections().size() != b.sections().size())
        return false;
    for (qsizetype i = 0; i < a.sections().size(); ++i) {
        const apm::IniSection& x = a.sections()[i];
        const apm::IniSection& y = b.sections()[i];
        if (x.name != y.name || x.headerLine != y.headerLine || x.entries.size() != y.entries.size())
            return false;
        for (qsizetype e = 0; e < x.entries.size(); ++e) {
            const apm::IniEntry& p = x.entries[e];
            const apm::IniEntry& q = y.entries[e];
            if (p.key != q.key || !(p.value == q.value) || p.line != q.line || p.lastLine != q.lastLine
                || p.value.nestedLines != q.value.nestedLines)
                return false;
        }
    }
    return a.defaults().size() == b.defaults().size();
}

bool sameEntries(const QList<apm::IniEntry>& a, const QList<apm::IniEntry>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const apm::IniEntry& p, const apm::IniEntry& q) {
        return p.key == q.key && p.value == q.value && p.line == q.line && p.lastLine == q.lastLine
               && p.value.nestedLines == q.value.nestedLines;
    });
}

bool indexAgrees(const IniDocument& doc, const QByteArray& bytes)
{
    const apm::IniIndex index(bytes);
    if (doc.parseError().has_value() != index.parseError().has_value())
        return false;
    if (doc.parseError())
        return doc.parseError()->line == index.parseError()->line
               && doc.parseError()->message == index.parseError()->message;
    if (index.sectionCount() != doc.sections().size() || !sameEntries(index.defaults(), doc.defaults()))
        return false;
    for (int i = 0; i < index.sectionCount(); ++i) {
        const apm::IniSection& s = doc.sections()[i];
        const apm::IniSection& built = index.section(index.find(s.name));
        if (index.sectionName(i) != s.name || built.headerLine != s.headerLine
            || !sameEntries(built.entries, s.entries))
            return false;
    }
    return true;
}

// The file's lines with their endings, as bytes.
QList<QByteArray> rawLines(const QByteArray& bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || bytes[i] == '\r') {
            if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
            lines.append(bytes.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < bytes.size())
        lines.append(bytes.mid(start));
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int operation = data[0] % 6;
    const int pick = data[1];
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2);
    IniDocument doc = IniDocument::fromBytes(bytes);
    REQUIRE(doc.toBytes() == bytes);
    REQUIRE(indexAgrees(doc, bytes));

    // The section and key to edit: an existing one, or a new one.
    const auto& sections = doc.sections();
    const bool existing = !sections.isEmpty() && pick % 4 != 0;
    const apm::IniSection* target = existing ? &sections[pick % sections.size()] : nullptr;
    const QString section = target ? target->name : QStringLiteral("profile fuzz");
    const QString key = target && !target->entries.isEmpty() && pick % 3 != 0
                            ? target->entries[pick % target->entries.size()].key
                            : QStringLiteral("fuzz_key");

    if (operation <= 1) {
        const std::optional<QString> sub =
            operation == 1 ? std::optional(QStringLiteral("sub")) : std::optional<QString>();
        const QString value = operation == 1 ? QStringLiteral("n") : QStringLiteral("v%1").arg(pick);
        IniDocument whole = IniDocument::fromBytes(bytes);
        const auto error = sub ? whole.setNestedValue(section, key, *sub, value, IniDocument::EolPolicy::AwsCli)
                               : whole.setValue(section, key, value, IniDocument::EolPolicy::AwsCli);
        const IniDocument::Rewrite rewrite = IniDocument::setInBytes(bytes, section, key, sub, value);
        REQUIRE(rewrite.error.has_value() == error.has_value());
        REQUIRE(error ? rewrite.error->line == error->line && rewrite.error->message == error->message
                      : rewrite.bytes == whole.toBytes());
    }

    bool edited = false;
    switch (operation) {
    case 0: edited = !doc.setValue(section, key, QStringLiteral("v%1").arg(pick)); break;
    case 1: edited = !doc.setNestedValue(section, key, QStringLiteral("sub"), QStringLiteral("n")); break;
    case 2: edited = doc.removeKey(section, key); break;
    case 3: edited = doc.renameSection(section, section + QStringLiteral("-renamed")); break;
    case 4: edited = doc.copySection(section, section + QStringLiteral("-copy")); break;
    default: edited = doc.removeSection(section); break;
    }
    if (!IniDocument::fromBytes(bytes).isValid()) {
        REQUIRE(!edited && doc.toBytes() == bytes); // a file the CLI refuses is never edited
        return 0;
    }
    const QByteArray after = doc.toBytes();
    REQUIRE(sameReading(doc, IniDocument::fromBytes(after)));
    if (operation == 4 && edited) {
        // The copy reads as the original: the same keys with the same values, in the same order.
        const apm::IniSection* original = doc.section(section);
        const apm::IniSection* copy = doc.section(section + QStringLiteral("-copy"));
        REQUIRE(original && copy && original->entries.size() == copy->entries.size());
        for (qsizetype i = 0; i < copy->entries.size(); ++i) {
            REQUIRE(copy->entries[i].key == original->entries[i].key);
            REQUIRE(copy->entries[i].value == original->entries[i].value);
        }
    }
    if (!edited || operation >= 3)
        return 0;

    // The lines that differ form one run inside one section as the CLI's writer sees sections (a line matching its
    // SECTION_REGEX starts one), or are appended at the end; the old last line may gain its line ending.
    const QList<QByteArray> before = rawLines(bytes);
    const QList<QByteArray> now = rawLines(after);
    auto same = [&](qsizetype oldIndex, qsizetype newIndex) {
        const QByteArray& o = before[oldIndex];
        const QByteArray& n = now[newIndex];
        const bool lastWithoutEnding = oldIndex == before.size() - 1 && !o.endsWith('\n') && !o.endsWith('\r');
        return o == n || (lastWithoutEnding && n.startsWith(o) && n.mid(o.size()).trimmed().isEmpty());
    };
    qsizetype front = 0;
    while (front < before.size() && front < now.size() && before[front] == now[front])
        ++front;
    qsizetype back = 0;
    while (back < before.size() - front && back < now.size() - front
           && same(before.size() - 1 - back, now.size() - 1 - back))
        ++back;
    if (front >= before.size() - 1)
        return 0; // appended (the old last line may have gained its line ending)
    const qsizetype lastChanged = before.size() - 1 - back; // front - 1 for a pure insertion
    static const QRegularExpression writerHeader(QStringLiteral("^\\s*\\[[^\\]]+\\]"));
    // set (the CLI's writer) finds sections by SECTION_REGEX; removeKey (ours) by what configparser read.
    const IniDocument old = IniDocument::fromBytes(bytes);
    auto isWriterHeader = [&](qsizetype i) {
        if (operation == 2) {
            return std::any_of(old.sections().cbegin(), old.sections().cend(),
                               [i](const apm::IniSection& s) { return s.headerLine == i; });
        }
        const QString text = QString::fromUtf8(before[i]).trimmed();
        return !text.startsWith(u'#') && !text.startsWith(u';')
               && writerHeader.match(QString::fromUtf8(before[i])).hasMatch();
    };
    qsizetype blockStart = front;
    while (blockStart >= 0 && !isWriterHeader(blockStart))
        --blockStart;
    REQUIRE(blockStart >= 0);
    // The section's own header may change its line ending only (an edit keeps a lone CR from merging with the LF
    // of an empty line after it); no other header is touched.
    auto text = [](const QByteArray& line) {
        QByteArray t = line;
        while (t.endsWith('\n') || t.endsWith('\r'))
            t.chop(1);
        return t;
    };
    for (qsizetype i = front; i <= lastChanged; ++i)
        REQUIRE(!isWriterHeader(i) || (i == blockStart && i == front && text(before[i]) == text(now.value(i))));
    return 0;
}
