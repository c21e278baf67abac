// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QHash>

#include "ini/IniDocument.h"

namespace apm {

/**
 * A file's sections, found without building them: for commands that print one profile out of thousands.
 *
 * The bytes are read once, a line at a time, with IniReader's rules, so a file is refused exactly where
 * IniDocument refuses it (the first line that is not UTF-8 first, then the first line botocore rejects). What is
 * kept is where each section's block lies in the bytes; a section is built, with the same rules, when it is asked
 * for, and kept. Memory is the bytes plus a few dozen bytes per section.
 */
class IniIndex final
{
public:
    explicit IniIndex(const QByteArray& bytes);

    [[nodiscard]] const std::optional<IniError>& parseError() const { return m_error; }
    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

    // The sections in file order ([DEFAULT] excluded), by position.
    [[nodiscard]] int sectionCount() const { return int(m_blocks.size()); }
    [[nodiscard]] QString sectionName(int index) const;
    [[nodiscard]] QByteArrayView sectionNameBytes(int index) const { return nameBytes(m_blocks[size_t(index)]); }
    // The position of the section `name`, or -1.
    [[nodiscard]] int find(const QString& name) const;
    // The section built from its block (kept: the pointer stays valid while the index lives).
    [[nodiscard]] const IniSection& section(int index) const;
    [[nodiscard]] const QList<IniEntry>& defaults() const { return m_defaults; }

private:
    struct Block {
        qsizetype begin = 0; // the header line's first byte
        qsizetype end = 0;   // the next header line's first byte, or the end of the bytes
        qsizetype nameBegin = 0;
        qsizetype nameSize = 0;
        int line = 0; // the header's line
    };
    class Scanner;
    [[nodiscard]] QByteArrayView nameBytes(const Block& block) const
    {
        return QByteArrayView(m_bytes).sliced(block.nameBegin, block.nameSize);
    }
    [[nodiscard]] int findBytes(QByteArrayView name, size_t hash) const;
    void readBlock(const Block& block, QList<IniEntry>& into) const;

    QByteArray m_bytes;
    std::optional<IniError> m_error;
    std::vector<Block> m_blocks;
    QHash<size_t, int> m_byName; // hash of a name's bytes → its block
    std::vector<int> m_collided; // blocks whose hash another name had first (a 64-bit collision: never, in practice)
    QList<IniEntry> m_defaults;
    mutable std::map<int, IniSection> m_built;
};

} // namespace apm
