// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PythonText.h"

namespace apm::python {

qsizetype leadingSpace(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return i;
}

QStringView stripped(QStringView s)
{
    qsizetype begin = leadingSpace(s);
    qsizetype end = s.size();
    while (end > begin && isSpace(s[end - 1]))
        --end;
    return s.mid(begin, end - begin);
}

QString strip(QStringView s)
{
    return stripped(s).toString();
}

QString rstrip(QStringView s)
{
    qsizetype end = s.size();
    while (end > 0 && isSpace(s[end - 1]))
        --end;
    return s.left(end).toString();
}

QStringList splitLines(QStringView s)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isLineBreak(s[i]))
            continue;
        lines.append(s.mid(start, i - start).toString());
        if (s[i] == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < s.size())
        lines.append(s.mid(start).toString());
    return lines;
}

std::optional<QStringList> shlexSplit(QStringView s)
{
    // shlex in POSIX mode with whitespace_split=True and no comment characters.
    enum class State { Between, Word, Single, Double };
    QStringList parts;
    QString token;
    State state = State::Between;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const bool blank = c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
        switch (state) {
        case State::Between:
        case State::Word:
            if (blank) {
                if (state == State::Word)
                    parts.append(std::exchange(token, QString()));
                state = State::Between;
            } else if (c == u'\'') {
                state = State::Single;
            } else if (c == u'"') {
                state = State::Double;
            } else if (c == u'\\') {
                if (++i == s.size())
                    return std::nullopt; // "No escaped character"
                token.append(s[i]);
                state = State::Word;
            } else {
                token.append(c);
                state = State::Word;
            }
            break;
        case State::Single:
            if (c == u'\'')
                state = State::Word;
            else
                token.append(c);
            break;
        case State::Double:
            if (c == u'"') {
                state = State::Word;
            } else if (c == u'\\' && i + 1 < s.size() && (s[i + 1] == u'"' || s[i + 1] == u'\\')) {
                token.append(s[++i]);
            } else if (c == u'\\' && i + 1 == s.size()) {
                return std::nullopt;
            } else {
                token.append(c);
            }
            break;
        }
    }
    if (state == State::Single || state == State::Double)
        return std::nullopt; // "No closing quotation"
    if (state == State::Word)
        parts.append(token);
    return parts;
}

QString shlexQuote(const QString& s)
{
    if (s.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u < 128 && (QChar(u).isLetterOrNumber() || QStringView(u"@%+=:,./-_").contains(c)));
        if (!ok) {
            safe = false;
            break;
        }
    }
    if (safe)
        return s;
    QString quoted = s;
    quoted.replace(u'\'', QStringLiteral("'\"'\"'"));
    return u'\'' + quoted + u'\'';
}

QString jsonString(const QString& s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (u < 0x20 || u > 0x7e)
                out += QStringLiteral("\\u%1").arg(u, 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

} // namespace apm::python
