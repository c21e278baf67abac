// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityCommands.h"

#include <unistd.h>

#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include "AwsCalls.h"
#include "ResolveCommands.h"
#include "aws/AwsQuery.h"
#include "base/PythonText.h"
#include "config/DiskFile.h"
#include "config/ProfileStore.h"

namespace apm::cli {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::cli)
};

// The MFA code for `serial`: --mfa-code, else asked on the terminal as the CLI asks; nullopt without either.
std::optional<QString> mfaCode(const QString& serial, const std::optional<QString>& given)
{
    if (given)
        return given;
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "Enter MFA code for %s: ", serial.toLocal8Bit().constData());
    std::fflush(stderr);
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

// Writes an AssumeRole answer where the AWS CLI keeps it (JSONFileCache: ~/.aws/cli/cache/KEY.json, 0600), so
// that the CLI and our other commands use the role's credentials until they expire.
void cacheRole(const Environment& environment, const QString& key, const QueryAnswer& answer,
               const QDateTime& expiration)
{
    auto field = [&answer](const char* name) {
        return python::jsonString(answer.values.value(QLatin1String(name)));
    };
    // json.dumps of the response, the expiry as botocore's _serialize_if_needed writes a datetime.
    const QString json =
        QStringLiteral("{\"Credentials\": {\"AccessKeyId\": %1, \"SecretAccessKey\": %2, \"SessionToken\": %3, "
                       "\"Expiration\": %4}, \"AssumedRoleUser\": {\"AssumedRoleId\": %5, \"Arn\": %6}}")
            .arg(field("AccessKeyId"), field("SecretAccessKey"), field("SessionToken"),
                 python::jsonString(expiration.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'UTC'"))),
                 field("AssumedRoleId"), field("Arn"));
    const QString folder = environment.expandUser(QStringLiteral("~/.aws/cli/cache"));
    QDir().mkpath(folder);
    const QString path = folder + u'/' + key + QStringLiteral(".json");
    if (!writeDisk(path, json.toUtf8(), std::nullopt))
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// The identity as text, or as `aws sts get-caller-identity` prints it (json.dumps with indent 4, its key order),
// then where the credentials came from and, for temporary ones, when they expire.
QByteArray describe(const QueryAnswer& answer, const ResolvedCredentials& credentials, bool json)
{
    const QString account = answer.values.value(QStringLiteral("Account"));
    const QString arn = answer.values.value(QStringLiteral("Arn"));
    const QString userId = answer.values.value(QStringLiteral("UserId"));
    if (json) {
        QList<QPair<QString, QString>> fields{{QStringLiteral("UserId"), userId},
                                              {QStringLiteral("Account"), account},
                                              {QStringLiteral("Arn"), arn},
                                              {QStringLiteral("CredentialSource"), credentials.method}};
        if (credentials.expiry)
            fields.append({QStringLiteral("Expiration"), credentials.expiry->isoFormat});
        QStringList lines;
        for (const auto& [key, value] : fields)
            lines.append(QStringLiteral("    ") + python::jsonString(key) + QStringLiteral(": ")
                         + python::jsonString(value));
        return (QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n")).toUtf8();
    }
    QString text = QStringLiteral("Account      %1\nArn          %2\nUserId       %3\nCredentials  %4")
                       .arg(account, arn, userId, credentials.method);
    if (credentials.expiry)
        text += Messages::tr(", temporary: expire %1").arg(credentials.expiry->instant.toUTC().toString(Qt::ISODate));
    return (text + u'\n').toUtf8();
}

} // namespace

Outcome whoami(const ProfileStore& store, const Environment& environment, const WhoamiOptions& options,
               const QDateTime& now)
{
    const QString profileName = environment.selectedProfile().value_or(QStringLiteral("default"));
    if (environment.selectedProfile() && !store.profile(profileName))
        return failure(255, QStringLiteral("The config profile (%1) could not be found").arg(profileName));
    const AwsQueryCall::Settings settings =
        callSettings(store, environment, profileName, QStringLiteral("sts"), options.caBundle);

    // Roles are assumed as the CLI assumes them: STS in the session's region, the answer cached where it looks.
    std::optional<Outcome> roleFailure;
    const auto assumeRole = [&](const CredentialChain::RoleRequest& role, const ResolvedCredentials& source) {
        QList<QPair<QString, QString>> parameters{
            {QStringLiteral("Action"), QStringLiteral("AssumeRole")},
            {QStringLiteral("RoleArn"), role.roleArn},
            {QStringLiteral("RoleSessionName"),
             role.sessionName.value_or(QStringLiteral("botocore-session-%1").arg(now.toSecsSinceEpoch()))}};
        if (role.externalId)
            parameters.append({QStringLiteral("ExternalId"), *role.externalId});
        if (role.durationSeconds)
            parameters.append({QStringLiteral("DurationSeconds"), QString::number(*role.durationSeconds)});
        CredentialOutcome outcome;
        outcome.method = QStringLiteral("assume-role");
        if (role.mfaSerial) {
            const auto code = mfaCode(*role.mfaSerial, options.mfaCode);
            if (!code) {
                outcome.error =
                    Messages::tr("The role %1 asks for an MFA code (mfa_serial %2): give it with --mfa-code, or "
                                 "run whoami on a terminal to be asked.")
                        .arg(role.roleArn, *role.mfaSerial);
                return outcome;
            }
            parameters.append({QStringLiteral("SerialNumber"), *role.mfaSerial});
            parameters.append({QStringLiteral("TokenCode"), *code});
        }
        const QueryAnswer answer = callAws(settings, source, parameters, environment);
        const auto expiry = parseTimestamp(answer.values.value(QStringLiteral("Expiration")));
        if (answer.failure != QueryAnswer::Failure::None || !expiry) {
            roleFailure = failedCall(answer, settings, QStringLiteral("AssumeRole"));
            outcome.error = QStringLiteral("AssumeRole failed");
            return outcome;
        }
        cacheRole(environment, role.cacheKey, answer, expiry->instant);
        ResolvedCredentials credentials;
        credentials.method = outcome.method;
        credentials.accessKey = answer.values.value(QStringLiteral("AccessKeyId"));
        credentials.secretKey = answer.values.value(QStringLiteral("SecretAccessKey"));
        credentials.token = answer.values.value(QStringLiteral("SessionToken"));
        credentials.expiry = expiry;
        outcome.credentials = credentials;
        return outcome;
    };

    const CredentialOutcome found = resolveCredentials(store, environment, environment, now, assumeRole);
    if (roleFailure)
        return *roleFailure;
    if (found.error)
        return failure(253, found.error->trimmed());
    if (found.needsNetwork) {
        return failure(
            253, Messages::tr("The credentials come from %1 (%2). whoami uses them once the AWS CLI has them in its "
                              "cache: run any aws command with this profile first.")
                     .arg(found.method, found.detail));
    }
    if (!found.credentials)
        return failure(253, QStringLiteral("Unable to locate credentials. You can configure credentials by running "
                                           "\"aws configure\"."));
    const QueryAnswer answer = callAws(settings, *found.credentials,
                                       {{QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")}}, environment);
    if (answer.failure != QueryAnswer::Failure::None)
        return failedCall(answer, settings, QStringLiteral("GetCallerIdentity"));
    return Outcome{0, describe(answer, *found.credentials, options.json), {}};
}

} // namespace apm::cli
