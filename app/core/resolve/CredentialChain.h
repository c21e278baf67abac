// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDateTime>
#include <QStringList>

#include "base/Environment.h"
#include "resolve/Resolution.h"

namespace apm {

struct SsoToken;

class ProfileStore;
struct Profile;

/**
 * The AWS CLI v2's credential provider chain (botocore's create_credential_resolver): env, assume-role,
 * assume-role-with-web-identity, sso, shared-credentials-file, custom-process, config-file,
 * ec2-credentials-file, boto-config, container-role, iam-role; the first that answers wins, and an error stops
 * the chain, as in the CLI. By itself it never calls AWS: assume-role, web identity and SSO are answered from the
 * CLI's own caches (~/.aws/cli/cache) or reported as needing the network; so are the container endpoint and IMDS,
 * unless the caller gives a lookup for them, and assume-role unless it gives a RoleAssumer.
 */
class CredentialChain final
{
public:
    using ProcessRunner = std::function<CredentialOutcome(const QString& commandLine)>;
    // Asks the instance metadata service (blocking): credentials, an error that stops the chain, or neither (every
    // other failure is "no credentials" to the CLI). Without one, IMDS is reported as needing the network.
    using MetadataLookup = std::function<CredentialOutcome()>;
    // Asks the container credentials endpoint (blocking); without one, it is reported as needing the network.
    using ContainerLookup = std::function<CredentialOutcome()>;

    // A role to assume: what STS AssumeRole is asked, and the file name of the CLI's cache for the answer.
    struct RoleRequest {
        QString profile;
        QString roleArn;
        std::optional<QString> sessionName;
        std::optional<QString> externalId;
        std::optional<QString> mfaSerial;
        std::optional<int> durationSeconds;
        QString cacheKey; // ~/.aws/cli/cache/<cacheKey>.json
    };
    // Calls STS AssumeRole with the source credentials (blocking) and caches the answer where the CLI would. Without
    // one, a role that is not in the CLI's cache is reported as needing the network.
    using RoleAssumer = std::function<CredentialOutcome(const RoleRequest& request, const ResolvedCredentials& source)>;

    CredentialChain(const ProfileStore& store, const Environment& environment, const QDateTime& now);

    // The default runs the process for real (runCredentialProcess).
    void setProcessRunner(ProcessRunner runner) { m_runProcess = std::move(runner); }
    void setMetadataLookup(MetadataLookup lookup) { m_lookupMetadata = std::move(lookup); }
    void setContainerLookup(ContainerLookup lookup) { m_lookupContainer = std::move(lookup); }
    void setRoleAssumer(RoleAssumer assumer) { m_assumeRole = std::move(assumer); }

    // The whole chain for the profile the CLI would use.
    [[nodiscard]] CredentialOutcome resolve() const;

    // sha1 file names of the CLI's caches, exposed for tests and for telling users where to look.
    [[nodiscard]] static QString assumeRoleCacheKey(const QString& roleArn, const std::optional<QString>& sessionName,
                                                    const std::optional<QString>& externalId,
                                                    const std::optional<QString>& mfaSerial,
                                                    const std::optional<int>& durationSeconds);
    [[nodiscard]] static QString ssoCacheKey(const QString& accountId, const QString& roleName,
                                             const std::optional<QString>& sessionName, const QString& startUrl);

private:
    [[nodiscard]] std::optional<CredentialOutcome> fromEnvironment() const;
    [[nodiscard]] std::optional<CredentialOutcome> fromAssumeRole(const QString& profile, QStringList& visited) const;
    [[nodiscard]] std::optional<CredentialOutcome> fromWebIdentity(const QString& profile, bool useEnvironment) const;
    [[nodiscard]] std::optional<CredentialOutcome> fromSso(const QString& profile) const;
    [[nodiscard]] std::optional<CredentialOutcome> fromSharedFile(const QString& profile, bool credentialsFile) const;
    [[nodiscard]] std::optional<CredentialOutcome> fromProcess(const QString& profile) const;
    [[nodiscard]] std::optional<CredentialOutcome> fromEc2CredentialFile() const;
    [[nodiscard]] std::optional<CredentialOutcome> fromBotoConfig() const;
    [[nodiscard]] std::optional<CredentialOutcome> fromContainer() const;
    [[nodiscard]] std::optional<CredentialOutcome> fromInstanceMetadata() const;
    // web-identity, sso, shared-credentials-file, custom-process, config-file for one profile, env disabled
    // (the chain the CLI uses for a source_profile).
    [[nodiscard]] std::optional<CredentialOutcome> profileChain(const QString& profile, bool useEnvironment) const;
    [[nodiscard]] std::optional<CredentialOutcome> fromCache(const QString& key, const QString& method) const;
    // What the CLI stops with when it loads the SSO token before GetRoleCredentials: missing, unreadable, invalid,
    // or (for an sso-session) expired with no way to refresh it. nullopt: the token would be sent to AWS.
    [[nodiscard]] static std::optional<QString> ssoTokenProblem(const SsoToken& token, const QString& startUrl);
    [[nodiscard]] const Profile* profile(const QString& name) const;

    const ProfileStore& m_store;
    Environment m_environment;
    QDateTime m_now;
    ProcessRunner m_runProcess;
    MetadataLookup m_lookupMetadata;
    ContainerLookup m_lookupContainer;
    RoleAssumer m_assumeRole;
};

} // namespace apm
