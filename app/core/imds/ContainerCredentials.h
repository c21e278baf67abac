// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>

#include "base/Credentials.h"
#include "base/Environment.h"
#include "base/Http.h"

namespace apm {

/**
 * The container credentials endpoint (ECS, EKS Pod Identity), as botocore's ContainerProvider asks it:
 * AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (on 169.254.170.2) or AWS_CONTAINER_CREDENTIALS_FULL_URI (only on the
 * hosts the CLI allows), the Authorization header from AWS_CONTAINER_AUTHORIZATION_TOKEN, a 2 s timeout and three
 * attempts one second apart; the answer must carry AccessKeyId, SecretAccessKey, Token and Expiration. A failure
 * is an error that stops the chain (it does not fall through to IMDS), in the CLI's words. Asynchronous.
 */
class ContainerCredentialsFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerCredentialsFetch)

public:
    ContainerCredentialsFetch(const Environment& environment, const QDateTime& now, QObject* parent = nullptr);

    // False when neither variable is set: the provider does not apply.
    [[nodiscard]] static bool applies(const Environment& environment);

    void start();

Q_SIGNALS:
    void finished(const apm::CredentialOutcome& outcome);

private:
    void send();
    void onReplyFinished(const HttpReply& reply);
    void fail(const QString& message);

    Environment m_environment;
    QDateTime m_now;
    QString m_url;
    int m_attempt = 0;
    HttpCall* m_call = nullptr;
    QString m_lastError;
};

} // namespace apm

Q_DECLARE_METATYPE(apm::CredentialOutcome)
