// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineDiff.h"

#include <algorithm>
#include <vector>

#include <QHash>
#include <QString>

namespace apm::LineDiff {

namespace {

// Myers' O(ND) diff in linear space ("An O(ND) Difference Algorithm and Its Variations", 1986, section 4b): the
// middle of an optimal edit path is found by searching from both ends at once, and each half is solved the same
// way. Lines are compared as numbers (equal lines share one).
class Myers
{
public:
    Myers(std::vector<int> a, std::vector<int> b)
        : m_a(std::move(a))
        , m_b(std::move(b))
        , m_aChanged(m_a.size(), false)
        , m_bChanged(m_b.size(), false)
    {
        const size_t size = 2 * (m_a.size() + m_b.size()) + 4;
        m_forward.resize(size);
        m_backward.resize(size);
        compare(0, int(m_a.size()), 0, int(m_b.size()));
    }

    [[nodiscard]] const std::vector<bool>& aChanged() const { return m_aChanged; }
    [[nodiscard]] const std::vector<bool>& bChanged() const { return m_bChanged; }

private:
    void compare(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[size_t(aLo)] == m_b[size_t(bLo)]) {
            ++aLo;
            ++bLo;
        }
        while (aLo < aHi && bLo < bHi && m_a[size_t(aHi - 1)] == m_b[size_t(bHi - 1)]) {
            --aHi;
            --bHi;
        }
        if (aLo == aHi) {
            std::fill(m_bChanged.begin() + bLo, m_bChanged.begin() + bHi, true);
            return;
        }
        if (bLo == bHi) {
            std::fill(m_aChanged.begin() + aLo, m_aChanged.begin() + aHi, true);
            return;
        }
        // Both sides differ at their first and last line, so the path costs at least two edits and the middle
        // point splits it into two smaller problems.
        const auto [x, y] = middle(aLo, aHi, bLo, bHi);
        compare(aLo, x, bLo, y);
        compare(x, aHi, y, bHi);
    }

    // A point (in the sequences' coordinates) on an optimal path from (aLo, bLo) to (aHi, bHi).
    std::pair<int, int> middle(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        const int offset = n + m + 1;
        // m_forward[k]: the furthest x on diagonal k (x - y) from the start; m_backward[k]: the furthest distance
        // back from the end on the reversed diagonal k ((n - x) - (m - y)).
        auto forward = [&](int k) -> int& {
            return m_forward[size_t(k + offset)];
        };
        auto backward = [&](int k) -> int& {
            return m_backward[size_t(k + offset)];
        };
        forward(1) = 0;
        backward(1) = 0;
        for (int d = 0; d <= (n + m + 1) / 2; ++d) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && forward(k - 1) < forward(k + 1))) ? forward(k + 1) : forward(k - 1) + 1;
                int yy = x - k;
                while (x < n && yy < m && m_a[size_t(aLo + x)] == m_b[size_t(bLo + yy)]) {
                    ++x;
                    ++yy;
                }
                forward(k) = x;
                const int reversed = delta - k;
                if (odd && reversed >= -(d - 1) && reversed <= d - 1 && x + backward(reversed) >= n)
                    return {aLo + x, bLo + yy};
            }
            for (int k = -d; k <= d; k += 2) {
                int x =
                    (k == -d || (k != d && backward(k - 1) < backward(k + 1))) ? backward(k + 1) : backward(k - 1) + 1;
                int yy = x - k;
                while (x < n && yy < m && m_a[size_t(aHi - 1 - x)] == m_b[size_t(bHi - 1 - yy)]) {
                    ++x;
                    ++yy;
                }
                backward(k) = x;
                const int reversed = delta - k;
                if (!odd && reversed >= -d && reversed <= d && x + forward(reversed) >= n)
                    return {aHi - x, bHi - yy};
            }
        }
        return {aHi, bHi}; // not reached: the searches always meet
    }

    std::vector<int> m_a;
    std::vector<int> m_b;
    std::vector<bool> m_aChanged;
    std::vector<bool> m_bChanged;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
};

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
    if (n == 0 || m == 0)
        return {Hunk{head, head + n, head, head + m}};

    // Each distinct line gets a number, then Myers' diff marks the lines that are not on the common path.
    QHash<QByteArray, int> ids;
    auto numbered = [&ids](const QList<QByteArray>& text, int from, int count) {
        std::vector<int> out(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i) {
            auto it = ids.constFind(text[from + i]);
            if (it == ids.cend())
                it = ids.insert(text[from + i], int(ids.size()));
            out[size_t(i)] = *it;
        }
        return out;
    };
    std::vector<int> left = numbered(a, head, n);
    std::vector<int> right = numbered(b, head, m);
    const Myers myers(std::move(left), std::move(right));
    const std::vector<bool>& aChanged = myers.aChanged();
    const std::vector<bool>& bChanged = myers.bChanged();
    QList<Hunk> hunks;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && !aChanged[size_t(i)] && !bChanged[size_t(j)]) {
            ++i;
            ++j;
            continue;
        }
        const int i0 = i;
        const int j0 = j;
        while (i < n && aChanged[size_t(i)])
            ++i;
        while (j < m && bChanged[size_t(j)])
            ++j;
        hunks.append(Hunk{head + i0, head + i, head + j0, head + j});
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
