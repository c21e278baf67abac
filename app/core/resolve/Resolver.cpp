// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Resolver.h"

#include <sys/stat.h>

#include <QCoreApplication>
#include <QFile>

#include "config/ProfileStore.h"
#include "resolve/CredentialProcess.h"
#include "secrets/CredentialVault.h"

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::Resolver)
};

Candidate option(const QString& flag, const std::optional<QString>& value)
{
    return Candidate{SourceKind::Option, flag, value, {}, false};
}

Candidate variable(const Environment& env, const QString& name)
{
    return Candidate{SourceKind::Environment, name, env.value(name), {}, false};
}

int firstWithValue(const QList<Candidate>& candidates)
{
    for (int i = 0; i < candidates.size(); ++i) {
        if (candidates[i].value && !candidates[i].ignored)
            return i;
    }
    return -1;
}

QString describe(const Candidate& c)
{
    switch (c.kind) {
    case SourceKind::Option: return Messages::tr("%1 is given").arg(c.origin);
    case SourceKind::Environment: return Messages::tr("%1 is set").arg(c.origin);
    case SourceKind::CredentialsFile: return Messages::tr("the credentials file sets it (%1)").arg(c.origin);
    case SourceKind::ConfigFile: return Messages::tr("the config file sets it (%1)").arg(c.origin);
    case SourceKind::Provider: return Messages::tr("the %1 provider answers").arg(c.origin);
    case SourceKind::Container: return Messages::tr("the container endpoint answers");
    case SourceKind::InstanceMetadata: return Messages::tr("the instance metadata service answers");
    case SourceKind::Default: return Messages::tr("nothing sets it, so the AWS CLI's default applies");
    }
    return {};
}

// Marks the winner and writes the one-line reason, naming what it beats.
void decide(FieldResolution& field)
{
    field.winner = firstWithValue(field.candidates);
    if (field.winner < 0) {
        field.reason = Messages::tr("not set anywhere");
        return;
    }
    field.reason = describe(field.candidates[field.winner]);
    QStringList beaten;
    for (int i = field.winner + 1; i < field.candidates.size(); ++i) {
        Candidate& c = field.candidates[i];
        if (c.value && !c.ignored) {
            beaten.append(c.origin);
            c.note = Messages::tr("overridden by %1").arg(field.candidates[field.winner].origin);
        }
    }
    if (!beaten.isEmpty())
        field.reason += Messages::tr("; it overrides %1").arg(beaten.join(QStringLiteral(", ")));
}

QString locationOf(const ConfigFile& file, const QString& section, int line)
{
    return QStringLiteral("%1:%2 [%3]").arg(file.readPath).arg(line + 1).arg(section);
}

} // namespace

