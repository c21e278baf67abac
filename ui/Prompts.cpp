// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Prompts.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include "profile/NewProfileDialog.h"
#include "settings/SettingsDialog.h"

namespace apm {

std::optional<QString> Prompts::askText(QWidget* parent, const QString& title, const QString& label,
                                        const QString& initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional(text) : std::nullopt;
}

bool Prompts::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

Prompts::Unsaved Prompts::askUnsaved(QWidget* parent, const QString& text)
{
    const auto answer =
        QMessageBox::warning(parent, QObject::tr("Unsaved changes"), text,
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return Unsaved::Save;
    return answer == QMessageBox::Discard ? Unsaved::Discard : Unsaved::Cancel;
}

Prompts::Conflict Prompts::askConflict(QWidget* parent, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Warning, QObject::tr("The file changed on disk"), text, QMessageBox::NoButton, parent);
    box.setDetailedText(details);
    QPushButton* mine = box.addButton(QObject::tr("Keep my changes"), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("Take the file on disk"), QMessageBox::DestructiveRole);
    box.setDefaultButton(mine);
    box.exec();
    return box.clickedButton() == mine ? Conflict::KeepMine : Conflict::TakeTheirs;
}

std::optional<AppSettings> Prompts::askSettings(QWidget* parent, const AppSettings& current)
{
    SettingsDialog dialog(current, QStringLiteral("$AWS_CONFIG_FILE or ~/.aws/config"),
                          QStringLiteral("$AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials"), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.settings();
}

std::optional<NewProfile> Prompts::askNewProfile(QWidget* parent, const ProfileStore& store)
{
    NewProfileDialog dialog(store, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result();
}

} // namespace apm
