// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityCheck.h"

#include <memory>

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
    if (isRotating()) {
        // Killing it could leave a new key behind: it is asked to stop, and given the time to delete that key.
        m_process->terminate();
        m_process->waitForFinished(60000);
        return;
    }
    cancel();
}

QProcess* IdentityCheck::launch(const QStringList& arguments)
{
    cancel();
    auto* process = new QProcess(this);
    m_process = process;
    process->setProcessEnvironment(m_environment.toProcessEnvironment());
    connect(process, &QProcess::errorOccurred, this, [this, process, arguments](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_process != process)
            return;
        m_process.clear();
        process->deleteLater();
        const QString text = tr("Could not run %1: %2").arg(m_binary, process->errorString());
        const QString profile = arguments.value(arguments.indexOf(QStringLiteral("--profile")) + 1);
        if (m_rotating)
            Q_EMIT rotationFinished(profile, false, text);
        else
            Q_EMIT checkFinished(profile, false, text);
    });
    return process;
}

void IdentityCheck::start(const QString& profile, const std::optional<QString>& mfaCode)
{
    QStringList arguments{QStringLiteral("whoami"), QStringLiteral("--profile"), profile, QStringLiteral("--json")};
    if (mfaCode && !mfaCode->isEmpty())
        arguments << QStringLiteral("--mfa-code") << *mfaCode;
    QProcess* process = launch(arguments);
    m_rotating = false;
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
    process->start(m_binary, arguments);
}

void IdentityCheck::startRotation(const QString& profile)
{
    const QStringList arguments{QStringLiteral("rotate"), QStringLiteral("--profile"), profile};
    QProcess* process = launch(arguments);
    m_rotating = true;
    // The command says each step on standard error as it takes it; its last lines are the outcome.
    auto errors = std::make_shared<QByteArray>();
    connect(process, &QProcess::readyReadStandardError, this, [this, process, profile, errors] {
        *errors += process->readAllStandardError();
        const QList<QByteArray> lines = errors->trimmed().split('\n');
        if (m_process == process && !lines.isEmpty())
            Q_EMIT rotationProgressed(profile, QString::fromUtf8(lines.last()));
    });
    connect(process, &QProcess::finished, this,
            [this, process, profile, errors](int status, QProcess::ExitStatus exit) {
                process->deleteLater();
                if (m_process == process)
                    m_process.clear();
                *errors += process->readAllStandardError();
                if (exit != QProcess::NormalExit) {
                    return Q_EMIT rotationFinished(profile, false,
                                                   tr("The rotation stopped before it ended: check the profile's keys "
                                                      "with Test credentials."));
                }
                // Success is said on standard output; a failure after the progress lines, past a blank line.
                const QByteArray err = *errors;
                const qsizetype blank = err.lastIndexOf("\n\n");
                const QByteArray said =
                    status == 0 ? process->readAllStandardOutput() : (blank >= 0 ? err.mid(blank + 2) : err);
                const QString outcome = QString::fromUtf8(said).trimmed();
                Q_EMIT rotationFinished(profile, status == 0, outcome);
            });
    process->start(m_binary, arguments);
}

void IdentityCheck::cancel()
{
    QProcess* process = m_process;
    if (!process || process->state() == QProcess::NotRunning) {
        m_process.clear();
        return;
    }
    if (m_rotating) {
        // Asked, not killed: the command deletes the key it created and says so, which rotationFinished reports.
        process->terminate();
        return;
    }
    m_process.clear();
    process->kill();
    process->waitForFinished(1000); // reaped, so no process is left behind
}

} // namespace apm
