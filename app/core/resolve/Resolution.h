// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

namespace apm {

// Where a candidate value comes from, in the AWS CLI's order of precedence.
enum class SourceKind {
    Option,           // --profile, --region, --output
    Environment,      // an environment variable
    CredentialsFile,  // ~/.aws/credentials
    ConfigFile,       // ~/.aws/config
    Provider,         // credential_process, assume-role, SSO, web identity, legacy files
    Container,        // the container credentials endpoint
    InstanceMetadata, // IMDS
    Default,          // the AWS CLI's built-in default
};

// One source's offer for a field.
struct Candidate {
    SourceKind kind = SourceKind::Default;
    QString origin;               // "--region", "AWS_REGION", "/home/me/.aws/config:12 [profile dev]", "custom-process"
    std::optional<QString> value; // what it offers (secrets masked); nullopt when it offers nothing
    QString note;                 // why it does not count, when it is ignored although it has a value
    bool ignored = false;         // has a value, but the CLI does not look at it in this situation
};

// One field of the precedence table.
struct FieldResolution {
    QString name;                // "profile", "access_key", "region", "output", "ca_bundle", ...
    QList<Candidate> candidates; // in precedence order
    int winner = -1;             // index into candidates, or -1 when nothing is set
    QString reason;              // one line: why the winner wins (or why nothing does)

    [[nodiscard]] const Candidate* winning() const { return winner >= 0 ? &candidates[winner] : nullptr; }
};

// Something worth telling the user about the configuration.
struct Finding {
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Warning;
    QString code;    // stable identifier, e.g. "env-shadows-profile"
    QString message; // a sentence for people (the AWS CLI's own words for its errors)
};

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
struct CredentialOutcome {
    std::optional<ResolvedCredentials> credentials;
    std::optional<QString> error; // the AWS CLI's message
    QString method;               // the provider that answered (or failed)
    QString detail;               // what was looked at, for the precedence table
    bool needsNetwork = false;    // a provider would call AWS (STS, SSO) or a metadata endpoint to answer
    bool raisedOnUse = false;     // the error comes when the credentials are used (a refresh), not when loaded
};

// `aws configure list`'s masking: sixteen stars and the last four characters.
[[nodiscard]] inline QString maskSecret(const QString& value)
{
    return QString(16, u'*') + value.right(4);
}

} // namespace apm
