// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "imds/ImdsClient.h"
#include "resolve/CredentialProcess.h"
#include "resolve/Resolver.h"

namespace apm {

class ProfileStore;

/**
 * The precedence table for one environment, kept current while its slow parts arrive: start() computes the
 * static part at once (resolved() is emitted before it returns), then asks what needs a process or the network
 * without blocking the caller's thread: a credential_process through an asynchronous QProcess, the instance
 * metadata service and the container endpoint through the access manager. Each answer is kept, the table is
 * worked out again, and fieldChanged() names every field whose winner or reason moved; finished() comes when
 * nothing is pending.
 *
 * The slow parts start after the launch delay, so that a job replaced within it (the user is still typing) starts
 * none; a credential_process answer found in the cache is used at once. Destroying the job kills a process it
 * still runs. The store must outlive the job and not change while it runs (start a new job after a change).
 */
class ResolutionJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionJob)

public:
    ResolutionJob(const ProfileStore& store, const Environment& environment, QObject* parent = nullptr);
    ~ResolutionJob() override;

    // How long the slow sources wait before they start (0: at once, from the event loop).
    void setLaunchDelay(int ms) { m_launchDelay = ms; }
    // Where credential_process answers are looked up first and kept (owned by the caller, who outlives the job).
    void setProcessCache(CredentialProcessCache* cache) { m_cache = cache; }
    void start();
    // Stops waiting for what is pending: each such source is shown as not answered, and finished() follows. A
    // credential_process still running is killed.
    void stopWaiting();
    [[nodiscard]] const Resolution& resolution() const { return m_resolution; }
    // The providers being asked right now ("custom-process", "iam-role", "container-role").
    [[nodiscard]] QStringList pending() const { return QStringList(m_pending.cbegin(), m_pending.cend()); }
    [[nodiscard]] const std::optional<ImdsResult>& metadata() const { return m_metadata; }

Q_SIGNALS:
    void resolved();
    void fieldChanged(const QString& name);
    void finished();

private:
    void recompute();
    void runProcess(const QString& commandLine);
    void probeMetadata();
    void fetchContainer();
    void settle(const QString& provider);

    const ProfileStore& m_store;
    Environment m_environment;
    QDateTime m_now;
    Resolution m_resolution;
    QSet<QString> m_pending;
    QHash<QString, CredentialOutcome> m_processes; // by command line
    std::optional<ImdsResult> m_metadata;
    std::optional<CredentialOutcome> m_container;
    int m_generation = 0; // answers from an earlier start() are dropped
    QString m_runningCommand;
    QPointer<CredentialProcessRun> m_run;
    CredentialProcessCache* m_cache = nullptr;
    int m_launchDelay = 0;
};

} // namespace apm
