// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QObject>

#include <qt6keychain/keychain.h>

#ifdef APM_SECRET_SERVICE_READ
#include "keychain/SecretServiceRead.h"
#endif
#include "secrets/KeychainBackend.h"

// The module apm-keychain: QtKeychain behind KeychainBackend, loaded by KeychainSecretStore when a keychain is
// first needed. The insecure plaintext fallback stays off. A read tries the Secret Service directly first (see
// SecretServiceRead.h), and leaves to QtKeychain whatever that does not answer.

namespace {

apm::KeychainAnswer::Error errorOf(QKeychain::Error error)
{
    using Error = apm::KeychainAnswer::Error;
    switch (error) {
    case QKeychain::NoError: return Error::None;
    case QKeychain::EntryNotFound: return Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return Error::Denied;
    case QKeychain::NoBackendAvailable: return Error::NoBackend;
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    return Error::Other;
}

class QtKeychainBackend final : public apm::KeychainBackend
{
public:
    void start(Operation operation, const QString& service, const QString& key, const QString& value,
               Done done) override
    {
#ifdef APM_SECRET_SERVICE_READ
        if (operation == Operation::Read) {
            apm::readFromSecretService(service, key, [this, service, key, done](const apm::SecretServiceAnswer& found) {
                if (found.text) {
                    apm::KeychainAnswer answer;
                    answer.error = apm::KeychainAnswer::Error::None;
                    answer.text = *found.text;
                    return done(answer);
                }
                if (!found.locked)
                    return startJob(Operation::Read, service, key, {}, done);
                // QtKeychain asks to unlock the keyring; when nobody could (no prompter: SSH, a container), it says
                // the item is not there, which sends people the wrong way.
                startJob(Operation::Read, service, key, {}, [done](const apm::KeychainAnswer& answer) {
                    if (answer.error != apm::KeychainAnswer::Error::NotFound)
                        return done(answer);
                    apm::KeychainAnswer locked;
                    locked.error = apm::KeychainAnswer::Error::Denied;
                    locked.detail = QStringLiteral("the keyring that holds the item is locked and was not unlocked");
                    done(locked);
                });
            });
            return;
        }
#endif
        startJob(operation, service, key, value, std::move(done));
    }

private:
    void startJob(Operation operation, const QString& service, const QString& key, const QString& value, Done done)
    {
        QKeychain::Job* job = nullptr;
        switch (operation) {
        case Operation::Read: job = new QKeychain::ReadPasswordJob(service); break;
        case Operation::Write: {
            auto* write = new QKeychain::WritePasswordJob(service);
            write->setTextData(value);
            job = write;
            break;
        }
        case Operation::Remove: job = new QKeychain::DeletePasswordJob(service); break;
        }
        job->setAutoDelete(false);
        job->setInsecureFallback(false); // never plaintext
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, operation, done = std::move(done)] {
            apm::KeychainAnswer answer;
            answer.error = errorOf(job->error());
            answer.detail = job->errorString();
            if (answer.error == apm::KeychainAnswer::Error::None && operation == Operation::Read)
                answer.text = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
            job->deleteLater();
            done(answer);
        });
        job->start();
    }
};

} // namespace

extern "C" Q_DECL_EXPORT apm::KeychainBackend* apm_keychain_backend()
{
    static QtKeychainBackend backend;
    return &backend;
}
