// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoToken.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "config/ProfileStore.h"

namespace apm {

SsoToken SsoToken::read(const Environment& environment, const std::optional<QString>& sessionName,
                        const QString& startUrl, const QDateTime& now)
{
    SsoToken token;
    token.fromSession = sessionName.has_value();
    token.cachedAs = sessionName.value_or(startUrl);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(token.cachedAs.toUtf8(), QCryptographicHash::Sha1).toHex());
    token.path = environment.expandUser(QStringLiteral("~/.aws/sso/cache/")) + hash + QStringLiteral(".json");
    QFile file(token.path);
    if (!QFileInfo(token.path).isFile() || !file.open(QIODevice::ReadOnly))
        return token; // Missing
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        token.state = State::Malformed;
        return token;
    }
    const QJsonObject object = document.object();
    if (!object.contains(QStringLiteral("accessToken")) || !object.contains(QStringLiteral("expiresAt"))) {
        token.state = State::Incomplete;
        return token;
    }
    token.expiresAt = parseTimestamp(object.value(QStringLiteral("expiresAt")).toString());
    const bool expired = token.expiresAt && now.secsTo(token.expiresAt->instant) <= 0;
    // An sso-session token is refreshed through sso-oidc when it carries what a refresh needs and its client
    // registration still holds; a legacy token never is.
    const auto registration = parseTimestamp(object.value(QStringLiteral("registrationExpiresAt")).toString());
    const bool refreshable = token.fromSession && object.contains(QStringLiteral("refreshToken"))
                             && object.contains(QStringLiteral("clientId"))
                             && object.contains(QStringLiteral("clientSecret")) && registration
                             && now.secsTo(registration->instant) > 0;
    token.state = !expired ? State::Valid : refreshable ? State::Refreshable : State::Expired;
    return token;
}

std::optional<SsoToken> SsoToken::forProfile(const ProfileStore& store, const Environment& environment,
                                             const QString& profile, const QDateTime& now)
{
    const Profile* p = store.profile(profile);
    if (!p)
        return std::nullopt;
    if (const auto session = p->value(QStringLiteral("sso_session"))) {
        QString startUrl;
        if (const auto block = store.ssoSession(*session)) {
            for (const auto& [key, value] : *block) {
                if (key == u"sso_start_url")
                    startUrl = value.scalar;
            }
        }
        return read(environment, session, startUrl, now);
    }
    if (const auto startUrl = p->value(QStringLiteral("sso_start_url")))
        return read(environment, std::nullopt, *startUrl, now);
    return std::nullopt;
}

} // namespace apm
