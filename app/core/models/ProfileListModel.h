// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "config/ProfileStore.h"

namespace apm {

// The profiles of a ProfileStore, one row each: name, kind, region. Raw values in custom roles.
class ProfileListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)

public:
    enum Column { NameColumn, KindColumn, RegionColumn, ColumnCount };
    enum Role {
        ProfileNameRole = Qt::UserRole + 1,
        KindRole,       // ProfileKind as int
        SearchTextRole, // name, region and account ids, for filtering
        IsActiveRole,   // bool: the active profile of the user's shells
    };

    explicit ProfileListModel(ProfileStore* store, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Profile* profileAt(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOf(const QString& name) const;
    // The profile shown with the active badge (★), or none.
    void setActiveProfile(const QString& name);

private:
    QPointer<ProfileStore> m_store;
    QString m_active;
};

} // namespace apm
