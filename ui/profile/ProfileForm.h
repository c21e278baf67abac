// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "config/Profile.h"
#include "config/ProfileFields.h"

class QFormLayout;
class QLabel;

namespace apm {

class ProfileStore;

/**
 * The form fitted to a kind of profile: the fields `aws configure` asks for, or the kind's own (role_arn,
 * source_profile, sso_session, ...), each checked as the user types with the message shown under it. The form
 * edits nothing itself: it says which value the user committed (Enter, leaving the field, a pick in a list), and
 * whoever owns it decides what to do with that. The rows are built from ProfileFields, so the form and the
 * new-profile dialog ask the same things.
 */
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    explicit ProfileForm(QWidget* parent = nullptr);

    // The store gives the lists (profiles, sso-sessions) and the checks; `profile` is the one being edited.
    void setContext(const ProfileStore* store, const QString& profile);
    void setKind(ProfileKind kind);
    [[nodiscard]] ProfileKind kind() const { return m_kind; }
    // Shows these values (keys without a field are ignored), without reporting them as commits.
    void setValues(const QHash<QString, QString>& values);
    // What the fields hold now, including what was typed and not yet committed.
    [[nodiscard]] QHash<QString, QString> values() const;
    void setSecretsRevealed(bool revealed);
    void setReadOnly(bool readOnly);
    void focusFirstField();
    // The editors, top to bottom (for a dialog's tab order).
    [[nodiscard]] QList<QWidget*> editors() const;
    // The first problem the checks found, or an empty string.
    [[nodiscard]] QString firstProblem() const;

Q_SIGNALS:
    // A field's new value for the profile the form shows (which the list may no longer show: a filter hid it).
    void valueCommitted(const QString& profile, const QString& key, const QString& value);
    void valuesEdited(); // any keystroke, for dialogs that validate as the user types

private:
    struct Row {
        FieldSpec spec;
        QPointer<QWidget> editor;
        QPointer<QLabel> problem;
        QPointer<QLabel> note;
        // A value too long to edit in a field: the field shows its start, read-only, and this holds all of it.
        std::optional<QString> whole;
    };
    void rebuild();
    [[nodiscard]] QString textOf(const Row& row) const;
    void setTextOf(Row& row, const QString& text);
    void applyEditable(Row& row);
    [[nodiscard]] bool editable(const Row& row) const { return !m_readOnly && !row.whole; }
    void check(Row& row);
    void commit(const QString& key);

    const ProfileStore* m_store = nullptr;
    QString m_profile;
    ProfileKind m_kind = ProfileKind::StaticKeys;
    QFormLayout* m_layout;
    QList<Row> m_rows;
    QHash<QString, QString> m_shown; // the values last set, to report only real changes
    bool m_revealed = false;
    bool m_readOnly = false;
};

} // namespace apm
