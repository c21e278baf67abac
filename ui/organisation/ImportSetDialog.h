// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QDialog>

#include "resolve/ProfileSetImport.h"

class QPushButton;

namespace Ui {
class ImportSetDialog;
}

namespace apm {

class Prompts;
class ProfileStore;

/**
 * `import` in the window: a set from a file or a URL, previewed as a diff of the config file (what is left out
 * because the user has their own is said above it), then applied as one edit of the window. Nothing is fetched
 * before Preview, and nothing changes before Apply.
 */
class ImportSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSetDialog)

public:
    ImportSetDialog(ProfileStore& store, Prompts& prompts, QWidget* parent = nullptr);
    ~ImportSetDialog() override;

private:
    void sourceEdited();
    void previewOrStop();
    void fetched(const QByteArray& bytes, const QString& error);
    void apply();
    [[nodiscard]] QString blockName() const;
    [[nodiscard]] profileset::Request request() const;
    void setStatus(const QString& text, bool problem);

    std::unique_ptr<Ui::ImportSetDialog> m_ui;
    ProfileStore& m_store;
    Prompts& m_prompts;
    QPushButton* m_previewButton;
    QPushButton* m_applyButton;
    profileset::Download* m_download = nullptr;
    QByteArray m_bytes; // the set as last fetched
    bool m_replaceHandEdited = false;
};

} // namespace apm
