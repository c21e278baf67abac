// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTimer>

#include "secrets/SecretStore.h"

namespace apm::test {

// A keychain in memory, with failures on demand. Answers come from the event loop, as a real one's do.
class FakeSecretStore final : public SecretStore
{
public:
    QHash<QString, QString> items;
    std::optional<SecretResult::Status> failWrites;
    std::optional<SecretResult::Status> failReads;
    bool corruptReads = false; // gives back something else than was written

    SecretJob* read(const QString& key) override
    {
        return job([this, key] {
            if (failReads)
                return SecretResult{*failReads, {}, QStringLiteral("fake keychain: read refused")};
            if (!items.contains(key))
                return SecretResult{SecretResult::Status::NotFound, {}, QStringLiteral("no item")};
            return SecretResult{SecretResult::Status::Ok, corruptReads ? QStringLiteral("{}") : items.value(key), {}};
        });
    }
    SecretJob* write(const QString& key, const QString& value) override
    {
        return job([this, key, value] {
            if (failWrites)
                return SecretResult{*failWrites, {}, QStringLiteral("fake keychain: locked")};
            items.insert(key, value);
            return SecretResult{SecretResult::Status::Ok, {}, {}};
        });
    }
    SecretJob* remove(const QString& key) override
    {
        return job([this, key] {
            return items.remove(key) ? SecretResult{SecretResult::Status::Ok, {}, {}}
                                     : SecretResult{SecretResult::Status::NotFound, {}, {}};
        });
    }

private:
    class Job final : public SecretJob
    {
    public:
        explicit Job(std::function<SecretResult()> work)
            : m_work(std::move(work))
        {}
        void start() override
        {
            QTimer::singleShot(0, this, [this] {
                Q_EMIT finished(m_work());
                deleteLater();
            });
        }

    private:
        std::function<SecretResult()> m_work;
    };
    static SecretJob* job(std::function<SecretResult()> work) { return new Job(std::move(work)); }
};

} // namespace apm::test
