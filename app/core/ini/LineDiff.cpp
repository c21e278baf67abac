// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineDiff.h"

#include <vector>

#include <QString>

namespace apm::LineDiff {

namespace {

// Above this many cells the middle is reported as one replaced block rather than compared line by line.
constexpr qsizetype kMaxCells = 16 * 1024 * 1024;

} // namespace

QList<QByteArray> lines(const QByteArray& text)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            out.append(text.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        out.append(text.mid(start));
    return out;
}

QList<Hunk> diff(const QList<QByteArray>& a, const QList<QByteArray>& b)
{
    int head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const int n = int(a.size()) - head - tail;
    const int m = int(b.size()) - head - tail;
    if (n == 0 && m == 0)
        return {};
    if (n == 0 || m == 0 || qsizetype(n + 1) * (m + 1) > kMaxCells)
        return {Hunk{head, head + n, head, head + m}};

    // LCS lengths of the suffixes, then a walk that collects the runs of unmatched lines.
    std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
    auto at = [&](int i, int j) -> int& {
        return lcs[size_t(i) * size_t(m + 1) + size_t(j)];
    };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    QList<Hunk> hunks;
    int i = 0;
    int j = 0;
    auto flush = [&](int i0, int j0) {
        if (i0 != i || j0 != j)
            hunks.append(Hunk{head + i0, head + i, head + j0, head + j});
    };
    while (i < n || j < m) {
        const int i0 = i;
        const int j0 = j;
        while ((i < n || j < m) && !(i < n && j < m && a[head + i] == b[head + j])) {
            if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1)))
                ++i;
            else
                ++j;
        }
        flush(i0, j0);
        while (i < n && j < m && a[head + i] == b[head + j]) {
            ++i;
            ++j;
        }
    }
    return hunks;
}

QString unified(const QByteArray& a, const QByteArray& b, const QString& aLabel, const QString& bLabel)
{
    const QList<QByteArray> left = lines(a);
    const QList<QByteArray> right = lines(b);
    const QList<Hunk> hunks = diff(left, right);
    if (hunks.isEmpty())
        return {};
    constexpr int kContext = 3;
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(aLabel, bLabel);
    auto line = [](QChar mark, const QByteArray& text) {
        QString s = mark + QString::fromUtf8(text);
        if (!s.endsWith(u'\n'))
            s += QStringLiteral("\n\\ No newline at end of file\n");
        return s;
    };
    for (int h = 0; h < hunks.size();) {
        // Hunks whose contexts touch are shown as one.
        int last = h;
        while (last + 1 < hunks.size() && hunks[last + 1].aBegin - hunks[last].aEnd <= 2 * kContext)
            ++last;
        const int aFrom = std::max(0, hunks[h].aBegin - kContext);
        const int aTo = std::min(int(left.size()), hunks[last].aEnd + kContext);
        const int bFrom = hunks[h].bBegin - (hunks[h].aBegin - aFrom);
        const int bTo = hunks[last].bEnd + (aTo - hunks[last].aEnd);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(aFrom + 1).arg(aTo - aFrom).arg(bFrom + 1).arg(bTo - bFrom);
        int pos = aFrom;
        for (int k = h; k <= last; ++k) {
            for (; pos < hunks[k].aBegin; ++pos)
                out += line(u' ', left[pos]);
            for (int r = hunks[k].aBegin; r < hunks[k].aEnd; ++r)
                out += line(u'-', left[r]);
            for (int r = hunks[k].bBegin; r < hunks[k].bEnd; ++r)
                out += line(u'+', right[r]);
            pos = hunks[k].aEnd;
        }
        for (; pos < aTo; ++pos)
            out += line(u' ', left[pos]);
        h = last + 1;
    }
    return out;
}

std::optional<QByteArray> merge(const QByteArray& base, const QByteArray& ours, const QByteArray& theirs)
{
    const QList<QByteArray> b = lines(base);
    const QList<QByteArray> o = lines(ours);
    const QList<QByteArray> t = lines(theirs);
    const QList<Hunk> mine = diff(b, o);
    const QList<Hunk> other = diff(b, t);
    auto sameChange = [&](const Hunk& x, const Hunk& y) {
        return x.aBegin == y.aBegin && x.aEnd == y.aEnd
               && o.mid(x.bBegin, x.bEnd - x.bBegin) == t.mid(y.bBegin, y.bEnd - y.bBegin);
    };
    QByteArray out;
    int pos = 0; // next base line to copy
    int i = 0;
    int j = 0;
    while (i < mine.size() || j < other.size()) {
        const bool takeMine = j >= other.size() || (i < mine.size() && mine[i].aBegin <= other[j].aBegin);
        const Hunk& h = takeMine ? mine[i] : other[j];
        const Hunk* rival =
            takeMine ? (j < other.size() ? &other[j] : nullptr) : (i < mine.size() ? &mine[i] : nullptr);
        if (rival && rival->aBegin <= h.aEnd) {
            // Touching or overlapping: fine only when both made the same change.
            if (!sameChange(h, *rival))
                return std::nullopt;
            ++i;
            ++j;
        } else {
            takeMine ? ++i : ++j;
        }
        for (; pos < h.aBegin; ++pos)
            out += b[pos];
        const QList<QByteArray>& source = takeMine ? o : t;
        for (int r = h.bBegin; r < h.bEnd; ++r)
            out += source[r];
        pos = h.aEnd;
    }
    for (; pos < b.size(); ++pos)
        out += b[pos];
    return out;
}

QByteArray keepLineEndings(const QByteArray& original, const QByteArray& edited)
{
    const QList<QByteArray> before = lines(original);
    const QList<QByteArray> after = lines(edited);
    // Lines compared as the editor shows them: without their ending, no-break spaces as spaces.
    auto shown = [](const QList<QByteArray>& text) {
        QList<QByteArray> out;
        out.reserve(text.size());
        for (const QByteArray& line : text) {
            QByteArray body = line;
            while (body.endsWith('\n') || body.endsWith('\r'))
                body.chop(1);
            out.append(body.replace("\xc2\xa0", " ") + '\n');
        }
        return out;
    };
    qsizetype crlf = 0;
    for (const QByteArray& line : before)
        crlf += line.endsWith("\r\n") ? 1 : 0;
    const QByteArray eol = crlf * 2 > before.size() ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");

    QByteArray out;
    int pos = 0; // in `before`
    auto copyUntil = [&](int end) {
        for (; pos < end; ++pos)
            out += before[pos];
    };
    for (const Hunk& h : diff(shown(before), shown(after))) {
        copyUntil(h.aBegin);
        for (int i = h.bBegin; i < h.bEnd; ++i) {
            QByteArray line = after[i];
            if (line.endsWith('\n')) {
                line.chop(1);
                line += eol;
            }
            out += line;
        }
        pos = h.aEnd;
    }
    copyUntil(int(before.size()));
    // Whether the last line ends with a line break is what the edited text says.
    if (!after.isEmpty() && !after.last().endsWith('\n') && out.endsWith('\n'))
        out.chop(out.endsWith("\r\n") ? 2 : 1);
    else if (!after.isEmpty() && after.last().endsWith('\n') && !out.endsWith('\n') && !out.endsWith('\r'))
        out += eol;
    return out;
}

} // namespace apm::LineDiff
