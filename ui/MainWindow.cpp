// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QUndoStack>

#include "Prompts.h"
#include "SecretClipboard.h"
#include "ThemedIcon.h"
#include "active/ActiveProfileController.h"
#include "config/ProfileStore.h"
#include "document/DocumentController.h"
#include "files/FilesPanel.h"
#include "imds/ImdsPanel.h"
#include "keychain/KeychainActions.h"
#include "list/ProfileListPane.h"
#include "organisation/ImportSetDialog.h"
#include "organisation/SsoPopulateDialog.h"
#include "precedence/PrecedencePanel.h"
#include "profile/IdentityCheck.h"
#include "profile/ProfilePanel.h"
#include "profile/SsoSignIn.h"
#include "resolve/SsoCacheWatcher.h"
#include "secrets/CredentialVault.h"
#include "settings/AppSettings.h"
#include "welcome/WelcomePane.h"

namespace apm {

namespace {

// The files the window edits, as a title names a document: their folder when they share one ("~/.aws"), else
// both. The desktop adds the application's name after it.
QString documentTitle(const ProfileStore& store, const Environment& environment)
{
    const QString home = environment.value(QStringLiteral("HOME")).value_or(QString());
    auto shown = [&home](const QString& path) {
        const QString clean = QDir::cleanPath(path);
        if (!home.isEmpty() && home != u'/' && (clean == home || clean.startsWith(home + u'/')))
            return QDir::toNativeSeparators(u'~' + clean.mid(home.size()));
        return QDir::toNativeSeparators(clean);
    };
    const QFileInfo config(store.path(FileKind::Config));
    const QFileInfo credentials(store.path(FileKind::Credentials));
    if (config.absolutePath() == credentials.absolutePath())
        return shown(config.absolutePath());
    return MainWindow::tr("%1 and %2").arg(shown(config.absoluteFilePath()), shown(credentials.absoluteFilePath()));
}

} // namespace

MainWindow::MainWindow(ProfileStore* store, SecretStore* secrets, const Environment& environment,
                       const QString& commandLineBinary, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_prompts(std::make_unique<Prompts>())
    , m_store(store)
    , m_environment(environment)
    , m_clipboard(new SecretClipboard(this))
    , m_document(new DocumentController(store, this, m_prompts.get()))
    , m_list(new ProfileListPane(store, m_document->history(), m_prompts.get(), this))
    , m_vault(new CredentialVault(store, secrets, commandLineBinary, this))
    , m_profilePanel(new ProfilePanel(store, m_vault, m_clipboard,
                                      new IdentityCheck(commandLineBinary, environment, this),
                                      new SsoSignIn(environment, this), this))
    , m_profilePage(new QScrollArea(this))
    , m_active(new ActiveProfileController(store, environment, this))
    , m_keychain(new KeychainActions(store, m_vault, m_document->history(), this))
{
    m_ui->setupUi(this);
    m_profilePanel->setPrompts(m_prompts.get());
    // A sign-in (ours, or aws sso login in a terminal) or one that ended shows at once in the list and the tab.
    auto* ssoCache = new SsoCacheWatcher(environment, this);
    connect(ssoCache, &SsoCacheWatcher::changed, m_list, &ProfileListPane::ssoCacheChanged);
    connect(ssoCache, &SsoCacheWatcher::changed, m_profilePanel, &ProfilePanel::refreshSsoStatus);
    setWindowTitle(documentTitle(*m_store, environment) + QStringLiteral("[*]"));
    m_list->setObjectName(QStringLiteral("listPane"));
    m_ui->splitter->insertWidget(0, m_list);
    // The list gets the room its columns need, the views the rest (restoreLayout() brings back the user's own).
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({fontMetrics().averageCharWidth() * 60, fontMetrics().averageCharWidth() * 130});
    setUpTabs();
    setUpMenus();

    // The parts speak to the user through the status bar, and to each other through the window.
    connect(m_document, &DocumentController::message, this, &MainWindow::showMessage);
    connect(m_list, &ProfileListPane::message, this, &MainWindow::showMessage);
    connect(m_profilePanel, &ProfilePanel::message, this, &MainWindow::showMessage);
    connect(m_active, &ActiveProfileController::message, this, &MainWindow::showMessage);
    connect(m_keychain, &KeychainActions::message, this, &MainWindow::showMessage);
    connect(m_document, &DocumentController::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        m_ui->actionSave->setEnabled(modified);
        m_ui->actionRevert->setEnabled(modified);
    });
    connect(m_list, &ProfileListPane::currentProfileChanged, this, &MainWindow::showSelectedProfile);
    connect(m_list, &ProfileListPane::profileActivated, this, [this] {
        m_ui->tabs->setCurrentWidget(m_profilePage);
        m_profilePanel->focusForm();
    });
    connect(m_active, &ActiveProfileController::activeProfileChanged, this, [this](const QString& name) {
        m_list->setActiveProfile(name);
        m_precedence->setShellProfile(name);
    });
    connect(m_active, &ActiveProfileController::openRequested, this, [this] {
        show();
        raise();
        activateWindow();
        m_list->focusFilter();
    });
    connect(m_clipboard, &SecretClipboard::cleared, this,
            [this] { showMessage(tr("The copied secret was cleared from the clipboard.")); });
    m_ui->problemLabel->setTextFormat(Qt::RichText);
    m_ui->problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                                | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->problemLabel, &QLabel::linkActivated, this, &MainWindow::showFileProblem);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::showFileState);
    connect(m_store, &ProfileStore::saved, this, &MainWindow::showFileState);

    welcomeIfFirstRun();
    showFileState();
    m_active->refresh();
    m_ui->actionSave->setEnabled(false);
    m_ui->actionRevert->setEnabled(false);
    showSelectedProfile(QString());
    m_list->selectFirst();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpTabs()
{
    // The profile's page scrolls instead of holding the window taller than a small screen: an SSO profile's form,
    // the keychain box and the keys table would otherwise ask for some 640 pixels.
    m_profilePanel->setObjectName(QStringLiteral("detailPane"));
    m_profilePage->setObjectName(QStringLiteral("profilePage"));
    m_profilePage->setFrameShape(QFrame::NoFrame);
    m_profilePage->setWidgetResizable(true);
    m_profilePage->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profilePage->setWidget(m_profilePanel);
    m_ui->tabs->addTab(m_profilePage, tr("Profile"));
    m_precedence = new PrecedencePanel(m_store, m_environment, m_ui->tabs);
    m_precedence->setObjectName(QStringLiteral("precedencePanel"));
    m_ui->tabs->addTab(m_precedence, tr("Precedence"));
    m_filesPanel = new FilesPanel(m_store, m_ui->tabs);
    m_filesPanel->setObjectName(QStringLiteral("filesPanel"));
    m_ui->tabs->addTab(m_filesPanel, tr("Files"));
    m_imds = new ImdsPanel(m_store, m_environment, m_ui->tabs);
    m_imds->setObjectName(QStringLiteral("imdsPanel"));
    m_ui->tabs->addTab(m_imds, tr("Instance metadata"));
}

