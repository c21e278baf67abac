// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileListModel.h"

namespace apm {

namespace {

// The account id inside an ARN such as arn:aws:iam::123456789012:role/x.
QString accountOf(const std::optional<QString>& arn)
{
    if (!arn)
        return {};
    const QStringList parts = arn->split(u':');
    return parts.size() > 4 ? parts.at(4) : QString();
}

} // namespace

ProfileListModel::ProfileListModel(ProfileStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProfileStore::profilesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_store ? 0 : int(m_store->profileNames().size());
}

int ProfileListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Profile* ProfileListModel::profileAt(const QModelIndex& index) const
{
    if (!m_store || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return m_store->profile(m_store->profileNames().at(index.row()));
}

QModelIndex ProfileListModel::indexOf(const QString& name) const
{
    const qsizetype row = m_store ? m_store->profileNames().indexOf(name) : -1;
    return row < 0 ? QModelIndex() : index(int(row), NameColumn);
}

void ProfileListModel::setActiveProfile(const QString& name)
{
    if (name == m_active)
        return;
    const QModelIndex before = indexOf(m_active);
    m_active = name;
    for (const QModelIndex& changed : {before, indexOf(name)}) {
        if (changed.isValid())
            Q_EMIT dataChanged(changed, changed.siblingAtColumn(ColumnCount - 1));
    }
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    const Profile* p = profileAt(index);
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return p->name == m_active ? QStringLiteral("★ ") + p->name : p->name;
        case KindColumn: return Profile::kindName(p->kind());
        case RegionColumn: return p->value(QStringLiteral("region")).value_or(QString());
        }
        break;
    case Qt::AccessibleTextRole:
        return p->name == m_active
                   ? tr("Profile %1, %2, active in your shells").arg(p->name, Profile::kindName(p->kind()))
                   : tr("Profile %1, %2").arg(p->name, Profile::kindName(p->kind()));
    case ProfileNameRole: return p->name;
    case IsActiveRole: return p->name == m_active;
    case KindRole: return int(p->kind());
    case SearchTextRole:
        return QStringList{p->name, p->value(QStringLiteral("region")).value_or(QString()),
                           accountOf(p->value(QStringLiteral("role_arn"))),
                           p->value(QStringLiteral("sso_account_id")).value_or(QString())}
            .join(u' ');
    default: break;
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Profile");
    case KindColumn: return tr("Kind");
    case RegionColumn: return tr("Region");
    }
    return {};
}

} // namespace apm
