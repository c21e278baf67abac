// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: IniDocument. The first two bytes choose an edit, the rest is the file. Properties:
// - serialising an unedited document gives back the bytes (always, even for refused files);
// - a refused document refuses the edit and keeps its bytes;
// - after an edit, the document reads exactly as a fresh parse of its bytes (incremental re-reading included);
// - an edit (line endings preserved) changes no line outside its own section, except that a missing final
//   line ending is added before a new section.
#include <cstdlib>

#include <QByteArray>

#include "ini/IniDocument.h"

using apm::IniDocument;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

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
            if (p.key != q.key || !(p.value == q.value) || p.line != q.line || p.lastLine != q.lastLine)
                return false;
        }
    }
    return a.defaults().size() == b.defaults().size();
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
    const int operation = data[0] % 5;
    const int pick = data[1];
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2);
    IniDocument doc = IniDocument::fromBytes(bytes);
    require(doc.toBytes() == bytes);

    // The section and key to edit: an existing one, or a new one.
    const auto& sections = doc.sections();
    const bool existing = !sections.isEmpty() && pick % 4 != 0;
    const apm::IniSection* target = existing ? &sections[pick % sections.size()] : nullptr;
    const QString section = target ? target->name : QStringLiteral("profile fuzz");
    const QString key = target && !target->entries.isEmpty() && pick % 3 != 0
                            ? target->entries[pick % target->entries.size()].key
                            : QStringLiteral("fuzz_key");
    const std::optional<std::pair<int, int>> span = doc.sectionSpan(section);

    bool edited = false;
    switch (operation) {
    case 0: edited = !doc.setValue(section, key, QStringLiteral("v%1").arg(pick)); break;
    case 1: edited = !doc.setNestedValue(section, key, QStringLiteral("sub"), QStringLiteral("n")); break;
    case 2: edited = doc.removeKey(section, key); break;
    case 3: edited = doc.renameSection(section, section + QStringLiteral("-renamed")); break;
    default: edited = doc.removeSection(section); break;
    }
    if (!IniDocument::fromBytes(bytes).isValid()) {
        require(!edited && doc.toBytes() == bytes); // a file the CLI refuses is never edited
        return 0;
    }
    const QByteArray after = doc.toBytes();
    require(sameReading(doc, IniDocument::fromBytes(after)));
    if (!edited || operation >= 3)
        return 0;

    // Lines before the section and after it are the same bytes, in the same order.
    const QList<QByteArray> before = rawLines(bytes);
    const QList<QByteArray> now = rawLines(after);
    const int first = span ? span->first : int(before.size());
    const int last = span ? span->second : int(before.size()) - 1;
    for (int i = 0; i < first && i < before.size(); ++i) {
        const bool lastLineGainsEnding = i == before.size() - 1 && !span;
        require(now.value(i) == before[i] || (lastLineGainsEnding && now.value(i).startsWith(before[i])));
    }
    const int tail = int(before.size()) - 1 - last;
    for (int i = 0; i < tail; ++i)
        require(now.value(now.size() - 1 - i) == before[before.size() - 1 - i]);
    return 0;
}
