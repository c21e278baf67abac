// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "aws/Transport.h"

namespace apm {

class ProfileStore;

// What the two organisation dialogs show before Apply.
class ChangePreview final
{
    Q_DECLARE_TR_FUNCTIONS(ChangePreview)

public:
    // What the config file's text (as the window holds it) becomes, as a unified diff.
    [[nodiscard]] static QString configDiff(const ProfileStore& store, const QByteArray& text);

    // Why listing an SSO organisation failed, and what to do, in a sentence or two.
    [[nodiscard]] static QString describeFailure(const QueryAnswer& failure, const QString& operation,
                                                 const QString& session);
};

} // namespace apm
