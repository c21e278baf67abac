// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolveCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ImdsCommand.h"
#include "base/PythonText.h"
#include "config/ProfileStore.h"
#include "resolve/CredentialProcess.h"
#include "resolve/Resolver.h"

namespace apm::cli {

namespace {

const QString kNotSet = QStringLiteral("<not set>");

// '%10s %24s %16s    %s\n'
QByteArray listRow(const QString& name, const QString& value, const QString& type, const QString& location)
{
    return (name.rightJustified(10) + u' ' + value.rightJustified(24) + u' ' + type.rightJustified(16)
            + QStringLiteral("    ") + location + u'\n')
        .toUtf8();
}

// The environment a credential_process sees when export-credentials runs: the CLI's recursion barrier.
const QString kChainVariable = QStringLiteral("_AWS_CLI_PROFILE_CHAIN");

QString sourceName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Option: return QStringLiteral("option");
    case SourceKind::Environment: return QStringLiteral("environment");
    case SourceKind::CredentialsFile: return QStringLiteral("credentials-file");
    case SourceKind::ConfigFile: return QStringLiteral("config-file");
    case SourceKind::Provider: return QStringLiteral("provider");
    case SourceKind::Container: return QStringLiteral("container");
    case SourceKind::InstanceMetadata: return QStringLiteral("instance-metadata");
    case SourceKind::Default: return QStringLiteral("default");
    }
    return {};
}

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info: return QStringLiteral("info");
    case Finding::Severity::Warning: return QStringLiteral("warning");
    case Finding::Severity::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace

namespace {

// What the CLI's credential chain gets from IMDS: credentials, the error it stops with, or nothing.
CredentialOutcome metadataCredentials(const ProfileStore& store, const Environment& environment)
{
    const ImdsResult result = probeMetadata(metadataSettings(store, environment), ImdsProbe::Scope::Credentials);
    CredentialOutcome answer;
    answer.credentials = result.credentials;
    answer.error = result.cliError;
    return answer;
}

} // namespace

