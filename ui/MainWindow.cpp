// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include <array>
#include <limits>

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QUndoStack>

#include "DeliberateComboBox.h"
#include "ProfileListDelegate.h"
#include "Prompts.h"
#include "SecretClipboard.h"
#include "ThemedIcon.h"
#include "TrayMenu.h"
#include "config/ConfigWatcher.h"
#include "config/ProfileFields.h"
#include "config/ProfileStore.h"
#include "edit/StoreCommand.h"
#include "files/FilesPanel.h"
#include "imds/ImdsPanel.h"
#include "models/ProfileFilterModel.h"
#include "models/ProfileListModel.h"
#include "models/ProfileSettingsModel.h"
#include "precedence/PrecedencePanel.h"
#include "profile/ProfileForm.h"
#include "secrets/CredentialVault.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "welcome/WelcomePane.h"

namespace apm {

namespace {

constexpr std::array kFileKinds{FileKind::Config, FileKind::Credentials};

// Secrets are typed blind in the keys table unless the user asked to see them.
class SettingDelegate final : public QStyledItemDelegate
{
public:
    SettingDelegate(const QCheckBox* reveal, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_reveal(reveal)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        auto* line = qobject_cast<QLineEdit*>(editor);
        if (line)
            line->setMaxLength(std::numeric_limits<int>::max()); // not 32,767: a long value must not be cut
        if (line && index.data(ProfileSettingsModel::IsSecretRole).toBool() && !m_reveal->isChecked())
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // A value the other file overrides is struck out and dimmed: it is in the file, and unused.
        if (index.data(ProfileSettingsModel::IsOverriddenRole).toBool()) {
            option->font.setStrikeOut(true);
            option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::Disabled, QPalette::Text));
        }
    }

private:
    QPointer<const QCheckBox> m_reveal;
};

// The files the window edits, as a title names a document: their folder when they share one ("~/.aws"), else
// both. The desktop adds the application's name after it.
QString documentTitle(const ConfigFiles& files, const Environment& environment)
{
    const QString home = environment.value(QStringLiteral("HOME")).value_or(QString());
    auto shown = [&home](const QString& path) {
        const QString clean = QDir::cleanPath(path);
        if (!home.isEmpty() && home != u'/' && (clean == home || clean.startsWith(home + u'/')))
            return QDir::toNativeSeparators(u'~' + clean.mid(home.size()));
        return QDir::toNativeSeparators(clean);
    };
    const QFileInfo config(files.file(FileKind::Config).readPath);
    const QFileInfo credentials(files.file(FileKind::Credentials).readPath);
    if (config.absolutePath() == credentials.absolutePath())
        return shown(config.absolutePath());
    return MainWindow::tr("%1 and %2").arg(shown(config.absoluteFilePath()), shown(credentials.absoluteFilePath()));
}

} // namespace

