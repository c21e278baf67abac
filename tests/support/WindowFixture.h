// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QTableView>

#include "MainWindow.h"
#include "fakes/FakePrompts.h"
#include "fakes/FakeSecretStore.h"
#include "models/ProfileListModel.h"
#include "support/AppWindow.h"
#include "support/TempAws.h"

namespace apm::test {

// One window over a throwaway ~/.aws, with preset answers.
struct Fixture {
    TempAws aws;
    apm::test::FakeSecretStore keychain;
    apm::test::AppWindow parts{aws.environment, &keychain};
    apm::MainWindow& window = parts.window;
    FakePrompts* prompts = nullptr;

    Fixture(const QByteArray& config, const QByteArray& credentials)
        : aws(config, credentials)
    {
        auto owned = std::make_unique<FakePrompts>();
        prompts = owned.get();
        window.setPrompts(std::move(owned));
        window.show();
    }
    template <typename T> T* child(const char* name) const
    {
        auto* w = window.findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QAction* action(const char* name) const { return child<QAction>(name); }
    void select(const QString& profile) const
    {
        auto* list = child<QTableView>("profileView");
        const auto found = list->model()->match(list->model()->index(0, 0), apm::ProfileListModel::ProfileNameRole,
                                                profile, 1, Qt::MatchExactly);
        if (found.isEmpty())
            qFatal("no profile %s", qPrintable(profile));
        list->setCurrentIndex(found.first());
    }
    QString selected() const
    {
        auto* list = child<QTableView>("profileView");
        return list->currentIndex().data(apm::ProfileListModel::ProfileNameRole).toString();
    }
    QByteArray config() const { return TempAws::read(aws.configPath()); }
    QByteArray credentials() const { return TempAws::read(aws.credentialsPath()); }
};

} // namespace apm::test
