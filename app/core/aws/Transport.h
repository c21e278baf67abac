// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "base/Environment.h"
#include "base/Http.h"
#include "config/Profile.h"

namespace apm {

// What a call to an AWS API came to (the query APIs STS and IAM, the SSO portal's REST-JSON API).
struct QueryAnswer {
    enum class Failure { None, Network, HostNotFound, Tls, Timeout, Service, NoModule };
    Failure failure = Failure::None;
    int httpStatus = 0;
    QString code;    // the service's error code (SignatureDoesNotMatch, ExpiredToken, ...)
    QString message; // the service's message, or the network's
    // The result's elements that hold text, by name (the first of each name), e.g. Account, Arn, UserId.
    QHash<QString, QString> values;
    // The elements that hold text in each <member> of a list (ListAccessKeys' AccessKeyMetadata), in order.
    QList<QHash<QString, QString>> members;
    int attempts = 0;              // how many requests it took (throttling and transient errors are retried)
    bool retriesExhausted = false; // it failed with an error worth retrying, max_attempts times
};

/**
 * What every call to AWS shares, whatever the API: the way out (the proxy the environment names unless NO_PROXY
 * exempts the host, the CA bundle when one is configured, the CLI's timeout, no redirects), and the retries of
 * botocore's "standard" mode, the AWS CLI v2's default.
 */
namespace transport {

// What the AWS CLI reads for every call it makes for `profile`: the CA bundle (AWS_CA_BUNDLE, then ca_bundle; `~`
// expanded) and max_attempts (AWS_MAX_ATTEMPTS, then max_attempts; nullopt unless a positive number).
[[nodiscard]] std::optional<QString> caBundle(const Environment& environment, const Profile* profile);
[[nodiscard]] std::optional<int> maxAttempts(const Environment& environment, const Profile* profile);

// A GET of `url` the way every call to AWS goes out: through the proxy the environment names for it (unless
// NO_PROXY exempts the host), trusting the CA bundle's certificates when one is given, with the CLI's timeout, and
// no redirects followed.
[[nodiscard]] HttpRequest request(const QUrl& url, const Environment& environment,
                                  const std::optional<QString>& caBundle, int timeoutMs);

// A reply that brought no HTTP status: what kind of network failure it was, with the network's message.
void readNetworkFailure(const HttpReply& reply, QueryAnswer& answer);

// Whether botocore's standard mode retries the answer: throttling and transient error codes and statuses, and
// every connection error.
[[nodiscard]] bool retryable(const QueryAnswer& answer);
// Whether the answer says the caller goes too fast (as opposed to a transient fault).
[[nodiscard]] bool throttled(const QueryAnswer& answer);

// How long to wait before the next attempt after `attempt` failed: rand(0, 1) × 2^(attempt − 1) s, at most 20 s.
[[nodiscard]] int backoffMs(int attempt);

} // namespace transport

} // namespace apm
