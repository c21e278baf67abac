// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentController.h"

#include <QUndoStack>
#include <QWidget>

#include "Prompts.h"
#include "config/ConfigWatcher.h"
#include "config/ProfileFields.h"
#include "config/ProfileStore.h"
#include "edit/StoreCommand.h"

namespace apm {

DocumentController::DocumentController(ProfileStore* store, QWidget* window, Prompts* prompts)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_prompts(prompts)
    , m_history(new QUndoStack(this))
{
    // Undo and redo for every edit: the store reports each one after making it.
    connect(m_store, &ProfileStore::edited, this, [this](const QList<TextChange>& changes, const QString& what) {
        m_history->push(new StoreCommand(m_store, changes, what));
    });
    connect(m_store, &ProfileStore::reloaded, m_history, &QUndoStack::clear);
    auto showModified = [this] {
        Q_EMIT modifiedChanged(m_store->isModified());
    };
    connect(m_store, &ProfileStore::profilesChanged, this, showModified);
    connect(m_store, &ProfileStore::saved, this, showModified);
    // Other programs' changes to the files: followed, merged with unsaved edits, or asked about.
    auto* watcher = new ConfigWatcher(m_store, this);
    connect(watcher, &ConfigWatcher::changedOnDisk, this, &DocumentController::followDisk);
}

bool DocumentController::save()
{
    // Only a text edit can leave a file the AWS CLI refuses; writing it is the user's explicit choice.
    const bool writesRefused =
        (m_store->isModified(FileKind::Config) && !m_store->isValid(FileKind::Config))
        || (m_store->isModified(FileKind::Credentials) && !m_store->isValid(FileKind::Credentials));
    if (writesRefused
        && !m_prompts->confirm(m_window, tr("Save a file the AWS CLI refuses?"),
                               tr("%1\n\nThe AWS CLI will refuse this file until it is fixed. Save it anyway?")
                                   .arg(m_store->parseErrorMessage()),
                               tr("Save anyway")))
        return false;
    auto error = m_store->save();
    if (error && m_store->changedOnDisk()) {
        if (!m_prompts->confirm(m_window, tr("Overwrite?"), tr("%1\n\nOverwrite it with your version?").arg(*error),
                                tr("Overwrite")))
            return false;
        error = m_store->save(ConfigFiles::Overwrite::Always);
    }
    if (error) {
        Q_EMIT message(*error);
        return false;
    }
    m_history->setClean();
    Q_EMIT message(tr("Saved."));
    return true;
}

void DocumentController::revert()
{
    if (m_store->isModified()
        && !m_prompts->confirm(m_window, tr("Revert"),
                               tr("Discard your unsaved changes and read the files again from disk?"),
                               tr("Discard changes")))
        return;
    m_store->reload();
}

bool DocumentController::settleUnsaved(const QString& question)
{
    if (!m_store->isModified())
        return true;
    switch (m_prompts->askUnsaved(m_window, question)) {
    case Prompts::Unsaved::Save: return save();
    case Prompts::Unsaved::Discard: return true;
    case Prompts::Unsaved::Cancel: return false;
    }
    return false;
}

void DocumentController::followDisk(FileKind kind)
{
    if (m_askingAboutConflict)
        return; // the open question settles it with what is on disk by then
    const QString path = m_store->path(kind);
    switch (m_store->syncWithDisk(kind)) {
    case ProfileStore::Sync::Unchanged: return;
    case ProfileStore::Sync::Reloaded:
        return Q_EMIT message(tr("%1 was changed by another program and has been read again.").arg(path));
    case ProfileStore::Sync::Merged:
        return Q_EMIT message(tr("%1 was changed by another program; your unsaved changes are kept on top of it (the "
                                 "undo history starts again here).")
                                  .arg(path));
    case ProfileStore::Sync::Conflict: break;
    }
    m_askingAboutConflict = true;
    const auto answer = m_prompts->askConflict(
        m_window,
        tr("%1 was changed by another program, on lines you have changed too.\n\nKeep your version (saving will "
           "replace the file on disk), or take the file on disk (your unsaved changes to it are dropped)?")
            .arg(path),
        ProfileFields::maskSecrets(m_store->diffWithDisk(kind))); // as the Files tab shows it
    m_askingAboutConflict = false;
    if (answer == Prompts::Conflict::KeepMine) {
        m_store->keepMine(kind);
        Q_EMIT message(tr("Keeping your version of %1; saving will replace the file on disk.").arg(path));
    } else {
        m_store->takeTheirs(kind);
        Q_EMIT message(tr("%1 was read again from disk; your changes to it were dropped.").arg(path));
    }
}

} // namespace apm
