// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace apm::test {

// What a loopback server of the tests logged on its standard error since the last call: one JSON object a line.
// The servers log a request before they answer it, so a client that has its answer finds the line here.
inline QList<QJsonObject> loggedRequests(QProcess& server)
{
    QList<QJsonObject> out;
    server.setReadChannel(QProcess::StandardError);
    server.waitForReadyRead(200);
    for (const QByteArray& line : server.readAllStandardError().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

} // namespace apm::test
