// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include "base/Environment.h"
#include "resolve/CredentialChain.h"
#include "resolve/Resolution.h"

namespace apm {

class ProfileStore;

// Everything the resolver worked out for one environment.
struct Resolution {
    std::optional<QString> selectedProfile; // --profile, AWS_PROFILE, AWS_DEFAULT_PROFILE; nullopt: [default]
    QString profileSource;                  // "--profile", "AWS_PROFILE", "AWS_DEFAULT_PROFILE" or empty
    bool profileMissing = false;            // a profile was named and does not exist
    QList<FieldResolution> fields;          // profile, access_key, secret_key, token, region, output, ...
    CredentialOutcome credentials;
    QList<Finding> findings;

    [[nodiscard]] const FieldResolution* field(const QString& name) const;
};

// A setting the AWS CLI reads from an environment variable and the config file, with its default.
struct SettingSpec {
    const char* name;     // the config file key
    const char* variable; // the environment variable, or nullptr
    const char* fallback; // the built-in default, or nullptr
};

/**
 * The AWS CLI's precedence, field by field, for a snapshot of the files (a ProfileStore) and an Environment
 * (real or what-if). The static part (options, variables, files) needs no process and no network; the
 * credential chain runs a credential_process when it gets that far, and reports where it would need the
 * network (STS, SSO, the container endpoint, IMDS) instead of calling it.
 */
class Resolver final
{
public:
    Resolver(const ProfileStore& store, const Environment& environment, const QDateTime& now);

    void setProcessRunner(CredentialChain::ProcessRunner runner) { m_runProcess = std::move(runner); }
    void setMetadataLookup(CredentialChain::MetadataLookup lookup) { m_lookupMetadata = std::move(lookup); }
    void setContainerLookup(CredentialChain::ContainerLookup lookup) { m_lookupContainer = std::move(lookup); }

    [[nodiscard]] Resolution resolve() const;

    // The settings beyond profile, credentials, region and output that the precedence table shows.
    [[nodiscard]] static const QList<SettingSpec>& settings();

private:
    [[nodiscard]] FieldResolution profileField(Resolution& resolution) const;
    [[nodiscard]] FieldResolution fileBackedField(const QString& name, const QList<Candidate>& before,
                                                  const std::optional<QString>& fallback,
                                                  const QString& selectedProfile) const;
    [[nodiscard]] QList<FieldResolution> credentialFields(const Resolution& resolution) const;
    void addFindings(Resolution& resolution) const;

    const ProfileStore& m_store;
    Environment m_environment;
    QDateTime m_now;
    CredentialChain::ProcessRunner m_runProcess;
    CredentialChain::MetadataLookup m_lookupMetadata;
    CredentialChain::ContainerLookup m_lookupContainer;
};

} // namespace apm
