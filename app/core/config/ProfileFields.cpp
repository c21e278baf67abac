// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileFields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include "base/DisplayText.h"
#include "config/ProfileStore.h"

namespace apm::ProfileFields {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::ProfileFields)
};

FieldSpec text(const char* key, const char* label)
{
    return {QLatin1String(key), Messages::tr(label), FieldSpec::Editor::Text, {}, true};
}

} // namespace

QList<ProfileKind> creatableKinds()
{
    return {ProfileKind::StaticKeys,        ProfileKind::AssumeRole,  ProfileKind::AssumeRoleSource, ProfileKind::Sso,
            ProfileKind::CredentialProcess, ProfileKind::WebIdentity, ProfileKind::Settings};
}

FieldSpec field(const QString& key)
{
    using Editor = FieldSpec::Editor;
    if (key == u"aws_access_key_id")
        return text("aws_access_key_id", QT_TRANSLATE_NOOP("apm::ProfileFields", "Access key ID"));
    if (key == u"aws_secret_access_key")
        return {key, Messages::tr("Secret access key"), Editor::Secret, {}, true};
    if (key == u"aws_session_token")
        return {key, Messages::tr("Session token"), Editor::Secret, {}, true};
    if (key == u"region")
        return {key, Messages::tr("Default region name"), Editor::Choice, regions(), true};
    if (key == u"output")
        return {key,
                Messages::tr("Default output format"),
                Editor::Choice,
                {QString(), QStringLiteral("json"), QStringLiteral("yaml"), QStringLiteral("yaml-stream"),
                 QStringLiteral("text"), QStringLiteral("table")},
                false};
    if (key == u"role_arn")
        return text("role_arn", QT_TRANSLATE_NOOP("apm::ProfileFields", "Role ARN"));
    if (key == u"source_profile")
        return {key, Messages::tr("Source profile"), Editor::Profile, {}, true};
    if (key == u"credential_source")
        return {key,
                Messages::tr("Credential source"),
                Editor::Choice,
                {QString(), QStringLiteral("Environment"), QStringLiteral("Ec2InstanceMetadata"),
                 QStringLiteral("EcsContainer")},
                false};
    if (key == u"mfa_serial")
        return text("mfa_serial", QT_TRANSLATE_NOOP("apm::ProfileFields", "MFA device serial or ARN"));
    if (key == u"external_id")
        return text("external_id", QT_TRANSLATE_NOOP("apm::ProfileFields", "External ID"));
    if (key == u"role_session_name")
        return text("role_session_name", QT_TRANSLATE_NOOP("apm::ProfileFields", "Role session name"));
    if (key == u"duration_seconds")
        return text("duration_seconds", QT_TRANSLATE_NOOP("apm::ProfileFields", "Duration (seconds)"));
    if (key == u"web_identity_token_file")
        return text("web_identity_token_file", QT_TRANSLATE_NOOP("apm::ProfileFields", "Web identity token file"));
    if (key == u"sso_session")
        return {key, Messages::tr("SSO session"), Editor::SsoSession, {}, true};
    if (key == u"sso_account_id")
        return text("sso_account_id", QT_TRANSLATE_NOOP("apm::ProfileFields", "SSO account ID"));
    if (key == u"sso_role_name")
        return text("sso_role_name", QT_TRANSLATE_NOOP("apm::ProfileFields", "SSO role name"));
    if (key == u"sso_start_url")
        return text("sso_start_url", QT_TRANSLATE_NOOP("apm::ProfileFields", "SSO start URL (without a session)"));
    if (key == u"sso_region")
        return {key, Messages::tr("SSO region (without a session)"), Editor::Choice, regions(), true};
    if (key == u"credential_process")
        return text("credential_process", QT_TRANSLATE_NOOP("apm::ProfileFields", "Credential process command"));
    return {key, key, Editor::Text, {}, true};
}

