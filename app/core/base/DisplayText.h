// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// How values are shown to people: never how they are stored, compared or written.
namespace apm {

// `aws configure list`'s masking: sixteen stars and the last four characters.
[[nodiscard]] inline QString maskSecret(const QString& value)
{
    return QString(16, u'*') + value.right(4);
}

// A value cut to about `limit` characters for a message, a label or a table cell. A value in the files may be
// megabytes long; shown whole, it would size the window to its width and cost a text layout of megabytes. The
// editor that changes the value still holds all of it.
[[nodiscard]] inline QString elided(const QString& value, qsizetype limit = 120)
{
    if (value.size() <= limit)
        return value;
    return QCoreApplication::translate("apm::DisplayText", "%1… (%n characters)", nullptr, int(value.size()))
        .arg(value.left(limit));
}

// A length of time in its two largest units, for people: "3 d 4 h", "2 h 5 min", "4 min 12 s", "9 s". Never in a
// single small unit that grows without end ("1621586 minutes"). The sign is dropped: the sentence says which way.
[[nodiscard]] inline QString duration(qint64 seconds)
{
    seconds = seconds < 0 ? -seconds : seconds;
    const qint64 d = seconds / 86400;
    const qint64 h = seconds % 86400 / 3600;
    const qint64 m = seconds % 3600 / 60;
    const qint64 s = seconds % 60;
    auto text = [](const char* format, qint64 a, qint64 b) {
        return QCoreApplication::translate("apm::DisplayText", format).arg(a).arg(b);
    };
    if (d > 0)
        return h > 0 ? text(QT_TRANSLATE_NOOP("apm::DisplayText", "%1 d %2 h"), d, h)
                     : QCoreApplication::translate("apm::DisplayText", "%1 d").arg(d);
    if (h > 0)
        return text(QT_TRANSLATE_NOOP("apm::DisplayText", "%1 h %2 min"), h, m);
    if (m > 0)
        return text(QT_TRANSLATE_NOOP("apm::DisplayText", "%1 min %2 s"), m, s);
    return QCoreApplication::translate("apm::DisplayText", "%1 s").arg(s);
}

} // namespace apm
