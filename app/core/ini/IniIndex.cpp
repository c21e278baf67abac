// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IniIndex.h"

#include "ini/IniReader.h"
#include "ini/Utf8Lines.h"

namespace apm {

namespace {

size_t hashOf(QByteArrayView name)
{
    return qHash(name, 0);
}

// Collects the options of one block.
class Collect final : public IniReader::Sink
{
public:
    explicit Collect(QList<IniEntry>& into)
        : m_into(into)
    {}
    int section(QStringView, int) override { return -1; }
    void defaults(int) override {}
    void option(IniEntry entry) override { m_into.append(std::move(entry)); }

private:
    QList<IniEntry>& m_into;
};

} // namespace

// Notes where each block starts and ends while the reader checks the lines.
class IniIndex::Scanner final : public IniReader::Sink
{
public:
    Scanner(IniIndex& index, const Utf8Lines& lines)
        : m_index(index)
        , m_lines(lines)
    {}

    int section(QStringView name, int line) override
    {
        startBlock();
        const qsizetype at = name.data() - m_lines.text().data();
        Block block;
        block.begin = m_lines.offset();
        block.nameBegin = m_lines.offset() + m_lines.byteOffset(at);
        block.nameSize = m_lines.offset() + m_lines.byteOffset(at + name.size()) - block.nameBegin;
        block.line = line;
        const QByteArrayView bytes = QByteArrayView(m_index.m_bytes).sliced(block.nameBegin, block.nameSize);
        const size_t hash = hashOf(bytes);
        if (const int earlier = m_index.findBytes(bytes, hash); earlier >= 0)
            return m_index.m_blocks[size_t(earlier)].line;
        const int position = int(m_index.m_blocks.size());
        m_index.m_blocks.push_back(block);
        if (m_index.m_byName.contains(hash))
            m_index.m_collided.push_back(position);
        else
            m_index.m_byName.insert(hash, position);
        m_openIndex = position;
        m_openIsDefault = false;
        return -1;
    }

    void defaults(int line) override
    {
        startBlock();
        Block block;
        block.begin = m_lines.offset();
        block.line = line;
        m_defaultBlocks.push_back(block);
        m_openIndex = int(m_defaultBlocks.size()) - 1;
        m_openIsDefault = true;
    }

    void option(IniEntry) override {}

    // The last block ends where the bytes end.
    const std::vector<Block>& finish()
    {
        closeOpen(m_index.m_bytes.size());
        return m_defaultBlocks;
    }

private:
    void startBlock() { closeOpen(m_lines.offset()); }
    void closeOpen(qsizetype end)
    {
        if (m_openIndex < 0)
            return;
        (m_openIsDefault ? m_defaultBlocks : m_index.m_blocks)[size_t(m_openIndex)].end = end;
        m_openIndex = -1;
    }

    IniIndex& m_index;
    const Utf8Lines& m_lines;
    std::vector<Block> m_defaultBlocks;
    int m_openIndex = -1; // the block still open, in m_blocks or in m_defaultBlocks
    bool m_openIsDefault = false;
};

IniIndex::IniIndex(const QByteArray& bytes)
    : m_bytes(bytes)
{
    Utf8Lines lines(m_bytes);
    m_byName.reserve(m_bytes.size() / 64); // about a section per 64 bytes in files of thousands of profiles
    // Room for more: what is never written to costs no memory, and growing would copy every block.
    m_blocks.reserve(size_t(m_bytes.size() / 32) + 1);
    Scanner scanner(*this, lines);
    IniReader reader(scanner, IniReader::Options::Skip);
    bool reading = true;
    // Python decodes the whole file before configparser reads a line: a line that is not UTF-8 wins over any
    // other reason to refuse the file, so the lines after a refused one are still decoded.
    for (int n = 0; lines.next(); ++n) {
        if (!lines.decoded()) {
            m_error = IniError{n, IniReader::notUtf8()};
            break;
        }
        reading = reading && reader.read(lines.text());
    }
    const std::vector<Block> defaultBlocks = scanner.finish();
    if (!m_error)
        m_error = reader.finish();
    if (m_error) {
        m_blocks.clear();
        m_byName.clear();
        m_collided.clear();
        return;
    }
    for (const Block& block : defaultBlocks)
        readBlock(block, m_defaults);
}

QString IniIndex::sectionName(int index) const
{
    return Utf8Lines::decode(nameBytes(m_blocks[size_t(index)]));
}

int IniIndex::findBytes(QByteArrayView name, size_t hash) const
{
    if (const auto it = m_byName.constFind(hash); it != m_byName.cend() && nameBytes(m_blocks[size_t(*it)]) == name)
        return *it;
    for (int position : m_collided) {
        if (nameBytes(m_blocks[size_t(position)]) == name)
            return position;
    }
    return -1;
}

int IniIndex::find(const QString& name) const
{
    const QByteArray bytes = name.toUtf8();
    return findBytes(bytes, hashOf(bytes));
}

void IniIndex::readBlock(const Block& block, QList<IniEntry>& into) const
{
    Collect collect(into);
    IniReader reader(collect, IniReader::Options::Build, block.line);
    Utf8Lines lines(QByteArrayView(m_bytes).sliced(block.begin, block.end - block.begin));
    while (lines.next())
        reader.read(lines.text());
    (void)reader.finish(); // the whole file was read without error
}

const IniSection& IniIndex::section(int index) const
{
    const auto [it, added] = m_built.try_emplace(index);
    if (added) {
        const Block& block = m_blocks[size_t(index)];
        it->second.name = sectionName(index);
        it->second.headerLine = block.line;
        readBlock(block, it->second.entries);
    }
    return it->second;
}

} // namespace apm