QList<FieldSpec> fieldsFor(ProfileKind kind)
{
    QStringList keys;
    switch (kind) {
    case ProfileKind::StaticKeys:
        keys = {QStringLiteral("aws_access_key_id"), QStringLiteral("aws_secret_access_key"),
                QStringLiteral("aws_session_token")};
        break;
    case ProfileKind::AssumeRole:
        keys = {QStringLiteral("role_arn"),    QStringLiteral("source_profile"),    QStringLiteral("mfa_serial"),
                QStringLiteral("external_id"), QStringLiteral("role_session_name"), QStringLiteral("duration_seconds")};
        break;
    case ProfileKind::AssumeRoleSource:
        keys = {QStringLiteral("role_arn"),    QStringLiteral("credential_source"), QStringLiteral("mfa_serial"),
                QStringLiteral("external_id"), QStringLiteral("role_session_name"), QStringLiteral("duration_seconds")};
        break;
    case ProfileKind::WebIdentity:
        keys = {QStringLiteral("role_arn"), QStringLiteral("web_identity_token_file"),
                QStringLiteral("role_session_name")};
        break;
    case ProfileKind::Sso:
        // sso_session names an [sso-session] block; without one, the legacy sso_start_url and sso_region.
        keys = {QStringLiteral("sso_session"), QStringLiteral("sso_account_id"), QStringLiteral("sso_role_name"),
                QStringLiteral("sso_start_url"), QStringLiteral("sso_region")};
        break;
    case ProfileKind::CredentialProcess: keys = {QStringLiteral("credential_process")}; break;
    case ProfileKind::Login: keys = {QStringLiteral("login_session")}; break;
    case ProfileKind::Settings: break;
    }
    keys << QStringLiteral("region") << QStringLiteral("output");
    QList<FieldSpec> fields;
    for (const QString& key : keys)
        fields.append(field(key));
    return fields;
}

const QStringList& regions()
{
    static const QStringList names{
        QString(),
        QStringLiteral("us-east-1"),
        QStringLiteral("us-east-2"),
        QStringLiteral("us-west-1"),
        QStringLiteral("us-west-2"),
        QStringLiteral("af-south-1"),
        QStringLiteral("ap-east-1"),
        QStringLiteral("ap-east-2"),
        QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"),
        QStringLiteral("ap-northeast-3"),
        QStringLiteral("ap-south-1"),
        QStringLiteral("ap-south-2"),
        QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-southeast-3"),
        QStringLiteral("ap-southeast-4"),
        QStringLiteral("ap-southeast-5"),
        QStringLiteral("ap-southeast-7"),
        QStringLiteral("ca-central-1"),
        QStringLiteral("ca-west-1"),
        QStringLiteral("eu-central-1"),
        QStringLiteral("eu-central-2"),
        QStringLiteral("eu-north-1"),
        QStringLiteral("eu-south-1"),
        QStringLiteral("eu-south-2"),
        QStringLiteral("eu-west-1"),
        QStringLiteral("eu-west-2"),
        QStringLiteral("eu-west-3"),
        QStringLiteral("il-central-1"),
        QStringLiteral("me-central-1"),
        QStringLiteral("me-south-1"),
        QStringLiteral("mx-central-1"),
        QStringLiteral("sa-east-1"),
        QStringLiteral("us-gov-east-1"),
        QStringLiteral("us-gov-west-1"),
        QStringLiteral("cn-north-1"),
        QStringLiteral("cn-northwest-1"),
    };
    return names;
}

bool isSecret(const QString& key)
{
    return key == u"aws_secret_access_key" || key == u"aws_session_token" || key == u"aws_security_token";
}

