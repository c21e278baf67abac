// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QPointer>

#include <QWidget>

#include "base/Environment.h"

class QProcess;

namespace Ui {
class PrecedencePanel;
}

namespace apm {

class PrecedenceModel;
class ProfileStore;

// The Precedence tab: findings, the live table, and the what-if environment that drives it.
class PrecedencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrecedencePanel)

public:
    PrecedencePanel(ProfileStore* store, const Environment& environment, QWidget* parent = nullptr);
    ~PrecedencePanel() override;

    void setSelectedProfile(const QString& name);
    // What shells that load the hook will have as AWS_PROFILE: the what-if follows it.
    void setShellProfile(const QString& name);
    // The environment the table is computed for (the what-if edits applied).
    [[nodiscard]] Environment whatIfEnvironment() const;
    [[nodiscard]] PrecedenceModel* model() const { return m_model; }

public Q_SLOTS:
    void recompute();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The choices of the environment combo, in its order.
    enum class Base { Process, Empty, LoginShell };

    void showFindings();
    void baseChanged();
    void loadLoginShellEnvironment();
    // Opens or folds the what-if options; the table takes the room they leave.
    void showWhatIf(bool shown);

    std::unique_ptr<Ui::PrecedencePanel> m_ui;
    ProfileStore* m_store;
    Environment m_processEnvironment;
    QString m_selectedProfile;
    PrecedenceModel* m_model;
    std::optional<Environment> m_loginEnvironment; // read once, when first chosen
    QPointer<QProcess> m_loginShell;
    bool m_whatIfChosen = false; // the user opened or folded the what-if options: no more automatic folding
};

} // namespace apm
