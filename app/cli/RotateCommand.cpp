// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotateCommand.h"

#include <csignal>
#include <cstdio>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include "AwsCalls.h"
#include "config/ProfileStore.h"
#include "secrets/CredentialVault.h"
#include "secrets/KeychainSecretStore.h"

namespace apm::cli {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::cli)
};

// Set by SIGINT and SIGTERM while a rotation runs: the next step rolls back instead.
volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int)
{
    interrupted = 1;
}

// Catches SIGINT and SIGTERM for its lifetime.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        interrupted = 0;
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_int)(int);
    void (*m_term)(int);
};

void progress(const QString& line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Where the profile's key lives, and the key.
struct KeyHome {
    enum class Place { Files, Keychain };
    Place place = Place::Files;
    ResolvedCredentials keys;
    QString where; // for people: the file's path, or "the keychain"
};

// The keys of a keychain-backed profile, read from its item.
std::optional<ResolvedCredentials> keychainKeys(CredentialVault& vault, const QString& profile, QString& message)
{
    std::optional<ResolvedCredentials> keys;
    QEventLoop loop;
    QObject::connect(&vault, &CredentialVault::keysRead, &loop,
                     [&](const QString&, const std::optional<ResolvedCredentials>& read, const QString& why) {
                         keys = read;
                         message = why;
                         loop.quit();
                     });
    vault.readKeys(profile);
    if (!keys && message.isEmpty())
        loop.exec();
    return keys;
}

// The error of writing the new keys where the old ones were, or nullopt once they are there.
std::optional<QString> writeKeys(ProfileStore& store, CredentialVault* vault, const QString& profile,
                                 const KeyHome& home, const ResolvedCredentials& fresh, QStringList& profiles)
{
    if (home.place == KeyHome::Place::Keychain) {
        std::optional<QString> error;
        bool done = false;
        QEventLoop loop;
        QObject::connect(vault, &CredentialVault::keysWritten, &loop, [&](const QString&, bool ok, const QString& why) {
            if (!ok)
                error = why;
            done = true;
            loop.quit();
        });
        vault->writeKeys(profile, fresh);
        if (!done)
            loop.exec();
        profiles = {profile};
        return error;
    }
    // The files as they are now (another program may have changed them while STS made up its mind), still holding
    // the old key where it was.
    store.reload();
    if (!store.isValid())
        return store.parseErrorMessage();
    const Profile* own = store.profile(profile);
    const ProfileSetting* ownId = own ? own->setting(QStringLiteral("aws_access_key_id")) : nullptr;
    if (!ownId || ownId->value().scalar != home.keys.accessKey)
        return Messages::tr("the profile's key was changed by another program meanwhile");
    // Every profile of the files that holds the old key gets the new one: deleting the old key would break them.
    for (const QString& name : store.profileNames()) {
        const Profile* p = store.profile(name);
        const ProfileSetting* id = p ? p->setting(QStringLiteral("aws_access_key_id")) : nullptr;
        if (!id || id->inherited || id->value().scalar != home.keys.accessKey)
            continue;
        for (const auto& [key, value] : {std::pair{QStringLiteral("aws_access_key_id"), fresh.accessKey},
                                         std::pair{QStringLiteral("aws_secret_access_key"), fresh.secretKey}}) {
            if (auto error = store.setValue(name, key, value))
                return error;
        }
        profiles.append(name);
    }
    return store.save();
}

class Rotation
{
public:
    Rotation(ProfileStore& store, const Environment& environment, const RotateOptions& options, QString profile)
        : m_store(store)
        , m_environment(environment)
        , m_options(options)
        , m_profile(std::move(profile))
        , m_iam(callSettings(store, environment, m_profile, QStringLiteral("iam"), options.caBundle))
        , m_sts(callSettings(store, environment, m_profile, QStringLiteral("sts"), options.caBundle))
    {}

    Outcome run()
    {
        QString why;
        const std::optional<KeyHome> home = findKeys(why);
        if (!home)
            return failure(253, why);
        m_home = *home;
        const ResolvedCredentials& old = m_home.keys;

        progress(Messages::tr("Listing the access keys of this user (IAM ListAccessKeys)…"));
        const QueryAnswer listed = call(m_iam, old, {{QStringLiteral("Action"), QStringLiteral("ListAccessKeys")}});
        if (listed.failure != QueryAnswer::Failure::None)
            return unchanged(failedCall(listed, m_iam, QStringLiteral("ListAccessKeys")));
        QStringList others;
        for (const auto& member : listed.members) {
            m_user = member.value(QStringLiteral("UserName"), m_user);
            const QString id = member.value(QStringLiteral("AccessKeyId"));
            if (id != old.accessKey) {
                others.append(
                    Messages::tr("%1 (%2, created %3)")
                        .arg(id, member.value(QStringLiteral("Status")), member.value(QStringLiteral("CreateDate"))));
            }
        }
        if (!others.isEmpty()) {
            return unchanged(failure(
                254, Messages::tr(
                         "IAM allows two access keys per user, and %1 has another one besides %2: %3. Delete the key "
                         "you no longer use (aws iam delete-access-key --access-key-id KEY), then rotate again.")
                         .arg(m_user, old.accessKey, others.join(QStringLiteral(", ")))));
        }
        if (interrupted)
            return unchanged(failure(255, Messages::tr("Interrupted.")));

        progress(Messages::tr("Creating a new access key (IAM CreateAccessKey)…"));
        const QueryAnswer created = call(m_iam, old, {{QStringLiteral("Action"), QStringLiteral("CreateAccessKey")}});
        if (created.failure != QueryAnswer::Failure::None)
            return unchanged(failedCall(created, m_iam, QStringLiteral("CreateAccessKey")));
        m_fresh.accessKey = created.values.value(QStringLiteral("AccessKeyId"));
        m_fresh.secretKey = created.values.value(QStringLiteral("SecretAccessKey"));
        m_fresh.method = old.method;
        if (m_fresh.accessKey.isEmpty()) {
            return failure(
                255, Messages::tr("IAM's answer to CreateAccessKey named no key. %1 keeps its key %2; see which keys "
                                  "the user has with aws iam list-access-keys.")
                         .arg(m_profile, old.accessKey));
        }
        if (m_fresh.secretKey.isEmpty())
            return rollBack(Messages::tr("IAM's answer to CreateAccessKey held no secret for the new key."));

        if (const auto refused = waitForSts())
            return rollBack(*refused);
        if (interrupted)
            return rollBack(Messages::tr("Interrupted."));

        QStringList profiles;
        if (const auto error = writeKeys(m_store, m_vault.get(), m_profile, m_home, m_fresh, profiles))
            return rollBack(Messages::tr("The new key could not be written to %1: %2").arg(m_home.where, *error));

        progress(Messages::tr("Deleting the old access key (IAM DeleteAccessKey)…"));
        const QueryAnswer deleted = call(m_iam, m_fresh,
                                         {{QStringLiteral("Action"), QStringLiteral("DeleteAccessKey")},
                                          {QStringLiteral("AccessKeyId"), old.accessKey}});
        const QString written = Messages::tr("The new key %1 is in %2, for %3.")
                                    .arg(m_fresh.accessKey, m_home.where, profiles.join(QStringLiteral(", ")));
        if (deleted.failure != QueryAnswer::Failure::None) {
            return failure(254,
                           failedCallMessage(deleted, m_iam, QStringLiteral("DeleteAccessKey")) + u'\n' + written + u' '
                               + Messages::tr("The old key %1 still exists and still works: delete it with aws iam "
                                              "delete-access-key --access-key-id %1 once nothing uses it.")
                                     .arg(old.accessKey));
        }
        return Outcome{0,
                       (Messages::tr("Rotated the access key of %1 (IAM user %2): %3 → %4.")
                            .arg(m_profile, m_user, old.accessKey, m_fresh.accessKey)
                        + u'\n' + written + u' ' + Messages::tr("The old key is deleted.") + u'\n')
                           .toUtf8(),
                       {}};
    }

private:
    QueryAnswer call(const AwsQueryCall::Settings& settings, const ResolvedCredentials& keys,
                     const QList<QPair<QString, QString>>& parameters)
    {
        return callAws(settings, keys, parameters, m_environment);
    }

    // The profile's own long-term key and where it lives; nullopt with the reason when it has none to rotate.
    std::optional<KeyHome> findKeys(QString& why)
    {
        const Profile* profile = m_store.profile(m_profile);
        if (!profile) {
            why = QStringLiteral("The config profile (%1) could not be found").arg(m_profile);
            return std::nullopt;
        }
        KeyHome home;
        const ProfileSetting* id = profile->setting(QStringLiteral("aws_access_key_id"));
        const ProfileSetting* secret = profile->setting(QStringLiteral("aws_secret_access_key"));
        const auto process = profile->value(QStringLiteral("credential_process"));
        if (id && secret) {
            if (id->inherited || secret->inherited) {
                why = Messages::tr(
                          "The keys of %1 come from the [DEFAULT] section, which other profiles share: move them "
                          "into [%1] first.")
                          .arg(m_profile);
                return std::nullopt;
            }
            home.keys.accessKey = id->value().scalar;
            home.keys.secretKey = secret->value().scalar;
            home.where = m_store.path(id->file);
        } else if (process && CredentialVault::isKeychainBacked(*process)) {
            m_secrets = std::make_unique<KeychainSecretStore>(m_environment);
            m_vault =
                std::make_unique<CredentialVault>(&m_store, m_secrets.get(), QCoreApplication::applicationFilePath());
            QString message;
            const auto keys = keychainKeys(*m_vault, m_profile, message);
            if (!keys) {
                why = Messages::tr("The keys of %1 could not be read from the keychain: %2").arg(m_profile, message);
                return std::nullopt;
            }
            home.place = KeyHome::Place::Keychain;
            home.keys = *keys;
            home.where = Messages::tr("the keychain");
        } else {
            const auto source = profile->value(QStringLiteral("source_profile"));
            why = source ? Messages::tr(
                               "%1 has no access key of its own: it takes its credentials from source_profile %2. "
                               "Rotate that one: aws-profile-manager rotate --profile %2")
                               .arg(m_profile, *source)
                         : Messages::tr(
                               "%1 has no access key of its own to rotate (it is %2). Only profiles with "
                               "aws_access_key_id and aws_secret_access_key, in the files or in the keychain, can be "
                               "rotated.")
                               .arg(m_profile, Profile::kindName(profile->kind()));
            return std::nullopt;
        }
        if (profile->value(QStringLiteral("aws_session_token")) || home.keys.token) {
            why =
                Messages::tr("The keys of %1 are temporary (they have a session token): they expire by themselves and "
                             "cannot be rotated.")
                    .arg(m_profile);
            return std::nullopt;
        }
        home.keys.method = QStringLiteral("shared-credentials-file");
        return home;
    }

    // Asks STS about the new key until it accepts it; why not, after the wait.
    std::optional<QString> waitForSts()
    {
        progress(Messages::tr("Waiting until STS accepts the new key (IAM takes a few seconds to spread it)…"));
        const QDeadlineTimer deadline(qint64(m_options.waitSeconds) * 1000);
        int delayMs = 500;
        while (true) {
            const QueryAnswer answer =
                call(m_sts, m_fresh, {{QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")}});
            if (answer.failure == QueryAnswer::Failure::None)
                return std::nullopt;
            if (interrupted)
                return Messages::tr("Interrupted.");
            if (deadline.remainingTime() < delayMs) {
                return Messages::tr("STS did not accept the new key within %1 seconds (%2)")
                    .arg(m_options.waitSeconds)
                    .arg(failedCallMessage(answer, m_sts, QStringLiteral("GetCallerIdentity")).section(u'\n', 0, 0));
            }
            pause(delayMs);
            if (interrupted)
                return Messages::tr("Interrupted.");
            delayMs = std::min(delayMs * 2, 4000);
        }
    }

    // Nothing was created: the reason, and that nothing changed.
    Outcome unchanged(Outcome outcome) const
    {
        outcome.err +=
            (Messages::tr("Nothing changed: %1 keeps its key %2.").arg(m_profile, m_home.keys.accessKey) + u'\n')
                .toUtf8();
        return outcome;
    }

    // Something failed after the new key was created: delete it again, with the old key, and say where things are.
    Outcome rollBack(const QString& reason)
    {
        progress(Messages::tr("Deleting the new key again (IAM DeleteAccessKey)…"));
        const QueryAnswer deleted = call(m_iam, m_home.keys,
                                         {{QStringLiteral("Action"), QStringLiteral("DeleteAccessKey")},
                                          {QStringLiteral("AccessKeyId"), m_fresh.accessKey}});
        QString state =
            Messages::tr("%1 still uses its old key %2, which still works.").arg(m_profile, m_home.keys.accessKey);
        if (deleted.failure == QueryAnswer::Failure::None) {
            state += u' ' + Messages::tr("The new key %1 was deleted again.").arg(m_fresh.accessKey);
        } else {
            state +=
                u' '
                + Messages::tr("The new key %1 could not be deleted (%2): delete it with aws iam delete-access-key "
                               "--access-key-id %1.")
                      .arg(m_fresh.accessKey,
                           failedCallMessage(deleted, m_iam, QStringLiteral("DeleteAccessKey")).section(u'\n', 0, 0));
        }
        return failure(255, reason + u'\n' + state);
    }

    ProfileStore& m_store;
    const Environment& m_environment;
    const RotateOptions& m_options;
    const QString m_profile;
    const AwsQueryCall::Settings m_iam;
    const AwsQueryCall::Settings m_sts;
    KeyHome m_home;
    ResolvedCredentials m_fresh;
    QString m_user;
    std::unique_ptr<KeychainSecretStore> m_secrets; // only for a keychain-backed profile
    std::unique_ptr<CredentialVault> m_vault;
};

} // namespace

Outcome rotate(ProfileStore& store, const Environment& environment, const RotateOptions& options)
{
    const InterruptGuard guard;
    return Rotation(store, environment, options, environment.selectedProfile().value_or(QStringLiteral("default")))
        .run();
}

} // namespace apm::cli
