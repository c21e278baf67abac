// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCommands.h"

#include <QCoreApplication>
#include <QEventLoop>

#include "config/ProfileStore.h"
#include "secrets/CredentialVault.h"
#include "secrets/KeychainSecretStore.h"

namespace apm::cli {

namespace {

SecretResult wait(SecretJob* job)
{
    SecretResult result;
    QEventLoop loop; // headless: nothing else to keep responsive
    QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult& r) {
        result = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    return result;
}

} // namespace

Outcome credentialProcess(const Environment& environment)
{
    if (!environment.profileOption)
        return Outcome{252, {}, QByteArrayLiteral("credential-process needs --profile NAME\n")};
    const QString profile = *environment.profileOption;
    KeychainSecretStore keychain(environment);
    const SecretResult item = wait(keychain.read(profile));
    switch (item.status) {
    case SecretResult::Status::Ok: break;
    case SecretResult::Status::NotFound:
        return Outcome{1,
                       {},
                       QStringLiteral("aws-profile-manager: the keychain has no item for profile %1. Move its keys in "
                                      "with: aws-profile-manager keychain move-in --profile %1\n")
                           .arg(profile)
                           .toUtf8()};
    default: return Outcome{2, {}, (QStringLiteral("aws-profile-manager: ") + item.message + u'\n').toUtf8()};
    }
    if (!CredentialVault::parsePayload(item.value)) {
        return Outcome{
            2,
            {},
            QStringLiteral("aws-profile-manager: the keychain item for profile %1 is not a credential_process "
                           "document.\n")
                .arg(profile)
                .toUtf8()};
    }
    return Outcome{0, (item.value + u'\n').toUtf8(), {}};
}

Outcome keychain(ProfileStore& store, const Environment& environment, const QString& action)
{
    if (!environment.profileOption)
        return Outcome{252, {}, QByteArrayLiteral("keychain move-in|move-out needs --profile NAME\n")};
    KeychainSecretStore secrets(environment);
    CredentialVault vault(&store, &secrets, QCoreApplication::applicationFilePath());
    Outcome outcome{255, {}, {}};
    QEventLoop loop;
    QObject::connect(&vault, &CredentialVault::finished, &loop, [&](bool ok, const QString& message) {
        outcome = ok ? Outcome{0, (message + u'\n').toUtf8(), {}} : Outcome{255, {}, (message + u'\n').toUtf8()};
        loop.quit();
    });
    bool done = false;
    QObject::connect(&vault, &CredentialVault::finished, &loop, [&done] { done = true; });
    if (action == u"move-in")
        vault.moveIn(*environment.profileOption);
    else
        vault.moveOut(*environment.profileOption);
    if (!done)
        loop.exec();
    return outcome;
}

} // namespace apm::cli
