// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileListPane.h"
#include "ui_ProfileListPane.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QUndoStack>

#include "ProfileListDelegate.h"
#include "Prompts.h"
#include "config/ProfileStore.h"
#include "models/ProfileFilterModel.h"
#include "models/ProfileListModel.h"

namespace apm {

ProfileListPane::ProfileListPane(ProfileStore* store, QUndoStack* history, Prompts* prompts, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileListPane>())
    , m_store(store)
    , m_history(history)
    , m_prompts(prompts)
    , m_model(new ProfileListModel(store, this))
    , m_filter(new ProfileFilterModel(m_model, this))
{
    m_ui->setupUi(this);
    QTableView* view = m_ui->profileView;
    view->setModel(m_filter);
    view->setItemDelegate(new ProfileListDelegate(this));
    // Thousands of rows: fixed heights, so the view never measures a row it does not paint.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
    // Fixed widths: measuring contents would read every one of thousands of rows. The name gets the rest, and
    // a long one is cut in its middle (names that share a prefix differ at their ends).
    view->horizontalHeader()->resizeSection(ProfileListModel::KindColumn, 40); // a 16-pixel icon
    view->horizontalHeader()->resizeSection(ProfileListModel::RegionColumn, 100);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(view, &QAbstractItemView::activated, this, &ProfileListPane::profileActivated);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &ProfileFilterModel::setFilterText);
    // The form follows the selection: when the filter hides the selected profile, the nearest one it shows takes
    // its place (or none), so the pane never edits a profile the list does not show.
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_ui->profileView->currentIndex().isValid())
            restoreSelection();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProfileListPane::onCurrentChanged);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileListPane::restoreSelection);
}

ProfileListPane::~ProfileListPane() = default;

const Profile* ProfileListPane::selectedProfile() const
{
    return m_model->profileAt(m_filter->mapToSource(m_ui->profileView->currentIndex()).siblingAtColumn(0));
}

void ProfileListPane::setActiveProfile(const QString& name)
{
    m_model->setActiveProfile(name);
}

void ProfileListPane::addContextActions(const QList<QAction*>& actions)
{
    m_ui->profileView->addActions(actions);
}

void ProfileListPane::focusFilter()
{
    m_ui->filterEdit->setFocus();
}

void ProfileListPane::ssoCacheChanged()
{
    m_model->ssoCacheChanged();
}

void ProfileListPane::selectFirst()
{
    if (m_filter->rowCount() > 0)
        m_ui->profileView->setCurrentIndex(m_filter->index(0, 0));
}

void ProfileListPane::onCurrentChanged()
{
    const Profile* profile = selectedProfile();
    if (profile) {
        m_selectedName = profile->name;
        m_selectedRow = m_ui->profileView->currentIndex().row();
    }
    Q_EMIT currentProfileChanged(profile ? profile->name : QString());
}

void ProfileListPane::select(const QString& name)
{
    m_selectedName = name;
    restoreSelection();
}

void ProfileListPane::restoreSelection()
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOf(m_selectedName));
    // Gone (an undone rename, a delete): the profile now in its place, as the list stays where the user was.
    if (!index.isValid() && m_filter->rowCount() > 0)
        index = m_filter->index(std::min(m_selectedRow, m_filter->rowCount() - 1), 0);
    if (index.isValid())
        m_ui->profileView->setCurrentIndex(index); // reported through currentRowChanged when it moves
    onCurrentChanged();                            // and when the same profile stays: its keys may have changed
}

void ProfileListPane::newProfile()
{
    const auto request = m_prompts->askNewProfile(window(), *m_store);
    if (!request)
        return;
    if (const auto invalid = m_store->checkNewName(request->name))
        return Q_EMIT message(*invalid);
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
        return Q_EMIT message(*error);
    m_ui->filterEdit->clear();
    select(request->name);
    // The new profile has the focus, in the list: the filter box (where the focus may have been) would take the
    // next Ctrl+Z as its own, and the creation could not be undone from the keyboard.
    m_ui->profileView->setFocus(Qt::OtherFocusReason);
}

void ProfileListPane::renameProfile()
{
    const Profile* p = selectedProfile();
    if (!p)
        return;
    const QString from = p->name;
    const auto to = m_prompts->askText(window(), tr("Rename profile"), tr("New name for %1:").arg(from), from);
    if (!to || *to == from)
        return;
    // Profiles that take their credentials from this one would break: offered to follow, in the same undo step.
    auto references = ProfileStore::References::Keep;
    if (const QStringList users = m_store->referencesTo(from); !users.isEmpty()) {
        const bool update = m_prompts->confirm(
            window(), tr("Rename profile"),
            tr("%n profile(s) take their credentials from %1 (source_profile = %1): %2.\n\nUpdate them to %3 too?",
               nullptr, int(users.size()))
                .arg(from, users.join(QStringLiteral(", ")), *to),
            tr("Update"));
        references = update ? ProfileStore::References::Update : ProfileStore::References::Keep;
    }
    if (const auto error = m_store->renameProfile(from, *to, references))
        return Q_EMIT message(*error);
    select(*to);
}

void ProfileListPane::duplicateProfile()
{
    const Profile* p = selectedProfile();
    if (!p)
        return;
    const QString from = p->name;
    const auto to = m_prompts->askText(window(), tr("Duplicate profile"), tr("Name of the copy of %1:").arg(from),
                                       from + QStringLiteral("-copy"));
    if (!to)
        return;
    if (const auto error = m_store->duplicateProfile(from, *to))
        return Q_EMIT message(*error);
    select(*to);
}

void ProfileListPane::deleteProfile()
{
    const Profile* p = selectedProfile();
    if (!p)
        return;
    const QString name = p->name;
    const QStringList plan = m_store->deletionPlan(name);
    const QString text =
        tr("Delete the profile %1? These lines go (you can undo until you save):\n\n%2").arg(name, plan.join(u'\n'));
    if (!m_prompts->confirm(window(), tr("Delete profile"), text, tr("Delete")))
        return;
    if (const auto error = m_store->deleteProfile(name)) // the neighbour takes the selection (restoreSelection)
        Q_EMIT message(*error);
}

} // namespace apm
