// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialChain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "base/PythonText.h"
#include "config/ProfileStore.h"
#include "imds/ImdsClient.h"
#include "resolve/CredentialProcess.h"
#include "resolve/SsoToken.h"

namespace apm {

namespace {

constexpr qint64 kCacheExpiryWindowSeconds = 15 * 60;

CredentialOutcome failed(const QString& method, const QString& message, CredentialError kind = CredentialError::Other)
{
    CredentialOutcome outcome;
    outcome.method = method;
    outcome.error = message;
    outcome.errorKind = kind;
    return outcome;
}

CredentialOutcome found(ResolvedCredentials credentials, const QString& detail)
{
    CredentialOutcome outcome;
    outcome.method = credentials.method;
    outcome.detail = detail;
    outcome.credentials = std::move(credentials);
    return outcome;
}

CredentialOutcome network(const QString& method, const QString& detail)
{
    CredentialOutcome outcome;
    outcome.method = method;
    outcome.detail = detail;
    outcome.needsNetwork = true;
    return outcome;
}

CredentialOutcome partial(const QString& provider, const QString& missing)
{
    return failed(provider, QStringLiteral("Partial credentials found in %1, missing: %2").arg(provider, missing),
                  CredentialError::PartialCredentials);
}

QString sha1Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// botocore's profile[...] lookups on the merged view; a nested block is not a string and reads as absent here.
std::optional<QString> value(const Profile* p, const char* key)
{
    return p ? p->value(QLatin1String(key)) : std::nullopt;
}

bool has(const Profile* p, const char* key)
{
    return p && p->setting(QLatin1String(key));
}

// A key of a section's options (its own and the [DEFAULT] ones), as raw_config_parse gives them.
std::optional<QString> optionValue(const QList<QPair<QString, IniValue>>& options, const char* key)
{
    for (const auto& [k, v] : options) {
        if (k == QLatin1String(key))
            return v.scalar;
    }
    return std::nullopt;
}

QString pythonListRepr(const QStringList& items)
{
    QStringList quoted;
    for (const QString& item : items)
        quoted.append(u'\'' + item + u'\'');
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

} // namespace

CredentialChain::CredentialChain(const ProfileStore& store, const Environment& environment, const QDateTime& now)
    : m_store(store)
    , m_environment(environment)
    , m_now(now)
    , m_runProcess([environment, now](const QString& commandLine) {
        return runCredentialProcess(commandLine, environment, now);
    })
{}

const Profile* CredentialChain::profile(const QString& name) const
{
    return m_store.profile(name);
}

QString CredentialChain::assumeRoleCacheKey(const QString& roleArn, const std::optional<QString>& sessionName,
                                            const std::optional<QString>& externalId,
                                            const std::optional<QString>& mfaSerial,
                                            const std::optional<int>& durationSeconds)
{
    // json.dumps(args, sort_keys=True) with its default separators; keys in sorted order.
    QStringList members;
    if (durationSeconds)
        members.append(QStringLiteral("\"DurationSeconds\": %1").arg(*durationSeconds));
    if (externalId)
        members.append(QStringLiteral("\"ExternalId\": ") + python::jsonString(*externalId));
    members.append(QStringLiteral("\"RoleArn\": ") + python::jsonString(roleArn));
    if (sessionName)
        members.append(QStringLiteral("\"RoleSessionName\": ") + python::jsonString(*sessionName));
    if (mfaSerial)
        members.append(QStringLiteral("\"SerialNumber\": ") + python::jsonString(*mfaSerial));
    return sha1Hex(u'{' + members.join(QStringLiteral(", ")) + u'}');
}

QString CredentialChain::ssoCacheKey(const QString& accountId, const QString& roleName,
                                     const std::optional<QString>& sessionName, const QString& startUrl)
{
    // json.dumps(args, sort_keys=True, separators=(',', ':'))
    QString json = QStringLiteral("{\"accountId\":") + python::jsonString(accountId) + QStringLiteral(",\"roleName\":")
                   + python::jsonString(roleName);
    json += sessionName ? QStringLiteral(",\"sessionName\":") + python::jsonString(*sessionName)
                        : QStringLiteral(",\"startUrl\":") + python::jsonString(startUrl);
    return sha1Hex(json + u'}');
}

std::optional<CredentialOutcome> CredentialChain::fromCache(const QString& key, const QString& method) const
{
    const QString path = m_environment.expandUser(QStringLiteral("~/.aws/cli/cache/")) + key + QStringLiteral(".json");
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject credentials =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("Credentials")).toObject();
    const auto expiry = parseTimestamp(credentials.value(QStringLiteral("Expiration")).toString());
    // Cached credentials count until 15 minutes before they expire.
    if (!expiry || m_now.secsTo(expiry->instant) < kCacheExpiryWindowSeconds)
        return std::nullopt;
    ResolvedCredentials resolved;
    resolved.method = method;
    resolved.accessKey = credentials.value(QStringLiteral("AccessKeyId")).toString();
    resolved.secretKey = credentials.value(QStringLiteral("SecretAccessKey")).toString();
    if (credentials.value(QStringLiteral("SessionToken")).isString())
        resolved.token = credentials.value(QStringLiteral("SessionToken")).toString();
    resolved.expiry = expiry;
    return found(resolved, path);
}

std::optional<CredentialOutcome> CredentialChain::fromEnvironment() const
{
    const QString accessKey = m_environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).value_or(QString());
    if (accessKey.isEmpty())
        return std::nullopt;
    const QString secretKey = m_environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).value_or(QString());
    if (secretKey.isEmpty())
        return partial(QStringLiteral("env"), QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    ResolvedCredentials credentials{accessKey, secretKey, std::nullopt, std::nullopt, QStringLiteral("env")};
    for (const char* name : {"AWS_SECURITY_TOKEN", "AWS_SESSION_TOKEN"}) {
        const QString token = m_environment.value(QLatin1String(name)).value_or(QString());
        if (!token.isEmpty()) {
            credentials.token = token;
            break;
        }
    }
    const QString expiration = m_environment.value(QStringLiteral("AWS_CREDENTIAL_EXPIRATION")).value_or(QString());
    if (!expiration.isEmpty()) {
        credentials.expiry = parseTimestamp(expiration);
        if (!credentials.expiry)
            return failed(QStringLiteral("env"), QStringLiteral("Unknown string format: %1").arg(expiration));
        // Refreshing re-reads the same variables: expired credentials stay expired.
        if (m_now.secsTo(credentials.expiry->instant) <= 0) {
            CredentialOutcome outcome =
                failed(QStringLiteral("env"), QStringLiteral("Credentials were refreshed, but the refreshed "
                                                             "credentials are still expired."));
            outcome.raisedOnUse = true;
            return outcome;
        }
    }
    return found(credentials, QStringLiteral("AWS_ACCESS_KEY_ID"));
}

