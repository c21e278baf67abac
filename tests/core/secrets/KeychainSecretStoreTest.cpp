// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "secrets/KeychainSecretStore.h"

using Failure = apm::KeychainSecretStore::Failure;
using Status = apm::SecretResult::Status;

Q_DECLARE_METATYPE(Failure)
Q_DECLARE_METATYPE(Status)

// The failures people hit on Linux each get their own sentence, with what to do; the words come from what the
// keychain says (the QtKeychain error and its text) and the environment.
class KeychainSecretStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explain_data()
    {
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("says");

        const QStringList bus{"DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus"};
        QTest::newRow("ssh session, no bus")
            << Failure::Other << "" << QStringList{} << Status::Unavailable << "No D-Bus session bus";
        QTest::newRow("wsl, no bus") << Failure::NoBackend << "" << QStringList{"WSL_DISTRO_NAME=Debian"}
                                     << Status::Unavailable << "WSL starts no desktop session";
        QTest::newRow("no secret service")
            << Failure::Other << "The name org.freedesktop.secrets was not provided by any .service files" << bus
            << Status::Unavailable << "Install and start gnome-keyring or KWallet";
        QTest::newRow("no secret service on wsl")
            << Failure::NoBackend << "ServiceUnknown" << (bus + QStringList{"WSL_INTEROP=/run/WSL/1_interop"})
            << Status::Unavailable << "WSL has none of its own";
        QTest::newRow("no default collection")
            << Failure::Other << "No such object path '/org/freedesktop/secrets/aliases/default'" << bus
            << Status::Unavailable << "no default keyring";
        QTest::newRow("locked collection")
            << Failure::Other << "Prompt dismissed" << bus << Status::Denied << "The keyring is locked";
        QTest::newRow("kwallet disabled")
            << Failure::Other << "KWallet is disabled" << bus << Status::Unavailable << "System Settings › KDE Wallet";
        QTest::newRow("access denied") << Failure::Denied << "denied" << bus << Status::Denied << "unlock it";
        QTest::newRow("item missing") << Failure::NotFound << "" << bus << Status::NotFound
                                      << "The keychain has no item for dev.";
        QTest::newRow("anything else") << Failure::Other << "disk full" << bus << Status::Failed
                                       << "The keychain failed: disk full";
    }

    void explain()
    {
        QFETCH(Failure, failure);
        QFETCH(QString, detail);
        QFETCH(QStringList, environment);
        QFETCH(Status, status);
        QFETCH(QString, says);
        apm::Environment env;
        for (const QString& variable : environment)
            env.set(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        const apm::SecretResult result = apm::KeychainSecretStore::explain(failure, detail, "dev", env);
        QCOMPARE(result.status, status);
        QVERIFY2(result.message.contains(says), qPrintable(result.message));
    }

    // A broken installation (the keychain module missing) is a clear answer from the event loop, not a crash.
    void missingModuleIsSaid()
    {
        apm::KeychainSecretStore store(apm::Environment{}, QStringLiteral("/nonexistent/apm-keychain.so"));
        apm::SecretJob* job = store.read(QStringLiteral("dev"));
        QSignalSpy finished(job, &apm::SecretJob::finished);
        job->start();
        QVERIFY(finished.isEmpty()); // answered later, as the keychain answers
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<apm::SecretResult>();
        QCOMPARE(result.status, apm::SecretResult::Status::Unavailable);
        QVERIFY2(result.message.contains(QStringLiteral("/nonexistent/apm-keychain.so")), qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("Reinstall aws-profile-manager")));
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "KeychainSecretStoreTest.moc"
