// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialProcess.h"

#include <cmath>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include "base/PythonText.h"

namespace apm {

namespace {

constexpr qint64 kAdvisoryRefreshSeconds = 15 * 60;

struct Fetched {
    std::optional<ResolvedCredentials> credentials;
    std::optional<QString> error;
};

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

Fetched fetchOnce(const QStringList& argv, const Environment& environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment childEnvironment;
    for (auto it = environment.variables().cbegin(); it != environment.variables().cend(); ++it)
        childEnvironment.insert(it.key(), it.value());
    process.setProcessEnvironment(childEnvironment);
    process.setProgram(argv.first());
    process.setArguments(argv.mid(1));
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        // Python's FileNotFoundError / PermissionError, in its words.
        const QString reason = process.error() == QProcess::FailedToStart && !QFileInfo::exists(argv.first())
                                   ? QStringLiteral("No such file or directory")
                                   : QStringLiteral("Permission denied");
        return {std::nullopt,
                QStringLiteral("[Errno %1] %2: '%3'").arg(reason.startsWith(u'N') ? 2 : 13).arg(reason, argv.first())};
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return {std::nullopt, failure(QStringLiteral("the process did not finish within %1 seconds (the AWS CLI "
                                                     "would wait for it forever)")
                                          .arg(timeoutMs / 1000))};
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {std::nullopt, failure(QString::fromUtf8(err))};

    const ProcessOutput answer = readCredentialProcessOutput(out);
    return {answer.credentials, answer.error};
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
    CredentialOutcome outcome;
    outcome.method = QStringLiteral("custom-process");
    outcome.detail = commandLine;
    const auto argv = python::shlexSplit(commandLine);
    if (!argv) {
        outcome.error = QStringLiteral("No closing quotation");
        return outcome;
    }
    if (argv->isEmpty()) {
        outcome.error = QStringLiteral("list index out of range"); // what Popen([]) says in the CLI
        return outcome;
    }
    Fetched first = fetchOnce(*argv, environment, timeoutMs);
    if (first.error) {
        outcome.error = first.error;
        return outcome;
    }
    // The CLI's refreshable credentials: with less than 15 minutes left it fetches again, and refuses
    // credentials that are still expired afterwards.
    const auto& expiry = first.credentials->expiry;
    if (expiry && now.secsTo(expiry->instant) < kAdvisoryRefreshSeconds) {
        Fetched second = fetchOnce(*argv, environment, timeoutMs);
        const bool mandatory = now.secsTo(expiry->instant) < 10 * 60;
        if (second.error && mandatory) {
            outcome.error = second.error;
            outcome.raisedOnUse = true;
            return outcome;
        }
        if (second.credentials)
            first = second;
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

} // namespace apm
