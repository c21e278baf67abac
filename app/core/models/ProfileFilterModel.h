// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace apm {

class ProfileListModel;

// Type-to-filter over the profile list: a row stays when its name, region or an account id (of role_arn or
// sso_account_id) contains the text, ignoring case. The search texts come lower-cased from the list model, so a
// keystroke is one substring test per profile.
class ProfileFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileFilterModel)

public:
    explicit ProfileFilterModel(ProfileListModel* source, QObject* parent = nullptr);

    void setFilterText(const QString& text);
    [[nodiscard]] const QString& filterText() const { return m_text; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QPointer<ProfileListModel> m_source;
    QString m_text; // lower case
};

} // namespace apm
