// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImdsClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "base/Credentials.h"
#include "base/DisplayText.h"
#include "config/Profile.h"

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::ImdsProbe)
};

const QByteArray kTokenTtl = "21600";
const QString kTokenPath = QStringLiteral("latest/api/token");
const QString kRolePath = QStringLiteral("latest/meta-data/iam/security-credentials/");
const QString kZonePath = QStringLiteral("latest/meta-data/placement/availability-zone/");

// env first, then the profile's config key.
std::optional<QString> setting(const Environment& env, const Profile* profile, const char* variable, const char* key)
{
    if (auto v = env.value(QLatin1String(variable)))
        return v;
    return profile ? profile->value(QLatin1String(key)) : std::nullopt;
}

} // namespace

ImdsSettings ImdsSettings::resolve(const Environment& env, const Profile* profile)
{
    ImdsSettings s;
    s.disabled = env.value(QStringLiteral("AWS_EC2_METADATA_DISABLED")).value_or(QString()).toLower() == u"true";
    auto integer = [&](const char* variable, const char* key, int fallback) {
        const auto text = setting(env, profile, variable, key);
        if (!text)
            return fallback;
        bool ok = false;
        const int n = text->trimmed().toInt(&ok);
        if (!ok && !s.error)
            s.error = QStringLiteral("invalid literal for int() with base 10: '%1'").arg(*text);
        return ok ? n : fallback;
    };
    s.timeoutSeconds = integer("AWS_METADATA_SERVICE_TIMEOUT", "metadata_service_timeout", 1);
    s.attempts = std::max(1, integer("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "metadata_service_num_attempts", 1));
    s.v1Disabled =
        setting(env, profile, "AWS_EC2_METADATA_V1_DISABLED", "ec2_metadata_v1_disabled").value_or(QString()).toLower()
        == u"true";

    std::optional<QString> mode =
        setting(env, profile, "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ec2_metadata_service_endpoint_mode");
    if (mode) {
        *mode = mode->toLower();
        if (*mode != u"ipv4" && *mode != u"ipv6") {
            s.error = QStringLiteral("Invalid EC2 Instance Metadata endpoint mode: %1 Valid endpoint modes "
                                     "(case-insensitive): ('ipv4', 'ipv6').")
                          .arg(*mode);
        }
    } else if (setting(env, profile, "AWS_IMDS_USE_IPV6", "imds_use_ipv6").value_or(QString()).toLower() == u"true") {
        mode = QStringLiteral("ipv6");
    }
    if (const auto endpoint =
            setting(env, profile, "AWS_EC2_METADATA_SERVICE_ENDPOINT", "ec2_metadata_service_endpoint")) {
        const QUrl url(*endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            s.error = QStringLiteral("Invalid endpoint EC2 Instance Metadata endpoint: %1").arg(*endpoint);
        } else {
            s.baseUrl = *endpoint; // as the CLI 2.9 does: the path is pasted on, with no '/' added (2.28.3 adds one)
        }
    } else if (mode == u"ipv6") {
        s.baseUrl = QStringLiteral("http://[fd00:ec2::254]/");
    }

    // Proxies as urllib decides them: http_proxy (lower case first), unless NO_PROXY exempts the host.
    const QUrl base(s.baseUrl);
    const Environment::ProxyChoice proxy = env.proxyFor(base.scheme(), base.host());
    if (!proxy.variable.isEmpty() && proxy.proxy.isEmpty()) {
        s.proxyNote =
            Messages::tr("%1 is set, but NO_PROXY exempts %2: requests go directly.").arg(proxy.variable, base.host());
    } else if (!proxy.proxy.isEmpty()) {
        s.proxy = HttpProxy::fromUrl(proxy.proxy);
        s.proxyNote = Messages::tr("Requests go through the proxy %1 (%2). A proxy cannot reach the instance metadata "
                                   "service: add %3 to NO_PROXY.")
                          .arg(proxy.proxy, proxy.variable, base.host());
    }
    return s;
}

ImdsProbe::ImdsProbe(ImdsSettings settings, Scope scope, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_scope(scope)
{}

ImdsProbe::~ImdsProbe()
{
    cancel();
}

void ImdsProbe::start()
{
    m_result = ImdsResult{};
    m_token.reset();
    m_clock.start();
    m_problem.clear();
    if (m_settings.error) {
        finish(ImdsResult::Outcome::ConfigError);
        return;
    }
    if (m_settings.disabled) {
        finish(ImdsResult::Outcome::Disabled);
        return;
    }
    // urllib3 refuses to parse what the pasting makes of an endpoint without a final '/' and with a port
    // ("http://host:1234latest/api/token"), and the CLI stops with InvalidIMDSEndpointError.
    if (const QString first = m_settings.baseUrl + kTokenPath; !QUrl(first, QUrl::StrictMode).isValid()) {
        m_result.cliError = QStringLiteral("Invalid endpoint EC2 Instance Metadata endpoint: %1").arg(first);
        finish(ImdsResult::Outcome::InvalidEndpoint);
        return;
    }
    m_attempt = 0;
    if (m_scope == Scope::Region) {
        m_result.outcome = ImdsResult::Outcome::Unreachable; // until the zone answers
        advance(Stage::RegionToken);
        return;
    }
    m_stage = Stage::Token;
    send();
}

void ImdsProbe::cancel()
{
    delete std::exchange(m_call, nullptr); // abandoned without a word
}

void ImdsProbe::send()
{
    const bool tokenRequest = m_stage == Stage::Token || m_stage == Stage::RegionToken;
    QString path = tokenRequest ? kTokenPath : m_stage == Stage::Zone ? kZonePath : kRolePath;
    if (m_stage == Stage::Document)
        path += *m_result.roleName;
    HttpRequest request;
    request.method = tokenRequest ? "PUT" : "GET";
    request.url = QUrl(m_settings.baseUrl + path);
    request.proxy = m_settings.proxy;
    request.timeoutMs = m_settings.timeoutSeconds * 1000;
    request.maxBodyBytes = kMaxBodyBytes;
    request.headers.emplaceBack("User-Agent", "aws-profile-manager/" APM_VERSION);
    if (tokenRequest)
        request.headers.emplaceBack("x-aws-ec2-metadata-token-ttl-seconds", kTokenTtl);
    else if (m_token)
        request.headers.emplaceBack("x-aws-ec2-metadata-token", m_token->toUtf8());

    ImdsStep step;
    step.method = tokenRequest ? QStringLiteral("PUT") : QStringLiteral("GET");
    step.path = u'/' + path;
    step.withToken = !tokenRequest && m_token.has_value();
    m_result.trace.append(step);

    m_call = new HttpCall(request, this);
    connect(m_call, &HttpCall::finished, this, &ImdsProbe::onReplyFinished);
}

void ImdsProbe::onReplyFinished(const HttpReply& reply)
{
    std::exchange(m_call, nullptr)->deleteLater();
    const Answer answer = record(reply);
    switch (m_stage) {
    case Stage::Token:
    case Stage::RegionToken: return onToken(answer);
    case Stage::Role:
    case Stage::Document:
    case Stage::Zone: return onData(answer);
    case Stage::Done: return;
    }
}

ImdsProbe::Answer ImdsProbe::record(const HttpReply& reply)
{
    Answer answer;
    ImdsStep& step = m_result.trace.last();
    step.elapsedMs = m_clock.elapsed();
    answer.status = reply.status;
    answer.oversized = reply.error == HttpReply::Error::TooLarge;
    answer.body = reply.body;
    const bool timedOut = reply.error == HttpReply::Error::Timeout;
    answer.readTimeout = timedOut && reply.requestSent;
    step.status = answer.status;
    if (answer.status == 0 || answer.oversized) {
        step.failure = answer.oversized ? ImdsStep::Failure::Oversized
                       : timedOut
                           ? (answer.readTimeout ? ImdsStep::Failure::ReadTimeout : ImdsStep::Failure::ConnectTimeout)
                           : ImdsStep::Failure::Network;
        step.error = answer.oversized ? Messages::tr("answer larger than %1 KiB, abandoned").arg(kMaxBodyBytes / 1024)
                     : timedOut ? (answer.readTimeout ? Messages::tr("read timeout") : Messages::tr("connect timeout"))
                                : reply.errorText;
    }
    return answer;
}

bool ImdsProbe::retry()
{
    if (m_attempt + 1 >= m_settings.attempts)
        return false;
    ++m_attempt;
    send();
    return true;
}

// A token request answered (credentials' or region's): use the token, fall back to IMDSv1, or retry.
void ImdsProbe::onToken(const Answer& answer)
{
    const Stage next = m_stage == Stage::Token ? Stage::Role : Stage::Zone;
    const int status = answer.status;
    if (status == 200) {
        m_token = QString::fromUtf8(answer.body);
        if (m_stage == Stage::Token)
            m_result.usedToken = true;
        advance(next);
    } else if (status == 403 || status == 404 || status == 405 || answer.readTimeout) {
        m_token.reset(); // botocore falls back to IMDSv1 here
        advance(next);
    } else if (status == 400) {
        m_token.reset();
        if (m_stage == Stage::Token)
            endCredentials(ImdsResult::Outcome::BadRequest);
        else
            advance(Stage::Done);
    } else if (!retry()) {
        m_token.reset();
        advance(next);
    }
}

// The role, the credentials document or the zone answered: take it, or retry, or say why there is none.
void ImdsProbe::onData(const Answer& answer)
{
    bool usable = answer.status == 200 && !answer.body.isEmpty() && !answer.oversized;
    MetadataDocument document;
    if (usable && m_stage == Stage::Document) {
        document = readMetadataCredentials(answer.body);
        usable = document.isJsonObject;
    }
    if (!usable) {
        if (!retry())
            giveUp(answer.status);
        return;
    }
    if (m_stage == Stage::Role) {
        m_result.roleName = QString::fromUtf8(answer.body);
        advance(Stage::Document);
    } else if (m_stage == Stage::Document) {
        if (!document.credentials) {
            m_problem = Messages::tr("The credentials document for role %1 has no %2.")
                            .arg(*m_result.roleName, document.missing.value_or(QString()));
            endCredentials(ImdsResult::Outcome::BadDocument);
            return;
        }
        const ResolvedCredentials& credentials = *document.credentials;
        m_result.expired = credentials.expiry && credentials.expiry->instant <= QDateTime::currentDateTimeUtc();
        m_result.credentials = credentials;
        endCredentials(ImdsResult::Outcome::Credentials);
    } else {
        const QString zone = QString::fromUtf8(answer.body);
        m_result.region = zone.left(zone.size() - 1);
        if (m_scope == Scope::Region)
            m_result.outcome = ImdsResult::Outcome::RegionOnly;
        advance(Stage::Done);
    }
}

// No usable answer after the last attempt: what the AWS CLI concludes from the last status.
void ImdsProbe::giveUp(int status)
{
    if (m_stage == Stage::Zone) {
        advance(Stage::Done);
        return;
    }
    const bool nothingAnswered =
        std::all_of(m_result.trace.cbegin(), m_result.trace.cend(), [](const ImdsStep& s) { return s.status == 0; });
    if (m_stage == Stage::Role && status == 404)
        endCredentials(ImdsResult::Outcome::NoRole);
    else if (status == 401 && !m_token)
        endCredentials(ImdsResult::Outcome::TokenRequired);
    else if (nothingAnswered)
        finish(ImdsResult::Outcome::Unreachable); // the region would not answer either
    else
        endCredentials(m_stage == Stage::Document ? ImdsResult::Outcome::BadDocument
                                                  : ImdsResult::Outcome::Unreachable);
}

MetadataDocument readMetadataCredentials(const QByteArray& body)
{
    MetadataDocument read;
    const QJsonDocument json = QJsonDocument::fromJson(body);
    read.isJsonObject = json.isObject();
    const QJsonObject document = json.object();
    for (const char* field : {"AccessKeyId", "SecretAccessKey", "Token", "Expiration"}) {
        if (!document.contains(QLatin1String(field))) {
            read.missing = QLatin1String(field);
            return read;
        }
    }
    ResolvedCredentials credentials;
    credentials.method = QStringLiteral("iam-role");
    credentials.accessKey = document.value(QStringLiteral("AccessKeyId")).toString();
    credentials.secretKey = document.value(QStringLiteral("SecretAccessKey")).toString();
    credentials.token = document.value(QStringLiteral("Token")).toString();
    credentials.expiry = parseTimestamp(document.value(QStringLiteral("Expiration")).toString());
    read.credentials = credentials;
    return read;
}

void ImdsProbe::advance(Stage next)
{
    m_attempt = 0;
    m_stage = next;
    if (next == Stage::Role && !m_token && m_settings.v1Disabled) {
        finish(ImdsResult::Outcome::TokenRequired);
        return;
    }
    if (next == Stage::Done) {
        finish(m_result.outcome);
        return;
    }
    if (next == Stage::Zone && !m_token && m_settings.v1Disabled) {
        finish(m_result.outcome);
        return;
    }
    send();
}

void ImdsProbe::endCredentials(ImdsResult::Outcome outcome)
{
    // botocore fetches the region on its own (a fresh token, then the availability zone), whatever became of the
    // credentials; so does the probe.
    m_result.outcome = outcome;
    m_token.reset();
    advance(m_scope == Scope::Credentials ? Stage::Done : Stage::RegionToken);
}

void ImdsProbe::finish(ImdsResult::Outcome outcome)
{
    m_stage = Stage::Done;
    m_result.outcome = outcome;
    diagnose();
    Q_EMIT finished(m_result);
}

void ImdsProbe::diagnose()
{
    QStringList lines;
    const QString total = Messages::tr("%1 s × %2 attempt(s)").arg(m_settings.timeoutSeconds).arg(m_settings.attempts);
    switch (m_result.outcome) {
    case ImdsResult::Outcome::Disabled:
        lines << Messages::tr(
            "AWS_EC2_METADATA_DISABLED is true: the AWS CLI does not ask the instance metadata service.");
        break;
    case ImdsResult::Outcome::ConfigError:
        lines << Messages::tr("The AWS CLI refuses this setting, and stops: %1").arg(*m_settings.error);
        break;
    case ImdsResult::Outcome::InvalidEndpoint:
        lines << Messages::tr(
                     "The endpoint %1 does not end with '/', so the AWS CLI 2.9 pastes the path onto its port and "
                     "stops with \"%2\". Add the final '/'.")
                     .arg(m_settings.baseUrl, m_result.cliError.value_or(QString()));
        break;
    case ImdsResult::Outcome::Unreachable:
        lines << Messages::tr(
                     "Nothing usable answered at %1 (%2). Either this machine is not an EC2 instance (or the endpoint "
                     "is wrong), or this runs in a container on EC2 whose metadata hop limit is 1, so answers cannot "
                     "make the extra hop. Check the instance's MetadataOptions.HttpPutResponseHopLimit (2 for "
                     "containers), or give the container its own role.")
                     .arg(m_settings.baseUrl, total);
        break;
    case ImdsResult::Outcome::TokenRequired:
        lines << (m_settings.v1Disabled
                      ? Messages::tr(
                          "No IMDSv2 token could be had, and IMDSv1 is disabled here (AWS_EC2_METADATA_V1_DISABLED or "
                          "ec2_metadata_v1_disabled): the AWS CLI gets no instance credentials.")
                      : Messages::tr(
                          "The instance requires IMDSv2 (401 without a token), and the token request failed. In a "
                          "container, raise the hop limit to 2."));
        break;
    case ImdsResult::Outcome::BadRequest:
        lines << Messages::tr(
            "The metadata service rejected the token request (400 Bad Request): the AWS CLI gives up "
            "without trying IMDSv1. Check that nothing rewrites the request (a proxy, X-Forwarded-For).");
        break;
    case ImdsResult::Outcome::NoRole:
        lines << Messages::tr("The instance answers, but has no IAM role (instance profile) attached. Attach one "
                              "(aws ec2 associate-iam-instance-profile) or use another source of credentials.");
        break;
    case ImdsResult::Outcome::BadDocument:
        lines << (m_problem.isEmpty()
                      ? Messages::tr(
                            "The credentials document for role %1 is not valid JSON (or too large): the AWS CLI "
                            "ignores it.")
                            .arg(m_result.roleName.value_or(QString()))
                      : m_problem + Messages::tr(" The AWS CLI ignores such a document."));
        break;
    case ImdsResult::Outcome::RegionOnly:
        lines << Messages::tr("Region from the availability zone: %1.").arg(m_result.region.value_or(QString()));
        break;
    case ImdsResult::Outcome::Credentials: {
        const ResolvedCredentials& c = *m_result.credentials;
        lines << Messages::tr("Role %1, access key %2, via IMDS%3.")
                     .arg(*m_result.roleName, maskSecret(c.accessKey),
                          m_result.usedToken ? QStringLiteral("v2") : QStringLiteral("v1"));
        if (c.expiry) {
            const qint64 left = QDateTime::currentDateTimeUtc().secsTo(c.expiry->instant);
            lines << (m_result.expired
                          ? Messages::tr("The credentials expired at %1: the AWS CLI keeps using them for a while "
                                         "(static stability), but AWS will refuse them.")
                                .arg(c.expiry->isoFormat)
                          : Messages::tr("They expire at %1 (in %2).").arg(c.expiry->isoFormat, duration(left)));
        }
        if (m_result.region)
            lines << Messages::tr("Region from the availability zone: %1.").arg(*m_result.region);
        break;
    }
    }
    const bool tokenTimedOut = !m_result.trace.isEmpty()
                               && m_result.trace.first().failure == ImdsStep::Failure::ReadTimeout
                               && m_result.trace.first().method == u"PUT";
    if (tokenTimedOut && m_result.outcome == ImdsResult::Outcome::Credentials)
        lines << Messages::tr(
            "The token request timed out and IMDSv1 answered: typical of a container whose hop limit is 1.");
    // A proxy in the way of an unreachable service is the likeliest cause: say it first.
    if (m_settings.proxy && m_result.outcome == ImdsResult::Outcome::Unreachable)
        lines.prepend(m_settings.proxyNote);
    else if (!m_settings.proxyNote.isEmpty())
        lines << m_settings.proxyNote;
    m_result.diagnosis = lines.join(u' ');
}

} // namespace apm