std::optional<CredentialOutcome> CredentialChain::fromSharedFile(const QString& name, bool credentialsFile) const
{
    // shared-credentials-file reads only the credentials file, config-file only the config file.
    const FileKind kind = credentialsFile ? FileKind::Credentials : FileKind::Config;
    const QString method = credentialsFile ? QStringLiteral("shared-credentials-file") : QStringLiteral("config-file");
    const ConfigFile& file = m_store.files().file(kind);
    const IniDocument& doc = file.document;
    QList<QPair<QString, IniValue>> options;
    if (credentialsFile) {
        if (const IniSection* section = doc.section(name))
            options = doc.options(*section);
    } else {
        const Profile* p = profile(name);
        if (!p || p->configSection.isEmpty())
            return std::nullopt;
        options = doc.options(*doc.section(p->configSection));
    }
    const auto accessKey = optionValue(options, "aws_access_key_id");
    if (!accessKey)
        return std::nullopt;
    const auto secretKey = optionValue(options, "aws_secret_access_key");
    if (!secretKey)
        return partial(method, QStringLiteral("aws_secret_access_key"));
    ResolvedCredentials credentials{*accessKey, *secretKey, std::nullopt, std::nullopt, method};
    credentials.token = optionValue(options, "aws_security_token");
    if (!credentials.token)
        credentials.token = optionValue(options, "aws_session_token");
    return found(credentials, file.readPath);
}

