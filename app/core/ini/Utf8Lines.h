// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstring>
#include <string>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
        , m_anyCarriageReturn(!bytes.isEmpty() && std::memchr(bytes.data(), '\r', size_t(bytes.size())) != nullptr)
    {}

    // Moves to the next line; false past the last one.
    bool next()
    {
        const qsizetype size = m_bytes.size();
        if (m_next >= size)
            return false;
        m_start = m_next;
        const char* data = m_bytes.data();
        // The line ends at the first \n or \r: memchr finds the \n, then any \r before it (rare, and looked for only
        // in a file that has one) ends it sooner.
        const auto* newline = static_cast<const char*>(std::memchr(data + m_start, '\n', size_t(size - m_start)));
        qsizetype end = newline ? newline - data : size;
        if (m_anyCarriageReturn) {
            if (const auto* cr = static_cast<const char*>(std::memchr(data + m_start, '\r', size_t(end - m_start))))
                end = cr - data;
        }
        m_next = end < size ? end + 1 : end; // the last line may have no ending
        if (end + 1 < size && data[end] == '\r' && data[end + 1] == '\n')
            ++m_next;
        const QByteArrayView line = m_bytes.sliced(m_start, end - m_start);
        // Widened in a buffer that only grows, while it is ASCII (nearly always).
        if (size_t(line.size()) > m_ascii.size())
            m_ascii.resize(size_t(line.size()));
        m_isAscii = widenAscii(line, m_ascii.data());
        if (m_isAscii) {
            m_text = QStringView(m_ascii.data(), line.size());
            m_decoded = true;
            return true;
        }
        // With the line's ending, so that a sequence cut short by it counts as an error.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        m_other = decoder.decode(line);
        m_text = m_other;
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
        return m_isAscii ? index : m_text.left(index).toUtf8().size();
    }

    // ASCII bytes to UTF-16, sixteen or eight at a time where the processor has SSE2 (every x86-64 one); false,
    // with `out` half written, at the first byte with its high bit set.
    static bool widenAscii(QByteArrayView bytes, char16_t* out)
    {
        const char* in = bytes.data();
        const qsizetype size = bytes.size();
        qsizetype i = 0;
#ifdef __SSE2__
        const __m128i zero = _mm_setzero_si128();
        for (; i + 16 <= size; i += 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
            if (_mm_movemask_epi8(chunk) != 0)
                return false;
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_unpacklo_epi8(chunk, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i + 8), _mm_unpackhi_epi8(chunk, zero));
        }
        if (i + 8 <= size) {
            const __m128i chunk = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(in + i));
            if (_mm_movemask_epi8(chunk) != 0) // the upper eight bytes are zero
                return false;
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_unpacklo_epi8(chunk, zero));
            i += 8;
        }
#endif
        for (; i < size; ++i) {
            if (uchar(in[i]) >= 0x80)
                return false;
            out[i] = char16_t(uchar(in[i]));
        }
        return true;
    }

    // UTF-8 bytes as text; a short cut for ASCII, which most names are.
    static QString decode(QByteArrayView bytes)
    {
        QString text(bytes.size(), Qt::Uninitialized);
        return widenAscii(bytes, reinterpret_cast<char16_t*>(text.data())) ? text : QString::fromUtf8(bytes);
    }

private:
    QByteArrayView m_bytes;
    bool m_anyCarriageReturn = false;
    qsizetype m_start = 0;
    qsizetype m_next = 0;
    QStringView m_text; // into one of:
    std::u16string m_ascii;
    QString m_other;
    bool m_isAscii = true;
    bool m_decoded = true;
};

} // namespace apm
