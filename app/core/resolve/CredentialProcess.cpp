// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialProcess.h"

#include <cmath>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include "base/PythonText.h"

namespace apm {

namespace {

constexpr qint64 kAdvisoryRefreshSeconds = 15 * 60;

QString failure(const QString& message)
{
    return QStringLiteral("Error when retrieving credentials from custom-process: ") + message;
}

// Python's `version != 1`: 1, 1.0 and True are all equal to 1.
QString versionText(const QJsonValue& v, bool& supported)
{
    supported = (v.isDouble() && v.toDouble() == 1.0) || (v.isBool() && v.toBool());
    if (v.isUndefined())
        return QStringLiteral("<Version key not provided>");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (v.isNull())
        return QStringLiteral("None");
    if (v.isDouble()) {
        const double d = v.toDouble();
        // A whole number prints as Python prints an int (where a double holds it exactly); converting one beyond
        // that range to an integer would be undefined (found by FuzzCredentialJson).
        const bool whole = std::isfinite(d) && std::abs(d) < 9.0e15 && d == std::floor(d);
        return whole ? QString::number(qint64(d)) : QString::number(d);
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), v}}).toJson(QJsonDocument::Compact));
}

void configure(QProcess& process, const QStringList& argv, const Environment& environment)
{
    process.setProcessEnvironment(environment.toProcessEnvironment());
    process.setProgram(argv.first());
    process.setArguments(argv.mid(1));
}

// Python's FileNotFoundError / PermissionError, in its words.
Fetched notStarted(const QProcess& process, const QStringList& argv)
{
    const bool missing = process.error() == QProcess::FailedToStart && !QFileInfo::exists(argv.first());
    return {std::nullopt, missing ? QStringLiteral("[Errno 2] No such file or directory: '%1'").arg(argv.first())
                                  : QStringLiteral("[Errno 13] Permission denied: '%1'").arg(argv.first())};
}

Fetched timedOut(int timeoutMs)
{
    return {std::nullopt, failure(QStringLiteral("the process did not finish within %1 seconds (the AWS CLI would "
                                                 "wait for it forever)")
                                      .arg(timeoutMs / 1000))};
}

// What a process that ran to its end gave.
Fetched answerOf(QProcess& process)
{
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {std::nullopt, failure(QString::fromUtf8(err))};
    const ProcessOutput answer = readCredentialProcessOutput(out);
    return {answer.credentials, answer.error};
}

Fetched fetchOnce(const QStringList& argv, const Environment& environment, int timeoutMs)
{
    QProcess process;
    configure(process, argv, environment);
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return notStarted(process, argv);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return timedOut(timeoutMs);
    }
    return answerOf(process);
}

// The CLI's refreshable credentials: with less than 15 minutes left it fetches them a second time.
bool wantsSecondFetch(const Fetched& first, const QDateTime& now)
{
    const auto& expiry = first.credentials ? first.credentials->expiry : std::nullopt;
    return expiry && now.secsTo(expiry->instant) < kAdvisoryRefreshSeconds;
}

// The outcome of one fetch, or of two when the first gave credentials about to expire.
CredentialOutcome conclude(const QString& commandLine, Fetched first, const std::optional<Fetched>& second,
                           const QDateTime& now)
{
    CredentialOutcome outcome;
    outcome.method = QStringLiteral("custom-process");
    outcome.detail = commandLine;
    if (first.error) {
        outcome.error = first.error;
        return outcome;
    }
    if (second) {
        // A failed refresh counts only inside the mandatory window; credentials still expired are refused.
        const bool mandatory = now.secsTo(first.credentials->expiry->instant) < 10 * 60;
        if (second->error && mandatory) {
            outcome.error = second->error;
            outcome.raisedOnUse = true;
            return outcome;
        }
        if (second->credentials)
            first = *second;
        const auto& refreshed = first.credentials->expiry;
        if (refreshed && now.secsTo(refreshed->instant) <= 0) {
            outcome.error =
                QStringLiteral("Credentials were refreshed, but the refreshed credentials are still expired.");
            outcome.raisedOnUse = true;
            return outcome;
        }
    }
    outcome.credentials = first.credentials;
    return outcome;
}

// The command line split as the CLI splits it, or the CLI's error for one it cannot run.
std::optional<QStringList> commandArgv(const QString& commandLine, CredentialOutcome& refusal)
{
    refusal.method = QStringLiteral("custom-process");
    refusal.detail = commandLine;
    const auto argv = python::shlexSplit(commandLine);
    if (!argv) {
        refusal.error = QStringLiteral("No closing quotation");
        return std::nullopt;
    }
    if (argv->isEmpty()) {
        refusal.error = QStringLiteral("list index out of range"); // what Popen([]) says in the CLI
        return std::nullopt;
    }
    return argv;
}

} // namespace

