// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileListDelegate.h"

#include "models/ProfileListModel.h"

namespace apm {

ProfileListDelegate::ProfileListDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_problem(QStringLiteral(":/icons/problem.svg"))
{}

QIcon ProfileListDelegate::kindIcon(ProfileKind kind)
{
    const char* name = "kind-settings";
    switch (kind) {
    case ProfileKind::StaticKeys: name = "kind-static-keys"; break;
    case ProfileKind::AssumeRole: name = "kind-assume-role"; break;
    case ProfileKind::AssumeRoleSource: name = "kind-credential-source"; break;
    case ProfileKind::WebIdentity: name = "kind-web-identity"; break;
    case ProfileKind::Sso: name = "kind-sso"; break;
    case ProfileKind::CredentialProcess: name = "kind-credential-process"; break;
    case ProfileKind::Login: name = "kind-login"; break;
    case ProfileKind::Settings: break;
    }
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

void ProfileListDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The kind is shown by its icon alone, so that the name has the room; its words stay in the tooltip and in
    // what a screen reader reads (the model's text is unchanged).
    if (index.column() == ProfileListModel::KindColumn) {
        option->text.clear();
        option->features &= ~QStyleOptionViewItem::HasDisplay;
        option->displayAlignment = Qt::AlignCenter;
    }
    QIcon icon;
    if (index.column() == ProfileListModel::KindColumn)
        icon = kindIcon(ProfileKind(index.data(ProfileListModel::KindRole).toInt()));
    else if (index.column() == ProfileListModel::NameColumn
             && !index.data(ProfileListModel::ProblemRole).toString().isEmpty())
        icon = m_problem;
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace apm
