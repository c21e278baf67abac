// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

#include "config/ProfileStore.h"

namespace apm {

// The profiles of a ProfileStore, one row each: name, kind, region. Raw values in custom roles. What a row shows is
// worked out the first time it is asked for and kept until the store changes: with 20,000 profiles only the
// rows on screen (and, for a filter, the search texts) are ever computed.
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
        ProblemRole,    // QString: what the AWS CLI would fail on with this profile, or empty
        SsoSignInRole,  // QString: for an SSO profile, whether its sign-in holds and until when; else empty
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
    // Name, region and account ids in lower case, for filtering.
    [[nodiscard]] const QString& searchText(int row) const;
    // The tokens `aws sso login` caches changed (a sign-in, or one that ended): the SSO rows are worked out again.
    void ssoCacheChanged();

private:
    struct Row {
        bool computed = false;
        bool searchComputed = false;
        ProfileKind kind = ProfileKind::Settings;
        QString region;
        QString search;
        QString problem;
        QString ssoSignIn;
    };
    [[nodiscard]] const Row& rowAt(int row) const;
    void refresh();

    QPointer<ProfileStore> m_store;
    QString m_active;
    QStringList m_names; // the rows, as the store listed the profiles at the last reset
    mutable std::vector<Row> m_rows;
};

} // namespace apm
