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

// QtKeychain's error codes, as explain() sorts them.
KeychainSecretStore::Failure failureOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return KeychainSecretStore::Failure::None;
    case QKeychain::EntryNotFound: return KeychainSecretStore::Failure::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return KeychainSecretStore::Failure::Denied;
    case QKeychain::NoBackendAvailable: return KeychainSecretStore::Failure::NoBackend;
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    return KeychainSecretStore::Failure::Other;
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
            SecretResult result =
                KeychainSecretStore::explain(failureOf(job->error()), job->errorString(), m_key, m_environment);
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

SecretResult KeychainSecretStore::explain(Failure failure, const QString& detail, const QString& key,
                                          const Environment& environment)
{
    // Turns the keychain's answer into one a person can act on. The secret itself never appears.
    using Status = SecretResult::Status;
    SecretResult result;
    const QString lower = detail.toLower();
    const bool wsl =
        environment.contains(QStringLiteral("WSL_DISTRO_NAME")) || environment.contains(QStringLiteral("WSL_INTEROP"));
    switch (failure) {
    case Failure::None: result.status = Status::Ok; return result;
    case Failure::NotFound:
        result.status = Status::NotFound;
        result.message = tr("The keychain has no item for %1.").arg(key);
        return result;
    case Failure::Denied:
        result.status = Status::Denied;
        result.message = tr("The keychain refused access (%1). If your login keyring is locked, unlock it (for example "
                            "by logging in to the desktop) and try again.")
                             .arg(detail);
        return result;
    case Failure::NoBackend:
    case Failure::Other: break;
    }
#ifdef Q_OS_LINUX
    if (!environment.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))) {
        result.status = Status::Unavailable;
        result.message =
            wsl ? tr("WSL starts no desktop session, so there is no D-Bus session bus and no keychain to reach. Start "
                     "one (dbus-run-session) with gnome-keyring-daemon, or keep these keys in the credentials file.")
                : tr("No D-Bus session bus: the keychain (Secret Service) cannot be reached. This happens in SSH "
                     "sessions without a desktop session; start one (dbus-run-session) with gnome-keyring-daemon, "
                     "or keep these keys in the credentials file.");
        return result;
    }
    if (lower.contains(QLatin1String("kwallet"))) {
        result.status = Status::Unavailable;
        result.message = tr("KWallet did not give access (%1). Enable the wallet in System Settings › KDE Wallet, "
                            "open it, and try again.")
                             .arg(detail);
        return result;
    }
    if (lower.contains(QLatin1String("aliases/default")) || lower.contains(QLatin1String("no such object"))
        || lower.contains(QLatin1String("default collection"))) {
        result.status = Status::Unavailable;
        result.message = tr("The Secret Service has no default keyring (%1). Create one and make it the default "
                            "(in Seahorse: File › New › Password Keyring, then \"Set as default\"), and try again.")
                             .arg(detail);
        return result;
    }
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("prompt"))
        || lower.contains(QLatin1String("dismissed"))) {
        result.status = Status::Denied;
        result.message = tr("The keyring is locked and was not unlocked (%1). Unlock it (Seahorse, or logging in to "
                            "the desktop) and try again.")
                             .arg(detail);
        return result;
    }
    if (failure == Failure::NoBackend || lower.contains(QLatin1String("org.freedesktop.secrets"))
        || lower.contains(QLatin1String("serviceunknown"))) {
        result.status = Status::Unavailable;
        result.message = wsl ? tr("No Secret Service answers on the session bus (%1). WSL has none of its own: "
                                  "start gnome-keyring-daemon in your session, then try again.")
                                   .arg(detail)
                             : tr("No Secret Service answers on the session bus (%1). Install and start gnome-keyring "
                                  "or KWallet (with its Secret Service), then try again.")
                                   .arg(detail);
        return result;
    }
#else
    Q_UNUSED(environment)
    Q_UNUSED(wsl)
#endif
    result.status = failure == Failure::NoBackend ? Status::Unavailable : Status::Failed;
    result.message = tr("The keychain failed: %1").arg(detail.isEmpty() ? tr("no reason given") : detail);
    return result;
}

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
