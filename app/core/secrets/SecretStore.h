// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace apm {

// The outcome of one secret operation.
struct SecretResult {
    enum class Status {
        Ok,
        NotFound,    // no item for that key
        Unavailable, // no keychain to talk to (no D-Bus session, no Secret Service, ...)
        Denied,      // locked, or the user refused
        Failed,
    };
    Status status = Status::Failed;
    QString value;   // for reads
    QString message; // for people: what went wrong and what to do; never contains the secret
};

// One read, write or delete: start() it, then finished() comes once; the job deletes itself afterwards.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void start() = 0;

Q_SIGNALS:
    void finished(const apm::SecretResult& result);
};

/**
 * Where secrets live. Asynchronous: each call returns a job. KeychainSecretStore is the OS keychain;
 * tests use a fake. Nothing here falls back to plaintext storage, ever.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    [[nodiscard]] virtual SecretJob* read(const QString& key) = 0;
    [[nodiscard]] virtual SecretJob* write(const QString& key, const QString& value) = 0;
    [[nodiscard]] virtual SecretJob* remove(const QString& key) = 0;
};

} // namespace apm

Q_DECLARE_METATYPE(apm::SecretResult)
