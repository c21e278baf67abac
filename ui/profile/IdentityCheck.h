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
 * --json` (the same chain, endpoint and signature as the command) and reports what it said. It also runs
 * `rotate --profile P`, reporting its progress as it goes. One command at a time: a new one, or cancel(), stops the
 * one running (a rotation is asked to stop, and deletes its new key again before it ends).
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
    void startRotation(const QString& profile);
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_process.isNull(); }
    [[nodiscard]] bool isRotating() const { return isRunning() && m_rotating; }

Q_SIGNALS:
    // `text` is the identity (account, ARN, user id, where the credentials came from) or what went wrong.
    void checkFinished(const QString& profile, bool ok, const QString& text);
    // A step of the rotation, as the command says it.
    void rotationProgressed(const QString& profile, const QString& line);
    // `text` says which key the profile has now and what happened to the other one.
    void rotationFinished(const QString& profile, bool ok, const QString& text);

private:
    QProcess* launch(const QStringList& arguments);

    QString m_binary;
    Environment m_environment;
    QPointer<QProcess> m_process;
    bool m_rotating = false;
};

} // namespace apm
