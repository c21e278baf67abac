// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

#include "support/ServerLog.h"

namespace apm::test {

// tests/support/fake_aws.py on a loopback port: an STS and IAM that check each signature with Debian's botocore.
// It knows the keys and roles below (alice's key; bob's two keys, as many as IAM allows; a temporary key; the roles
// Deploy, with no conditions, and Admin, with an external id and an MFA device whose code is 123456). `settings` is the
// server's "settings" object (new_key_delay, throttle, iam_denied). Its log (one JSON line per request, no secrets)
// says what each request was signed for.
class FakeAws
{
public:
    // With `certificate` and `key` (PEM files), it speaks HTTPS.
    explicit FakeAws(const QByteArray& settings = "{}", const QString& certificate = {}, const QString& key = {})
    {
        m_keys.open();
        m_keys.write(R"({
            "settings": )"
                     + settings + R"(,
            "AKIAFAKEWHOAMI00001": {"secret": "fake/Whoami+Secret/0001", "token": null, "account": "123456789012",
                                    "arn": "arn:aws:iam::123456789012:user/alice", "user_id": "AIDAFAKEALICE0001"},
            "AKIAFAKEBOBKEY00001": {"secret": "fake/Bob/0001", "token": null, "account": "123456789012",
                                    "arn": "arn:aws:iam::123456789012:user/bob", "user_id": "AIDAFAKEBOB00001"},
            "AKIAFAKEBOBKEY00002": {"secret": "fake/Bob/0002", "token": null, "account": "123456789012",
                                    "arn": "arn:aws:iam::123456789012:user/bob", "user_id": "AIDAFAKEBOB00001"},
            "ASIAFAKEWHOAMI00002": {"secret": "fake/Temporary/0002", "token": "FakeSessionToken/0002==",
                                    "account": "210987654321", "user_id": "AROAFAKE:session",
                                    "arn": "arn:aws:sts::210987654321:assumed-role/Deploy/session"},
            "roles": {
                "arn:aws:iam::123456789012:role/Deploy": {"account": "123456789012", "name": "Deploy",
                    "external_id": null, "mfa_serial": null, "access_key": "ASIAFAKEROLE000003",
                    "secret": "fake/Role/0003", "token": "FakeRoleToken/0003=="},
                "arn:aws:iam::123456789012:role/Admin": {"account": "123456789012", "name": "Admin",
                    "external_id": "fake-external-id", "mfa_serial": "arn:aws:iam::123456789012:mfa/alice",
                    "mfa_code": "123456", "access_key": "ASIAFAKEROLE000004", "secret": "fake/Role/0004",
                    "token": "FakeRoleToken/0004=="}
            }
        })");
        m_keys.flush();
        QStringList arguments{QStringLiteral(APM_TEST_DATA "/../support/fake_aws.py"), m_keys.fileName()};
        if (!certificate.isEmpty())
            arguments << certificate << key;
        m_server.start(QStringLiteral("/usr/bin/python3"), arguments);
        if (!m_server.waitForReadyRead(30000))
            qFatal("fake_aws.py did not start: %s", m_server.readAllStandardError().constData());
        const QByteArray line = m_server.readLine().trimmed();
        if (!line.startsWith("port "))
            qFatal("fake_aws.py said %s", line.constData());
        m_url = QStringLiteral("%1://127.0.0.1:%2")
                    .arg(certificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"),
                         QString::fromLatin1(line.mid(5)));
    }
    ~FakeAws()
    {
        m_server.kill();
        m_server.waitForFinished();
    }
    [[nodiscard]] QString url() const { return m_url; }
    // The requests logged since the last call.
    QList<QJsonObject> requests() { return loggedRequests(m_server); }

private:
    QTemporaryFile m_keys;
    QProcess m_server;
    QString m_url;
};

} // namespace apm::test
