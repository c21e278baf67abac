// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Credentials.h"

#include <cmath>

#include <QRegularExpression>

namespace apm {

std::optional<Timestamp> parseTimestamp(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?\s*(Z|z|UTC|[+-]\d{2}:?\d{2})?\s*$)"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch() || m.captured(8).isEmpty())
        return std::nullopt; // botocore cannot compare a time without a zone either
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int micros = m.captured(7).isEmpty() ? 0 : m.captured(7).leftJustified(6, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), micros / 1000);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = m.captured(8);
    int offset = 0;
    if (zone.front() == u'+' || zone.front() == u'-') {
        QString digits = zone.mid(1);
        digits.remove(u':');
        offset = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) * (zone.front() == u'-' ? -1 : 1);
    }
    Timestamp result;
    result.instant = QDateTime(date, time, Qt::OffsetFromUTC, offset);
    // datetime.isoformat(): microseconds only when not zero, and the offset as +HH:MM.
    const int absOffset = std::abs(offset);
    result.isoFormat =
        date.toString(Qt::ISODate) + u'T' + QTime(time.hour(), time.minute(), time.second()).toString(Qt::ISODate)
        + (micros ? QStringLiteral(".%1").arg(micros, 6, 10, QChar(u'0')) : QString()) + (offset < 0 ? u'-' : u'+')
        + QStringLiteral("%1:%2")
              .arg(absOffset / 3600, 2, 10, QChar(u'0'))
              .arg(absOffset % 3600 / 60, 2, 10, QChar(u'0'));
    return result;
}

} // namespace apm
