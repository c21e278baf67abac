// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "Prompts.h"

namespace apm::test {

// Preset answers for the window's questions; every question asked is kept, to check what the user was told.
class FakePrompts final : public Prompts
{
public:
    std::optional<QString> textAnswer;
    bool confirmAnswer = true;
    Unsaved unsavedAnswer = Unsaved::Cancel;
    Conflict conflictAnswer = Conflict::KeepMine;
    std::optional<NewProfile> newProfileAnswer;
    std::optional<AppSettings> settingsAnswer;
    QStringList asked;

    std::optional<QString> askText(QWidget*, const QString&, const QString& label, const QString& initial) override
    {
        asked.append(label + u'|' + initial);
        return textAnswer;
    }
    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        asked.append(text);
        return confirmAnswer;
    }
    Unsaved askUnsaved(QWidget*, const QString& text) override
    {
        asked.append(text);
        return unsavedAnswer;
    }
    Conflict askConflict(QWidget*, const QString& text, const QString& details) override
    {
        asked.append(text + u'\n' + details);
        return conflictAnswer;
    }
    std::optional<AppSettings> askSettings(QWidget*, const AppSettings&) override
    {
        asked.append(QStringLiteral("settings"));
        return settingsAnswer;
    }
    std::optional<NewProfile> askNewProfile(QWidget*, const ProfileStore&) override
    {
        asked.append(QStringLiteral("new profile"));
        return newProfileAnswer;
    }
};

} // namespace apm::test
