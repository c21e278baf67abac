// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

#include "config/ProfileStore.h"
#include "models/ProfileListModel.h"
#include "precedence/PrecedencePanel.h"
#include "secrets/CredentialVault.h"
#include "secrets/KeychainSecretStore.h"

namespace apm {

namespace {

bool isSecret(const QString& key)
{
    return key == u"aws_secret_access_key" || key == u"aws_session_token" || key == u"aws_security_token";
}

// As `aws configure list` masks: sixteen stars and the last four characters.
QString masked(const QString& value)
{
    return QString(16, u'*') + value.right(4);
}

} // namespace

MainWindow::MainWindow(const Environment& environment, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(new ProfileStore(environment, this))
    , m_model(new ProfileListModel(m_store, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_environment(environment)
    , m_active(environment)
    , m_activeCombo(new QComboBox(this))
    , m_activeWatcher(new QFileSystemWatcher(this))
{
    m_ui->setupUi(this);
    m_precedence = new PrecedencePanel(m_store, environment, m_ui->tabs);
    m_precedence->setObjectName(QStringLiteral("precedencePanel"));
    m_ui->tabs->addTab(m_precedence, tr("Precedence"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ProfileListModel::SearchTextRole);
    m_filter->setFilterKeyColumn(ProfileListModel::NameColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->profileView->setModel(m_filter);
    m_ui->profileView->horizontalHeader()->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
    m_ui->settingsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->profileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedProfile);
    connect(m_ui->actionReload, &QAction::triggered, m_store, &ProfileStore::reload);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFocusFilter, &QAction::triggered, m_ui->filterEdit, [this] { m_ui->filterEdit->setFocus(); });
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::showFileState);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::restoreSelection);

    // The active profile of the user's shells: a switch in the toolbar and the list's context menu, the badge in
    // the list, and the window follows `aws-profile-manager use` run in a terminal.
    m_activeCombo->setObjectName(QStringLiteral("activeProfileCombo"));
    m_activeCombo->setAccessibleName(tr("Active profile of your shells"));
    m_activeCombo->setMinimumContentsLength(16);
    m_ui->mainToolBar->addWidget(new QLabel(tr("Active in your shells: "), this));
    m_ui->mainToolBar->addWidget(m_activeCombo);
    connect(m_activeCombo, &QComboBox::activated, this,
            [this](int index) { switchActiveProfile(m_activeCombo->itemData(index).toString()); });
    m_ui->profileView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->profileView->addAction(m_ui->actionMakeActive);
    connect(m_ui->actionMakeActive, &QAction::triggered, this, [this] {
        const Profile* p =
            m_model->profileAt(m_filter->mapToSource(m_ui->profileView->currentIndex()).siblingAtColumn(0));
        if (p)
            switchActiveProfile(p->name);
    });
    const QString stateFolder = QFileInfo(m_active.path()).absolutePath();
    QDir().mkpath(stateFolder);
    m_activeWatcher->addPath(stateFolder);
    connect(m_activeWatcher, &QFileSystemWatcher::directoryChanged, this, &MainWindow::showActiveProfile);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::showActiveProfile);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_trayMenu = std::make_unique<QMenu>();
        m_tray->setContextMenu(m_trayMenu.get());
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
        setEnabled(true);
        updateKeychainActions();
    });
    m_ui->profileView->addAction(m_ui->actionMoveToKeychain);
    m_ui->profileView->addAction(m_ui->actionMoveToFile);

    showFileState();
    showActiveProfile();
    if (m_filter->rowCount() > 0)
        m_ui->profileView->setCurrentIndex(m_filter->index(0, 0));
}

MainWindow::~MainWindow() = default;

