// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>

#include "Prompts.h"

namespace Ui {
class NewProfileDialog;
}

namespace apm {

class ProfileForm;
class ProfileStore;

// Name, kind and the kind's fields for a new profile; says where each value will be written. OK stays disabled
// while the name is taken or not one the files can hold.
class NewProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProfileDialog)

public:
    explicit NewProfileDialog(const ProfileStore& store, QWidget* parent = nullptr);
    ~NewProfileDialog() override;

    [[nodiscard]] NewProfile result() const;

private:
    void validate();
    void orderTabs();

    std::unique_ptr<Ui::NewProfileDialog> m_ui;
    const ProfileStore& m_store;
    ProfileForm* m_form;
};

} // namespace apm
