// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

#include "support/ServerLog.h"

namespace apm::test {

inline constexpr char kSsoToken[] = "fake-sso-access-token-0001"; // what FakeSsoPortal accepts

// An organisation of `count` accounts: account i is 2000000000NN (12 digits), named "Team NNNN" (a few share the
// name "Sandbox"), with the roles ReadOnly and Admin, and Billing in every third account.
inline QJsonArray organisation(int count, int firstId = 0)
{
    QJsonArray accounts;
    for (int i = firstId; i < firstId + count; ++i) {
        QJsonArray roles{QStringLiteral("ReadOnly"), QStringLiteral("Admin")};
        if (i % 3 == 0)
            roles.append(QStringLiteral("Billing"));
        const QString name =
            i % 250 == 7 ? QStringLiteral("Sandbox") : QStringLiteral("Team %1").arg(i, 4, 10, QChar(u'0'));
        accounts.append(QJsonObject{{"accountId", QString::number(200000000000LL + i)},
                                    {"accountName", name},
                                    {"emailAddress", QStringLiteral("team%1@example.com").arg(i)},
                                    {"roles", roles}});
    }
    return accounts;
}

// Writes the token `aws sso login --sso-session NAME` leaves, named as the CLI names it, expiring in `seconds`.
inline QString writeSsoToken(const QString& home, const QString& session, qint64 seconds,
                             const QByteArray& token = kSsoToken)
{
    const QString dir = home + QStringLiteral("/.aws/sso/cache");
    QDir().mkpath(dir);
    const QString path =
        dir + u'/' + QString::fromLatin1(QCryptographicHash::hash(session.toUtf8(), QCryptographicHash::Sha1).toHex())
        + QStringLiteral(".json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(
                   QJsonObject{{"startUrl", "https://example.awsapps.com/start"},
                               {"region", "eu-west-1"},
                               {"accessToken", QString::fromLatin1(token)},
                               {"expiresAt", QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate)}})
                   .toJson());
    return path;
}

// tests/support/fake_sso_portal.py on a loopback port, serving `accounts` to the holder of kSsoToken. `settings` is
// the server's "settings" object (page_size, throttle_every, error_every, delay). Its log has one JSON line per
// request (path, account, next_token, status, in_flight).
class FakeSsoPortal
{
public:
    explicit FakeSsoPortal(const QJsonArray& accounts, const QJsonObject& settings = {})
    {
        m_state.open();
        m_state.write(
            QJsonDocument(
                QJsonObject{{"token", QString::fromLatin1(kSsoToken)}, {"accounts", accounts}, {"settings", settings}})
                .toJson());
        m_state.flush();
        m_server.start(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(APM_TEST_DATA "/../support/fake_sso_portal.py"), m_state.fileName()});
        if (!m_server.waitForReadyRead(30000))
            qFatal("fake_sso_portal.py did not start: %s", m_server.readAllStandardError().constData());
        const QByteArray line = m_server.readLine().trimmed();
        if (!line.startsWith("port "))
            qFatal("fake_sso_portal.py said %s", line.constData());
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(line.mid(5)));
    }
    ~FakeSsoPortal()
    {
        m_server.kill();
        m_server.waitForFinished();
    }
    FakeSsoPortal(const FakeSsoPortal&) = delete;
    FakeSsoPortal& operator=(const FakeSsoPortal&) = delete;

    [[nodiscard]] QString url() const { return m_url; }
    // The requests logged since the last call (the process has exited by then, so every line is in).
    QList<QJsonObject> requests() { return loggedRequests(m_server); }

private:
    QTemporaryFile m_state;
    QProcess m_server;
    QString m_url;
};

} // namespace apm::test
