// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContainerCredentials.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "base/Credentials.h"

namespace apm {

namespace {

const QString kMethod = QStringLiteral("container-role");
const QStringList kAllowedHosts{QStringLiteral("169.254.170.2"), QStringLiteral("localhost"),
                                QStringLiteral("127.0.0.1")};
constexpr int kTimeoutMs = 2000;
constexpr int kAttempts = 3;
constexpr int kPauseMs = 1000;

} // namespace

ContainerCredentialsFetch::ContainerCredentialsFetch(const Environment& environment, const QDateTime& now,
                                                     QObject* parent)
    : QObject(parent)
    , m_environment(environment)
    , m_now(now)
{}

bool ContainerCredentialsFetch::applies(const Environment& environment)
{
    return environment.contains(QStringLiteral("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"))
           || environment.contains(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"));
}

void ContainerCredentialsFetch::fail(const QString& message)
{
    CredentialOutcome outcome;
    outcome.method = kMethod;
    outcome.detail = m_url;
    outcome.error = message;
    Q_EMIT finished(outcome);
}

void ContainerCredentialsFetch::start()
{
    m_attempt = 0;
    if (const auto relative = m_environment.value(QStringLiteral("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"))) {
        m_url = QStringLiteral("http://169.254.170.2") + *relative;
    } else {
        m_url = m_environment.value(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI")).value_or(QString());
        const QString host = QUrl(m_url).host();
        if (!kAllowedHosts.contains(host)) {
            // A ValueError in the CLI: not wrapped as a provider error.
            fail(QStringLiteral("Unsupported host '%1'.  Can only retrieve metadata from these hosts: %2")
                     .arg(host.isEmpty() ? QStringLiteral("None") : host, kAllowedHosts.join(QStringLiteral(", "))));
            return;
        }
    }
    send();
}

void ContainerCredentialsFetch::send()
{
    HttpRequest request; // directly, whatever proxy the environment names
    request.url = QUrl(m_url);
    request.timeoutMs = kTimeoutMs;
    request.headers.emplaceBack("Accept", "application/json");
    if (const auto token = m_environment.value(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN")))
        request.headers.emplaceBack("Authorization", token->toUtf8());
    delete m_call;
    m_call = new HttpCall(request, this);
    connect(m_call, &HttpCall::finished, this, &ContainerCredentialsFetch::onReplyFinished);
}

void ContainerCredentialsFetch::onReplyFinished(const HttpReply& reply)
{
    const int status = reply.status;
    const QByteArray body = reply.body.left(64 * 1024);
    QJsonObject document;
    bool parsed = false;
    if (status == 0) {
        m_lastError =
            QStringLiteral("Received error when attempting to retrieve ECS metadata: %1").arg(reply.errorText);
    } else if (status != 200) {
        m_lastError = QStringLiteral("Received non 200 response (%1) from ECS metadata: %2")
                          .arg(status)
                          .arg(QString::fromUtf8(body));
    } else {
        const QJsonDocument json = QJsonDocument::fromJson(body);
        parsed = json.isObject();
        if (parsed)
            document = json.object();
        else
            m_lastError = QStringLiteral("Unable to parse JSON returned from ECS metadata services");
    }
    if (!parsed) {
        if (++m_attempt < kAttempts) {
            QTimer::singleShot(kPauseMs, this, &ContainerCredentialsFetch::send);
            return;
        }
        fail(QStringLiteral("Error when retrieving credentials from container-role: Error retrieving metadata: ")
             + m_lastError);
        return;
    }
    for (const char* field : {"AccessKeyId", "SecretAccessKey", "Token", "Expiration"}) {
        if (!document.contains(QLatin1String(field))) {
            fail(QStringLiteral("'%1'").arg(QLatin1String(field))); // a KeyError in the CLI
            return;
        }
    }
    ResolvedCredentials credentials;
    credentials.method = kMethod;
    credentials.accessKey = document.value(QStringLiteral("AccessKeyId")).toString();
    credentials.secretKey = document.value(QStringLiteral("SecretAccessKey")).toString();
    credentials.token = document.value(QStringLiteral("Token")).toString();
    credentials.expiry = parseTimestamp(document.value(QStringLiteral("Expiration")).toString());
    CredentialOutcome outcome;
    outcome.method = kMethod;
    outcome.detail = m_url;
    if (credentials.expiry && m_now.secsTo(credentials.expiry->instant) <= 0) {
        // Refreshing asks the same endpoint again; expired credentials stay expired.
        outcome.error = QStringLiteral("Credentials were refreshed, but the refreshed credentials are still expired.");
        outcome.raisedOnUse = true;
    } else {
        outcome.credentials = credentials;
    }
    Q_EMIT finished(outcome);
}

} // namespace apm
