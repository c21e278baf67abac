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

// The changed line ranges from `a` to `b`, in order: a longest-common-subsequence diff between the common head and
// tail (a wholesale replacement when the middle is too big to compare line by line).
[[nodiscard]] QList<Hunk> diff(const QList<QByteArray>& a, const QList<QByteArray>& b);

// A unified diff (3 lines of context) with the given file labels; empty when the texts are equal.
[[nodiscard]] QString unified(const QByteArray& a, const QByteArray& b, const QString& aLabel, const QString& bLabel);

// Three-way merge: the changes from `base` to `ours` and from `base` to `theirs`, both applied. Nullopt when they
// touch the same or adjacent lines (and are not the same change): the user has to choose.
[[nodiscard]] std::optional<QByteArray> merge(const QByteArray& base, const QByteArray& ours, const QByteArray& theirs);

} // namespace apm::LineDiff
