// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include <QCoreApplication>

namespace apm {

const ProfileSetting* Profile::setting(const QString& key) const
{
    for (const ProfileSetting& s : settings) {
        if (s.key() == key)
            return &s;
    }
    return nullptr;
}

std::optional<QString> Profile::value(const QString& key) const
{
    const ProfileSetting* s = setting(key);
    if (!s || s->value().isNested)
        return std::nullopt;
    return s->value().scalar;
}

ProfileKind Profile::kind() const
{
    const bool hasRole = setting(QStringLiteral("role_arn"));
    if (hasRole && !setting(QStringLiteral("web_identity_token_file")))
        return setting(QStringLiteral("credential_source")) && !setting(QStringLiteral("source_profile"))
                   ? ProfileKind::AssumeRoleSource
                   : ProfileKind::AssumeRole;
    if (setting(QStringLiteral("web_identity_token_file")))
        return ProfileKind::WebIdentity;
    if (setting(QStringLiteral("sso_account_id")) || setting(QStringLiteral("sso_role_name")))
        return ProfileKind::Sso;
    const ProfileSetting* key = setting(QStringLiteral("aws_access_key_id"));
    if (key && key->file == FileKind::Credentials)
        return ProfileKind::StaticKeys;
    if (setting(QStringLiteral("login_session")))
        return ProfileKind::Login;
    if (setting(QStringLiteral("credential_process")))
        return ProfileKind::CredentialProcess;
    if (key)
        return ProfileKind::StaticKeys;
    return ProfileKind::Settings;
}

QString Profile::kindName(ProfileKind kind)
{
    const char* text = "";
    switch (kind) {
    case ProfileKind::Settings: text = QT_TRANSLATE_NOOP("apm::Profile", "settings only"); break;
    case ProfileKind::StaticKeys: text = QT_TRANSLATE_NOOP("apm::Profile", "static keys"); break;
    case ProfileKind::AssumeRole: text = QT_TRANSLATE_NOOP("apm::Profile", "assume role"); break;
    case ProfileKind::AssumeRoleSource: text = QT_TRANSLATE_NOOP("apm::Profile", "role (credential source)"); break;
    case ProfileKind::WebIdentity: text = QT_TRANSLATE_NOOP("apm::Profile", "web identity"); break;
    case ProfileKind::Sso: text = QT_TRANSLATE_NOOP("apm::Profile", "SSO"); break;
    case ProfileKind::CredentialProcess: text = QT_TRANSLATE_NOOP("apm::Profile", "credential process"); break;
    case ProfileKind::Login: text = QT_TRANSLATE_NOOP("apm::Profile", "login"); break;
    }
    return QCoreApplication::translate("apm::Profile", text);
}

} // namespace apm
