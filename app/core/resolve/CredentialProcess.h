// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include "base/Credentials.h"
#include "base/Environment.h"

namespace apm {

/**
 * Runs a profile's `credential_process` the way the AWS CLI runs it: split with POSIX shell rules (no shell),
 * the child sees `environment`, stdout must be the version 1 JSON document, stderr is kept out of our output
 * and only quoted in the error. Credentials whose Expiration is less than 15 minutes away are fetched a second
 * time, as the CLI's refresh does, and refused when still expired. The CLI has no timeout; we stop a process
 * after `timeoutMs` and say so. Blocks the calling thread (the headless commands use it).
 */
[[nodiscard]] CredentialOutcome runCredentialProcess(const QString& commandLine, const Environment& environment,
                                                     const QDateTime& now, int timeoutMs = 60000);

// What a credential_process printed on stdout, read as the AWS CLI reads it: a JSON object, Version 1,
// AccessKeyId and SecretAccessKey, optional SessionToken and Expiration. The error is the CLI's message.
struct ProcessOutput {
    std::optional<ResolvedCredentials> credentials;
    std::optional<QString> error;
};
[[nodiscard]] ProcessOutput readCredentialProcessOutput(const QByteArray& out);

} // namespace apm
