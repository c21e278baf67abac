// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "aws/SsoPortal.h"
#include "resolve/SsoPopulate.h"

class QPushButton;

namespace Ui {
class SsoPopulateDialog;
}

namespace apm {

class Prompts;
class ProfileStore;

/**
 * `sso populate` in the window: choose the sso-session (and the name template, region, pruning), list the
 * organisation with a progress bar and a Stop button, see the change to the config file as a diff, then Apply it
 * as one edit of the window (undone like any other, written by Save). Nothing is asked of the portal before List,
 * and nothing changes before Apply.
 */
class SsoPopulateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoPopulateDialog)

public:
    SsoPopulateDialog(ProfileStore& store, Prompts& prompts, QWidget* parent = nullptr);
    ~SsoPopulateDialog() override;

private:
    void sessionChanged();
    void listOrStop();
    void progress(int accounts, int listed, bool allFound);
    void listed(const SsoListing& listing);
    void apply();
    [[nodiscard]] ssopopulate::Request request() const;
    void setStatus(const QString& text, bool problem);

    std::unique_ptr<Ui::SsoPopulateDialog> m_ui;
    ProfileStore& m_store;
    Prompts& m_prompts;
    QPushButton* m_listButton;
    QPushButton* m_applyButton;
    SsoPortalListing* m_listing = nullptr;
    std::optional<SsoListing> m_result; // the organisation as last listed
    bool m_replaceHandEdited = false;
};

} // namespace apm