Outcome list(const ProfileStore& store, const Environment& environment, const QDateTime& now, bool emptyProfileOption)
{
    Outcome outcome;
    outcome.out +=
        listRow(QStringLiteral("Name"), QStringLiteral("Value"), QStringLiteral("Type"), QStringLiteral("Location"));
    outcome.out +=
        listRow(QStringLiteral("----"), QStringLiteral("-----"), QStringLiteral("----"), QStringLiteral("--------"));

    const auto envProfile = environment.value(QStringLiteral("AWS_PROFILE")).has_value()
                                ? environment.value(QStringLiteral("AWS_PROFILE"))
                                : environment.value(QStringLiteral("AWS_DEFAULT_PROFILE"));
    if (environment.profileOption)
        outcome.out += listRow(QStringLiteral("profile"), *environment.profileOption, QStringLiteral("manual"),
                               QStringLiteral("--profile"));
    else if (emptyProfileOption) // the CLI tests `parsed_globals.profile is not None`, then shows session.profile
        outcome.out +=
            listRow(QStringLiteral("profile"), environment.selectedProfile().value_or(QStringLiteral("None")),
                    QStringLiteral("manual"), QStringLiteral("--profile"));
    else if (envProfile)
        outcome.out += listRow(QStringLiteral("profile"), *envProfile, QStringLiteral("env"),
                               QStringLiteral("['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']"));
    else
        outcome.out += listRow(QStringLiteral("profile"), kNotSet, QStringLiteral("None"), QStringLiteral("None"));

    // The CLI's two metadata fetchers, each asked only when needed: credentials when the chain gets that far,
    // the region when nothing else sets it.
    CredentialChain chain(store, environment, now);
    chain.setContainerLookup([&] { return fetchContainerCredentials(environment, now); });
    chain.setMetadataLookup([&] { return metadataCredentials(store, environment); });
    const CredentialOutcome credentials = chain.resolve();
    if (credentials.error) {
        outcome.status = 255;
        outcome.err = (u'\n' + *credentials.error + u'\n').toUtf8();
        return outcome;
    }
    if (credentials.credentials) {
        outcome.out += listRow(QStringLiteral("access_key"), maskSecret(credentials.credentials->accessKey),
                               credentials.method, QString());
        outcome.out += listRow(QStringLiteral("secret_key"), maskSecret(credentials.credentials->secretKey),
                               credentials.method, QString());
    } else if (credentials.needsNetwork) {
        // The AWS CLI would call out here; we say so instead of guessing.
        const QString unknown = QStringLiteral("<not fetched>");
        outcome.out += listRow(QStringLiteral("access_key"), unknown, credentials.method, QString());
        outcome.out += listRow(QStringLiteral("secret_key"), unknown, credentials.method, QString());
        outcome.err += QStringLiteral("Note: the credentials come from %1 (%2); aws-profile-manager does not contact "
                                      "it.\n")
                           .arg(credentials.method, credentials.detail)
                           .toUtf8();
    } else {
        outcome.out += listRow(QStringLiteral("access_key"), kNotSet, QStringLiteral("None"), QStringLiteral("None"));
        outcome.out += listRow(QStringLiteral("secret_key"), kNotSet, QStringLiteral("None"), QStringLiteral("None"));
    }

    // region: environment, then the profile's settings (the credentials file included, although the row names
    // the config file, as the CLI's does), then --region shown as "imds", then IMDS itself.
    const auto envRegion = environment.value(QStringLiteral("AWS_REGION")).has_value()
                               ? environment.value(QStringLiteral("AWS_REGION"))
                               : environment.value(QStringLiteral("AWS_DEFAULT_REGION"));
    const Profile* profile = store.profile(environment.selectedProfile().value_or(QStringLiteral("default")));
    const ProfileSetting* fileRegion = profile ? profile->setting(QStringLiteral("region")) : nullptr;
    if (envRegion) {
        outcome.out += listRow(QStringLiteral("region"), *envRegion, QStringLiteral("env"),
                               QStringLiteral("['AWS_REGION', 'AWS_DEFAULT_REGION']"));
    } else if (fileRegion) {
        outcome.out += listRow(QStringLiteral("region"), fileRegion->value().scalar, QStringLiteral("config-file"),
                               store.files().file(FileKind::Config).variable);
    } else if (environment.regionOption) {
        outcome.out += listRow(QStringLiteral("region"), *environment.regionOption, QStringLiteral("imds"), QString());
    } else if (const ImdsSettings imds = metadataSettings(store, environment); !imds.disabled) {
        const ImdsResult zone = probeMetadata(imds, ImdsProbe::Scope::Region);
        if (zone.outcome == ImdsResult::Outcome::BadRequest
            || (!zone.trace.isEmpty() && zone.trace.first().status == 400)) {
            // The AWS CLI 2.9 stops here (its region fetcher lets the 400 through); 2.21 and later go on without a
            // region. We answer as the CLI installed here does.
            outcome.status = 255;
            outcome.err = QByteArrayLiteral("\nThe instance metadata service answered 400 Bad Request to the token "
                                            "request for the region.\n");
            return outcome;
        }
        outcome.out += zone.region
                           ? listRow(QStringLiteral("region"), *zone.region, QStringLiteral("imds"), QString())
                           : listRow(QStringLiteral("region"), kNotSet, QStringLiteral("None"), QStringLiteral("None"));
    } else {
        outcome.out += listRow(QStringLiteral("region"), kNotSet, QStringLiteral("None"), QStringLiteral("None"));
    }
    return outcome;
}

CredentialOutcome resolveCredentials(const ProfileStore& store, const Environment& environment,
                                     const Environment& processEnvironment, const QDateTime& now,
                                     const CredentialChain::RoleAssumer& assumer)
{
    CredentialChain chain(store, environment, now);
    chain.setProcessRunner([processEnvironment, now](const QString& commandLine) {
        return runCredentialProcess(commandLine, processEnvironment, now);
    });
    chain.setContainerLookup([&] { return fetchContainerCredentials(environment, now); });
    chain.setMetadataLookup([&] { return metadataCredentials(store, environment); });
    chain.setRoleAssumer(assumer);
    return chain.resolve();
}