ProcessOutput readCredentialProcessOutput(const QByteArray& out)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(out, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return {std::nullopt, failure(QStringLiteral("the output is not a JSON object (%1 at character %2)")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset))};
    }
    const QJsonObject json = document.object();
    bool supported = false;
    const QString version = versionText(json.value(QStringLiteral("Version")), supported);
    if (!supported) {
        return {std::nullopt, failure(QStringLiteral("Unsupported version '%1' for credential process provider, "
                                                     "supported versions: 1")
                                          .arg(version))};
    }
    for (const char* key : {"AccessKeyId", "SecretAccessKey"}) {
        if (!json.contains(QLatin1String(key)))
            return {std::nullopt,
                    failure(QStringLiteral("Missing required key in response: '%1'").arg(QLatin1String(key)))};
    }
    ResolvedCredentials credentials;
    credentials.method = QStringLiteral("custom-process");
    credentials.accessKey = json.value(QStringLiteral("AccessKeyId")).toString();
    credentials.secretKey = json.value(QStringLiteral("SecretAccessKey")).toString();
    if (const QJsonValue token = json.value(QStringLiteral("SessionToken")); token.isString())
        credentials.token = token.toString();
    if (const QJsonValue expiration = json.value(QStringLiteral("Expiration")); expiration.isString()) {
        credentials.expiry = parseTimestamp(expiration.toString());
        if (!credentials.expiry)
            return {std::nullopt, QStringLiteral("Unknown string format: %1").arg(expiration.toString())};
    }
    return {credentials, std::nullopt};
}

CredentialOutcome runCredentialProcess(const QString& commandLine, const Environment& environment, const QDateTime& now,
                                       int timeoutMs)
{
    CredentialOutcome refusal;
    const auto argv = commandArgv(commandLine, refusal);
    if (!argv)
        return refusal;
    const Fetched first = fetchOnce(*argv, environment, timeoutMs);
    std::optional<Fetched> second;
    if (wantsSecondFetch(first, now))
        second = fetchOnce(*argv, environment, timeoutMs);
    return conclude(commandLine, first, second, now);
}

namespace {

QString cacheKey(const QString& commandLine, const Environment& environment)
{
    QStringList variables;
    variables.reserve(environment.variables().size());
    for (auto it = environment.variables().cbegin(); it != environment.variables().cend(); ++it)
        variables.append(it.key() + u'=' + it.value());
    variables.sort();
    return commandLine + QChar(0) + variables.join(QChar(0));
}

} // namespace

std::optional<CredentialOutcome>
CredentialProcessCache::find(const QString& commandLine, const Environment& environment, const QDateTime& now) const
{
    const auto it = m_entries.constFind(cacheKey(commandLine, environment));
    if (it == m_entries.cend() || now >= it->until)
        return std::nullopt;
    return it->outcome;
}

void CredentialProcessCache::insert(const QString& commandLine, const Environment& environment,
                                    const CredentialOutcome& outcome, const QDateTime& now)
{
    const auto& expiry = outcome.credentials ? outcome.credentials->expiry : std::nullopt;
    const QDateTime until = expiry ? expiry->instant.addSecs(-kAdvisoryRefreshSeconds) : now.addSecs(60);
    m_entries.removeIf([&now](const auto& entry) { return entry.value().until <= now; });
    if (until > now)
        m_entries.insert(cacheKey(commandLine, environment), Entry{outcome, until});
}

CredentialProcessRun::CredentialProcessRun(const QString& commandLine, const Environment& environment,
                                           const QDateTime& now, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_environment(environment)
    , m_now(now)
    , m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stopProcess();
        step(timedOut(m_timeoutMs));
    });
}

CredentialProcessRun::~CredentialProcessRun()
{
    stopProcess();
}

void CredentialProcessRun::start()
{
    CredentialOutcome refusal;
    const auto argv = commandArgv(m_commandLine, refusal);
    if (!argv) {
        QTimer::singleShot(0, this, [this, refusal] { Q_EMIT finished(refusal); });
        return;
    }
    m_argv = *argv;
    launch();
}

qint64 CredentialProcessRun::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void CredentialProcessRun::launch()
{
    m_process = std::make_unique<QProcess>();
    configure(*m_process, m_argv, m_environment);
    QProcess* process = m_process.get();
    connect(process, &QProcess::started, process, [process] { process->closeWriteChannel(); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash or a kill ends in finished()
        const Fetched answer = notStarted(*process, m_argv);
        m_timeout.stop();
        m_process.release()->deleteLater();
        step(answer);
    });
    connect(process, &QProcess::finished, this, [this, process] {
        const Fetched answer = answerOf(*process);
        m_timeout.stop();
        m_process.release()->deleteLater();
        step(answer);
    });
    m_timeout.start(m_timeoutMs);
    process->start();
}

void CredentialProcessRun::step(const Fetched& answer)
{
    if (!m_first) {
        m_first = answer;
        if (wantsSecondFetch(answer, m_now)) {
            launch();
            return;
        }
        Q_EMIT finished(conclude(m_commandLine, *m_first, std::nullopt, m_now));
        return;
    }
    Q_EMIT finished(conclude(m_commandLine, *m_first, answer, m_now));
}

void CredentialProcessRun::stopProcess()
{
    m_timeout.stop();
    if (!m_process)
        return;
    const std::unique_ptr<QProcess> process = std::move(m_process);
    process->disconnect(this);
    process->kill();
    process->waitForFinished(1000); // reaped here: no zombie, no answer after this
}

} // namespace apm