QString maskSecrets(const QString& text)
{
    // `key = value` or `key: value`, as configparser reads an option line (diff marks in front are allowed).
    static const QRegularExpression option(
        QStringLiteral("^([-+ ]?[ \\t]*(aws_secret_access_key|aws_session_token|aws_security_token)[ \\t]*[=:][ \\t]*)"
                       "(\\S[^\\r\\n]*?)([ \\t\\r]*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QString out = text;
    qsizetype shift = 0;
    for (auto it = option.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString replacement = maskSecret(m.captured(3));
        out.replace(m.capturedStart(3) + shift, m.capturedLength(3), replacement);
        shift += replacement.size() - m.capturedLength(3);
    }
    return out;
}

namespace {

// The checks of single keys; `p` is the profile, null while it does not exist yet.
using KeyCheck = std::optional<QString> (*)(const ProfileStore& store, const Profile* p, const QString& profile,
                                            const QString& value);

std::optional<QString> checkRegion(const ProfileStore& /*store*/, const Profile* /*p*/, const QString& /*profile*/,
                                   const QString& value)
{
    // botocore's validate_region_name, run when a client is made.
    static const QRegularExpression valid(QStringLiteral("^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)$"));
    if (!valid.match(value).hasMatch())
        return Messages::tr("Provided region_name '%1' doesn't match a supported format.").arg(elided(value));
    return std::nullopt;
}

std::optional<QString> checkOutput(const ProfileStore& /*store*/, const Profile* /*p*/, const QString& /*profile*/,
                                   const QString& value)
{
    if (!field(QStringLiteral("output")).choices.contains(value))
        return Messages::tr("Unknown output type: %1 (the AWS CLI knows json, yaml, yaml-stream, text "
                            "and table)")
            .arg(elided(value));
    return std::nullopt;
}

std::optional<QString> checkRoleArn(const ProfileStore& /*store*/, const Profile* /*p*/, const QString& /*profile*/,
                                    const QString& value)
{
    static const QRegularExpression arn(QStringLiteral("^arn:aws[a-z-]*:iam::\\d{12}:role/.+$"));
    if (!arn.match(value).hasMatch())
        return Messages::tr("This does not look like a role ARN "
                            "(arn:aws:iam::123456789012:role/NAME); STS will refuse it.");
    return std::nullopt;
}

std::optional<QString> checkSourceProfile(const ProfileStore& store, const Profile* p, const QString& profile,
                                          const QString& value)
{
    if (!store.profile(value))
        return Messages::tr("The source_profile \"%1\" referenced in the profile \"%2\" does not exist.")
            .arg(elided(value), elided(profile));
    if (value == profile && p && !p->setting(QStringLiteral("aws_access_key_id"))
        && !p->setting(QStringLiteral("aws_secret_access_key")))
        return Messages::tr("A profile can be its own source_profile only when it has keys of its own; "
                            "otherwise the AWS CLI reports an infinite loop.");
    if (p && p->setting(QStringLiteral("credential_source")))
        return Messages::tr("The profile \"%1\" contains both source_profile and credential_source.")
            .arg(elided(profile));
    return std::nullopt;
}

std::optional<QString> checkCredentialSource(const ProfileStore& /*store*/, const Profile* p, const QString& profile,
                                             const QString& value)
{
    if (!field(QStringLiteral("credential_source")).choices.contains(value))
        return Messages::tr("The credential source \"%1\" referenced in profile \"%2\" is not valid.")
            .arg(elided(value), elided(profile));
    if (p && p->setting(QStringLiteral("source_profile")))
        return Messages::tr("The profile \"%1\" contains both source_profile and credential_source.")
            .arg(elided(profile));
    return std::nullopt;
}

std::optional<QString> checkDurationSeconds(const ProfileStore& /*store*/, const Profile* /*p*/,
                                            const QString& /*profile*/, const QString& value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (!ok)
        return Messages::tr("Not a whole number: the AWS CLI ignores it and asks STS for one hour.");
    if (seconds < 900 || seconds > 43200)
        return Messages::tr("STS accepts 900 to 43200 seconds (and no more than the role's maximum).");
    return std::nullopt;
}

std::optional<QString> checkAwsAccessKeyId(const ProfileStore& /*store*/, const Profile* p, const QString& /*profile*/,
                                           const QString& value)
{
    static const QRegularExpression id(QStringLiteral("^[A-Z0-9]{16,128}$"));
    if (!id.match(value).hasMatch())
        return Messages::tr("Access key IDs are 16 to 128 capital letters and digits (AKIA… or ASIA…).");
    if (value.startsWith(u"ASIA") && p && !p->setting(QStringLiteral("aws_session_token"))
        && !p->setting(QStringLiteral("aws_security_token")))
        return Messages::tr("An ASIA… key is temporary: it needs its session token too.");
    return std::nullopt;
}

std::optional<QString> checkSsoSession(const ProfileStore& store, const Profile* /*p*/, const QString& /*profile*/,
                                       const QString& value)
{
    if (!store.ssoSession(value))
        return Messages::tr("There is no [sso-session %1] section in the config file.").arg(elided(value));
    return std::nullopt;
}

std::optional<QString> checkSsoStartUrl(const ProfileStore& /*store*/, const Profile* p, const QString& /*profile*/,
                                        const QString& value)
{
    if (!value.startsWith(u"https://"))
        return Messages::tr("The start URL is the https:// address of your AWS access portal.");
    if (p && p->setting(QStringLiteral("sso_session")))
        return Messages::tr("This profile names an sso_session: the AWS CLI takes the start URL from "
                            "that block, and this one must match it.");
    return std::nullopt;
}

std::optional<QString> checkSsoAccountId(const ProfileStore& /*store*/, const Profile* /*p*/,
                                         const QString& /*profile*/, const QString& value)
{
    static const QRegularExpression account(QStringLiteral("^\\d{12}$"));
    if (!account.match(value).hasMatch())
        return Messages::tr("An AWS account ID is twelve digits.");
    return std::nullopt;
}

std::optional<QString> checkWebIdentityTokenFile(const ProfileStore& store, const Profile* /*p*/,
                                                 const QString& /*profile*/, const QString& value)
{
    if (!QFileInfo::exists(store.files().environment().expandUser(value)))
        return Messages::tr("No such file here; the AWS CLI reads the token from it on every call.");
    return std::nullopt;
}

const QHash<QString, KeyCheck>& keyChecks()
{
    static const QHash<QString, KeyCheck> table{
        {QStringLiteral("region"), checkRegion},
        {QStringLiteral("output"), checkOutput},
        {QStringLiteral("role_arn"), checkRoleArn},
        {QStringLiteral("source_profile"), checkSourceProfile},
        {QStringLiteral("credential_source"), checkCredentialSource},
        {QStringLiteral("duration_seconds"), checkDurationSeconds},
        {QStringLiteral("aws_access_key_id"), checkAwsAccessKeyId},
        {QStringLiteral("sso_session"), checkSsoSession},
        {QStringLiteral("sso_start_url"), checkSsoStartUrl},
        {QStringLiteral("sso_account_id"), checkSsoAccountId},
        {QStringLiteral("web_identity_token_file"), checkWebIdentityTokenFile},
    };
    return table;
}

} // namespace

std::optional<QString> check(const ProfileStore& store, const QString& profile, const QString& key,
                             const QString& value)
{
    const KeyCheck keyCheck = keyChecks().value(key);
    if (value.isEmpty() || !keyCheck)
        return std::nullopt;
    return keyCheck(store, store.profile(profile), profile, value);
}

std::optional<QString> checkTogether(const QHash<QString, QString>& values)
{
    const bool key = !values.value(QStringLiteral("aws_access_key_id")).trimmed().isEmpty();
    const bool secret = !values.value(QStringLiteral("aws_secret_access_key")).trimmed().isEmpty();
    if (key != secret) {
        return Messages::tr("Give both the access key ID and the secret access key, or neither.");
    }
    return std::nullopt;
}

} // namespace apm::ProfileFields
