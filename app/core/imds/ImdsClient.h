// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include "base/Credentials.h"
#include "base/Environment.h"
#include "base/Http.h"

namespace apm {

struct Profile;

// How the AWS CLI would reach the instance metadata service, from the environment and the profile.
struct ImdsSettings {
    QString baseUrl = QStringLiteral("http://169.254.169.254/");
    bool disabled = false;          // AWS_EC2_METADATA_DISABLED=true
    bool v1Disabled = false;        // AWS_EC2_METADATA_V1_DISABLED / ec2_metadata_v1_disabled (newer CLIs)
    int timeoutSeconds = 1;         // AWS_METADATA_SERVICE_TIMEOUT / metadata_service_timeout
    int attempts = 1;               // AWS_METADATA_SERVICE_NUM_ATTEMPTS / metadata_service_num_attempts
    std::optional<HttpProxy> proxy; // HTTP_PROXY unless NO_PROXY exempts the address
    QString proxyNote;              // what was decided about proxies, and why
    std::optional<QString> error;   // a setting the CLI refuses (its message)

    [[nodiscard]] static ImdsSettings resolve(const Environment& environment, const Profile* profile);
};

// One request of a probe, for the trace.
struct ImdsStep {
    // Why a request got no answer.
    enum class Failure { None, ConnectTimeout, ReadTimeout, Oversized, Network };
    QString method;
    QString path;
    int status = 0; // HTTP status, 0 when there was none
    Failure failure = Failure::None;
    QString error; // the network error, if any, for people
    qint64 elapsedMs = 0;
    bool withToken = false;
};

struct ImdsResult {
    enum class Outcome {
        Disabled,        // AWS_EC2_METADATA_DISABLED
        ConfigError,     // a setting the CLI refuses
        InvalidEndpoint, // the endpoint with the request's path pasted on is no URL: the CLI stops with an error
        Unreachable,     // nothing answered (not on EC2, or a container with hop limit 1)
        TokenRequired,   // the token was refused and IMDSv1 is disabled
        BadRequest,      // 400 on the token request
        NoRole,          // no instance profile attached
        BadDocument,     // a credentials document the CLI rejects
        Credentials,     // role credentials
        RegionOnly,      // asked for the region only (Scope::Region), and the zone answered
    };
    Outcome outcome = Outcome::Unreachable;
    QList<ImdsStep> trace;
    bool usedToken = false; // IMDSv2
    std::optional<QString> roleName;
    std::optional<ResolvedCredentials> credentials; // method "iam-role"
    bool expired = false;            // the document's Expiration has passed (the CLI extends and uses it anyway)
    std::optional<QString> region;   // the availability zone minus its last letter
    QString diagnosis;               // what happened and what to check, for people
    std::optional<QString> cliError; // InvalidEndpoint: the error the AWS CLI stops with, in its words
};

// The credentials document IMDS gives for a role, read as botocore reads it: a JSON object with AccessKeyId,
// SecretAccessKey, Token and Expiration (all four required). Without credentials, `missing` names the first
// field that is not there.
struct MetadataDocument {
    bool isJsonObject = false;
    std::optional<ResolvedCredentials> credentials;
    std::optional<QString> missing;
};
[[nodiscard]] MetadataDocument readMetadataCredentials(const QByteArray& body);

/**
 * One probe of the instance metadata service, as botocore's InstanceMetadataFetcher and
 * InstanceMetadataRegionFetcher do it: a token (PUT latest/api/token, TTL 21600) with IMDSv1 fallback on 403, 404,
 * 405, a read timeout, or after retries; the role name, the credentials document (all four fields required), then
 * a fresh token and the availability zone for the region. Timeouts and attempts as configured, no redirects
 * followed, bodies bounded. Asynchronous: start(), then finished(). The access manager is the caller's.
 */
class ImdsProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImdsProbe)

public:
    // What to ask for. botocore has two fetchers, each with its own token: credentials (role, document) and region
    // (availability zone); the CLI runs only those it needs, and their requests are what a server sees.
    enum class Scope { Credentials, Region, Both };

    explicit ImdsProbe(ImdsSettings settings, Scope scope = Scope::Both, QObject* parent = nullptr);
    ~ImdsProbe() override;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_call != nullptr; }

    static constexpr qint64 kMaxBodyBytes = 64 * 1024;

Q_SIGNALS:
    void finished(const apm::ImdsResult& result);

private:
    enum class Stage { Token, Role, Document, RegionToken, Zone, Done };
    // What one request got back (also written into the trace's last step).
    struct Answer {
        int status = 0;
        QByteArray body;
        bool oversized = false;
        bool readTimeout = false;
    };
    void send();
    void onReplyFinished(const HttpReply& reply);
    [[nodiscard]] Answer record(const HttpReply& reply);
    bool retry(); // sends the request again while attempts are left
    void onToken(const Answer& answer);
    void onData(const Answer& answer);
    void giveUp(int status);
    void advance(Stage next);
    void endCredentials(ImdsResult::Outcome outcome);
    void finish(ImdsResult::Outcome outcome);
    void diagnose();

    ImdsSettings m_settings;
    Scope m_scope = Scope::Both;
    ImdsResult m_result;
    Stage m_stage = Stage::Token;
    int m_attempt = 0;
    std::optional<QString> m_token;
    HttpCall* m_call = nullptr;
    QString m_problem; // what was wrong with the credentials document
    QElapsedTimer m_clock;
};

} // namespace apm

Q_DECLARE_METATYPE(apm::ImdsResult)
