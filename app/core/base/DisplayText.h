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

} // namespace apm
