// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transport.h"

#include <algorithm>

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>

namespace apm::transport {

namespace {

// A setting the environment gives first (when not empty) and the profile second.
std::optional<QString> setting(const Environment& environment, const Profile* profile, const QString& variable,
                               const QString& key)
{
    if (auto value = environment.value(variable); value && !value->isEmpty())
        return value;
    return profile ? profile->value(key) : std::nullopt;
}

} // namespace

std::optional<QString> caBundle(const Environment& environment, const Profile* profile)
{
    const auto bundle = setting(environment, profile, QStringLiteral("AWS_CA_BUNDLE"), QStringLiteral("ca_bundle"));
    return bundle ? std::optional(environment.expandUser(*bundle)) : std::nullopt;
}

std::optional<int> maxAttempts(const Environment& environment, const Profile* profile)
{
    bool ok = false;
    const int attempts =
        setting(environment, profile, QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("max_attempts"))
            .value_or(QString())
            .trimmed()
            .toInt(&ok);
    return ok && attempts > 0 ? std::optional(attempts) : std::nullopt;
}

std::optional<QSslConfiguration> tlsFor(const std::optional<QString>& caBundle)
{
    if (!caBundle)
        return std::nullopt;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(*caBundle, QSsl::Pem));
    return ssl;
}

void prepare(QNetworkAccessManager& network, QNetworkRequest& request, const Environment& environment,
             const std::optional<QSslConfiguration>& tls, int timeoutMs)
{
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (tls)
        request.setSslConfiguration(*tls);
    const QUrl& url = request.url();
    const Environment::ProxyChoice proxy = environment.proxyFor(url.scheme(), url.host());
    if (proxy.proxy.isEmpty()) {
        network.setProxy(QNetworkProxy::NoProxy);
    } else {
        const QUrl p = QUrl::fromUserInput(proxy.proxy);
        network.setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, p.host(), quint16(p.port(80)), p.userName(), p.password()));
    }
}

void readNetworkFailure(QNetworkReply* reply, QueryAnswer& answer)
{
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError: answer.failure = QueryAnswer::Failure::HostNotFound; break;
    case QNetworkReply::SslHandshakeFailedError: answer.failure = QueryAnswer::Failure::Tls; break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError: answer.failure = QueryAnswer::Failure::Timeout; break;
    default: answer.failure = QueryAnswer::Failure::Network; break;
    }
    answer.message = reply->errorString();
}

bool throttled(const QueryAnswer& answer)
{
    // botocore.retries.standard: the throttling error codes, and HTTP 429.
    static const QStringList codes{
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
    };
    return answer.failure == QueryAnswer::Failure::Service && (codes.contains(answer.code) || answer.httpStatus == 429);
}

bool retryable(const QueryAnswer& answer)
{
    if (answer.failure == QueryAnswer::Failure::None)
        return false;
    if (answer.failure != QueryAnswer::Failure::Service)
        return true; // botocore retries every connection error
    // ... and its transient error codes and statuses.
    return throttled(answer) || answer.code == u"RequestTimeout" || answer.code == u"RequestTimeoutException"
           || answer.httpStatus == 500 || answer.httpStatus == 502 || answer.httpStatus == 503
           || answer.httpStatus == 504;
}

int backoffMs(int attempt)
{
    const double seconds =
        std::min(QRandomGenerator::global()->generateDouble() * double(1 << std::min(attempt - 1, 8)), 20.0);
    return qRound(seconds * 1000);
}

} // namespace apm::transport
