// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "config/Profile.h"

namespace apm {

class ProfileStore;

// One field of the profile form: a key of the profile and how it is edited.
struct FieldSpec {
    enum class Editor {
        Text,
        Secret,     // masked, with a reveal toggle
        Choice,     // one of `choices` (editable when `freeText`)
        Profile,    // the name of another profile
        SsoSession, // the name of an [sso-session] block
    };
    QString key;
    QString label; // translated
    Editor editor = Editor::Text;
    QStringList choices;
    bool freeText = true;
};

/**
 * What the profile form asks for each kind of profile (the fields `aws configure` and the AWS CLI's provider
 * for that kind read), and the checks made while the user types: the ones the AWS CLI would fail on later,
 * said now, next to the field.
 */
namespace ProfileFields {

// The kinds a user can pick for a new profile, in menu order.
[[nodiscard]] QList<ProfileKind> creatableKinds();
// The fields of a kind's form, the common ones (region, output) last.
[[nodiscard]] QList<FieldSpec> fieldsFor(ProfileKind kind);
[[nodiscard]] FieldSpec field(const QString& key);
// Region names of the AWS partitions, for the region combo (any other name can still be typed).
[[nodiscard]] const QStringList& regions();
[[nodiscard]] bool isSecret(const QString& key);
// INI text with the values of secret keys masked, line for line, for showing a file or a diff.
[[nodiscard]] QString maskSecrets(const QString& text);

// A sentence on what is wrong with `value` for `key` of `profile`, or nullopt when it looks right.
[[nodiscard]] std::optional<QString> check(const ProfileStore& store, const QString& profile, const QString& key,
                                           const QString& value);
// What is wrong with a new profile's values taken together (an access key without its secret, or the reverse),
// or nullopt. Such a profile is not created: the AWS CLI reports it as partial credentials.
[[nodiscard]] std::optional<QString> checkTogether(const QHash<QString, QString>& values);

} // namespace ProfileFields

} // namespace apm
