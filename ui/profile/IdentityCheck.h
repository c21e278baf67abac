// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>

#include "base/Environment.h"

class QProcess;

namespace apm {

/**
 * "Do these credentials work, and whose are they?" for the window: runs `aws-profile-manager whoami --profile P
 * --json` (the same chain, endpoint and signature as the command) and reports what it said. One check at a time:
 * a new one, or cancel(), kills the one running.
 */
class IdentityCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityCheck)

public:
    IdentityCheck(QString commandLineBinary, Environment environment, QObject* parent = nullptr);
    ~IdentityCheck() override;

    // `mfaCode` goes with the call when the profile's role asks for one (whoami --mfa-code).
    void start(const QString& profile, const std::optional<QString>& mfaCode = std::nullopt);
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_process.isNull(); }

Q_SIGNALS:
    // `text` is the identity (account, ARN, user id, where the credentials came from) or what went wrong.
    void checkFinished(const QString& profile, bool ok, const QString& text);

private:
    QString m_binary;
    Environment m_environment;
    QPointer<QProcess> m_process;
};

} // namespace apm
