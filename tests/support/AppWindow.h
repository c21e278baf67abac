// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "MainWindow.h"
#include "config/ProfileStore.h"
#include "fakes/FakeSecretStore.h"

namespace apm::test {

// The window as main.cpp assembles it: over a store of the environment's files, with a keychain kept in memory
// unless the test hands in its own. The stores are declared first, so they outlive the window.
struct AppWindow {
    apm::ProfileStore store;
    apm::test::FakeSecretStore ownKeychain;
    apm::MainWindow window;

    // `commandLineBinary`: what the window runs for `whoami` and writes into credential_process lines.
    explicit AppWindow(const apm::Environment& environment, apm::SecretStore* keychain = nullptr,
                       const QString& commandLineBinary = QCoreApplication::applicationFilePath())
        : store(environment)
        , window(&store, keychain ? keychain : &ownKeychain, environment, commandLineBinary)
    {}
};

} // namespace apm::test
