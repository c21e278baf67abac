// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayMenu.h"

#include <QLineEdit>
#include <QWidgetAction>

#include "config/ProfileStore.h"

namespace apm {

TrayMenu::TrayMenu(const ProfileStore* store, QWidget* parent)
    : QMenu(parent)
    , m_store(store)
{}

void TrayMenu::refresh(const QString& active, const QStringList& recent)
{
    m_active = active;
    m_recent = recent;
    clear(); // deletes the entries and the filter's action (and with it the field)
    m_entries.clear();
    m_filter = nullptr;
    if (!m_store)
        return;
    if (m_store->profileNames().size() > kShown) {
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(QStringLiteral("trayFilterEdit"));
        m_filter->setPlaceholderText(tr("Filter %n profiles…", nullptr, int(m_store->profileNames().size())));
        m_filter->setAccessibleName(tr("Filter the profiles"));
        m_filter->setClearButtonEnabled(true);
        auto* field = new QWidgetAction(this);
        field->setDefaultWidget(m_filter);
        addAction(field);
        connect(m_filter, &QLineEdit::textChanged, this, &TrayMenu::fill);
        addSeparator();
    }
    fill();
}

void TrayMenu::fill()
{
    // The profile entries sit between the filter (if any) and the fixed actions at the bottom: rebuilt in place.
    for (QAction* a : std::as_const(m_entries)) {
        removeAction(a);
        delete a;
    }
    m_entries.clear();
    const QString text = m_filter ? m_filter->text().trimmed() : QString();
    auto matches = [&text](const QString& name) {
        return text.isEmpty() || name.contains(text, Qt::CaseInsensitive);
    };
    QStringList names;
    for (const QString& name : std::as_const(m_recent)) {
        if (m_store->profile(name) && matches(name) && !names.contains(name))
            names.append(name);
    }
    for (const QString& name : m_store->profileNames()) {
        if (names.size() >= kShown)
            break;
        if (matches(name) && !names.contains(name))
            names.append(name);
    }
    names = names.mid(0, kShown);

    QAction* before = nullptr; // the first fixed action, when there are any yet
    const QList<QAction*> existing = actions();
    const int firstFixed = m_filter ? 2 : 0; // after the filter field and its separator
    if (existing.size() > firstFixed)
        before = existing.at(firstFixed);
    auto add = [&](QAction* a) {
        insertAction(before, a);
        m_entries.append(a);
    };
    for (const QString& name : std::as_const(names)) {
        auto* a = new QAction(name, this);
        a->setCheckable(true);
        a->setChecked(name == m_active);
        connect(a, &QAction::triggered, this, [this, name] { Q_EMIT switchRequested(name); });
        add(a);
    }
    if (names.isEmpty()) {
        auto* none = new QAction(tr("No profile matches"), this);
        none->setEnabled(false);
        add(none);
    }
    if (before)
        return; // the fixed actions are there already
    addSeparator();
    addAction(tr("All profiles…"), this, &TrayMenu::openRequested);
    addAction(tr("No active profile"), this, [this] { Q_EMIT switchRequested(QString()); });
    addAction(tr("Open AWS Profile Manager"), this, &TrayMenu::openRequested);
}

} // namespace apm
