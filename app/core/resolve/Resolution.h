// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "base/Credentials.h"
#include "base/DisplayText.h"

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
    enum class Code {
        ProfileMissing,
        PartialCredentials,
        SourceProfileCycle,
        SourceAndCredentialSource,
        InvalidCredentialSource,
        CredentialError, // any other error of the credential chain
        EnvShadowsProfile,
        NeedsNetwork,
        CredentialsFileReadable,
    };
    Severity severity = Severity::Warning;
    Code code = Code::CredentialError;
    QString message; // a sentence for people (the AWS CLI's own words for its errors)

    // The code's stable name, as `explain --json` prints it (e.g. "env-shadows-profile").
    [[nodiscard]] static QString codeName(Code code);
};

} // namespace apm
