// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoSignIn.h"

#include <QFileInfo>
#include <QProcess>

namespace apm {

SsoSignIn::SsoSignIn(Environment environment, QObject* parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{}

SsoSignIn::~SsoSignIn()
{
    cancel();
}

void SsoSignIn::start(const QString& profile)
{
    cancel();
    m_lastLine.clear();
    auto* process = new QProcess(this);
    m_process = process;
    process->setProcessEnvironment(m_environment.toProcessEnvironment());
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        while (process->canReadLine()) {
            const QString line = QString::fromUtf8(process->readLine()).trimmed();
            if (!line.isEmpty()) {
                m_lastLine = line;
                Q_EMIT linePrinted(line);
            }
        }
    });
    connect(process, &QProcess::finished, this, [this, process, profile](int status, QProcess::ExitStatus exit) {
        process->deleteLater();
        if (m_process != process)
            return; // cancelled meanwhile
        m_process.clear();
        const QString rest = QString::fromUtf8(process->readAll()).trimmed();
        const bool ok = exit == QProcess::NormalExit && status == 0;
        // What it said last is what a failure is about ("Error when retrieving token ...").
        Q_EMIT signInFinished(profile, ok, rest.isEmpty() ? m_lastLine : rest);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, profile](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_process != process)
            return;
        m_process.clear();
        process->deleteLater();
        Q_EMIT signInFinished(profile, false,
                              tr("Could not run the AWS CLI (aws): %1. Install it, or sign in from a terminal.")
                                  .arg(process->errorString()));
    });
    // The program is looked up on the window's PATH, as a shell would.
    const QString path = m_environment.value(QStringLiteral("PATH")).value_or(QString());
    QString program = QStringLiteral("aws");
    for (const QString& folder : path.split(u':', Qt::SkipEmptyParts)) {
        if (QFileInfo(folder + QStringLiteral("/aws")).isExecutable()) {
            program = folder + QStringLiteral("/aws");
            break;
        }
    }
    process->start(program, {QStringLiteral("sso"), QStringLiteral("login"), QStringLiteral("--profile"), profile});
}

void SsoSignIn::cancel()
{
    QProcess* process = m_process;
    m_process.clear();
    if (process && process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(1000); // reaped, so no process is left behind
    }
}

} // namespace apm
