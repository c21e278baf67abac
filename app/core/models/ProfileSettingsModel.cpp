// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileSettingsModel.h"

#include <QFileInfo>

#include "config/ProfileFields.h"
#include "resolve/Resolution.h"

namespace apm {

ProfileSettingsModel::ProfileSettingsModel(ProfileStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProfileStore::profilesChanged, this, &ProfileSettingsModel::refresh);
}

void ProfileSettingsModel::setProfile(const QString& name)
{
    m_profile = name;
    refresh();
}

void ProfileSettingsModel::setSecretsRevealed(bool revealed)
{
    m_revealed = revealed;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

void ProfileSettingsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    const Profile* p = m_store ? m_store->profile(m_profile) : nullptr;
    if (p) {
        const IniSection* config = p->configSection.isEmpty()
                                       ? nullptr
                                       : m_store->files().file(FileKind::Config).document.section(p->configSection);
        for (const ProfileSetting& s : p->settings) {
            addRows(*s.entry, s.file, s.inherited, false);
            // Both files set it: the credentials file wins, and the config file's value is shown as unused.
            if (const IniEntry* shadowed = s.file == FileKind::Credentials && config ? config->entry(s.key()) : nullptr)
                addRows(*shadowed, FileKind::Config, false, true);
        }
    }
    endResetModel();
}

void ProfileSettingsModel::addRows(const IniEntry& entry, FileKind file, bool inherited, bool overridden)
{
    if (!entry.value.isNested) {
        m_rows.append({entry.key, std::nullopt, entry.value.scalar, file, entry.line, inherited, overridden});
        return;
    }
    const IniValue& v = entry.value;
    for (qsizetype i = 0; i < v.nested.size(); ++i) {
        const int line = i < v.nestedLines.size() ? v.nestedLines[i] : entry.line;
        m_rows.append({entry.key, v.nested[i].first, v.nested[i].second, file, line, inherited, overridden});
    }
}

int ProfileSettingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileSettingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileSettingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool secret = ProfileFields::isSecret(row.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return row.name();
        case ValueColumn: return secret && !m_revealed ? maskSecret(row.value) : elided(row.value);
        case FileColumn: return QFileInfo(m_store->files().file(row.file).readPath).fileName();
        case LineColumn: return row.line + 1;
        }
        return {};
    case Qt::EditRole: return index.column() == ValueColumn ? QVariant(row.value) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (row.overridden)
            return tr("Not used: the credentials file sets %1 for this profile too, and the AWS CLI takes the "
                      "credentials file's value.")
                .arg(row.name());
        if (index.column() == FileColumn || index.column() == LineColumn)
            return row.inherited ? tr("Inherited from the [DEFAULT] section of %1; editing it gives this profile "
                                      "its own value.")
                                       .arg(m_store->files().file(row.file).readPath)
                                 : m_store->files().file(row.file).readPath;
        return {};
    case SettingKeyRole: return row.name();
    case IsSecretRole: return secret;
    case FileKindRole: return int(row.file);
    case IsInheritedRole: return row.inherited;
    case IsOverriddenRole: return row.overridden;
    }
    return {};
}

QVariant ProfileSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    }
    return {};
}

Qt::ItemFlags ProfileSettingsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // An unused value is edited in the Files tab: an edit here would go to the value that is used.
    if (index.isValid() && index.column() == ValueColumn && m_store && m_store->isValid()
        && !m_rows.at(index.row()).overridden)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ProfileSettingsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row row = m_rows.at(index.row()); // the edit resets the rows
    if (row.overridden)
        return false;
    const QString text = value.toString();
    if (text == row.value && !row.inherited)
        return false;
    const auto error = row.subKey ? m_store->setNestedValue(m_profile, row.key, *row.subKey, text)
                                  : m_store->setValue(m_profile, row.key, text);
    if (error) {
        Q_EMIT editFailed(*error);
        return false;
    }
    return true;
}

std::optional<QString> ProfileSettingsModel::addSetting(const QString& key, const QString& value)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot > 0)
        return m_store->setNestedValue(m_profile, key.left(dot), key.mid(dot + 1), value);
    return m_store->setValue(m_profile, key, value);
}

std::optional<QString> ProfileSettingsModel::removeSetting(int row)
{
    if (row < 0 || row >= m_rows.size())
        return tr("Select a setting to remove.");
    const Row r = m_rows.at(row);
    if (r.subKey)
        return m_store->removeNestedKey(m_profile, r.key, *r.subKey);
    if (r.overridden)
        return tr("The config file's %1 is not used, as the credentials file sets it too. Remove the row of the "
                  "value in use to remove both, or edit the config file in the Files tab.")
            .arg(r.name());
    if (r.inherited)
        return tr("%1 comes from the [DEFAULT] section, which every profile shares; remove it there.").arg(r.key);
    return m_store->removeKey(m_profile, r.key);
}

QModelIndex ProfileSettingsModel::indexOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name() == key)
            return index(i, KeyColumn);
    }
    return {};
}

} // namespace apm
