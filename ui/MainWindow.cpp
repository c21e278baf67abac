// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

#include "config/ProfileStore.h"
#include "models/ProfileListModel.h"
#include "precedence/PrecedencePanel.h"

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

MainWindow::MainWindow(const Environment& environment, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(new ProfileStore(environment, this))
    , m_model(new ProfileListModel(m_store, this))
    , m_filter(new QSortFilterProxyModel(this))
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
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::showSelectedProfile);

    showFileState();
    if (m_filter->rowCount() > 0)
        m_ui->profileView->setCurrentIndex(m_filter->index(0, 0));
}

MainWindow::~MainWindow() = default;

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

void MainWindow::showSelectedProfile()
{
    m_ui->settingsTree->clear();
    const QModelIndex current = m_filter->mapToSource(m_ui->profileView->currentIndex());
    const Profile* profile = m_model->profileAt(current.siblingAtColumn(0));
    m_ui->profileTitle->setText(profile ? tr("%1 — %2").arg(profile->name, Profile::kindName(profile->kind()))
                                        : tr("No profile selected"));
    m_precedence->setSelectedProfile(profile ? profile->name : QString());
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
