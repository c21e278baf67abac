// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImdsCommand.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "base/DisplayText.h"
#include "config/ProfileStore.h"
#include "imds/ContainerCredentials.h"

namespace apm::cli {

namespace {

QString outcomeName(ImdsResult::Outcome outcome)
{
    switch (outcome) {
    case ImdsResult::Outcome::Disabled: return QStringLiteral("disabled");
    case ImdsResult::Outcome::ConfigError: return QStringLiteral("config-error");
    case ImdsResult::Outcome::InvalidEndpoint: return QStringLiteral("invalid-endpoint");
    case ImdsResult::Outcome::Unreachable: return QStringLiteral("unreachable");
    case ImdsResult::Outcome::TokenRequired: return QStringLiteral("token-required");
    case ImdsResult::Outcome::BadRequest: return QStringLiteral("bad-request");
    case ImdsResult::Outcome::NoRole: return QStringLiteral("no-role");
    case ImdsResult::Outcome::BadDocument: return QStringLiteral("bad-document");
    case ImdsResult::Outcome::Credentials: return QStringLiteral("credentials");
    case ImdsResult::Outcome::RegionOnly: return QStringLiteral("region-only");
    }
    return {};
}

} // namespace

ImdsResult probeMetadata(const ImdsSettings& settings, ImdsProbe::Scope scope)
{
    ImdsProbe probe(settings, scope);
    ImdsResult result;
    QEventLoop loop; // headless only: there is no window to keep responsive
    QObject::connect(&probe, &ImdsProbe::finished, &loop, [&](const ImdsResult& r) {
        result = r;
        loop.quit();
    });
    probe.start();
    if (probe.isRunning())
        loop.exec();
    return result;
}

CredentialOutcome fetchContainerCredentials(const Environment& environment, const QDateTime& now)
{
    ContainerCredentialsFetch fetch(environment, now);
    CredentialOutcome outcome;
    QEventLoop loop;
    bool done = false;
    QObject::connect(&fetch, &ContainerCredentialsFetch::finished, &loop, [&](const CredentialOutcome& o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    fetch.start();
    if (!done)
        loop.exec();
    return outcome;
}

ImdsSettings metadataSettings(const ProfileStore& store, const Environment& environment)
{
    return ImdsSettings::resolve(environment,
                                 store.profile(environment.selectedProfile().value_or(QStringLiteral("default"))));
}

Outcome imds(const ProfileStore& store, const Environment& environment, bool json)
{
    const ImdsSettings settings = metadataSettings(store, environment);
    const ImdsResult result = probeMetadata(settings);
    Outcome outcome;
    outcome.status = result.outcome == ImdsResult::Outcome::Credentials ? 0 : 1;
    if (json) {
        QJsonArray trace;
        for (const ImdsStep& s : result.trace) {
            trace.append(QJsonObject{{QStringLiteral("method"), s.method},
                                     {QStringLiteral("path"), s.path},
                                     {QStringLiteral("status"), s.status},
                                     {QStringLiteral("error"), s.error},
                                     {QStringLiteral("elapsedMs"), s.elapsedMs},
                                     {QStringLiteral("token"), s.withToken}});
        }
        QJsonObject root{{QStringLiteral("schema"), 1},
                         {QStringLiteral("endpoint"), settings.baseUrl},
                         {QStringLiteral("outcome"), outcomeName(result.outcome)},
                         {QStringLiteral("imdsVersion"), result.usedToken ? 2 : 1},
                         {QStringLiteral("role"), result.roleName ? QJsonValue(*result.roleName) : QJsonValue()},
                         {QStringLiteral("region"), result.region ? QJsonValue(*result.region) : QJsonValue()},
                         {QStringLiteral("expired"), result.expired},
                         {QStringLiteral("diagnosis"), result.diagnosis},
                         {QStringLiteral("proxy"), settings.proxy ? QJsonValue(settings.proxy->host + u':'
                                                                               + QString::number(settings.proxy->port))
                                                                  : QJsonValue()},
                         {QStringLiteral("proxyNote"), settings.proxyNote},
                         {QStringLiteral("trace"), trace}};
        if (result.credentials) {
            root.insert(QStringLiteral("accessKey"), maskSecret(result.credentials->accessKey));
            root.insert(QStringLiteral("expiration"),
                        result.credentials->expiry ? QJsonValue(result.credentials->expiry->isoFormat) : QJsonValue());
        }
        outcome.out = QJsonDocument(root).toJson(QJsonDocument::Indented);
        return outcome;
    }
    QString text = QStringLiteral("Endpoint: %1%2\n")
                       .arg(settings.baseUrl, settings.proxy ? QStringLiteral(" (through a proxy)") : QString());
    if (!settings.proxyNote.isEmpty())
        text += QStringLiteral("Proxy: %1\n").arg(settings.proxyNote);
    for (const ImdsStep& s : result.trace) {
        text += QStringLiteral("  %1 %2%3  %4  %5 ms\n")
                    .arg(s.method.leftJustified(4), s.path, s.withToken ? QStringLiteral(" [token]") : QString(),
                         s.status ? QString::number(s.status) : s.error)
                    .arg(s.elapsedMs);
    }
    text += QStringLiteral("Outcome: %1\n%2\n").arg(outcomeName(result.outcome), result.diagnosis);
    outcome.out = text.toUtf8();
    return outcome;
}

} // namespace apm::cli
