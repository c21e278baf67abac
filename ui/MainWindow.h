// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMainWindow>

#include "base/Environment.h"
#include "config/ActiveProfile.h"
#include "config/ConfigFiles.h"
#include "config/Profile.h"

class QComboBox;
class QFileSystemWatcher;
class QSystemTrayIcon;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace apm {

class CredentialVault;
class FilesPanel;
class ImdsPanel;
class PrecedencePanel;
class ProfileFilterModel;
class ProfileForm;
class ProfileSettingsModel;
class Prompts;
class SecretClipboard;
class TrayMenu;
struct Profile;
class SecretStore;
class ProfileListModel;
class ProfileStore;

// The main window: the profiles on the left (filterable); on the right, the selected profile's form and keys, the
// precedence table, the files. Every edit goes through the store, which reports it to the undo stack.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `secrets` is where the keychain actions keep keys: the OS keychain when null (tests pass a fake).
    explicit MainWindow(const Environment& environment, SecretStore* secrets = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;
    // Brings back the size, place and pane widths the window had when last closed.
    void restoreLayout();

    // Makes `name` the active profile of the user's shells (an empty name clears it).
    void switchActiveProfile(const QString& name);
    // Where the window's questions go (tests preset the answers).
    void setPrompts(std::unique_ptr<Prompts> prompts);
    [[nodiscard]] QUndoStack* history() const { return m_history; }
    [[nodiscard]] SecretClipboard* secretClipboard() const { return m_clipboard; }

    // Writes the changed files; asks before overwriting a file another program changed. False when not saved.
    bool save();

Q_SIGNALS:
    // The settings changed what the window shows (files, language): open a new one in its place.
    void reopenRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showSelectedProfile();
    [[nodiscard]] const Profile* selectedProfile() const;
    void commitFormValue(const QString& profile, const QString& key, const QString& value);
    void addKey();
    void removeKey();
    void newProfile();
    void renameProfile();
    void duplicateProfile();
    void deleteProfile();
    void revert();
    void editSettings();
    void showKeychainKeys(const Profile* profile);
    void showSsoSession(const Profile* profile);
    void copyValue();
    void report(const std::optional<QString>& error);
    void followDisk(FileKind kind);
    void restoreSelection();
    void showActiveProfile();
    void rebuildTrayMenu();
    void moveKeys(bool intoKeychain);
    void updateKeychainActions();
    void showFileState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore* m_store = nullptr;
    ProfileListModel* m_model = nullptr;
    ProfileFilterModel* m_filter = nullptr;
    PrecedencePanel* m_precedence = nullptr;
    ImdsPanel* m_imds = nullptr;
    FilesPanel* m_filesPanel = nullptr;
    Environment m_environment;
    QString m_selectedName; // kept across model resets (every change of the files)
    int m_selectedRow = 0;
    ProfileKind m_shownKind = ProfileKind::Settings; // the selected profile's kind when it was last shown
    ActiveProfile m_active;
    QComboBox* m_activeCombo = nullptr;
    QStringList m_comboNames;
    QFileSystemWatcher* m_activeWatcher = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    std::unique_ptr<TrayMenu> m_trayMenu;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore* m_secrets = nullptr;
    CredentialVault* m_vault = nullptr;
    QUndoStack* m_history = nullptr;
    ProfileSettingsModel* m_settings = nullptr;
    ProfileForm* m_form = nullptr;
    std::unique_ptr<Prompts> m_prompts;
    bool m_askingAboutConflict = false;
    SecretClipboard* m_clipboard = nullptr;
    QString m_keychainProfile; // whose keychain keys the Profile tab shows (or is reading)
    QString m_ssoSession;      // the [sso-session] block the Profile tab shows
};

} // namespace apm
