// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include "base/Modules.h"

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::KeychainSecretStore)
};

// The module, loaded once per process: its backend, or why it could not be loaded.
struct LoadedModule {
    KeychainBackend* backend = nullptr;
    QString failure;
};

const LoadedModule& loadModule(const QString& given)
{
    static const LoadedModule loaded = [&given] {
        const QStringList candidates =
            given.isEmpty()
                ? moduleCandidates(APM_KEYCHAIN_MODULE_NAME, APM_KEYCHAIN_FROM_BINDIR, APM_KEYCHAIN_FROM_WINDOW)
                : QStringList{given};
        const ModuleEntry module = loadModuleEntry(
            candidates, kKeychainBackendEntry, Messages::tr("the keychain module is not installed (looked for %1)"));
        return LoadedModule{module.entry ? reinterpret_cast<KeychainBackendEntry>(module.entry)() : nullptr,
                            module.failure};
    }();
    return loaded;
}

class KeychainJob final : public SecretJob
{
public:
    KeychainJob(KeychainBackend::Operation operation, QString key, QString value, Environment environment,
                QString module)
        : m_operation(operation)
        , m_key(std::move(key))
        , m_value(std::move(value))
        , m_environment(std::move(environment))
        , m_module(std::move(module))
    {}

    void start() override
    {
        const LoadedModule& module = loadModule(m_module);
        if (!module.backend) {
            SecretResult result;
            result.status = SecretResult::Status::Unavailable;
            result.message =
                Messages::tr("The keychain cannot be used: %1. Reinstall aws-profile-manager.").arg(module.failure);
            // Answered from the event loop, as the keychain answers.
            QTimer::singleShot(0, this, [this, result] {
                Q_EMIT finished(result);
                deleteLater();
            });
            return;
        }
        module.backend->start(m_operation, QLatin1String(KeychainSecretStore::kService), m_key, m_value,
                              [self = QPointer<KeychainJob>(this)](const KeychainAnswer& answer) {
                                  if (self)
                                      self->finish(answer);
                              });
    }

private:
    void finish(const KeychainAnswer& answer)
    {
        SecretResult result = KeychainSecretStore::explain(answer.error, answer.detail, m_key, m_environment);
        if (result.status == SecretResult::Status::Ok && m_operation == KeychainBackend::Operation::Read)
            result.value = answer.text;
        Q_EMIT finished(result);
        deleteLater();
    }

    KeychainBackend::Operation m_operation;
    QString m_key;
    QString m_value;
    Environment m_environment;
    QString m_module;
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
        result.message = Messages::tr("The keychain has no item for %1.").arg(key);
        return result;
    case Failure::Denied:
        result.status = Status::Denied;
        result.message =
            Messages::tr("The keychain refused access (%1). If your login keyring is locked, unlock it (for example "
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
            wsl ? Messages::tr(
                "WSL starts no desktop session, so there is no D-Bus session bus and no keychain to reach. Start "
                "one (dbus-run-session) with gnome-keyring-daemon, or keep these keys in the credentials file.")
                : Messages::tr(
                    "No D-Bus session bus: the keychain (Secret Service) cannot be reached. This happens in SSH "
                    "sessions without a desktop session; start one (dbus-run-session) with gnome-keyring-daemon, "
                    "or keep these keys in the credentials file.");
        return result;
    }
    if (lower.contains(QLatin1String("kwallet"))) {
        result.status = Status::Unavailable;
        result.message =
            Messages::tr("KWallet did not give access (%1). Enable the wallet in System Settings › KDE Wallet, "
                         "open it, and try again.")
                .arg(detail);
        return result;
    }
    if (lower.contains(QLatin1String("aliases/default")) || lower.contains(QLatin1String("no such object"))
        || lower.contains(QLatin1String("default collection"))) {
        result.status = Status::Unavailable;
        result.message =
            Messages::tr("The Secret Service has no default keyring (%1). Create one and make it the default "
                         "(in Seahorse: File › New › Password Keyring, then \"Set as default\"), and try again.")
                .arg(detail);
        return result;
    }
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("prompt"))
        || lower.contains(QLatin1String("dismissed"))) {
        result.status = Status::Denied;
        result.message =
            Messages::tr("The keyring is locked and was not unlocked (%1). Unlock it (Seahorse, or logging in to "
                         "the desktop) and try again.")
                .arg(detail);
        return result;
    }
    if (failure == Failure::NoBackend || lower.contains(QLatin1String("org.freedesktop.secrets"))
        || lower.contains(QLatin1String("serviceunknown"))) {
        result.status = Status::Unavailable;
        result.message =
            wsl ? Messages::tr("No Secret Service answers on the session bus (%1). WSL has none of its own: "
                               "start gnome-keyring-daemon in your session, then try again.")
                      .arg(detail)
                : Messages::tr("No Secret Service answers on the session bus (%1). Install and start gnome-keyring "
                               "or KWallet (with its Secret Service), then try again.")
                      .arg(detail);
        return result;
    }
#else
    Q_UNUSED(environment)
    Q_UNUSED(wsl)
#endif
    result.status = failure == Failure::NoBackend ? Status::Unavailable : Status::Failed;
    result.message =
        Messages::tr("The keychain failed: %1").arg(detail.isEmpty() ? Messages::tr("no reason given") : detail);
    return result;
}

KeychainSecretStore::KeychainSecretStore(const Environment& environment, const QString& module)
    : m_environment(environment)
    , m_module(module)
{}

SecretJob* KeychainSecretStore::read(const QString& key)
{
    return new KeychainJob(KeychainBackend::Operation::Read, key, {}, m_environment, m_module);
}

SecretJob* KeychainSecretStore::write(const QString& key, const QString& value)
{
    return new KeychainJob(KeychainBackend::Operation::Write, key, value, m_environment, m_module);
}

SecretJob* KeychainSecretStore::remove(const QString& key)
{
    return new KeychainJob(KeychainBackend::Operation::Remove, key, {}, m_environment, m_module);
}

} // namespace apm
