// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "CommandLine.h"
#include "aws/AwsQuery.h"

namespace apm {
class ProfileStore;
}

namespace apm::cli {

// What the commands that call AWS (whoami, rotate) share: where a call goes, running it, and its failure said as
// the AWS CLI says it, with what to do.

// How a call made for `profile` reaches `service` ("sts", "iam"), as the AWS CLI decides it: the endpoint and the
// region it is signed for, the CA bundle (--ca-bundle, AWS_CA_BUNDLE, ca_bundle) and max_attempts.
[[nodiscard]] AwsQueryCall::Settings callSettings(const ProfileStore& store, const Environment& environment,
                                                  const QString& profile, const QString& service,
                                                  const std::optional<QString>& caBundle);

// Runs one call to its end (a command: nothing else runs meanwhile). The API version is the service's.
[[nodiscard]] QueryAnswer callAws(const AwsQueryCall::Settings& settings, const ResolvedCredentials& credentials,
                                  const QList<QPair<QString, QString>>& parameters, const Environment& environment);

// A failed call in the CLI's words (status 254 for the service's refusal, 255 for the rest), then what to do.
[[nodiscard]] Outcome failedCall(const QueryAnswer& answer, const AwsQueryCall::Settings& settings,
                                 const QString& operation);
// The same as one message, without the status.
[[nodiscard]] QString failedCallMessage(const QueryAnswer& answer, const AwsQueryCall::Settings& settings,
                                        const QString& operation);

// An outcome with the message on standard error, as the AWS CLI frames it.
[[nodiscard]] Outcome failure(int status, const QString& message);

} // namespace apm::cli