std::optional<CredentialOutcome> CredentialChain::fromProcess(const QString& name) const
{
    const auto commandLine = value(profile(name), "credential_process");
    if (!commandLine)
        return std::nullopt;
    return m_runProcess(*commandLine);
}

std::optional<CredentialOutcome> CredentialChain::fromWebIdentity(const QString& name, bool useEnvironment) const
{
    const Profile* p = profile(name);
    auto config = [&](const char* key, const char* variable) -> std::optional<QString> {
        if (useEnvironment) {
            if (auto v = m_environment.value(QLatin1String(variable)))
                return v;
        }
        return value(p, key);
    };
    const auto tokenFile = config("web_identity_token_file", "AWS_WEB_IDENTITY_TOKEN_FILE");
    if (!tokenFile || tokenFile->isEmpty())
        return std::nullopt;
    const auto roleArn = config("role_arn", "AWS_ROLE_ARN");
    if (!roleArn || roleArn->isEmpty()) {
        return failed(QStringLiteral("assume-role-with-web-identity"),
                      QStringLiteral("The provided profile or the current environment is configured to assume role "
                                     "with web identity but has no role ARN configured. Ensure that the profile has "
                                     "the role_arnconfiguration set or the AWS_ROLE_ARN env var is set."));
    }
    const auto sessionName = config("role_session_name", "AWS_ROLE_SESSION_NAME");
    const QString key = assumeRoleCacheKey(*roleArn, sessionName, std::nullopt, std::nullopt, std::nullopt);
    if (auto cached = fromCache(key, QStringLiteral("assume-role-with-web-identity")))
        return cached;
    return network(
        QStringLiteral("assume-role-with-web-identity"),
        QStringLiteral("STS AssumeRoleWithWebIdentity for %1 with the token in %2").arg(*roleArn, *tokenFile));
}

std::optional<CredentialOutcome> CredentialChain::fromSso(const QString& name) const
{
    const Profile* p = profile(name);
    if (!has(p, "sso_role_name") && !has(p, "sso_account_id"))
        return std::nullopt;
    const QString method = QStringLiteral("sso");
    // The profile's keys, with those of its [sso-session] merged in.
    QHash<QString, QString> config;
    for (const ProfileSetting& s : p->settings)
        config.insert(s.key(), s.value().scalar);
    QStringList required{QStringLiteral("sso_role_name"), QStringLiteral("sso_account_id"),
                         QStringLiteral("sso_start_url"), QStringLiteral("sso_region")};
    const auto sessionName = value(p, "sso_session");
    if (sessionName) {
        const auto session = m_store.ssoSession(*sessionName);
        if (!session)
            return failed(method, QStringLiteral("The specified sso-session does not exist: \"%1\"").arg(*sessionName));
        for (const auto& [key, v] : *session) {
            if (config.contains(key) && config.value(key) != v.scalar) {
                return failed(method, QStringLiteral("The value for %1 is inconsistent between profile (%2) and "
                                                     "sso-session (%3).")
                                          .arg(key, config.value(key), v.scalar));
            }
            config.insert(key, v.scalar);
        }
        required.append(QStringLiteral("sso_session"));
    }
    QStringList missing;
    for (const QString& key : required) {
        if (!config.contains(key))
            missing.append(key);
    }
    if (!missing.isEmpty()) {
        return failed(method, QStringLiteral("The profile \"%1\" is configured to use SSO but is missing required "
                                             "configuration: %2")
                                  .arg(name, missing.join(QStringLiteral(", "))));
    }
    const QString key =
        ssoCacheKey(config.value(QStringLiteral("sso_account_id")), config.value(QStringLiteral("sso_role_name")),
                    sessionName, config.value(QStringLiteral("sso_start_url")));
    if (auto cached = fromCache(key, method))
        return cached;
    const QString startUrl = config.value(QStringLiteral("sso_start_url"));
    const SsoToken token = SsoToken::read(m_environment, sessionName, startUrl, m_now);
    if (auto problem = ssoTokenProblem(token, startUrl)) {
        CredentialOutcome outcome = failed(method, *problem);
        outcome.raisedOnUse = true; // SSO credentials are deferred: the token is loaded when they are first used
        return outcome;
    }
    // The sign-in the call would use, and until when it holds.
    const QString until = token.expiresAt ? token.expiresAt->instant.toUTC().toString(Qt::ISODate) : QString();
    QString signIn;
    switch (token.state) {
    case SsoToken::State::Valid:
        signIn = QStringLiteral("signed in to SSO as %1 until %2").arg(token.cachedAs, until);
        break;
    case SsoToken::State::Refreshable:
        signIn = QStringLiteral("the SSO sign-in as %1 ends at %2; the AWS CLI renews it through SSO OIDC")
                     .arg(token.cachedAs, until);
        break;
    default:
        signIn = QStringLiteral("the SSO sign-in as %1 expired at %2: AWS will refuse it, run aws sso login")
                     .arg(token.cachedAs, until);
        break;
    }
    return network(method, QStringLiteral("SSO GetRoleCredentials for role %1 in account %2 (%3)")
                               .arg(config.value(QStringLiteral("sso_role_name")),
                                    config.value(QStringLiteral("sso_account_id")), signIn));
}

