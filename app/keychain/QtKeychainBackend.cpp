// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QObject>

#include <qt6keychain/keychain.h>

#include "secrets/KeychainBackend.h"

// The module apm-keychain: QtKeychain behind KeychainBackend, loaded by KeychainSecretStore when a keychain is
// first needed. The insecure plaintext fallback stays off.

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
