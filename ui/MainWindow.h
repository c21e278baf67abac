// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMainWindow>

#include "resolve/Environment.h"

class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace apm {

class PrecedencePanel;
class ProfileListModel;
class ProfileStore;

// The main window: the profiles on the left (filterable), the selected profile's keys on the right with the
// file and line each comes from.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Environment& environment, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    void showSelectedProfile();
    void showFileState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore* m_store = nullptr;
    ProfileListModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    PrecedencePanel* m_precedence = nullptr;
};

} // namespace apm
