// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QUrl>

#include "base/Environment.h"

namespace apm {

class ProfileStore;

// Where a call to an AWS service goes, and why there.
struct ServiceEndpoint {
    QUrl url;
    QString origin; // "AWS_ENDPOINT_URL_STS", "[services corp] sts.endpoint_url", "endpoint_url", "region eu-west-1"
    QString signingRegion; // the region requests are signed for (set by sts() and iam())
};

/**
 * The endpoint the current AWS CLI picks for a service: the configured endpoint URLs (the service's variable
 * AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL, then the profile's [services] section, then its endpoint_url;
 * none of them when ignore_configured_endpoint_urls is true), else the service's own endpoint for the region.
 * The CLI's --endpoint-url option would come first; our commands have none. A configured endpoint is signed for
 * the region as it is set (the CLI refuses to call one without a region; we sign for us-east-1 then).
 */
namespace endpoints {

// `serviceId` as botocore names it ("sts", "iam", "sso"); `profile` is the profile the call is made for.
[[nodiscard]] std::optional<ServiceEndpoint> configured(const ProfileStore& store, const Environment& environment,
                                                        const QString& profile, const QString& serviceId);

// STS for the region as the AWS CLI v2 picks it: regional (sts.REGION.amazonaws.com, .com.cn in China), the
// global sts.amazonaws.com without a region or for aws-global.
[[nodiscard]] ServiceEndpoint sts(const ProfileStore& store, const Environment& environment, const QString& profile,
                                  const std::optional<QString>& region);

// IAM as the AWS CLI v2 picks it: one endpoint per partition, signed for that partition's region
// (iam.amazonaws.com for us-east-1, iam.cn-north-1.amazonaws.com.cn, iam.us-gov.amazonaws.com for us-gov-west-1).
[[nodiscard]] ServiceEndpoint iam(const ProfileStore& store, const Environment& environment, const QString& profile,
                                  const std::optional<QString>& region);

// The IAM Identity Center portal (service "sso", which lists an SSO user's accounts and roles) for the
// sso-session's sso_region: portal.sso.REGION.amazonaws.com (.com.cn in China). Its calls carry the user's SSO
// token instead of a signature.
[[nodiscard]] ServiceEndpoint ssoPortal(const ProfileStore& store, const Environment& environment,
                                        const QString& profile, const QString& ssoRegion);

} // namespace endpoints

} // namespace apm
