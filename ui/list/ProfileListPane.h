// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

class QUndoStack;

namespace Ui {
class ProfileListPane;
}

namespace apm {

class ProfileFilterModel;
class ProfileListModel;
class ProfileStore;
class Prompts;
struct Profile;

/**
 * The profiles, filterable, and what makes or unmakes one: new, rename, duplicate, delete. The selection is kept
 * across every change of the files (a profile renamed or deleted gives its place to the one now there), and
 * currentProfileChanged() reports it whenever the profile to show changed, or changed itself.
 */
class ProfileListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListPane)

public:
    // `history` groups a new profile's edits into one step; `prompts` asks the questions (kept by the caller).
    ProfileListPane(ProfileStore* store, QUndoStack* history, Prompts* prompts, QWidget* parent = nullptr);
    ~ProfileListPane() override;

    void setPrompts(Prompts* prompts) { m_prompts = prompts; }
    [[nodiscard]] const Profile* selectedProfile() const;
    // The badge of the profile active in the user's shells.
    void setActiveProfile(const QString& name);
    // Actions offered on the list's context menu.
    void addContextActions(const QList<QAction*>& actions);
    void focusFilter();
    void selectFirst();
    // The SSO tokens the AWS CLI caches changed: the sign-in shown for SSO profiles follows.
    void ssoCacheChanged();

    void newProfile();
    void renameProfile();
    void duplicateProfile();
    void deleteProfile();

Q_SIGNALS:
    void currentProfileChanged(const QString& name); // empty: none selected
    void profileActivated();                         // Enter or a double click on a profile
    void message(const QString& text);

private:
    void select(const QString& name);
    void restoreSelection();
    void onCurrentChanged();

    std::unique_ptr<Ui::ProfileListPane> m_ui;
    ProfileStore* m_store;
    QUndoStack* m_history;
    Prompts* m_prompts;
    ProfileListModel* m_model;
    ProfileFilterModel* m_filter;
    QString m_selectedName; // kept across model resets (every change of the files)
    int m_selectedRow = 0;
};

} // namespace apm
