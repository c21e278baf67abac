// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>

namespace apm::LineDiff {

// Lines [aBegin, aEnd) of the old text became lines [bBegin, bEnd) of the new one (0-based).
struct Hunk {
    int aBegin = 0;
    int aEnd = 0;
    int bBegin = 0;
    int bEnd = 0;
};

// The text cut into lines, each with its own line ending (so joining them gives the bytes back).
[[nodiscard]] QList<QByteArray> lines(const QByteArray& text);

// The changed line ranges from `a` to `b`, in order: a shortest edit script (Myers' diff, in linear space, so
// files of any length are compared line by line) between the common head and tail.
[[nodiscard]] QList<Hunk> diff(const QList<QByteArray>& a, const QList<QByteArray>& b);

// A unified diff (3 lines of context) with the given file labels; empty when the texts are equal.
[[nodiscard]] QString unified(const QByteArray& a, const QByteArray& b, const QString& aLabel, const QString& bLabel);

// Three-way merge: the changes from `base` to `ours` and from `base` to `theirs`, both applied. Nullopt when they
// touch the same or adjacent lines (and are not the same change): the user has to choose.
[[nodiscard]] std::optional<QByteArray> merge(const QByteArray& base, const QByteArray& ours, const QByteArray& theirs);

// `edited` is `original` after a round trip through a plain-text editor, which knows one line ending and turns a
// no-break space into a space: the lines it did not change come back byte for byte (line endings included), and
// new lines take the ending most of the original's lines have.
[[nodiscard]] QByteArray keepLineEndings(const QByteArray& original, const QByteArray& edited);

} // namespace apm::LineDiff
