// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMainWindow>

#include "base/Environment.h"

class QScrollArea;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace apm {

class ActiveProfileController;
class CredentialVault;
class DocumentController;
class FilesPanel;
class ImdsPanel;
class KeychainActions;
class PrecedencePanel;
class ProfileListPane;
class ProfilePanel;
class ProfileStore;
class Prompts;
class SecretClipboard;
class SecretStore;

/**
 * The main window, an assembly of parts: the profile list on the left; on the right the selected profile's panel,
 * the precedence table, the files and the instance metadata probe. The document controller keeps the files, the
 * active-profile controller the shells' profile and the tray, the keychain actions the keys' moves. The window
 * wires them, keeps the menus, the file-state banner and its own size and place.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `store` and `secrets` (where the keychain actions keep keys) outlive the window; `commandLineBinary` is the
    // program the credential_process lines of keychain-backed profiles run.
    MainWindow(ProfileStore* store, SecretStore* secrets, const Environment& environment,
               const QString& commandLineBinary, QWidget* parent = nullptr);
    ~MainWindow() override;
    // Brings back the size, place and pane widths the window had when last closed.
    void restoreLayout();

    // Makes `name` the active profile of the user's shells (an empty name clears it).
    void switchActiveProfile(const QString& name);
    // Where the window's questions go (tests preset the answers).
    void setPrompts(std::unique_ptr<Prompts> prompts);
    [[nodiscard]] QUndoStack* history() const;
    [[nodiscard]] SecretClipboard* secretClipboard() const { return m_clipboard; }

    // Writes the changed files; asks before overwriting a file another program changed. False when not saved.
    bool save();

Q_SIGNALS:
    // The settings changed what the window shows (files, language): open a new one in its place.
    void reopenRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpTabs();
    void setUpMenus();
    void welcomeIfFirstRun();
    void showSelectedProfile(const QString& name);
    void showFileState();
    void showFileProblem();
    void editSettings();
    void showMessage(const QString& text);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Prompts> m_prompts;
    ProfileStore* m_store;
    Environment m_environment;
    SecretClipboard* m_clipboard;
    DocumentController* m_document;
    ProfileListPane* m_list;
    CredentialVault* m_vault;
    ProfilePanel* m_profilePanel;
    QScrollArea* m_profilePage;
    PrecedencePanel* m_precedence = nullptr;
    FilesPanel* m_filesPanel = nullptr;
    ImdsPanel* m_imds = nullptr;
    ActiveProfileController* m_active;
    KeychainActions* m_keychain;
};

} // namespace apm
