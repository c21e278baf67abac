// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

#include "config/ConfigFiles.h"

namespace Ui {
class FilesPanel;
}

namespace apm {

class ProfileStore;

// The Files tab: either file as text (unsaved edits included, secrets masked unless asked), the selected
// profile's lines highlighted, and below it exactly what saving will change, as a diff against the disk. The text
// can be edited as a whole (the way to mend a file the AWS CLI refuses); applying it is one undoable edit.
class FilesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesPanel)

public:
    explicit FilesPanel(ProfileStore* store, QWidget* parent = nullptr);
    ~FilesPanel() override;

    void setSelectedProfile(const QString& name);
    // Shows a file with one line (0-based) marked, as for a line the AWS CLI refuses.
    void showLine(FileKind kind, int line);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void refreshWhenShown();
    void highlight();
    void setEditing(bool editing);
    void applyText();

    std::unique_ptr<Ui::FilesPanel> m_ui;
    ProfileStore* m_store;
    QString m_profile;
    bool m_stale = true;   // large files are only laid out when the tab is looked at
    int m_markedLine = -1; // in the shown file, for showLine()
    bool m_editing = false;
};

} // namespace apm
