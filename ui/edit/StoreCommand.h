// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUndoCommand>

#include "config/ProfileStore.h"

namespace apm {

// One edit of the store on the undo stack. The edit has already been made when the command is pushed (the store
// reports it after the fact), so the first redo() does nothing; later ones play the text splices back.
class StoreCommand final : public QUndoCommand
{
public:
    StoreCommand(ProfileStore* store, QList<TextChange> changes, const QString& description);

    void undo() override;
    void redo() override;

private:
    void apply(bool undo);

    QPointer<ProfileStore> m_store;
    QList<TextChange> m_changes;
    bool m_done = true;
};

} // namespace apm
