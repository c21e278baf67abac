// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QObject>
#include <QString>

#include "aws/Endpoints.h"
#include "aws/SigV4.h"
#include "aws/Transport.h"

namespace apm {

/**
 * One call to an AWS query API: the parameters form-encoded and POSTed to the endpoint, signed with SigV4 (through
 * the proxy the environment names unless NO_PROXY exempts the host; the CA bundle when one is configured).
 * start(), then finished() once.
 *
 * Retried as botocore's "standard" mode retries, the AWS CLI v2's default: throttling and transient errors and
 * failed connections, up to `maxAttempts` requests in all, after rand(0, 1) × 2^(attempt − 1) seconds (at most 20).
 * Deleting the call cancels it.
 */
class AwsQueryCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsQueryCall)

public:
    struct Settings {
        ServiceEndpoint endpoint; // with the region to sign for
        QString service;          // the signing name: "sts", "iam"
        std::optional<QString> caBundle;
        int timeoutMs = 60000; // the CLI's connect and read timeout
        int maxAttempts = 3;   // max_attempts / AWS_MAX_ATTEMPTS
    };

    AwsQueryCall(Settings settings, ResolvedCredentials credentials, QList<QPair<QString, QString>> parameters,
                 const Environment& environment, QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const apm::QueryAnswer& answer);

private:
    void send();
    void onFinished(const HttpReply& reply);
    [[nodiscard]] static QueryAnswer readAnswer(const HttpReply& reply);

    Settings m_settings;
    ResolvedCredentials m_credentials;
    QList<QPair<QString, QString>> m_parameters;
    Environment m_environment;
    HttpCall* m_call = nullptr;
    int m_attempt = 0;
};

} // namespace apm
