// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QPointer>

#include "config/ProfileStore.h"

namespace apm {

/**
 * Every key of one profile in both files, one row each: key, value, file, line. A nested block (`s3 =` with
 * indented sub-settings) gives one row per sub-setting, named as `aws configure set` names it (s3.addressing_style).
 * Values are editable; an edit goes to the store like any other, so it lands in the history and the file the AWS
 * CLI reads it from. Secrets show masked unless revealed; the edit role always holds the real value.
 */
class ProfileSettingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSettingsModel)

public:
    enum Column { KeyColumn, ValueColumn, FileColumn, LineColumn, ColumnCount };
    enum Role {
        SettingKeyRole = Qt::UserRole + 1, // "key" or "key.sub"
        IsSecretRole,                      // bool
        FileKindRole,                      // FileKind as int
        IsInheritedRole,                   // bool: lent by [DEFAULT]
        IsOverriddenRole,                  // bool: a config key the credentials file sets too, so unused
    };

    explicit ProfileSettingsModel(ProfileStore* store, QObject* parent = nullptr);

    void setProfile(const QString& name);
    [[nodiscard]] const QString& profile() const { return m_profile; }
    void setSecretsRevealed(bool revealed);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Adds or sets `key` ("key" or "key.sub"); removes the key (or one sub-setting) of a row.
    std::optional<QString> addSetting(const QString& key, const QString& value);
    std::optional<QString> removeSetting(int row);
    [[nodiscard]] QModelIndex indexOf(const QString& key) const;

Q_SIGNALS:
    // An edit through the table was refused; the sentence says why.
    void editFailed(const QString& message);

private:
    struct Row {
        QString key;
        std::optional<QString> subKey;
        QString value;
        FileKind file = FileKind::Config;
        int line = 0;
        bool inherited = false;
        bool overridden = false;
        [[nodiscard]] QString name() const { return subKey ? key + u'.' + *subKey : key; }
    };
    void refresh();
    // One row for a scalar, one per sub-key for a nested block (each with its own line).
    void addRows(const IniEntry& entry, FileKind file, bool inherited, bool overridden);

    QPointer<ProfileStore> m_store;
    QString m_profile;
    QList<Row> m_rows;
    bool m_revealed = false;
};

} // namespace apm
