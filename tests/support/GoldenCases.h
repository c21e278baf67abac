// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace apm::test {

// tests/data/golden_parse_cases.jsonl: what the AWS CLI's own parser made of each input, one object per line.
inline QList<QJsonObject> goldenCases()
{
    QFile file(QStringLiteral(APM_TEST_DATA "/golden_parse_cases.jsonl"));
    QList<QJsonObject> cases;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                cases.append(QJsonDocument::fromJson(line).object());
        }
    }
    return cases;
}

} // namespace apm::test
