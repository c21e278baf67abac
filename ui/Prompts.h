// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QString>

#include "settings/AppSettings.h"

class QWidget;

namespace apm {

class ProfileStore;

// What the new-profile dialog gives back: the name and the values to set (empty ones left out).
struct NewProfile {
    QString name;
    QList<QPair<QString, QString>> values;
};

/**
 * Every question the window asks the user, in one place: the real answers come from dialogs and message boxes;
 * a test derives from it and presets them.
 */
class Prompts
{
public:
    enum class Unsaved { Save, Discard, Cancel };
    enum class Conflict { KeepMine, TakeTheirs };

    virtual ~Prompts() = default;

    [[nodiscard]] virtual std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                                         const QString& initial);
    [[nodiscard]] virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                                       const QString& acceptText);
    [[nodiscard]] virtual Unsaved askUnsaved(QWidget* parent, const QString& text);
    // `details` is the difference between the two versions, shown on request.
    [[nodiscard]] virtual Conflict askConflict(QWidget* parent, const QString& text, const QString& details);
    [[nodiscard]] virtual std::optional<NewProfile> askNewProfile(QWidget* parent, const ProfileStore& store);
    [[nodiscard]] virtual std::optional<AppSettings> askSettings(QWidget* parent, const AppSettings& current);
};

} // namespace apm