MainWindow::MainWindow(const Environment& environment, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(new ProfileStore(environment, this))
    , m_model(new ProfileListModel(m_store, this))
    , m_filter(new ProfileFilterModel(m_model, this))
    , m_environment(environment)
    , m_active(environment)
    , m_activeCombo(new DeliberateComboBox(this))
    , m_activeWatcher(new QFileSystemWatcher(this))
    , m_history(new QUndoStack(this))
    , m_settings(new ProfileSettingsModel(m_store, this))
    , m_form(new ProfileForm(this))
    , m_prompts(std::make_unique<Prompts>())
    , m_clipboard(new SecretClipboard(this))
{
    m_ui->setupUi(this);
    setWindowTitle(documentTitle(m_store->files(), environment) + QStringLiteral("[*]"));
    // The profile's page scrolls instead of holding the window taller than a small screen: an SSO profile's form,
    // the keychain box and the keys table would otherwise ask for some 640 pixels.
    auto* profilePage = new QScrollArea(m_ui->tabs);
    profilePage->setObjectName(QStringLiteral("profilePage"));
    profilePage->setFrameShape(QFrame::NoFrame);
    profilePage->setWidgetResizable(true);
    profilePage->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QString profileTab = m_ui->tabs->tabText(m_ui->tabs->indexOf(m_ui->detailPane));
    m_ui->tabs->removeTab(m_ui->tabs->indexOf(m_ui->detailPane));
    profilePage->setWidget(m_ui->detailPane);
    m_ui->tabs->insertTab(0, profilePage, profileTab);
    m_precedence = new PrecedencePanel(m_store, environment, m_ui->tabs);
    m_precedence->setObjectName(QStringLiteral("precedencePanel"));
    m_ui->tabs->addTab(m_precedence, tr("Precedence"));
    m_filesPanel = new FilesPanel(m_store, m_ui->tabs);
    m_filesPanel->setObjectName(QStringLiteral("filesPanel"));
    m_ui->tabs->addTab(m_filesPanel, tr("Files"));
    m_imds = new ImdsPanel(m_store, environment, m_ui->tabs);
    m_imds->setObjectName(QStringLiteral("imdsPanel"));
    m_ui->tabs->addTab(m_imds, tr("Instance metadata"));
    // The list gets the room its columns need, the views the rest (restoreLayout() brings back the user's own).
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({fontMetrics().averageCharWidth() * 60, fontMetrics().averageCharWidth() * 130});
    m_ui->profileView->setModel(m_filter);
    m_ui->profileView->setItemDelegate(new ProfileListDelegate(this));
    // Thousands of rows: fixed heights, so the view never measures a row it does not paint.
    m_ui->profileView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->profileView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->profileView->horizontalHeader()->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
    // Fixed widths: measuring contents would read every one of thousands of rows. The name gets the rest, and
    // a long one is cut in its middle (names that share a prefix differ at their ends).
    m_ui->profileView->horizontalHeader()->resizeSection(ProfileListModel::KindColumn, 40); // a 16-pixel icon
    m_ui->profileView->horizontalHeader()->resizeSection(ProfileListModel::RegionColumn, 100);

    // The Profile tab: the form fitted to the kind, then every key in an editable table.
    m_form->setObjectName(QStringLiteral("profileForm"));
    m_ui->formHostLayout->addWidget(m_form);
    for (ProfileKind kind : ProfileFields::creatableKinds())
        m_ui->profileKindCombo->addItem(Profile::kindName(kind), int(kind));
    connect(m_ui->profileKindCombo, &QComboBox::activated, this,
            [this] { m_form->setKind(ProfileKind(m_ui->profileKindCombo->currentData().toInt())); });
    connect(m_form, &ProfileForm::valueCommitted, this, &MainWindow::commitFormValue);
    m_ui->settingsView->setModel(m_settings);
    m_ui->settingsView->setItemDelegate(new SettingDelegate(m_ui->revealSecretsCheck, this));
    m_ui->settingsView->horizontalHeader()->setSectionResizeMode(ProfileSettingsModel::ValueColumn,
                                                                 QHeaderView::Stretch);
    m_ui->settingsView->horizontalHeader()->setSectionResizeMode(ProfileSettingsModel::KeyColumn,
                                                                 QHeaderView::ResizeToContents);
    connect(m_ui->revealSecretsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_form->setSecretsRevealed(on);
        m_settings->setSecretsRevealed(on);
    });
    connect(m_settings, &ProfileSettingsModel::editFailed, this, [this](const QString& m) { report(m); });
    connect(m_ui->addKeyButton, &QPushButton::clicked, this, &MainWindow::addKey);
    connect(m_ui->newValueEdit, &QLineEdit::returnPressed, this, &MainWindow::addKey);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, &MainWindow::removeKey);
    m_ui->settingsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->settingsView->addAction(m_ui->actionCopyValue);
    m_ui->actionCopyValue->setShortcut(QKeySequence::Copy);
    m_ui->actionCopyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(m_ui->actionCopyValue, &QAction::triggered, this, &MainWindow::copyValue);
    connect(m_clipboard, &SecretClipboard::cleared, this,
            [this] { statusBar()->showMessage(tr("The copied secret was cleared from the clipboard.")); });

    // Undo and redo for every edit: the store reports each one after making it.
    QAction* undo = m_history->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_history->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->insertActions(m_ui->actionFocusFilter, {undo, redo});
    m_ui->menuEdit->insertSeparator(m_ui->actionFocusFilter);
    undo->setIcon(themedIcon(QStringLiteral("action-undo")));
    redo->setIcon(themedIcon(QStringLiteral("action-redo")));
    m_ui->actionNewProfile->setIcon(themedIcon(QStringLiteral("action-new")));
    m_ui->actionSave->setIcon(themedIcon(QStringLiteral("action-save")));
    m_ui->actionDeleteProfile->setIcon(themedIcon(QStringLiteral("action-delete")));
    m_ui->mainToolBar->addActions({m_ui->actionNewProfile, m_ui->actionSave, undo, redo});
    m_ui->mainToolBar->addSeparator();
    connect(m_store, &ProfileStore::edited, this, [this](const QList<TextChange>& changes, const QString& what) {
        m_history->push(new StoreCommand(m_store, changes, what));
    });
    connect(m_store, &ProfileStore::reloaded, m_history, &QUndoStack::clear);
    auto showModified = [this] {
        setWindowModified(m_store->isModified());
        m_ui->actionSave->setEnabled(m_store->isModified());
        m_ui->actionRevert->setEnabled(m_store->isModified());
    };
    connect(m_store, &ProfileStore::profilesChanged, this, showModified);
    connect(m_store, &ProfileStore::saved, this, showModified);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionRevert, &QAction::triggered, this, &MainWindow::revert);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::editSettings);
    m_ui->problemLabel->setTextFormat(Qt::RichText);
    m_ui->problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                                | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->problemLabel, &QLabel::linkActivated, this, [this] {
        for (FileKind kind : {FileKind::Config, FileKind::Credentials}) {
            if (const auto& error = m_store->files().file(kind).document.parseError()) {
                m_ui->tabs->setCurrentWidget(m_filesPanel);
                m_filesPanel->showLine(kind, std::max(0, error->line));
                return;
            }
        }
    });
    connect(m_ui->actionNewProfile, &QAction::triggered, this, &MainWindow::newProfile);
    connect(m_ui->actionRenameProfile, &QAction::triggered, this, &MainWindow::renameProfile);
    connect(m_ui->actionDuplicateProfile, &QAction::triggered, this, &MainWindow::duplicateProfile);
    connect(m_ui->actionDeleteProfile, &QAction::triggered, this, &MainWindow::deleteProfile);
    // Other programs' changes to the files: followed, merged with unsaved edits, or asked about.
    auto* watcher = new ConfigWatcher(m_store, this);
    connect(watcher, &ConfigWatcher::changedOnDisk, this, &MainWindow::followDisk);

    // Enter on a profile goes to its form.
    connect(m_ui->profileView, &QAbstractItemView::activated, this, [this, profilePage] {
        m_ui->tabs->setCurrentWidget(profilePage);
        m_form->focusFirstField();
    });

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &ProfileFilterModel::setFilterText);
    // The form follows the selection: when the filter hides the selected profile, the nearest one it shows takes
    // its place (or none), so the pane never edits a profile the list does not show.
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_ui->profileView->currentIndex().isValid())
            restoreSelection();
    });
    connect(m_ui->profileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedProfile);
    connect(m_ui->actionReload, &QAction::triggered, this, &MainWindow::revert);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFocusFilter, &QAction::triggered, m_ui->filterEdit, [this] { m_ui->filterEdit->setFocus(); });
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::showFileState);
    connect(m_store, &ProfileStore::saved, this, &MainWindow::showFileState);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::restoreSelection);

    // The active profile of the user's shells: a switch in the toolbar and the list's context menu, the badge in
    // the list, and the window follows `aws-profile-manager use` run in a terminal.
    m_activeCombo->setObjectName(QStringLiteral("activeProfileCombo"));
    m_activeCombo->setAccessibleName(tr("Active profile of your shells"));
    m_activeCombo->setMinimumContentsLength(16);
    // Sized by that length, not by measuring thousands of names on the first show.
    m_activeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->mainToolBar->addWidget(new QLabel(tr("Active in your shells: "), this));
    m_ui->mainToolBar->addWidget(m_activeCombo);
    connect(m_activeCombo, &QComboBox::activated, this, [this](int index) {
        switchActiveProfile(index > 0 ? m_activeCombo->itemText(index) : QString()); // 0 is "(none)"
    });
    m_ui->profileView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->profileView->addActions(
        {m_ui->actionNewProfile, m_ui->actionRenameProfile, m_ui->actionDuplicateProfile, m_ui->actionDeleteProfile});
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_ui->profileView->addAction(separator);
    m_ui->profileView->addAction(m_ui->actionMakeActive);
    connect(m_ui->actionMakeActive, &QAction::triggered, this, [this] {
        if (const Profile* p = selectedProfile())
            switchActiveProfile(p->name);
    });
    const QString stateFolder = QFileInfo(m_active.path()).absolutePath();
    QDir().mkpath(stateFolder);
    m_activeWatcher->addPath(stateFolder);
    connect(m_activeWatcher, &QFileSystemWatcher::directoryChanged, this, &MainWindow::showActiveProfile);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::showActiveProfile);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_trayMenu = std::make_unique<TrayMenu>(m_store);
        m_tray->setContextMenu(m_trayMenu.get());
        connect(m_trayMenu.get(), &TrayMenu::switchRequested, this, &MainWindow::switchActiveProfile);
        connect(m_trayMenu.get(), &TrayMenu::openRequested, this, [this] {
            show();
            raise();
            activateWindow();
            m_ui->filterEdit->setFocus();
        });
        m_tray->show();
    }

    // Keys into the OS keychain and back, for the selected profile.
    if (!secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>(environment);
        secrets = m_ownSecrets.get();
    }
    m_secrets = secrets;
    m_vault = new CredentialVault(m_store, m_secrets, QCoreApplication::applicationFilePath(), this);
    connect(m_ui->actionMoveToKeychain, &QAction::triggered, this, [this] { moveKeys(true); });
    connect(m_ui->actionMoveToFile, &QAction::triggered, this, [this] { moveKeys(false); });
    connect(m_vault, &CredentialVault::finished, this, [this](bool, const QString& message) {
        statusBar()->showMessage(message); // on failure it says what is where; the vault changed nothing else
        // The vault saved (or re-read) the files: its steps are not the user's to undo.
        m_history->clear();
        setEnabled(true);
        updateKeychainActions();
    });
    m_ui->profileView->addAction(m_ui->actionMoveToKeychain);
    m_ui->profileView->addAction(m_ui->actionMoveToFile);

    // The [sso-session] block an SSO profile names, edited in place (or created).
    for (auto [edit, key] :
         {std::pair{m_ui->ssoStartUrlEdit, "sso_start_url"}, std::pair{m_ui->ssoRegionEdit, "sso_region"},
          std::pair{m_ui->ssoScopesEdit, "sso_registration_scopes"}}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit = edit, key = QLatin1String(key)] {
            if (!edit->isModified() || m_ssoSession.isEmpty())
                return;
            edit->setModified(false);
            report(m_store->setSsoSessionValue(m_ssoSession, key, edit->text().trimmed()));
        });
    }

    // A keychain-backed profile's keys, edited in the item itself (the files do not change).
    connect(m_vault, &CredentialVault::keysRead, this,
            [this](const QString& name, const std::optional<ResolvedCredentials>& keys, const QString& message) {
                if (name != m_keychainProfile)
                    return; // the selection moved on
                m_ui->keychainAccessKeyEdit->setText(keys ? keys->accessKey : QString());
                m_ui->keychainSecretEdit->setText(keys ? keys->secretKey : QString());
                m_ui->keychainTokenEdit->setText(keys ? keys->token.value_or(QString()) : QString());
                for (QWidget* w :
                     {static_cast<QWidget*>(m_ui->keychainAccessKeyEdit),
                      static_cast<QWidget*>(m_ui->keychainSecretEdit), static_cast<QWidget*>(m_ui->keychainTokenEdit),
                      static_cast<QWidget*>(m_ui->keychainSaveButton), static_cast<QWidget*>(m_ui->keychainCopyButton)})
                    w->setEnabled(keys.has_value());
                m_ui->keychainStatusLabel->setText(keys ? tr("Read from the keychain.") : message);
            });
    connect(m_ui->keychainSaveButton, &QPushButton::clicked, this, [this] {
        ResolvedCredentials keys;
        keys.accessKey = m_ui->keychainAccessKeyEdit->text().trimmed();
        keys.secretKey = m_ui->keychainSecretEdit->text().trimmed();
        if (!m_ui->keychainTokenEdit->text().trimmed().isEmpty())
            keys.token = m_ui->keychainTokenEdit->text().trimmed();
        m_ui->keychainSaveButton->setEnabled(false);
        m_ui->keychainStatusLabel->setText(tr("Writing to the keychain…"));
        m_vault->writeKeys(m_keychainProfile, keys);
    });
    connect(m_vault, &CredentialVault::keysWritten, this, [this](const QString& name, bool, const QString& message) {
        m_ui->keychainSaveButton->setEnabled(true);
        if (name == m_keychainProfile)
            m_ui->keychainStatusLabel->setText(message);
        statusBar()->showMessage(message);
    });
    connect(m_ui->keychainCopyButton, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(m_ui->keychainSecretEdit->text());
        statusBar()->showMessage(tr("Secret copied; the clipboard is cleared in 30 seconds."));
    });
    connect(m_ui->revealSecretsCheck, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit* e : {m_ui->keychainSecretEdit, m_ui->keychainTokenEdit})
            e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });

    // First run: no files and no profiles. The welcome pane asks what `aws configure` asks.
    const bool firstRun = m_store->profileNames().isEmpty() && m_store->isValid()
                          && !m_store->files().file(FileKind::Config).existed
                          && !m_store->files().file(FileKind::Credentials).existed;
    if (firstRun) {
        auto* welcome = new WelcomePane(m_store, this);
        welcome->setObjectName(QStringLiteral("welcomePane"));
        m_ui->centralLayout->addWidget(welcome);
        m_ui->splitter->hide();
        auto leave = [this, welcome] {
            welcome->hide();
            welcome->deleteLater();
            m_ui->splitter->show();
            m_history->clear(); // the first profile is saved: nothing to undo
        };
        connect(welcome, &WelcomePane::created, this, [this, leave](const QString& message) {
            leave();
            statusBar()->showMessage(message);
        });
        connect(welcome, &WelcomePane::skipped, this, leave);
    }

    showFileState();
    showActiveProfile();
    m_ui->actionSave->setEnabled(false);
    m_ui->actionRevert->setEnabled(false);
    if (m_filter->rowCount() > 0)
        m_ui->profileView->setCurrentIndex(m_filter->index(0, 0));
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
}

