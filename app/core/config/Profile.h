// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "config/ConfigFiles.h"
#include "ini/IniDocument.h"

namespace apm {

// What kind of credentials a profile yields, in the order the AWS CLI's provider chain tries them.
enum class ProfileKind {
    Settings,          // no credentials of its own (region, output, ...)
    StaticKeys,        // aws_access_key_id / aws_secret_access_key
    AssumeRole,        // role_arn with source_profile
    AssumeRoleSource,  // role_arn with credential_source (Environment, Ec2InstanceMetadata, EcsContainer)
    WebIdentity,       // role_arn with web_identity_token_file
    Sso,               // sso_account_id / sso_role_name, with sso_session or the legacy sso_start_url
    CredentialProcess, // credential_process
    Login,             // login_session (aws login)
};

// One key of a profile as botocore's merged view has it, with where it comes from. It points into the
// document of `file`, so it is valid until the store changes (ProfileStore::profilesChanged).
struct ProfileSetting {
    const IniEntry* entry = nullptr;
    FileKind file = FileKind::Config;
    bool inherited = false; // lent by a [DEFAULT] section

    [[nodiscard]] const QString& key() const { return entry->key; }
    [[nodiscard]] const IniValue& value() const { return entry->value; }
    [[nodiscard]] int line() const { return entry->line; } // 0-based line in that file
};

// A profile of the merged view (config file, then the credentials file winning key by key).
struct Profile {
    QString name;
    QList<ProfileSetting> settings;
    QString configSection;      // header of the config section botocore uses; empty when none
    QString credentialsSection; // the credentials section; empty when none

    [[nodiscard]] const ProfileSetting* setting(const QString& key) const;
    // The scalar value of key, or nullopt when absent (or a nested block).
    [[nodiscard]] std::optional<QString> value(const QString& key) const;
    [[nodiscard]] ProfileKind kind() const;

    [[nodiscard]] static QString kindName(ProfileKind kind); // translated, for people
};

} // namespace apm