const FieldResolution* Resolution::field(const QString& name) const
{
    for (const FieldResolution& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

Resolver::Resolver(const ProfileStore& store, const Environment& environment, const QDateTime& now)
    : m_store(store)
    , m_environment(environment)
    , m_now(now)
{}

const QList<SettingSpec>& Resolver::settings()
{
    // The AWS CLI v2's settings that come from an environment variable and the config file.
    static const QList<SettingSpec> list{
        {"ca_bundle", "AWS_CA_BUNDLE", nullptr},
        {"endpoint_url", "AWS_ENDPOINT_URL", nullptr},
        {"retry_mode", "AWS_RETRY_MODE", "standard"},
        {"max_attempts", "AWS_MAX_ATTEMPTS", nullptr},
        {"cli_auto_prompt", "AWS_CLI_AUTO_PROMPT", "off"},
        {"cli_binary_format", nullptr, "base64"},
        {"sts_regional_endpoints", "AWS_STS_REGIONAL_ENDPOINTS", "regional"},
        {"defaults_mode", "AWS_DEFAULTS_MODE", "legacy"},
        {"use_fips_endpoint", "AWS_USE_FIPS_ENDPOINT", nullptr},
        {"use_dualstack_endpoint", "AWS_USE_DUALSTACK_ENDPOINT", nullptr},
        {"ignore_configured_endpoint_urls", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", nullptr},
        {"metadata_service_timeout", "AWS_METADATA_SERVICE_TIMEOUT", "1"},
        {"metadata_service_num_attempts", "AWS_METADATA_SERVICE_NUM_ATTEMPTS", "1"},
        {"ec2_metadata_service_endpoint", "AWS_EC2_METADATA_SERVICE_ENDPOINT", nullptr},
        {"ec2_metadata_service_endpoint_mode", "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", nullptr},
        {"ec2_metadata_v1_disabled", "AWS_EC2_METADATA_V1_DISABLED", nullptr},
        {"sdk_ua_app_id", "AWS_SDK_UA_APP_ID", nullptr},
    };
    return list;
}

FieldResolution Resolver::profileField(Resolution& resolution) const
{
    FieldResolution field{QStringLiteral("profile"), {}, -1, {}};
    field.candidates.append(option(QStringLiteral("--profile"), m_environment.profileOption));
    field.candidates.append(variable(m_environment, QStringLiteral("AWS_PROFILE")));
    field.candidates.append(variable(m_environment, QStringLiteral("AWS_DEFAULT_PROFILE")));
    const bool hasDefault = m_store.profile(QStringLiteral("default"));
    field.candidates.append(Candidate{SourceKind::Default, QStringLiteral("[default]"),
                                      hasDefault ? std::optional<QString>(QStringLiteral("default")) : std::nullopt,
                                      hasDefault ? QString() : Messages::tr("there is no [default] profile"), false});
    decide(field);
    if (field.winner >= 0 && field.winner < 3) {
        resolution.selectedProfile = field.candidates[field.winner].value;
        resolution.profileSource = field.candidates[field.winner].origin;
    }
    if (resolution.selectedProfile && !m_store.profile(*resolution.selectedProfile)) {
        resolution.profileMissing = true;
        field.reason += Messages::tr(", but there is no such profile");
    }
    return field;
}

FieldResolution Resolver::fileBackedField(const QString& name, const QList<Candidate>& before,
                                          const std::optional<QString>& fallback, const QString& profileName) const
{
    FieldResolution field{name, before, -1, {}};
    const Profile* p = m_store.profile(profileName);
    for (FileKind kind : {FileKind::Credentials, FileKind::Config}) {
        const ConfigFile& file = m_store.files().file(kind);
        const QString section =
            p ? (kind == FileKind::Credentials ? p->credentialsSection : p->configSection) : QString();
        Candidate c{kind == FileKind::Credentials ? SourceKind::CredentialsFile : SourceKind::ConfigFile,
                    kind == FileKind::Credentials ? Messages::tr("credentials file") : Messages::tr("config file"),
                    std::nullopt,
                    {},
                    false};
        if (const IniSection* s = section.isEmpty() ? nullptr : file.document.section(section)) {
            const IniEntry* entry = s->entry(name);
            if (!entry) {
                for (const IniEntry& d : file.document.defaults()) {
                    if (d.key == name)
                        entry = &d;
                }
            }
            if (entry) {
                c.origin = locationOf(file, section, entry->line);
                c.value = entry->value.isNested ? Messages::tr("(nested settings)") : entry->value.scalar;
            }
        }
        field.candidates.append(c);
    }
    field.candidates.append(Candidate{SourceKind::Default, Messages::tr("default"), fallback, {}, false});
    return field;
}

QString Finding::codeName(Code code)
{
    switch (code) {
    case Code::ProfileMissing: return QStringLiteral("profile-missing");
    case Code::PartialCredentials: return QStringLiteral("partial-credentials");
    case Code::SourceProfileCycle: return QStringLiteral("source-profile-cycle");
    case Code::SourceAndCredentialSource: return QStringLiteral("source-and-credential-source");
    case Code::InvalidCredentialSource: return QStringLiteral("invalid-credential-source");
    case Code::CredentialError: return QStringLiteral("credential-error");
    case Code::EnvShadowsProfile: return QStringLiteral("env-shadows-profile");
    case Code::NeedsNetwork: return QStringLiteral("needs-network");
    case Code::CredentialsFileReadable: return QStringLiteral("credentials-file-readable");
    }
    return {};
}

QList<FieldResolution> Resolver::credentialFields(const Resolution& resolution) const
{
    const CredentialOutcome& outcome = resolution.credentials;
    const QString profileName = resolution.selectedProfile.value_or(QStringLiteral("default"));
    const bool envIgnored = m_environment.profileOption.has_value();
    struct Spec {
        const char* field;
        const char* variable;
        const char* key;
        QString ResolvedCredentials::*part; // the part of provider credentials this row shows (token: none)
    };
    const Spec specs[] = {
        {"access_key", "AWS_ACCESS_KEY_ID", "aws_access_key_id", &ResolvedCredentials::accessKey},
        {"secret_key", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", &ResolvedCredentials::secretKey},
        {"token", "AWS_SESSION_TOKEN", "aws_session_token", nullptr}};
    QList<FieldResolution> fields;
    for (const Spec& spec : specs) {
        Candidate env = variable(m_environment, QLatin1String(spec.variable));
        if (QLatin1String(spec.field) == u"token") {
            // The CLI takes the first non-empty of AWS_SECURITY_TOKEN and AWS_SESSION_TOKEN.
            const Candidate security = variable(m_environment, QStringLiteral("AWS_SECURITY_TOKEN"));
            if (security.value && !security.value->isEmpty())
                env = security;
        }
        if (env.value)
            env.value = maskSecret(*env.value);
        if (envIgnored && env.value) {
            env.ignored = true;
            env.note = Messages::tr("ignored: --profile turns environment credentials off");
        }
        FieldResolution field = fileBackedField(QLatin1String(spec.key), {env}, std::nullopt, profileName);
        field.name = QLatin1String(spec.field);
        field.candidates.removeLast(); // no default for credentials
        for (Candidate& c : field.candidates) {
            if (c.kind != SourceKind::Environment && c.value)
                c.value = maskSecret(*c.value);
        }
        // What the rest of the chain gives, when a provider other than env and the two files answered.
        Candidate provider{SourceKind::Provider, outcome.method, std::nullopt, {}, false};
        if (outcome.method == u"container-role")
            provider.kind = SourceKind::Container;
        if (outcome.method == u"iam-role")
            provider.kind = SourceKind::InstanceMetadata;
        const bool byProvider = !outcome.method.isEmpty() && outcome.method != u"env"
                                && outcome.method != u"shared-credentials-file" && outcome.method != u"config-file";
        if (byProvider && outcome.credentials) {
            const ResolvedCredentials& c = *outcome.credentials;
            const QString v = spec.part ? c.*spec.part : c.token.value_or(QString());
            if (!v.isEmpty())
                provider.value = maskSecret(v);
        } else if (byProvider && outcome.needsNetwork) {
            provider.note = Messages::tr("would ask %1; not contacted").arg(outcome.detail);
        }
        if (byProvider)
            field.candidates.append(provider);

        // The chain decides, not the order of the columns: mark its answer as the winner.
        field.winner = -1;
        for (int i = 0; i < field.candidates.size(); ++i) {
            const Candidate& c = field.candidates[i];
            const bool isIt = (outcome.method == u"env" && c.kind == SourceKind::Environment)
                              || (outcome.method == u"shared-credentials-file" && c.kind == SourceKind::CredentialsFile)
                              || (outcome.method == u"config-file" && c.kind == SourceKind::ConfigFile)
                              || (byProvider && c.origin == outcome.method);
            if (isIt && outcome.credentials && c.value)
                field.winner = i;
        }
        if (outcome.error) {
            // The error (a process's stderr, say) is told once, in the findings, not once per key.
            field.reason = Messages::tr("the %1 provider failed: its error is under the findings").arg(outcome.method);
        } else if (outcome.needsNetwork) {
            field.reason = Messages::tr("from %1, which needs %2").arg(outcome.method, outcome.detail);
        } else if (field.winner >= 0) {
            field.reason = Messages::tr("the %1 provider answers first in the AWS CLI's chain").arg(outcome.method);
            const Profile* selected = m_store.profile(profileName);
            const auto process = selected ? selected->value(QStringLiteral("credential_process")) : std::nullopt;
            if (outcome.method == u"custom-process" && process && CredentialVault::isKeychainBacked(*process))
                field.reason +=
                    Messages::tr("; the keys live in the OS keychain (aws-profile-manager credential-process)");
            if (outcome.method == u"env" && m_store.profile(profileName))
                field.reason += Messages::tr("; the profile's own keys are not used (only --profile turns environment "
                                             "credentials off)");
            for (int i = 0; i < field.candidates.size(); ++i) {
                if (i != field.winner && field.candidates[i].value && !field.candidates[i].ignored)
                    field.candidates[i].note = Messages::tr("not used: %1 answered first").arg(outcome.method);
            }
        } else {
            field.reason = outcome.credentials ? Messages::tr("not part of these credentials")
                                               : Messages::tr("no credentials found");
        }
        fields.append(field);
    }
    return fields;
}

void Resolver::addFindings(Resolution& resolution) const
{
    auto add = [&resolution](Finding::Severity severity, Finding::Code code, const QString& message) {
        resolution.findings.append(Finding{severity, code, message});
    };
    if (resolution.profileMissing)
        add(Finding::Severity::Error, Finding::Code::ProfileMissing,
            QStringLiteral("The config profile (%1) could not be found").arg(*resolution.selectedProfile));
    const CredentialOutcome& outcome = resolution.credentials;
    if (outcome.error && !resolution.profileMissing) {
        Finding::Code code = Finding::Code::CredentialError;
        switch (outcome.errorKind) {
        case CredentialError::PartialCredentials: code = Finding::Code::PartialCredentials; break;
        case CredentialError::SourceProfileCycle: code = Finding::Code::SourceProfileCycle; break;
        case CredentialError::SourceAndCredentialSource: code = Finding::Code::SourceAndCredentialSource; break;
        case CredentialError::InvalidCredentialSource: code = Finding::Code::InvalidCredentialSource; break;
        case CredentialError::Other: break;
        }
        add(Finding::Severity::Error, code, *outcome.error);
    }
    const QString profileName = resolution.selectedProfile.value_or(QStringLiteral("default"));
    const Profile* profile = m_store.profile(profileName);
    if (outcome.method == u"env" && outcome.credentials && profile && profile->kind() != ProfileKind::Settings) {
        add(Finding::Severity::Warning, Finding::Code::EnvShadowsProfile,
            Messages::tr(
                "AWS_ACCESS_KEY_ID is set, so the credentials of profile %1 are ignored. AWS_PROFILE does not change "
                "that; unset the variables or use --profile.")
                .arg(profileName));
    }
    if (outcome.needsNetwork) {
        add(Finding::Severity::Info, Finding::Code::NeedsNetwork,
            Messages::tr("The credentials come from %1: %2. aws-profile-manager does not contact it.")
                .arg(outcome.method, outcome.detail));
    }
    const ConfigFile& credentials = m_store.files().file(FileKind::Credentials);
    struct stat st {
    };
    if (credentials.existed && ::stat(QFile::encodeName(credentials.readPath).constData(), &st) == 0
        && (st.st_mode & 077) != 0) {
        add(Finding::Severity::Warning, Finding::Code::CredentialsFileReadable,
            Messages::tr("%1 can be read by other users (mode %2). Run chmod 600 %1.")
                .arg(credentials.readPath)
                .arg(QString::number(st.st_mode & 0777, 8)));
    }
}

Resolution Resolver::resolve() const
{
    Resolution resolution;
    resolution.fields.append(profileField(resolution));

    CredentialChain chain(m_store, m_environment, m_now);
    if (m_runProcess)
        chain.setProcessRunner(m_runProcess);
    if (m_lookupMetadata)
        chain.setMetadataLookup(m_lookupMetadata);
    if (m_lookupContainer)
        chain.setContainerLookup(m_lookupContainer);
    resolution.credentials = chain.resolve();
    resolution.fields.append(credentialFields(resolution));

    const QString profileName =
        resolution.profileMissing ? QString() : resolution.selectedProfile.value_or(QStringLiteral("default"));
    FieldResolution region = fileBackedField(QStringLiteral("region"),
                                             {option(QStringLiteral("--region"), m_environment.regionOption),
                                              variable(m_environment, QStringLiteral("AWS_REGION")),
                                              variable(m_environment, QStringLiteral("AWS_DEFAULT_REGION"))},
                                             std::nullopt, profileName);
    region.candidates.last() = Candidate{SourceKind::InstanceMetadata, Messages::tr("instance metadata"), std::nullopt,
                                         Messages::tr("asked only when nothing else sets the region"), false};
    decide(region);
    resolution.fields.append(region);

    FieldResolution output = fileBackedField(QStringLiteral("output"),
                                             {option(QStringLiteral("--output"), m_environment.outputOption),
                                              variable(m_environment, QStringLiteral("AWS_DEFAULT_OUTPUT"))},
                                             QStringLiteral("json"), profileName);
    decide(output);
    resolution.fields.append(output);

    FieldResolution pager =
        fileBackedField(QStringLiteral("cli_pager"), {variable(m_environment, QStringLiteral("AWS_PAGER"))},
                        QStringLiteral("less"), profileName);
    pager.candidates.insert(pager.candidates.size() - 1, variable(m_environment, QStringLiteral("PAGER")));
    decide(pager);
    resolution.fields.append(pager);

    for (const SettingSpec& spec : settings()) {
        QList<Candidate> before;
        if (spec.variable)
            before.append(variable(m_environment, QLatin1String(spec.variable)));
        FieldResolution field = fileBackedField(
            QLatin1String(spec.name), before,
            spec.fallback ? std::optional<QString>(QLatin1String(spec.fallback)) : std::nullopt, profileName);
        decide(field);
        resolution.fields.append(field);
    }
    addFindings(resolution);
    return resolution;
}

} // namespace apm