const Profile* MainWindow::selectedProfile() const
{
    return m_model->profileAt(m_filter->mapToSource(m_ui->profileView->currentIndex()).siblingAtColumn(0));
}

void MainWindow::report(const std::optional<QString>& error)
{
    if (error)
        statusBar()->showMessage(*error);
}

void MainWindow::commitFormValue(const QString& profile, const QString& key, const QString& value)
{
    // The profile the form shows, not the list's current row: a filter typed meanwhile may have hidden it.
    const Profile* p = m_store->profile(profile);
    if (!p)
        return report(tr("Could not set %1: the profile %2 no longer exists.").arg(key, profile));
    const ProfileSetting* setting = p->setting(key);
    if (!value.isEmpty())
        return report(m_store->setValue(p->name, key, value));
    // An emptied field removes the key (`key =` would be an empty value, which the CLI reads as set).
    if (setting && !setting->inherited)
        report(m_store->removeKey(p->name, key));
}

void MainWindow::addKey()
{
    const QString key = m_ui->newKeyEdit->text().trimmed();
    if (key.isEmpty() || !selectedProfile())
        return;
    if (const auto error = m_settings->addSetting(key, m_ui->newValueEdit->text()))
        return report(error);
    m_ui->newKeyEdit->clear();
    m_ui->newValueEdit->clear();
    m_ui->settingsView->setCurrentIndex(m_settings->indexOf(key).siblingAtColumn(ProfileSettingsModel::ValueColumn));
}

