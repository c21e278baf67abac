// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

namespace Ui {
class WelcomePane;
}

namespace apm {

class ProfileStore;

// The first run, when there are no AWS files: the four questions of `aws configure`, where each answer will be
// written, and the default profile created and saved as `aws configure` would.
class WelcomePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePane)

public:
    explicit WelcomePane(ProfileStore* store, QWidget* parent = nullptr);
    ~WelcomePane() override;

protected:
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

Q_SIGNALS:
    void created(const QString& message);
    void skipped();

private:
    void validate();
    void create();

    std::unique_ptr<Ui::WelcomePane> m_ui;
    ProfileStore* m_store;
};

} // namespace apm
