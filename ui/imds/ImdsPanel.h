// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QWidget>

#include "base/Environment.h"

class QTimer;

namespace Ui {
class ImdsPanel;
}

namespace apm {

class ImdsProbe;
class ProfileStore;
struct ImdsResult;

// The Instance metadata tab: how the AWS CLI would reach IMDS for the selected profile, a probe that runs in
// the background (cancellable), its trace and diagnosis, the role and a countdown to the credentials' expiry.
class ImdsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImdsPanel)

public:
    ImdsPanel(ProfileStore* store, const Environment& environment, QWidget* parent = nullptr);
    ~ImdsPanel() override;

    void setSelectedProfile(const QString& name);
    void probe();
    void cancel();

Q_SIGNALS:
    void probeFinished();

private:
    void showSettings();
    void showResult(const ImdsResult& result);
    void showCountdown();
    void setRunning(bool running);

    std::unique_ptr<Ui::ImdsPanel> m_ui;
    ProfileStore* m_store;
    Environment m_environment;
    QString m_profile;
    ImdsProbe* m_probe = nullptr;
    QTimer* m_countdown;
    std::optional<QDateTime> m_expiry;
};

} // namespace apm