std::optional<QString> CredentialChain::ssoTokenProblem(const SsoToken& token, const QString& startUrl)
{
    switch (token.state) {
    case SsoToken::State::Missing:
        return QStringLiteral("Error loading SSO Token: Token for %1 does not exist").arg(token.cachedAs);
    case SsoToken::State::Malformed: // the CLI 2.9 lets its cache's KeyError through, as it prints it
        return QStringLiteral("'%1'").arg(QFileInfo(token.path).completeBaseName());
    case SsoToken::State::Incomplete:
        return QStringLiteral("Error loading SSO Token: Token for %1 is invalid").arg(startUrl);
    case SsoToken::State::Expired:
        // A legacy token is sent as it is (only AWS says it has expired); an sso-session one is refused.
        if (token.fromSession)
            return QStringLiteral("Error when retrieving token from sso: Token has expired and refresh failed");
        return std::nullopt;
    case SsoToken::State::Valid:
    case SsoToken::State::Refreshable: break;
    }
    return std::nullopt;
}

std::optional<CredentialOutcome> CredentialChain::profileChain(const QString& name, bool useEnvironment) const
{
    if (auto r = fromWebIdentity(name, useEnvironment))
        return r;
    if (auto r = fromSso(name))
        return r;
    if (auto r = fromSharedFile(name, true))
        return r;
    if (auto r = fromProcess(name))
        return r;
    return fromSharedFile(name, false);
}

