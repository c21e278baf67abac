// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

#include "config/Profile.h"

namespace apm {

// The profile list's icons: the kind (from KindRole) before the kind's name, a warning before a profile the AWS
// CLI would fail on (ProblemRole). The core's model has no icons, being free of Qt Gui.
class ProfileListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListDelegate)

public:
    explicit ProfileListDelegate(QObject* parent = nullptr);

    [[nodiscard]] static QIcon kindIcon(ProfileKind kind);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QIcon m_problem;
};

} // namespace apm
