// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transport.h"

#include <algorithm>

#include <QRandomGenerator>

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

HttpRequest request(const QUrl& url, const Environment& environment, const std::optional<QString>& caBundle,
                    int timeoutMs)
{
    HttpRequest request;
    request.url = url;
    request.caBundle = caBundle;
    request.timeoutMs = timeoutMs;
    if (const Environment::ProxyChoice proxy = environment.proxyFor(url.scheme(), url.host()); !proxy.proxy.isEmpty())
        request.proxy = HttpProxy::fromUrl(proxy.proxy);
    return request;
}

void readNetworkFailure(const HttpReply& reply, QueryAnswer& answer)
{
    switch (reply.error) {
    case HttpReply::Error::HostNotFound: answer.failure = QueryAnswer::Failure::HostNotFound; break;
    case HttpReply::Error::Tls: answer.failure = QueryAnswer::Failure::Tls; break;
    case HttpReply::Error::NoModule: answer.failure = QueryAnswer::Failure::NoModule; break;
    case HttpReply::Error::Canceled:
    case HttpReply::Error::Timeout: answer.failure = QueryAnswer::Failure::Timeout; break;
    default: answer.failure = QueryAnswer::Failure::Network; break;
    }
    answer.message = reply.errorText;
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
    if (answer.failure == QueryAnswer::Failure::NoModule)
        return false; // not the network's fault: it cannot be tried at all
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
