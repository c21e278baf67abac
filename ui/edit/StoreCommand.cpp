// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCommand.h"

namespace apm {

StoreCommand::StoreCommand(ProfileStore* store, QList<TextChange> changes, const QString& description)
    : QUndoCommand(description)
    , m_store(store)
    , m_changes(std::move(changes))
{}

void StoreCommand::undo()
{
    apply(true);
}

void StoreCommand::redo()
{
    if (m_done)
        return; // pushed after the store made the edit
    apply(false);
}

void StoreCommand::apply(bool undo)
{
    if (!m_store)
        return;
    // The window clears the stack whenever the files are re-read, so the splices always fit; if one ever does
    // not, the store refuses it and leaves the text alone, and the step is dropped.
    if (m_store->applyChanges(m_changes, undo))
        setObsolete(true);
    m_done = !undo;
}

} // namespace apm