void MainWindow::removeKey()
{
    report(m_settings->removeSetting(m_ui->settingsView->currentIndex().row()));
}

void MainWindow::newProfile()
{
    const auto request = m_prompts->askNewProfile(this, *m_store);
    if (!request)
        return;
    if (const auto invalid = m_store->checkNewName(request->name))
        return report(invalid);
    // One step on the undo stack, however many keys it sets.
    m_history->beginMacro(tr("New profile %1").arg(request->name));
    std::optional<QString> error;
    if (request->values.isEmpty())
        error = m_store->createProfile(request->name);
    for (const auto& [key, value] : request->values) {
        if (!error) // the first value creates the sections where `aws configure` creates them
            error = m_store->setValue(request->name, key, value);
    }
    m_history->endMacro();
    if (error)
        return report(error);
    m_selectedName = request->name;
    m_ui->filterEdit->clear();
    restoreSelection();
    // The new profile has the focus, in the list: the filter box (where the focus may have been) would take the
    // next Ctrl+Z as its own, and the creation could not be undone from the keyboard.
    m_ui->profileView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::renameProfile()
{
    const Profile* p = selectedProfile();
    if (!p)
        return;
    const QString from = p->name;
    const auto to = m_prompts->askText(this, tr("Rename profile"), tr("New name for %1:").arg(from), from);
    if (!to || *to == from)
        return;
    // Profiles that take their credentials from this one would break: offered to follow, in the same undo step.
    auto references = ProfileStore::References::Keep;
    if (const QStringList users = m_store->referencesTo(from); !users.isEmpty()) {
        const bool update = m_prompts->confirm(
            this, tr("Rename profile"),
            tr("%n profile(s) take their credentials from %1 (source_profile = %1): %2.\n\nUpdate them to %3 too?",
               nullptr, int(users.size()))
                .arg(from, users.join(QStringLiteral(", ")), *to),
            tr("Update"));
        references = update ? ProfileStore::References::Update : ProfileStore::References::Keep;
    }
    if (const auto error = m_store->renameProfile(from, *to, references))
        return report(error);
    m_selectedName = *to;
    restoreSelection();
}

void MainWindow::duplicateProfile()
{
    const Profile* p = selectedProfile();
    if (!p)
        return;
    const QString from = p->name;
    const auto to = m_prompts->askText(this, tr("Duplicate profile"), tr("Name of the copy of %1:").arg(from),
                                       from + QStringLiteral("-copy"));
    if (!to)
        return;
    if (const auto error = m_store->duplicateProfile(from, *to))
        return report(error);
    m_selectedName = *to;
    restoreSelection();
}

void MainWindow::deleteProfile()
{
    const Profile* p = selectedProfile();
    if (!p)
        return;
    const QString name = p->name;
    const QStringList plan = m_store->deletionPlan(name);
    const QString text =
        tr("Delete the profile %1? These lines go (you can undo until you save):\n\n%2").arg(name, plan.join(u'\n'));
    if (!m_prompts->confirm(this, tr("Delete profile"), text, tr("Delete")))
        return;
    report(m_store->deleteProfile(name)); // the neighbour takes the selection (restoreSelection)
}

bool MainWindow::save()
{
    // Only a text edit can leave a file the AWS CLI refuses; writing it is the user's explicit choice.
    const bool writesRefused = std::any_of(kFileKinds.cbegin(), kFileKinds.cend(), [this](FileKind kind) {
        return m_store->isModified(kind) && !m_store->files().file(kind).document.isValid();
    });
    if (writesRefused
        && !m_prompts->confirm(this, tr("Save a file the AWS CLI refuses?"),
                               tr("%1\n\nThe AWS CLI will refuse this file until it is fixed. Save it anyway?")
                                   .arg(m_store->parseErrorMessage()),
                               tr("Save anyway")))
        return false;
    auto error = m_store->save();
    if (error
        && (m_store->files().changedOnDisk(FileKind::Config)
            || m_store->files().changedOnDisk(FileKind::Credentials))) {
        if (!m_prompts->confirm(this, tr("Overwrite?"), tr("%1\n\nOverwrite it with your version?").arg(*error),
                                tr("Overwrite")))
            return false;
        error = m_store->save(ConfigFiles::Overwrite::Always);
    }
    if (error) {
        report(error);
        return false;
    }
    m_history->setClean();
    statusBar()->showMessage(tr("Saved."));
    return true;
}

void MainWindow::revert()
{
    if (m_store->isModified()
        && !m_prompts->confirm(this, tr("Revert"),
                               tr("Discard your unsaved changes and read the files again from disk?"),
                               tr("Discard changes")))
        return;
    m_store->reload();
}

void MainWindow::followDisk(FileKind kind)
{
    if (m_askingAboutConflict)
        return; // the open question settles it with what is on disk by then
    const QString path = m_store->files().file(kind).readPath;
    switch (m_store->syncWithDisk(kind)) {
    case ProfileStore::Sync::Unchanged: return;
    case ProfileStore::Sync::Reloaded:
        return statusBar()->showMessage(tr("%1 was changed by another program and has been read again.").arg(path));
    case ProfileStore::Sync::Merged:
        return statusBar()->showMessage(tr("%1 was changed by another program; your unsaved changes are kept on top "
                                           "of it (the undo history starts again here).")
                                            .arg(path));
    case ProfileStore::Sync::Conflict: break;
    }
    m_askingAboutConflict = true;
    const auto answer = m_prompts->askConflict(
        this,
        tr("%1 was changed by another program, on lines you have changed too.\n\nKeep your version (saving will "
           "replace the file on disk), or take the file on disk (your unsaved changes to it are dropped)?")
            .arg(path),
        ProfileFields::maskSecrets(m_store->diffWithDisk(kind))); // as the Files tab shows it
    m_askingAboutConflict = false;
    if (answer == Prompts::Conflict::KeepMine) {
        m_store->keepMine(kind);
        statusBar()->showMessage(tr("Keeping your version of %1; saving will replace the file on disk.").arg(path));
    } else {
        m_store->takeTheirs(kind);
        statusBar()->showMessage(tr("%1 was read again from disk; your changes to it were dropped.").arg(path));
    }
}

void MainWindow::showKeychainKeys(const Profile* profile)
{
    const auto process = profile ? profile->value(QStringLiteral("credential_process")) : std::nullopt;
    const bool backed = process && CredentialVault::isKeychainBacked(*process);
    m_ui->keychainBox->setVisible(backed);
    if (!backed) {
        m_keychainProfile.clear();
        for (QLineEdit* e : {m_ui->keychainAccessKeyEdit, m_ui->keychainSecretEdit, m_ui->keychainTokenEdit})
            e->clear(); // no secret lingers in a hidden field
        return;
    }
    if (profile->name == m_keychainProfile)
        return; // shown (or being read) already
    m_keychainProfile = profile->name;
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->keychainAccessKeyEdit), static_cast<QWidget*>(m_ui->keychainSecretEdit),
          static_cast<QWidget*>(m_ui->keychainTokenEdit), static_cast<QWidget*>(m_ui->keychainSaveButton),
          static_cast<QWidget*>(m_ui->keychainCopyButton)})
        w->setEnabled(false);
    m_ui->keychainStatusLabel->setText(tr("Reading the keychain…"));
    m_vault->readKeys(profile->name);
}

