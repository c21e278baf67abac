// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityCheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace apm {

IdentityCheck::IdentityCheck(QString commandLineBinary, Environment environment, QObject* parent)
    : QObject(parent)
    , m_binary(std::move(commandLineBinary))
    , m_environment(std::move(environment))
{}

IdentityCheck::~IdentityCheck()
{
    cancel();
}

void IdentityCheck::start(const QString& profile, const std::optional<QString>& mfaCode)
{
    cancel();
    auto* process = new QProcess(this);
    m_process = process;
    process->setProcessEnvironment(m_environment.toProcessEnvironment());
    connect(process, &QProcess::finished, this, [this, process, profile](int status, QProcess::ExitStatus exit) {
        process->deleteLater();
        if (m_process != process)
            return; // cancelled meanwhile
        m_process.clear();
        if (exit != QProcess::NormalExit)
            return Q_EMIT checkFinished(profile, false, tr("The check stopped before it had an answer."));
        if (status != 0)
            return Q_EMIT checkFinished(profile, false, QString::fromUtf8(process->readAllStandardError()).trimmed());
        const QJsonObject identity = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        QString text = tr("Account %1 · %2 · user id %3 · credentials from %4")
                           .arg(identity.value(QStringLiteral("Account")).toString(),
                                identity.value(QStringLiteral("Arn")).toString(),
                                identity.value(QStringLiteral("UserId")).toString(),
                                identity.value(QStringLiteral("CredentialSource")).toString());
        if (identity.contains(QStringLiteral("Expiration")))
            text += tr(" · temporary, until %1").arg(identity.value(QStringLiteral("Expiration")).toString());
        Q_EMIT checkFinished(profile, true, text);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, profile](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_process != process)
            return;
        m_process.clear();
        process->deleteLater();
        Q_EMIT checkFinished(profile, false, tr("Could not run %1: %2").arg(m_binary, process->errorString()));
    });
    QStringList arguments{QStringLiteral("whoami"), QStringLiteral("--profile"), profile, QStringLiteral("--json")};
    if (mfaCode && !mfaCode->isEmpty())
        arguments << QStringLiteral("--mfa-code") << *mfaCode;
    process->start(m_binary, arguments);
}

void IdentityCheck::cancel()
{
    QProcess* process = m_process;
    m_process.clear();
    if (process && process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(1000); // reaped, so no process is left behind
    }
}

} // namespace apm
