// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "base/Credentials.h"
#include "base/Environment.h"

class QProcess;

namespace apm {

// One run of a credential_process: credentials or the CLI's error.
struct Fetched {
    std::optional<ResolvedCredentials> credentials;
    std::optional<QString> error;
};

/**
 * Runs a profile's `credential_process` the way the AWS CLI runs it: split with POSIX shell rules (no shell),
 * the child sees `environment`, stdout must be the version 1 JSON document, stderr is kept out of our output
 * and only quoted in the error. Credentials whose Expiration is less than 15 minutes away are fetched a second
 * time, as the CLI's refresh does, and refused when still expired. The CLI has no timeout; we stop a process
 * after `timeoutMs` and say so. Blocks the calling thread (the headless commands use it).
 */
[[nodiscard]] CredentialOutcome runCredentialProcess(const QString& commandLine, const Environment& environment,
                                                     const QDateTime& now, int timeoutMs = 60000);

/**
 * runCredentialProcess without blocking: the same process, the same reading of its output and the same second
 * fetch of credentials about to expire, through an asynchronous QProcess. Destroying the run (or a newer run
 * replacing it) kills a process still running and waits for it to go, so nothing is left behind.
 */
class CredentialProcessRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialProcessRun)

public:
    CredentialProcessRun(const QString& commandLine, const Environment& environment, const QDateTime& now,
                         int timeoutMs = 60000, QObject* parent = nullptr);
    ~CredentialProcessRun() override;

    void start();
    // The process running now (0 when none).
    [[nodiscard]] qint64 processId() const;

Q_SIGNALS:
    void finished(const apm::CredentialOutcome& outcome);

private:
    void launch();
    void step(const Fetched& answer);
    void stopProcess();

    QString m_commandLine;
    Environment m_environment;
    QDateTime m_now;
    int m_timeoutMs;
    QStringList m_argv;
    std::unique_ptr<QProcess> m_process;
    QTimer m_timeout;
    std::optional<Fetched> m_first;
};

/**
 * Outcomes of credential_process runs by command line and environment (the process sees both), kept while they
 * hold: credentials until they come within botocore's 15-minute refresh window of their expiry, and anything else
 * (credentials without expiry, an error) for a minute, so that a table recomputed on every edit does not run the
 * process again each time.
 */
class CredentialProcessCache final
{
public:
    [[nodiscard]] std::optional<CredentialOutcome> find(const QString& commandLine, const Environment& environment,
                                                        const QDateTime& now) const;
    void insert(const QString& commandLine, const Environment& environment, const CredentialOutcome& outcome,
                const QDateTime& now);

private:
    struct Entry {
        CredentialOutcome outcome;
        QDateTime until;
    };
    QHash<QString, Entry> m_entries;
};

// What a credential_process printed on stdout, read as the AWS CLI reads it: a JSON object, Version 1,
// AccessKeyId and SecretAccessKey, optional SessionToken and Expiration. The error is the CLI's message.
struct ProcessOutput {
    std::optional<ResolvedCredentials> credentials;
    std::optional<QString> error;
};
[[nodiscard]] ProcessOutput readCredentialProcessOutput(const QByteArray& out);

} // namespace apm