void MainWindow::setUpMenus()
{
    // Undo and redo for every edit of the files.
    QAction* undo = history()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = history()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->insertActions(m_ui->actionFocusFilter, {undo, redo});
    m_ui->menuEdit->insertSeparator(m_ui->actionFocusFilter);
    m_ui->menuProfile->addActions({m_keychain->moveInAction(), m_keychain->moveOutAction()});
    undo->setIcon(themedIcon(QStringLiteral("action-undo")));
    redo->setIcon(themedIcon(QStringLiteral("action-redo")));
    m_ui->actionNewProfile->setIcon(themedIcon(QStringLiteral("action-new")));
    m_ui->actionSave->setIcon(themedIcon(QStringLiteral("action-save")));
    m_ui->actionDeleteProfile->setIcon(themedIcon(QStringLiteral("action-delete")));

    // The toolbar: the common edits, then the active profile of the user's shells.
    m_ui->mainToolBar->addActions({m_ui->actionNewProfile, m_ui->actionSave, undo, redo});
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(new QLabel(tr("Active in your shells: "), this));
    m_ui->mainToolBar->addWidget(m_active->comboBox());

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_list->addContextActions({m_ui->actionNewProfile, m_ui->actionRenameProfile, m_ui->actionDuplicateProfile,
                               m_ui->actionDeleteProfile, separator, m_ui->actionMakeActive, m_keychain->moveInAction(),
                               m_keychain->moveOutAction()});

    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionRevert, &QAction::triggered, m_document, &DocumentController::revert);
    connect(m_ui->actionReload, &QAction::triggered, m_document, &DocumentController::revert);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionNewProfile, &QAction::triggered, m_list, &ProfileListPane::newProfile);
    connect(m_ui->actionRenameProfile, &QAction::triggered, m_list, &ProfileListPane::renameProfile);
    connect(m_ui->actionDuplicateProfile, &QAction::triggered, m_list, &ProfileListPane::duplicateProfile);
    connect(m_ui->actionDeleteProfile, &QAction::triggered, m_list, &ProfileListPane::deleteProfile);
    connect(m_ui->actionFocusFilter, &QAction::triggered, m_list, &ProfileListPane::focusFilter);
    connect(m_ui->actionPopulateSso, &QAction::triggered, this, [this] {
        SsoPopulateDialog dialog(*m_store, *m_prompts, this);
        if (dialog.exec() == QDialog::Accepted)
            showMessage(tr("The SSO profiles are in the config file: Save to write it."));
    });
    connect(m_ui->actionImportSet, &QAction::triggered, this, [this] {
        ImportSetDialog dialog(*m_store, *m_prompts, this);
        if (dialog.exec() == QDialog::Accepted)
            showMessage(tr("The profile set is in the config file: Save to write it."));
    });
    connect(m_ui->actionMakeActive, &QAction::triggered, this, [this] {
        if (const Profile* p = m_list->selectedProfile())
            switchActiveProfile(p->name);
    });
}