std::optional<CredentialOutcome> CredentialChain::fromAssumeRole(const QString& name, QStringList& visited) const
{
    const QString method = QStringLiteral("assume-role");
    const Profile* p = profile(name);
    const auto roleArn = value(p, "role_arn");
    const auto sourceProfile = value(p, "source_profile");
    const auto credentialSource = value(p, "credential_source");
    if (sourceProfile && credentialSource) {
        return failed(
            method, QStringLiteral("The profile \"%1\" contains both source_profile and credential_source.").arg(name),
            CredentialError::SourceAndCredentialSource);
    }
    if (!sourceProfile && !credentialSource)
        return partial(method, QStringLiteral("source_profile or credential_source"));

    std::optional<CredentialOutcome> source;
    if (credentialSource) {
        const QStringList sources{QStringLiteral("Environment"), QStringLiteral("Ec2InstanceMetadata"),
                                  QStringLiteral("EcsContainer")};
        if (!sources.contains(*credentialSource)) {
            return failed(method,
                          QStringLiteral("The credential source \"%1\" referenced in profile \"%2\" is not valid.")
                              .arg(*credentialSource, name),
                          CredentialError::InvalidCredentialSource);
        }
        if (*credentialSource == u"Environment")
            source = fromEnvironment();
        else if (*credentialSource == u"EcsContainer")
            source = fromContainer();
        else
            source = fromInstanceMetadata();
        if (source && source->error)
            return source;
        if (!source || (!source->credentials && !source->needsNetwork)) {
            return failed(*credentialSource, QStringLiteral("Error when retrieving credentials from %1: No credentials "
                                                            "found in credential_source referenced in profile %2")
                                                 .arg(*credentialSource, name));
        }
    } else {
        const Profile* sp = profile(*sourceProfile);
        if (!sp) {
            return failed(method, QStringLiteral("The source_profile \"%1\" referenced in the profile \"%2\" does not "
                                                 "exist.")
                                      .arg(*sourceProfile, name));
        }
        const bool staticKeys = has(sp, "aws_secret_access_key") || has(sp, "aws_access_key_id");
        if (visited.contains(*sourceProfile) && (*sourceProfile != name || !staticKeys)) {
            return failed(method,
                          QStringLiteral("Infinite loop in credential configuration detected. Attempting to "
                                         "load from profile %1 which has already been visited. Visited "
                                         "profiles: %2")
                              .arg(*sourceProfile, pythonListRepr(visited)),
                          CredentialError::SourceProfileCycle);
        }
        visited.append(*sourceProfile);
        const bool sourceIsRole = has(sp, "role_arn") && !has(sp, "web_identity_token_file");
        if (staticKeys || !sourceIsRole) {
            source = profileChain(*sourceProfile, false);
            if (source && source->error)
                return source;
            if (!source) {
                return failed(method,
                              QStringLiteral("The source profile \"%1\" must have credentials.").arg(*sourceProfile));
            }
        } else {
            source = fromAssumeRole(*sourceProfile, visited);
            if (source && source->error)
                return source;
        }
    }

    // The role's own credentials: from the CLI's cache, or they would take a call to STS.
    std::optional<int> duration;
    if (const auto d = value(p, "duration_seconds")) {
        bool ok = false;
        const int n = d->trimmed().toInt(&ok);
        if (ok)
            duration = n;
    }
    const QString key = assumeRoleCacheKey(*roleArn, value(p, "role_session_name"), value(p, "external_id"),
                                           value(p, "mfa_serial"), duration);
    if (auto cached = fromCache(key, method))
        return cached;
    if (m_assumeRole && source && source->credentials) {
        return m_assumeRole(RoleRequest{name, *roleArn, value(p, "role_session_name"), value(p, "external_id"),
                                        value(p, "mfa_serial"), duration, key},
                            *source->credentials);
    }
    return network(method, QStringLiteral("STS AssumeRole for %1").arg(*roleArn));
}

std::optional<CredentialOutcome> CredentialChain::fromEc2CredentialFile() const
{
    const auto variable = m_environment.value(QStringLiteral("AWS_CREDENTIAL_FILE"));
    if (!variable)
        return std::nullopt;
    const QString path = m_environment.expandUser(*variable);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failed(QStringLiteral("ec2-credentials-file"),
                      QStringLiteral("The specified config file (%1) could not be found.").arg(path));
    }
    QHash<QString, QString> values;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq >= 0)
            values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    if (!values.contains(QStringLiteral("AWSAccessKeyId")))
        return std::nullopt;
    if (!values.contains(QStringLiteral("AWSSecretKey")))
        return failed(QStringLiteral("ec2-credentials-file"), QStringLiteral("'AWSSecretKey'"));
    return found({values.value(QStringLiteral("AWSAccessKeyId")), values.value(QStringLiteral("AWSSecretKey")),
                  std::nullopt, std::nullopt, QStringLiteral("ec2-credentials-file")},
                 path);
}

