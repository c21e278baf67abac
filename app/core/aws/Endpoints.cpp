// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoints.h"

#include "config/ProfileStore.h"

namespace apm::endpoints {

namespace {

// A setting the environment gives first and the profile second, as botocore's config chain reads it.
std::optional<QString> setting(const Environment& environment, const Profile* profile, const QString& variable,
                               const QString& key)
{
    if (auto value = environment.value(variable))
        return value;
    return profile ? profile->value(key) : std::nullopt;
}

// The DNS suffix of the partition a region belongs to, as botocore's partitions.json gives it.
QString dnsSuffix(const QString& region)
{
    if (region.startsWith(u"cn-"))
        return QStringLiteral("amazonaws.com.cn");
    if (region.startsWith(u"us-isob-"))
        return QStringLiteral("sc2s.sgov.gov");
    if (region.startsWith(u"us-iso-"))
        return QStringLiteral("c2s.ic.gov");
    return QStringLiteral("amazonaws.com");
}

} // namespace

std::optional<ServiceEndpoint> configured(const ProfileStore& store, const Environment& environment,
                                          const QString& profile, const QString& serviceId)
{
    const Profile* p = store.profile(profile);
    const auto ignore = setting(environment, p, QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"),
                                QStringLiteral("ignore_configured_endpoint_urls"));
    if (ignore && ignore->trimmed().toLower() == u"true")
        return std::nullopt;
    // The service's own variable: its id upper-cased, blanks and dashes as underscores.
    QString suffix = serviceId.toUpper();
    suffix.replace(u' ', u'_').replace(u'-', u'_');
    for (const QString& variable : {QStringLiteral("AWS_ENDPOINT_URL_") + suffix, QStringLiteral("AWS_ENDPOINT_URL")}) {
        if (const auto url = environment.value(variable); url && !url->isEmpty())
            return ServiceEndpoint{QUrl(*url), variable, {}};
    }
    if (!p)
        return std::nullopt;
    // services = NAME points at a [services NAME] block, whose nested `<service> =` entries hold endpoint_url.
    if (const auto services = p->value(QStringLiteral("services"))) {
        const QString key = serviceId.toLower().replace(u' ', u'_').replace(u'-', u'_');
        const QString section = QStringLiteral("services ") + *services;
        if (const auto value = store.topLevelValue(section, key)) {
            if (const auto url = value->sub(QStringLiteral("endpoint_url")))
                return ServiceEndpoint{QUrl(*url), QStringLiteral("[%1] %2.endpoint_url").arg(section, key), {}};
        }
    }
    if (const auto url = p->value(QStringLiteral("endpoint_url")); url && !url->isEmpty())
        return ServiceEndpoint{QUrl(*url), QStringLiteral("endpoint_url"), {}};
    return std::nullopt;
}

ServiceEndpoint sts(const ProfileStore& store, const Environment& environment, const QString& profile,
                    const std::optional<QString>& region)
{
    const bool noRegion = !region || region->isEmpty();
    if (auto endpoint = configured(store, environment, profile, QStringLiteral("sts"))) {
        endpoint->signingRegion = noRegion ? QStringLiteral("us-east-1") : *region;
        return *endpoint;
    }
    if (noRegion || *region == u"aws-global") {
        return {QUrl(QStringLiteral("https://sts.amazonaws.com")), QStringLiteral("the global STS endpoint"),
                QStringLiteral("us-east-1")};
    }
    return {QUrl(QStringLiteral("https://sts.%1.%2").arg(*region, dnsSuffix(*region))),
            QStringLiteral("region %1").arg(*region), *region};
}

ServiceEndpoint iam(const ProfileStore& store, const Environment& environment, const QString& profile,
                    const std::optional<QString>& region)
{
    const bool noRegion = !region || region->isEmpty();
    if (auto endpoint = configured(store, environment, profile, QStringLiteral("iam"))) {
        endpoint->signingRegion = noRegion ? QStringLiteral("us-east-1") : *region;
        return *endpoint;
    }
    // botocore's IAM endpoint rules, by the partition the region belongs to.
    struct Partition {
        const char16_t* prefix;
        const char* url;
        const char16_t* signingRegion;
    };
    static const Partition partitions[] = {
        {u"cn-", "https://iam.cn-north-1.amazonaws.com.cn", u"cn-north-1"},
        {u"us-gov-", "https://iam.us-gov.amazonaws.com", u"us-gov-west-1"},
        {u"us-isob-", "https://iam.us-isob-east-1.sc2s.sgov.gov", u"us-isob-east-1"},
        {u"us-iso-", "https://iam.us-iso-east-1.c2s.ic.gov", u"us-iso-east-1"},
    };
    for (const Partition& partition : partitions) {
        if (!noRegion && region->startsWith(QStringView(partition.prefix))) {
            return {QUrl(QLatin1String(partition.url)), QStringLiteral("region %1").arg(*region),
                    QString::fromUtf16(partition.signingRegion)};
        }
    }
    return {QUrl(QStringLiteral("https://iam.amazonaws.com")), QStringLiteral("the global IAM endpoint"),
            QStringLiteral("us-east-1")};
}

ServiceEndpoint ssoPortal(const ProfileStore& store, const Environment& environment, const QString& profile,
                          const QString& ssoRegion)
{
    if (auto endpoint = configured(store, environment, profile, QStringLiteral("sso"))) {
        endpoint->signingRegion = ssoRegion;
        return *endpoint;
    }
    return {QUrl(QStringLiteral("https://portal.sso.%1.%2").arg(ssoRegion, dnsSuffix(ssoRegion))),
            QStringLiteral("sso_region %1").arg(ssoRegion), ssoRegion};
}

} // namespace apm::endpoints