void MainWindow::showSsoSession(const Profile* profile)
{
    m_ssoSession = profile ? profile->value(QStringLiteral("sso_session")).value_or(QString()) : QString();
    m_ui->ssoSessionBox->setVisible(!m_ssoSession.isEmpty());
    if (m_ssoSession.isEmpty())
        return;
    const auto block = m_store->ssoSession(m_ssoSession);
    m_ui->ssoSessionBox->setTitle(
        block ? tr("[sso-session %1], which this profile names").arg(m_ssoSession)
              : tr("[sso-session %1] does not exist yet: fill it in to create it").arg(m_ssoSession));
    auto valueOf = [&block](const char* key) {
        if (block) {
            for (const auto& [k, v] : *block) {
                if (k == QLatin1String(key))
                    return v.scalar;
            }
        }
        return QString();
    };
    for (auto [edit, key] :
         {std::pair{m_ui->ssoStartUrlEdit, "sso_start_url"}, std::pair{m_ui->ssoRegionEdit, "sso_region"},
          std::pair{m_ui->ssoScopesEdit, "sso_registration_scopes"}}) {
        if (!edit->hasFocus() || !edit->isModified()) { // never under the cursor of someone typing
            edit->setText(valueOf(key));
            edit->setModified(false);
        }
        edit->setReadOnly(!m_store->isValid());
    }
}

