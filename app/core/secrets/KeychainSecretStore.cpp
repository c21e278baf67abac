// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace apm {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("apm::KeychainSecretStore", text);
}

enum class Operation { Read, Write, Remove };

// Turns QtKeychain's answer into one a person can act on. The secret itself never appears.
SecretResult describe(const QKeychain::Job& job, const QString& key, const Environment& environment)
{
    SecretResult result;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError: result.status = SecretResult::Status::Ok; return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = tr("The keychain has no item for %1.").arg(key);
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Denied;
        result.message = tr("The keychain refused access (%1). If your login keyring is locked, unlock it (for example "
                            "by logging in to the desktop) and try again.")
                             .arg(detail);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
#ifdef Q_OS_LINUX
    if (!environment.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))) {
        result.status = SecretResult::Status::Unavailable;
        result.message =
            tr("No D-Bus session bus: the keychain (Secret Service) cannot be reached. This happens in SSH "
               "sessions and WSL without a desktop session; start one (dbus-run-session) with "
               "gnome-keyring-daemon, or keep these keys in the credentials file.");
        return result;
    }
    if (job.error() == QKeychain::NoBackendAvailable || detail.contains(QLatin1String("org.freedesktop.secrets"))
        || detail.contains(QLatin1String("ServiceUnknown"))) {
        result.status = SecretResult::Status::Unavailable;
        result.message = tr("No Secret Service answers on the session bus (%1). Install and start gnome-keyring or "
                            "KWallet (with its Secret Service), then try again.")
                             .arg(detail);
        return result;
    }
#else
    Q_UNUSED(environment)
#endif
    result.status =
        job.error() == QKeychain::NoBackendAvailable ? SecretResult::Status::Unavailable : SecretResult::Status::Failed;
    result.message = tr("The keychain failed: %1").arg(detail.isEmpty() ? tr("no reason given") : detail);
    return result;
}

class KeychainJob final : public SecretJob
{
public:
    KeychainJob(Operation operation, QString key, QString value, Environment environment)
        : m_operation(operation)
        , m_key(std::move(key))
        , m_value(std::move(value))
        , m_environment(std::move(environment))
    {}

    void start() override
    {
        const QString service = QLatin1String(KeychainSecretStore::kService);
        QKeychain::Job* job = nullptr;
        switch (m_operation) {
        case Operation::Read: job = new QKeychain::ReadPasswordJob(service, this); break;
        case Operation::Write: {
            auto* write = new QKeychain::WritePasswordJob(service, this);
            write->setTextData(m_value);
            job = write;
            break;
        }
        case Operation::Remove: job = new QKeychain::DeletePasswordJob(service, this); break;
        }
        job->setAutoDelete(false);
        job->setInsecureFallback(false); // never plaintext
        job->setKey(m_key);
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            SecretResult result = describe(*job, m_key, m_environment);
            if (result.status == SecretResult::Status::Ok && m_operation == Operation::Read)
                result.value = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
            job->deleteLater();
            Q_EMIT finished(result);
            deleteLater();
        });
        job->start();
    }

private:
    Operation m_operation;
    QString m_key;
    QString m_value;
    Environment m_environment;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(const Environment& environment)
    : m_environment(environment)
{}

SecretJob* KeychainSecretStore::read(const QString& key)
{
    return new KeychainJob(Operation::Read, key, {}, m_environment);
}

SecretJob* KeychainSecretStore::write(const QString& key, const QString& value)
{
    return new KeychainJob(Operation::Write, key, value, m_environment);
}

SecretJob* KeychainSecretStore::remove(const QString& key)
{
    return new KeychainJob(Operation::Remove, key, {}, m_environment);
}

} // namespace apm
