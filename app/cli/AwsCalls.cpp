// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsCalls.h"

#include <QCoreApplication>
#include <QEventLoop>

#include "config/ProfileStore.h"

namespace apm::cli {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::cli)
};

// A setting the environment gives first and the profile second.
std::optional<QString> setting(const Environment& environment, const Profile* profile, const QString& variable,
                               const QString& key)
{
    if (auto value = environment.value(variable); value && !value->isEmpty())
        return value;
    return profile ? profile->value(key) : std::nullopt;
}

// What to do about an error AWS answered with, in one sentence.
QString adviceFor(const QString& code, const QString& message)
{
    if (code == u"AccessDenied" && message.contains(QLatin1String("MultiFactorAuthentication")))
        return Messages::tr(
            "The MFA code was not accepted: give the code your device shows now (each code works once).");
    if (code == u"SignatureDoesNotMatch")
        return Messages::tr(
            "The secret access key does not belong to this access key ID: check aws_secret_access_key.");
    if (code == u"InvalidClientTokenId")
        return Messages::tr(
            "AWS does not know this access key ID: it was deleted or mistyped; create a new key in IAM.");
    if (code == u"ExpiredToken" || code == u"ExpiredTokenException")
        return Messages::tr("The session token has expired: get new temporary credentials.");
    if (code == u"AccessDenied")
        return Messages::tr(
            "These credentials are not allowed this call: check the policies attached to the identity.");
    if (code == u"UnauthorizedException")
        return Messages::tr(
            "The portal did not accept your SSO sign-in (it expired or was revoked): sign in again with "
            "`aws sso login`.");
    if (code == u"Throttling" || code == u"ThrottlingException" || code == u"RequestLimitExceeded"
        || code == u"TooManyRequestsException")
        return Messages::tr(
            "AWS is limiting the rate of calls and still refused after the retries: wait a minute and try "
            "again, or raise max_attempts.");
    return {};
}

QString withAdvice(const QString& message, const QString& advice)
{
    return advice.isEmpty() ? message : message + u'\n' + advice;
}

} // namespace

Outcome failure(int status, const QString& message)
{
    return Outcome{status, {}, (u'\n' + message + u'\n').toUtf8()};
}

AwsQueryCall::Settings callSettings(const ProfileStore& store, const Environment& environment,
                                    const QString& profileName, const QString& service,
                                    const std::optional<QString>& caBundle)
{
    const Profile* profile = store.profile(profileName);
    // The region the CLI would use: --region, AWS_REGION, AWS_DEFAULT_REGION, the profile's region.
    std::optional<QString> region = environment.regionOption;
    if (!region)
        region = setting(environment, profile, QStringLiteral("AWS_REGION"), QStringLiteral("region"));
    if (!region || region->isEmpty())
        region = setting(environment, profile, QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("region"));
    AwsQueryCall::Settings settings;
    settings.endpoint = service == u"iam" ? endpoints::iam(store, environment, profileName, region)
                                          : endpoints::sts(store, environment, profileName, region);
    settings.service = service;
    settings.caBundle =
        caBundle ? std::optional(environment.expandUser(*caBundle)) : transport::caBundle(environment, profile);
    settings.maxAttempts = transport::maxAttempts(environment, profile).value_or(settings.maxAttempts);
    return settings;
}

QueryAnswer callAws(const AwsQueryCall::Settings& settings, const ResolvedCredentials& credentials,
                    const QList<QPair<QString, QString>>& parameters, const Environment& environment)
{
    const QString version = settings.service == u"iam" ? QStringLiteral("2010-05-08") : QStringLiteral("2011-06-15");
    AwsQueryCall call(settings, credentials,
                      QList<QPair<QString, QString>>{{QStringLiteral("Version"), version}} + parameters, environment);
    QueryAnswer answer;
    QEventLoop loop;
    QObject::connect(&call, &AwsQueryCall::finished, &loop, [&](const QueryAnswer& a) {
        answer = a;
        loop.quit();
    });
    call.start();
    loop.exec();
    return answer;
}

QString failedCallMessage(const QueryAnswer& answer, const AwsQueryCall::Settings& settings, const QString& operation)
{
    const QString url = settings.endpoint.url.toString();
    switch (answer.failure) {
    case QueryAnswer::Failure::None: return {};
    case QueryAnswer::Failure::Service:
        return withAdvice(QStringLiteral("An error occurred (%1) when calling the %2 operation%3: %4")
                              .arg(answer.code.isEmpty() ? QString::number(answer.httpStatus) : answer.code, operation,
                                   answer.retriesExhausted
                                       ? QStringLiteral(" (reached max retries: %1)").arg(answer.attempts - 1)
                                       : QString(),
                                   answer.message),
                          adviceFor(answer.code, answer.message));
    case QueryAnswer::Failure::HostNotFound:
        return withAdvice(QStringLiteral("Could not connect to the endpoint URL: \"%1\"").arg(url),
                          Messages::tr("The host name does not resolve: check the endpoint (%1) and your DNS.")
                              .arg(settings.endpoint.origin));
    case QueryAnswer::Failure::Tls:
        return withAdvice(
            QStringLiteral("SSL validation failed for %1 %2").arg(url, answer.message),
            Messages::tr("The server's certificate was not accepted: check ca_bundle or AWS_CA_BUNDLE, or the "
                         "certificate of your proxy."));
    case QueryAnswer::Failure::Timeout:
        return withAdvice(
            QStringLiteral("Read timeout on endpoint URL: \"%1\"").arg(url),
            Messages::tr("%1 did not answer in time: check your network or proxy.").arg(settings.service.toUpper()));
    case QueryAnswer::Failure::NoModule: return answer.message;
    case QueryAnswer::Failure::Network: break;
    }
    return withAdvice(QStringLiteral("Could not connect to the endpoint URL: \"%1\"").arg(url),
                      Messages::tr("Check your network connection, or the proxy in HTTPS_PROXY."));
}

Outcome failedCall(const QueryAnswer& answer, const AwsQueryCall::Settings& settings, const QString& operation)
{
    return failure(answer.failure == QueryAnswer::Failure::Service ? 254 : 255,
                   failedCallMessage(answer, settings, operation));
}

} // namespace apm::cli