Outcome exportCredentials(const ProfileStore& store, const Environment& environment, const QString& format,
                          const QDateTime& now)
{
    auto refuse = [](const QString& message) {
        return Outcome{253, {}, (u'\n' + message + u'\n').toUtf8()};
    };
    // The CLI's guard against a credential_process that calls export-credentials for itself.
    const QString profile = environment.selectedProfile().value_or(QStringLiteral("default"));
    const QString chainText = environment.value(kChainVariable).value_or(QString());
    QStringList seen = chainText.isEmpty() ? QStringList{QString()} : chainText.split(u',');
    if (chainText.isEmpty())
        seen.clear();
    if (seen.size() >= 4) {
        return refuse(QStringLiteral("Maximum recursive credential process resolution reached (4).\nProfiles seen: %1")
                          .arg(seen.join(QStringLiteral(" -> "))));
    }
    if (seen.contains(profile)) {
        return refuse(QStringLiteral("Credential process resolution detected an infinite loop, profile cycle: %1\n")
                          .arg((seen + QStringList{profile}).join(QStringLiteral(" -> "))));
    }
    Environment child = environment;
    child.set(kChainVariable, (seen + QStringList{profile}).join(u','));

    const CredentialOutcome outcome = resolveCredentials(store, environment, child, now);
    // Errors of loading are wrapped (status 253); a refresh fails later, when the credentials are read, and the
    // CLI reports that one as it is (status 255).
    if (outcome.error && outcome.raisedOnUse)
        return Outcome{255, {}, (u'\n' + *outcome.error + u'\n').toUtf8()};
    if (outcome.error)
        return refuse(QStringLiteral("Unable to retrieve credentials: ") + outcome.error->trimmed());
    if (outcome.needsNetwork) {
        return refuse(QStringLiteral("Unable to retrieve credentials: they come from %1 (%2), which "
                                     "aws-profile-manager does not contact")
                          .arg(outcome.method, outcome.detail));
    }
    if (!outcome.credentials)
        return refuse(QStringLiteral("Unable to retrieve credentials: no credentials found"));

    const ResolvedCredentials& c = *outcome.credentials;
    QList<QPair<QString, QString>> values{{QStringLiteral("AWS_ACCESS_KEY_ID"), c.accessKey},
                                          {QStringLiteral("AWS_SECRET_ACCESS_KEY"), c.secretKey}};
    if (c.token)
        values.append({QStringLiteral("AWS_SESSION_TOKEN"), *c.token});
    if (c.expiry)
        values.append({QStringLiteral("AWS_CREDENTIAL_EXPIRATION"), c.expiry->isoFormat});
    Outcome result;
    if (format == u"process") {
        QStringList members{QStringLiteral("  \"Version\": 1"),
                            QStringLiteral("  \"AccessKeyId\": ") + python::jsonString(c.accessKey),
                            QStringLiteral("  \"SecretAccessKey\": ") + python::jsonString(c.secretKey)};
        if (c.token)
            members.append(QStringLiteral("  \"SessionToken\": ") + python::jsonString(*c.token));
        if (c.expiry)
            members.append(QStringLiteral("  \"Expiration\": ") + python::jsonString(c.expiry->isoFormat));
        result.out = (QStringLiteral("{\n") + members.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n")).toUtf8();
        return result;
    }
    const QString pattern = format == u"env"             ? QStringLiteral("export %1=%2\n")
                            : format == u"env-no-export" ? QStringLiteral("%1=%2\n")
                            : format == u"powershell"    ? QStringLiteral("$Env:%1=\"%2\"\n")
                                                         : QStringLiteral("set %1=%2\n");
    for (const auto& [name, value] : values)
        result.out += pattern.arg(name, value).toUtf8();
    return result;
}

Outcome explain(const ProfileStore& store, const Environment& environment, bool json, const QDateTime& now)
{
    Resolver resolver(store, environment, now);
    resolver.setContainerLookup([&] { return fetchContainerCredentials(environment, now); });
    resolver.setMetadataLookup([&] { return metadataCredentials(store, environment); });
    const Resolution resolution = resolver.resolve();
    Outcome outcome;
    if (json) {
        QJsonArray fields;
        for (const FieldResolution& f : resolution.fields) {
            QJsonArray candidates;
            for (const Candidate& c : f.candidates) {
                candidates.append(QJsonObject{{QStringLiteral("source"), sourceName(c.kind)},
                                              {QStringLiteral("origin"), c.origin},
                                              {QStringLiteral("value"), c.value ? QJsonValue(*c.value) : QJsonValue()},
                                              {QStringLiteral("ignored"), c.ignored},
                                              {QStringLiteral("note"), c.note}});
            }
            fields.append(
                QJsonObject{{QStringLiteral("name"), f.name},
                            {QStringLiteral("winner"), f.winner >= 0 ? QJsonValue(f.winner) : QJsonValue()},
                            {QStringLiteral("value"),
                             f.winning() && f.winning()->value ? QJsonValue(*f.winning()->value) : QJsonValue()},
                            {QStringLiteral("reason"), f.reason},
                            {QStringLiteral("candidates"), candidates}});
        }
        const CredentialOutcome& c = resolution.credentials;
        QJsonArray findings;
        for (const Finding& f : resolution.findings) {
            // The chain's error has its own place in the document: said once there, pointed at here.
            const bool chainError = c.error && f.message == *c.error;
            findings.append(QJsonObject{
                {QStringLiteral("severity"), severityName(f.severity)},
                {QStringLiteral("code"), Finding::codeName(f.code)},
                {QStringLiteral("message"), chainError ? QStringLiteral("see credentials.error") : f.message}});
        }
        const QJsonObject root{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("profile"),
             resolution.selectedProfile ? QJsonValue(*resolution.selectedProfile) : QJsonValue()},
            {QStringLiteral("profileSource"), resolution.profileSource},
            {QStringLiteral("credentials"),
             QJsonObject{{QStringLiteral("method"), c.method.isEmpty() ? QJsonValue() : QJsonValue(c.method)},
                         {QStringLiteral("found"), c.credentials.has_value()},
                         {QStringLiteral("error"), c.error ? QJsonValue(*c.error) : QJsonValue()},
                         {QStringLiteral("needsNetwork"), c.needsNetwork},
                         {QStringLiteral("detail"), c.detail}}},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("findings"), findings}};
        outcome.out = QJsonDocument(root).toJson(QJsonDocument::Indented);
        return outcome;
    }
    QString text;
    for (const FieldResolution& f : resolution.fields) {
        const Candidate* w = f.winning();
        text += QStringLiteral("%1 = %2\n    %3\n")
                    .arg(f.name, w && w->value ? *w->value : QStringLiteral("<not set>"), f.reason);
        for (int i = 0; i < f.candidates.size(); ++i) {
            const Candidate& c = f.candidates[i];
            if (!c.value && c.note.isEmpty())
                continue;
            const QString marker = i == f.winner ? QStringLiteral("  * ") : QStringLiteral("    ");
            text += marker + QStringLiteral("%1: %2").arg(c.origin, c.value.value_or(QStringLiteral("-")));
            if (!c.note.isEmpty())
                text += QStringLiteral("  (%1)").arg(c.note);
            text += u'\n';
        }
    }
    if (!resolution.findings.isEmpty()) {
        text += QStringLiteral("\nFindings:\n");
        for (const Finding& f : resolution.findings)
            text += QStringLiteral("  [%1] %2\n").arg(severityName(f.severity), f.message);
    }
    outcome.out = text.toUtf8();
    return outcome;
}

} // namespace apm::cli
