// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

namespace apm {

// A point in time as a credential source gave it, with Python's isoformat() of it (2030-01-01T00:00:00+00:00),
// which is how export-credentials prints it.
struct Timestamp {
    QDateTime instant;
    QString isoFormat;
};

// Credentials as the AWS CLI would use them. Secrets stay here; nothing prints them unmasked but
// export-credentials, whose job it is.
struct ResolvedCredentials {
    QString accessKey;
    QString secretKey;
    std::optional<QString> token;
    std::optional<Timestamp> expiry;
    QString method; // the AWS CLI's method name: env, shared-credentials-file, custom-process, ...
};

// The outcome of the credential chain: credentials, an error the AWS CLI would stop with, or neither.
// What kind of error a credential provider stopped with, for code that acts on it (the message is for people).
enum class CredentialError {
    Other,
    PartialCredentials,        // a key without its secret, or the reverse
    SourceProfileCycle,        // source_profile leads back to itself
    SourceAndCredentialSource, // a profile sets both
    InvalidCredentialSource,   // credential_source names no source the CLI knows
};

struct CredentialOutcome {
    std::optional<ResolvedCredentials> credentials;
    std::optional<QString> error;                       // the AWS CLI's message
    CredentialError errorKind = CredentialError::Other; // when `error` is set
    QString method;                                     // the provider that answered (or failed)
    QString detail;                                     // what was looked at, for the precedence table
    bool needsNetwork = false; // a provider would call AWS (STS, SSO) or a metadata endpoint to answer
    bool raisedOnUse = false;  // the error comes when the credentials are used (a refresh), not when loaded
};

// dateutil-style parse of the ISO 8601 timestamps credential sources use (Z, offsets, fractions); nullopt
// for text without a time zone, which botocore cannot compare either. The one timestamp parser.
[[nodiscard]] std::optional<Timestamp> parseTimestamp(const QString& text);

} // namespace apm
