// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QObject>

#include "config/ConfigFiles.h"

class QUndoStack;
class QWidget;

namespace apm {

class ProfileStore;
class Prompts;

/**
 * The two files as one document of the window: the undo history of the store's edits, other programs' changes
 * followed (re-read, merged, or asked about), saving and reverting with the questions they need. What happened is
 * said through message(), a sentence for the status bar.
 */
class DocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentController)

public:
    // `window` is where the questions are asked; `prompts` asks them (kept by the caller).
    DocumentController(ProfileStore* store, QWidget* window, Prompts* prompts);

    [[nodiscard]] QUndoStack* history() const { return m_history; }
    void setPrompts(Prompts* prompts) { m_prompts = prompts; }

    // Writes the changed files; asks before writing a file the AWS CLI refuses and before overwriting a file
    // another program changed. False when not saved.
    bool save();
    // Drops the unsaved changes (after asking) and reads the files again.
    void revert();
    // Before the files are closed or replaced: asks about unsaved changes with `question`. False when the user
    // cancels (or the save they asked for failed).
    bool settleUnsaved(const QString& question);

Q_SIGNALS:
    void message(const QString& text);
    void modifiedChanged(bool modified);

private:
    void followDisk(FileKind kind);

    ProfileStore* m_store;
    QWidget* m_window;
    Prompts* m_prompts;
    QUndoStack* m_history;
    bool m_askingAboutConflict = false;
};

} // namespace apm
