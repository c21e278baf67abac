// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace apm {

// The lines of UTF-8 bytes as Python's universal newlines split them (\r\n, \r and \n), each decoded as Python
// decodes the file (a BOM is kept as U+FEFF). One line at a time, in a buffer that is reused.
class Utf8Lines final
{
public:
    explicit Utf8Lines(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    // Moves to the next line; false past the last one.
    bool next()
    {
        if (m_next >= m_bytes.size())
            return false;
        m_start = m_next;
        const char* data = m_bytes.data();
        qsizetype end = m_start;
        bool ascii = true;
        for (; end < m_bytes.size() && data[end] != '\n' && data[end] != '\r'; ++end)
            ascii = ascii && uchar(data[end]) < 0x80;
        m_next = end < m_bytes.size() ? end + 1 : end; // the last line may have no ending
        if (end + 1 < m_bytes.size() && data[end] == '\r' && data[end + 1] == '\n')
            ++m_next;
        m_ascii = ascii;
        const QByteArrayView line = m_bytes.sliced(m_start, end - m_start);
        if (ascii) {
            m_text.resize(0);
            m_text.append(QLatin1StringView(line));
            m_decoded = true;
            return true;
        }
        // With the line's ending, so that a sequence cut short by it counts as an error.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        m_text = decoder.decode(line);
        const QString ending = decoder.decode(QByteArrayView("\n", 1));
        m_decoded = !decoder.hasError() && ending.size() == 1;
        return true;
    }

    [[nodiscard]] QStringView text() const { return m_text; }
    [[nodiscard]] bool decoded() const { return m_decoded; }
    [[nodiscard]] qsizetype offset() const { return m_start; }
    // Where the next line starts (past this one's ending).
    [[nodiscard]] qsizetype nextOffset() const { return m_next; }
    // The byte offset within the line of a character of text().
    [[nodiscard]] qsizetype byteOffset(qsizetype index) const
    {
        return m_ascii ? index : QStringView(m_text).left(index).toUtf8().size();
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_start = 0;
    qsizetype m_next = 0;
    QString m_text;
    bool m_ascii = true;
    bool m_decoded = true;
};

} // namespace apm