void MainWindow::copyValue()
{
    const QModelIndex index = m_ui->settingsView->currentIndex();
    if (!index.isValid())
        return;
    const QString value = index.siblingAtColumn(ProfileSettingsModel::ValueColumn).data(Qt::EditRole).toString();
    if (index.data(ProfileSettingsModel::IsSecretRole).toBool()) {
        m_clipboard->copy(value);
        statusBar()->showMessage(tr("Secret copied; the clipboard is cleared in 30 seconds."));
        return;
    }
    QGuiApplication::clipboard()->setText(value);
}

void MainWindow::editSettings()
{
    const AppSettings current = AppSettings::load();
    const auto chosen = m_prompts->askSettings(this, current);
    if (!chosen || *chosen == current)
        return;
    const bool reopen = chosen->configFile != current.configFile || chosen->credentialsFile != current.credentialsFile
                        || chosen->language != current.language;
    if (reopen && m_store->isModified()) {
        switch (m_prompts->askUnsaved(this, tr("Save your changes before the window opens the other files?"))) {
        case Prompts::Unsaved::Save:
            if (!save())
                return;
            break;
        case Prompts::Unsaved::Discard: break;
        case Prompts::Unsaved::Cancel: return;
        }
    }
    chosen->save();
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        chosen->applyTo(*app);
    if (reopen) {
        m_store->reload(); // whatever was not saved is given up here, as the user chose
        Q_EMIT reopenRequested();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    bool close = true;
    if (m_store->isModified()) {
        switch (m_prompts->askUnsaved(this, tr("Save your changes to the AWS files before closing?"))) {
        case Prompts::Unsaved::Save: close = save(); break;
        case Prompts::Unsaved::Discard: break;
        case Prompts::Unsaved::Cancel: close = false; break;
        }
    }
    if (!close)
        return event->ignore();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    event->accept();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::moveKeys(bool intoKeychain)
{
    const Profile* p = selectedProfile();
    if (!p)
        return;
    statusBar()->showMessage(intoKeychain ? tr("Moving the keys of %1 into the keychain…").arg(p->name)
                                          : tr("Moving the keys of %1 back to the credentials file…").arg(p->name));
    setEnabled(false); // one move at a time; the window comes back when the keychain answered
    if (intoKeychain)
        m_vault->moveIn(p->name);
    else
        m_vault->moveOut(p->name);
}

void MainWindow::updateKeychainActions()
{
    const Profile* p = selectedProfile();
    const ProfileSetting* key = p ? p->setting(QStringLiteral("aws_access_key_id")) : nullptr;
    const auto process = p ? p->value(QStringLiteral("credential_process")) : std::nullopt;
    m_ui->actionMoveToKeychain->setEnabled(key && key->file == FileKind::Credentials && !process);
    m_ui->actionMoveToFile->setEnabled(process && CredentialVault::isKeychainBacked(*process));
}

void MainWindow::switchActiveProfile(const QString& name)
{
    const auto error = name.isEmpty() ? m_active.clear() : m_active.write(name);
    if (error) {
        statusBar()->showMessage(*error);
        return;
    }
    if (!name.isEmpty()) {
        // Most recent first, for the tray menu.
        QSettings settings;
        QStringList recent = settings.value(QStringLiteral("recentProfiles")).toStringList();
        recent.removeAll(name);
        recent.prepend(name);
        settings.setValue(QStringLiteral("recentProfiles"), recent.mid(0, 10));
    }
    statusBar()->showMessage(name.isEmpty() ? tr("No active profile: shells that load the hook unset AWS_PROFILE at "
                                                 "their next prompt.")
                                            : tr("Shells that load the hook use %1 from their next prompt.").arg(name));
    showActiveProfile();
}

void MainWindow::showActiveProfile()
{
    const QString active = m_active.read().value_or(QString());
    m_model->setActiveProfile(active);
    m_precedence->setShellProfile(active);
    const QSignalBlocker blocker(m_activeCombo);
    // Thousands of names: refilled only when the profiles themselves change, not on every edit of a value.
    if (m_activeCombo->count() != m_store->profileNames().size() + 1 || m_comboNames != m_store->profileNames()) {
        m_comboNames = m_store->profileNames();
        m_activeCombo->clear();
        m_activeCombo->addItems(QStringList{tr("(none)")} + m_comboNames); // in one step
    }
    const int index = active.isEmpty() ? -1 : int(m_comboNames.indexOf(active));
    m_activeCombo->setCurrentIndex(index + 1);
    rebuildTrayMenu();
}

void MainWindow::rebuildTrayMenu()
{
    if (!m_tray)
        return;
    const QString active = m_active.read().value_or(QString());
    m_trayMenu->refresh(active, QSettings().value(QStringLiteral("recentProfiles")).toStringList());
    m_tray->setToolTip(active.isEmpty() ? tr("AWS Profile Manager: no active profile")
                                        : tr("AWS Profile Manager: %1").arg(active));
}

void MainWindow::showFileState()
{
    const QString error = m_store->parseErrorMessage();
    m_ui->problemLabel->setVisible(!error.isEmpty());
    // Rich text for the link; the message itself is escaped (it quotes the file's own text).
    m_ui->problemLabel->setText(tr("This file cannot be read the way the AWS CLI reads it, so it is shown read-only "
                                   "and never written:<br>%1<br><a href=\"#line\">Show the line</a>")
                                    .arg(error.toHtmlEscaped()));
    statusBar()->showMessage(tr("%1 · %2 · %n profile(s)", nullptr, int(m_store->profileNames().size()))
                                 .arg(m_store->files().file(FileKind::Config).readPath,
                                      m_store->files().file(FileKind::Credentials).readPath));
}

void MainWindow::restoreSelection()
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOf(m_selectedName));
    // Gone (an undone rename, a delete): the profile now in its place, as the list stays where the user was.
    if (!index.isValid() && m_filter->rowCount() > 0)
        index = m_filter->index(std::min(m_selectedRow, m_filter->rowCount() - 1), 0);
    if (index.isValid())
        m_ui->profileView->setCurrentIndex(index); // showSelectedProfile follows through currentRowChanged
    showSelectedProfile();
}

