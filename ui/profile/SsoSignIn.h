// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "base/Environment.h"

class QProcess;

namespace apm {

/**
 * "Sign in" for an SSO profile: runs the AWS CLI's own `aws sso login --profile P` (the `aws` on the PATH of the
 * window's environment), passes on each line it prints (the page to open, the code to confirm), and says when it
 * is done. One at a time: a new one, or cancel(), kills the one running.
 */
class SsoSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoSignIn)

public:
    explicit SsoSignIn(Environment environment, QObject* parent = nullptr);
    ~SsoSignIn() override;

    void start(const QString& profile);
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_process.isNull(); }

Q_SIGNALS:
    void linePrinted(const QString& line);
    void signInFinished(const QString& profile, bool ok, const QString& text);

private:
    Environment m_environment;
    QPointer<QProcess> m_process;
    QString m_lastLine;
};

} // namespace apm
