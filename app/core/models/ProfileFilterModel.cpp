// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileFilterModel.h"

#include "models/ProfileListModel.h"

namespace apm {

ProfileFilterModel::ProfileFilterModel(ProfileListModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    // An edit does not hide the row being edited because it stopped matching: the filter applies as it is typed.
    setDynamicSortFilter(false);
}

void ProfileFilterModel::setFilterText(const QString& text)
{
    const QString lower = text.toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    // One layout change rather than thousands of row removals: the view re-lays out once per keystroke.
    invalidate();
}

bool ProfileFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty() || sourceParent.isValid() || !m_source)
        return true;
    return m_source->searchText(sourceRow).contains(m_text);
}

} // namespace apm