void MainWindow::moveKeys(bool intoKeychain)
{
    const Profile* p = m_model->profileAt(m_filter->mapToSource(m_ui->profileView->currentIndex()).siblingAtColumn(0));
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
    const Profile* p = m_model->profileAt(m_filter->mapToSource(m_ui->profileView->currentIndex()).siblingAtColumn(0));
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
    m_activeCombo->clear();
    m_activeCombo->addItem(tr("(none)"), QString());
    for (const QString& name : m_store->profileNames())
        m_activeCombo->addItem(name, name);
    m_activeCombo->setCurrentIndex(std::max(0, m_activeCombo->findData(active)));
    rebuildTrayMenu();
}

void MainWindow::rebuildTrayMenu()
{
    if (!m_tray)
        return;
    constexpr int kShown = 20;
    m_trayMenu->clear();
    const QString active = m_active.read().value_or(QString());
    QStringList names = QSettings().value(QStringLiteral("recentProfiles")).toStringList();
    names.erase(std::remove_if(names.begin(), names.end(), [this](const QString& n) { return !m_store->profile(n); }),
                names.end());
    for (const QString& name : m_store->profileNames()) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString& name : names.mid(0, kShown)) {
        QAction* action = m_trayMenu->addAction(name, this, [this, name] { switchActiveProfile(name); });
        action->setCheckable(true);
        action->setChecked(name == active);
    }
    if (names.size() > kShown)
        m_trayMenu->addAction(tr("All %n profiles…", nullptr, int(names.size())), this, [this] {
            show();
            raise();
            m_ui->filterEdit->setFocus();
        });
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(tr("No active profile"), this, [this] { switchActiveProfile(QString()); });
    m_trayMenu->addAction(tr("Open AWS Profile Manager"), this, [this] {
        show();
        raise();
    });
    m_tray->setToolTip(active.isEmpty() ? tr("AWS Profile Manager: no active profile")
                                        : tr("AWS Profile Manager: %1").arg(active));
}

void MainWindow::showFileState()
{
    const QString error = m_store->parseErrorMessage();
    m_ui->problemLabel->setVisible(!error.isEmpty());
    m_ui->problemLabel->setText(tr("This file cannot be read the way the AWS CLI reads it, so it is shown read-only "
                                   "and never written:\n%1")
                                    .arg(error));
    statusBar()->showMessage(tr("%1 · %2 · %n profile(s)", nullptr, int(m_store->profileNames().size()))
                                 .arg(m_store->files().file(FileKind::Config).readPath,
                                      m_store->files().file(FileKind::Credentials).readPath));
}

void MainWindow::restoreSelection()
{
    const QModelIndex source = m_model->indexOf(m_selectedName);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (index.isValid())
        m_ui->profileView->setCurrentIndex(index); // showSelectedProfile follows through currentRowChanged
    showSelectedProfile();
}

void MainWindow::showSelectedProfile()
{
    m_ui->settingsTree->clear();
    const QModelIndex current = m_filter->mapToSource(m_ui->profileView->currentIndex());
    const Profile* profile = m_model->profileAt(current.siblingAtColumn(0));
    if (profile)
        m_selectedName = profile->name;
    m_ui->profileTitle->setText(profile ? tr("%1 — %2").arg(profile->name, Profile::kindName(profile->kind()))
                                        : tr("No profile selected"));
    m_precedence->setSelectedProfile(profile ? profile->name : QString());
    updateKeychainActions();
    if (!profile)
        return;
    const auto& files = m_store->files();
    for (const ProfileSetting& s : profile->settings) {
        const QString path = files.file(s.file).readPath;
        const IniValue& value = s.value();
        auto* item = new QTreeWidgetItem(m_ui->settingsTree);
        item->setText(0, s.key());
        item->setText(1, value.isNested ? QString() : (isSecret(s.key()) ? masked(value.scalar) : value.scalar));
        item->setText(2, tr("%1:%2").arg(path).arg(s.line() + 1));
        if (s.inherited)
            item->setToolTip(2, tr("Inherited from the [DEFAULT] section"));
        for (const auto& [sub, subValue] : value.nested) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, sub);
            child->setText(1, subValue);
        }
        item->setExpanded(true);
    }
}

} // namespace apm