std::optional<CredentialOutcome> CredentialChain::fromBotoConfig() const
{
    const QString method = QStringLiteral("boto-config");
    QStringList locations{QStringLiteral("/etc/boto.cfg"), QStringLiteral("~/.boto")};
    if (const auto variable = m_environment.value(QStringLiteral("BOTO_CONFIG")))
        locations = QStringList{*variable};
    for (const QString& location : locations) {
        const QString path = m_environment.expandUser(m_environment.expandVars(location));
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            continue;
        const IniDocument doc = IniDocument::fromBytes(file.readAll());
        if (!doc.isValid())
            return failed(method, QStringLiteral("Unable to parse config file: %1").arg(path));
        const IniSection* section = doc.section(QStringLiteral("Credentials"));
        if (!section)
            continue;
        const auto options = doc.options(*section);
        const auto accessKey = optionValue(options, "aws_access_key_id");
        if (!accessKey)
            continue;
        const auto secretKey = optionValue(options, "aws_secret_access_key");
        if (!secretKey)
            return partial(method, QStringLiteral("aws_secret_access_key"));
        return found({*accessKey, *secretKey, std::nullopt, std::nullopt, method}, path);
    }
    return std::nullopt;
}

std::optional<CredentialOutcome> CredentialChain::fromContainer() const
{
    const auto relative = m_environment.value(QStringLiteral("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"));
    const auto full = m_environment.value(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"));
    if (!relative && !full)
        return std::nullopt;
    const QString url = relative ? QStringLiteral("http://169.254.170.2") + *relative : *full;
    if (m_lookupContainer)
        return m_lookupContainer();
    return network(QStringLiteral("container-role"), QStringLiteral("the container credentials endpoint %1").arg(url));
}

std::optional<CredentialOutcome> CredentialChain::fromInstanceMetadata() const
{
    // AWS_EC2_METADATA_DISABLED=true (any case) turns IMDS off entirely.
    if (m_environment.value(QStringLiteral("AWS_EC2_METADATA_DISABLED")).value_or(QString()).toLower() == u"true")
        return std::nullopt;
    if (!m_lookupMetadata)
        return network(QStringLiteral("iam-role"), QStringLiteral("the instance metadata service (IMDS)"));
    CredentialOutcome answer = m_lookupMetadata();
    if (answer.credentials)
        return found(*answer.credentials, QStringLiteral("the instance metadata service (IMDS)"));
    if (answer.error) {
        answer.method = QStringLiteral("iam-role");
        return answer;
    }
    return std::nullopt;
}

CredentialOutcome CredentialChain::resolve() const
{
    const std::optional<QString> selected = m_environment.selectedProfile();
    // The CLI looks up the profile's settings before building the chain: a missing profile stops it there.
    if (selected && !profile(*selected))
        return failed(QString(), QStringLiteral("The config profile (%1) could not be found").arg(*selected));
    const QString name = selected && !selected->isEmpty() ? *selected : QStringLiteral("default");
    // The CLI reads and checks the metadata settings before it tries any provider: a bad one stops it here.
    if (const auto imdsError = ImdsSettings::resolve(m_environment, profile(name)).error)
        return failed(QString(), *imdsError);
    // Only --profile turns environment credentials off; AWS_PROFILE does not.
    const bool useEnvironment = !m_environment.profileOption.has_value();

    if (useEnvironment) {
        if (auto r = fromEnvironment())
            return *r;
    }
    const Profile* p = profile(name);
    if (has(p, "role_arn") && !has(p, "web_identity_token_file")) {
        QStringList visited{name};
        if (auto r = fromAssumeRole(name, visited))
            return *r;
    }
    if (auto r = profileChain(name, useEnvironment))
        return *r;
    for (auto provider : {&CredentialChain::fromEc2CredentialFile, &CredentialChain::fromBotoConfig,
                          &CredentialChain::fromContainer, &CredentialChain::fromInstanceMetadata}) {
        if (auto r = (this->*provider)())
            return *r;
    }
    return CredentialOutcome{};
}

} // namespace apm
