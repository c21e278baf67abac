// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTableView>

#include "MainWindow.h"
#include "config/ProfileStore.h"
#include "fakes/FakeSecretStore.h"
#include "models/ProfileListModel.h"

namespace apm::test {

// The window as main.cpp assembles it: over a store of the environment's files, with a keychain kept in memory
// unless the test hands in its own. The stores are declared first, so they outlive the window.
// Makes `profile` the list's current row, as a click would.
inline bool selectProfile(apm::MainWindow& window, const QString& profile)
{
    auto* list = window.findChild<QTableView*>(QStringLiteral("profileView"));
    const auto found = list->model()->match(list->model()->index(0, 0), apm::ProfileListModel::ProfileNameRole, profile,
                                            1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    list->setCurrentIndex(found.first());
    return true;
}

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
