// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolutionJob.h"

#include <algorithm>

#include <QTimer>

#include "config/ProfileStore.h"
#include "imds/ContainerCredentials.h"
#include "resolve/CredentialProcess.h"

namespace apm {

namespace {

// Whether a field shows the same as before (compared in place: a value may be megabytes long).
bool showsTheSame(const FieldResolution& a, const FieldResolution& b)
{
    return a.winner == b.winner && a.reason == b.reason
           && std::equal(a.candidates.cbegin(), a.candidates.cend(), b.candidates.cbegin(), b.candidates.cend(),
                         [](const Candidate& x, const Candidate& y) { return x.value == y.value && x.note == y.note; });
}

} // namespace

ResolutionJob::ResolutionJob(const ProfileStore& store, const Environment& environment, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_environment(environment)
{}

ResolutionJob::~ResolutionJob() = default;

void ResolutionJob::stopWaiting()
{
    if (m_pending.isEmpty())
        return;
    ++m_generation; // answers still on their way are dropped
    delete m_run;   // and a process still running is killed
    if (m_pending.contains(QStringLiteral("custom-process"))) {
        CredentialOutcome stopped;
        stopped.method = QStringLiteral("custom-process");
        stopped.error = tr("Stopped waiting for %1; the AWS CLI waits for it to finish.").arg(m_runningCommand);
        m_processes.insert(m_runningCommand, stopped);
    }
    if (m_pending.contains(QStringLiteral("iam-role"))) {
        ImdsResult stopped;
        stopped.diagnosis = tr("Stopped waiting for the instance metadata service.");
        m_metadata = stopped;
    }
    if (m_pending.contains(QStringLiteral("container-role"))) {
        CredentialOutcome stopped;
        stopped.method = QStringLiteral("container-role");
        stopped.error = tr("Stopped waiting for the container credentials endpoint.");
        m_container = stopped;
    }
    m_pending.clear();
    recompute();
    Q_EMIT finished();
}

void ResolutionJob::start()
{
    ++m_generation;
    delete m_run; // a run of the previous start would answer for an older table
    m_now = QDateTime::currentDateTimeUtc();
    m_pending.clear();
    m_processes.clear();
    m_metadata.reset();
    m_container.reset();
    m_resolution = Resolution{};
    recompute();
    Q_EMIT resolved();
    if (m_pending.isEmpty())
        Q_EMIT finished();
}

void ResolutionJob::recompute()
{
    Resolver resolver(m_store, m_environment, m_now);
    // Each hook answers from what has arrived, or starts the fetch and answers "not yet" meanwhile.
    resolver.setProcessRunner([this](const QString& commandLine) {
        if (const auto it = m_processes.constFind(commandLine); it != m_processes.cend())
            return *it;
        if (const auto cached = m_cache ? m_cache->find(commandLine, m_environment, m_now) : std::nullopt) {
            m_processes.insert(commandLine, *cached);
            return *cached;
        }
        runProcess(commandLine);
        CredentialOutcome waiting;
        waiting.method = QStringLiteral("custom-process");
        waiting.detail = tr("running %1").arg(commandLine);
        waiting.needsNetwork = true;
        return waiting;
    });
    resolver.setMetadataLookup([this]() -> CredentialOutcome {
        if (!m_metadata) {
            probeMetadata();
            return {};
        }
        CredentialOutcome answer;
        answer.credentials = m_metadata->credentials;
        answer.error = m_metadata->cliError;
        return answer;
    });
    resolver.setContainerLookup([this] {
        if (m_container)
            return *m_container;
        fetchContainer();
        CredentialOutcome waiting;
        waiting.method = QStringLiteral("container-role");
        waiting.detail = tr("asking the container endpoint");
        waiting.needsNetwork = true;
        return waiting;
    });

    const Resolution previous = m_resolution;
    m_resolution = resolver.resolve();
    // The region the instance metadata service gives, once it answered, fills the IMDS candidate.
    if (m_metadata && m_metadata->region) {
        for (FieldResolution& f : m_resolution.fields) {
            if (f.name != u"region")
                continue;
            for (Candidate& c : f.candidates) {
                if (c.kind == SourceKind::InstanceMetadata)
                    c.value = *m_metadata->region;
            }
            if (f.winner < 0) {
                f.winner = int(f.candidates.size()) - 1;
                f.reason = tr("nothing else sets it, so the AWS CLI asks the instance metadata service");
            }
        }
    }
    for (const FieldResolution& f : m_resolution.fields) {
        const FieldResolution* before = previous.field(f.name);
        if (!before || !showsTheSame(*before, f))
            Q_EMIT fieldChanged(f.name);
    }
}

void ResolutionJob::settle(const QString& provider)
{
    m_pending.remove(provider);
    recompute();
    if (m_pending.isEmpty())
        Q_EMIT finished();
}

void ResolutionJob::runProcess(const QString& commandLine)
{
    if (m_pending.contains(QStringLiteral("custom-process")))
        return;
    m_pending.insert(QStringLiteral("custom-process"));
    m_runningCommand = commandLine;
    // A child of the job: replaced or destroyed, the job takes the run and its process with it.
    auto* run = new CredentialProcessRun(commandLine, m_environment, m_now, 60000, this);
    m_run = run;
    connect(run, &CredentialProcessRun::finished, this, [this, run, commandLine](const CredentialOutcome& o) {
        run->deleteLater();
        if (m_cache)
            m_cache->insert(commandLine, m_environment, o, m_now);
        m_processes.insert(commandLine, o);
        settle(QStringLiteral("custom-process"));
    });
    QTimer::singleShot(m_launchDelay, run, &CredentialProcessRun::start);
}

void ResolutionJob::probeMetadata()
{
    if (m_pending.contains(QStringLiteral("iam-role")))
        return;
    m_pending.insert(QStringLiteral("iam-role"));
    const Profile* profile = m_store.profile(m_environment.selectedProfile().value_or(QStringLiteral("default")));
    auto* probe = new ImdsProbe(ImdsSettings::resolve(m_environment, profile), ImdsProbe::Scope::Both, this);
    const int generation = m_generation;
    connect(probe, &ImdsProbe::finished, this, [this, probe, generation](const ImdsResult& result) {
        probe->deleteLater();
        if (generation != m_generation)
            return;
        m_metadata = result;
        settle(QStringLiteral("iam-role"));
    });
    QTimer::singleShot(m_launchDelay, probe, &ImdsProbe::start); // from the event loop: never inside recompute()
}

void ResolutionJob::fetchContainer()
{
    if (m_pending.contains(QStringLiteral("container-role")))
        return;
    m_pending.insert(QStringLiteral("container-role"));
    auto* fetch = new ContainerCredentialsFetch(m_environment, m_now, this);
    const int generation = m_generation;
    connect(fetch, &ContainerCredentialsFetch::finished, this,
            [this, fetch, generation](const CredentialOutcome& outcome) {
                fetch->deleteLater();
                if (generation != m_generation)
                    return;
                m_container = outcome;
                settle(QStringLiteral("container-role"));
            });
    QTimer::singleShot(m_launchDelay, fetch, &ContainerCredentialsFetch::start);
}

} // namespace apm