void MainWindow::showSelectedProfile()
{
    const Profile* profile = selectedProfile();
    const QString name = profile ? profile->name : QString();
    const bool newSelection = name != m_settings->profile();
    if (profile) {
        m_selectedName = profile->name;
        m_selectedRow = m_ui->profileView->currentIndex().row();
    }
    m_ui->profileTitle->setText(profile ? tr("%1 — %2").arg(profile->name, Profile::kindName(profile->kind()))
                                        : tr("No profile selected"));
    m_precedence->setSelectedProfile(name);
    m_imds->setSelectedProfile(name);
    showKeychainKeys(profile);
    showSsoSession(profile);
    m_filesPanel->setSelectedProfile(name);
    updateKeychainActions();
    m_settings->setProfile(name);
    m_ui->formHost->setEnabled(profile);
    m_ui->profileKindCombo->setEnabled(profile);
    const bool editable = m_store->isValid();
    m_form->setReadOnly(!editable);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->newKeyEdit), static_cast<QWidget*>(m_ui->newValueEdit),
                       static_cast<QWidget*>(m_ui->addKeyButton), static_cast<QWidget*>(m_ui->removeKeyButton)})
        w->setEnabled(profile && editable);
    for (QAction* a : {m_ui->actionRenameProfile, m_ui->actionDuplicateProfile, m_ui->actionDeleteProfile})
        a->setEnabled(profile && editable);
    m_ui->actionNewProfile->setEnabled(editable);
    if (!profile) {
        m_form->setValues({});
        return;
    }
    // The kind the user picked stays while the same profile is selected (filling role_arn on a settings-only
    // profile must not swap the form under the cursor). But when the profile changes kind by something else (its
    // keys moved to the keychain and back) while the form shows the kind it had, the form follows.
    const auto shownKind = ProfileKind(m_ui->profileKindCombo->currentData().toInt());
    if (newSelection || (profile->kind() != m_shownKind && shownKind == m_shownKind)) {
        const int kindIndex = m_ui->profileKindCombo->findData(int(profile->kind()));
        m_ui->profileKindCombo->setCurrentIndex(std::max(0, kindIndex));
        m_form->setKind(ProfileKind(m_ui->profileKindCombo->currentData().toInt()));
    }
    m_shownKind = profile->kind();
    m_form->setContext(m_store, profile->name);
    QHash<QString, QString> values;
    for (const ProfileSetting& s : profile->settings) {
        if (!s.value().isNested)
            values.insert(s.key(), s.value().scalar);
    }
    m_form->setValues(values);
}

} // namespace apm