void MainWindow::welcomeIfFirstRun()
{
    // First run: no files and no profiles. The welcome pane asks what `aws configure` asks.
    const bool firstRun = m_store->profileNames().isEmpty() && m_store->isValid() && !m_store->existed(FileKind::Config)
                          && !m_store->existed(FileKind::Credentials);
    if (!firstRun)
        return;
    auto* welcome = new WelcomePane(m_store, this);
    welcome->setObjectName(QStringLiteral("welcomePane"));
    m_ui->centralLayout->addWidget(welcome);
    m_ui->splitter->hide();
    auto leave = [this, welcome] {
        welcome->hide();
        welcome->deleteLater();
        m_ui->splitter->show();
        history()->clear(); // the first profile is saved: nothing to undo
    };
    connect(welcome, &WelcomePane::created, this, [this, leave](const QString& text) {
        leave();
        showMessage(text);
    });
    connect(welcome, &WelcomePane::skipped, this, leave);
}

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
    m_document->setPrompts(m_prompts.get());
    m_list->setPrompts(m_prompts.get());
    m_profilePanel->setPrompts(m_prompts.get());
}

QUndoStack* MainWindow::history() const
{
    return m_document->history();
}

bool MainWindow::save()
{
    return m_document->save();
}

void MainWindow::switchActiveProfile(const QString& name)
{
    m_active->switchTo(name);
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text);
}

void MainWindow::showSelectedProfile(const QString& name)
{
    m_profilePanel->showProfile(name);
    m_precedence->setSelectedProfile(name);
    m_imds->setSelectedProfile(name);
    m_filesPanel->setSelectedProfile(name);
    m_keychain->setProfile(name);
    const bool editable = m_store->isValid();
    for (QAction* a : {m_ui->actionRenameProfile, m_ui->actionDuplicateProfile, m_ui->actionDeleteProfile})
        a->setEnabled(!name.isEmpty() && editable);
    for (QAction* a : {m_ui->actionNewProfile, m_ui->actionPopulateSso, m_ui->actionImportSet})
        a->setEnabled(editable);
    m_ui->actionMakeActive->setEnabled(!name.isEmpty());
}

void MainWindow::showFileState()
{
    const QString error = m_store->parseErrorMessage();
    m_ui->problemLabel->setVisible(!error.isEmpty());
    // Rich text for the link; the message itself is escaped (it quotes the file's own text).
    m_ui->problemLabel->setText(tr("This file cannot be read the way the AWS CLI reads it, so it is shown read-only "
                                   "and never written:<br>%1<br><a href=\"#line\">Show the line</a>")
                                    .arg(error.toHtmlEscaped()));
    showMessage(tr("%1 · %2 · %n profile(s)", nullptr, int(m_store->profileNames().size()))
                    .arg(m_store->path(FileKind::Config), m_store->path(FileKind::Credentials)));
}

void MainWindow::showFileProblem()
{
    for (FileKind kind : {FileKind::Config, FileKind::Credentials}) {
        if (const auto& error = m_store->parseError(kind)) {
            m_ui->tabs->setCurrentWidget(m_filesPanel);
            m_filesPanel->showLine(kind, std::max(0, error->line));
            return;
        }
    }
}

void MainWindow::editSettings()
{
    const AppSettings current = AppSettings::load();
    const auto chosen = m_prompts->askSettings(this, current);
    if (!chosen || *chosen == current)
        return;
    const bool reopen = chosen->configFile != current.configFile || chosen->credentialsFile != current.credentialsFile
                        || chosen->language != current.language;
    if (reopen && !m_document->settleUnsaved(tr("Save your changes before the window opens the other files?")))
        return;
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
    if (!m_document->settleUnsaved(tr("Save your changes to the AWS files before closing?")))
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

} // namespace apm
