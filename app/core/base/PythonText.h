// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

// The AWS CLI reads its files with Python; these are Python's text rules, so that our reading of a
// file agrees with botocore's character for character.
namespace apm::python {

// str.isspace() for one UTF-16 unit (every Python whitespace character is in the BMP). Inline: the readers ask it of
// every line's ends.
[[nodiscard]] inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= 0x20)
        return u == 0x20 || (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x1f);
    switch (u) {
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000: return true;
    default: return u >= 0x2000 && u <= 0x200a;
    }
}

// Where str.splitlines() breaks a line: \n \r, and \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
[[nodiscard]] inline bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == '\n' || u == '\r' || u == 0x0b || u == 0x0c || u == 0x1c || u == 0x1d || u == 0x1e || u == 0x85
           || u == 0x2028 || u == 0x2029;
}

// str.strip(), str.lstrip(), str.rstrip() with no argument; stripped() is strip() without a copy.
[[nodiscard]] QStringView stripped(QStringView s);
[[nodiscard]] QString strip(QStringView s);
[[nodiscard]] QString rstrip(QStringView s);
[[nodiscard]] qsizetype leadingSpace(QStringView s); // how many leading characters isSpace() accepts
// str.splitlines(): also splits on \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
[[nodiscard]] QStringList splitLines(QStringView s);
// shlex.split(s) in POSIX mode; nullopt where Python raises ValueError (unbalanced quote, trailing backslash).
[[nodiscard]] std::optional<QStringList> shlexSplit(QStringView s);
// shlex.quote(s).
[[nodiscard]] QString shlexQuote(const QString& s);
// json.dumps(s) for a string (ensure_ascii, as Python's default): "caf\u00e9".
[[nodiscard]] QString jsonString(const QString& s);

} // namespace apm::python
