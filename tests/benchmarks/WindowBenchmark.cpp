// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window with the 20,000-profile files: time to the first painted list, a filter keystroke, an edit through
// the form until the precedence table shows it, and a save. Prints figures; asserts nothing about time.
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "MainWindow.h"
#include "models/PrecedenceModel.h"
#include "precedence/PrecedencePanel.h"
#include "support/AppWindow.h"
#include "support/LargeFiles.h"

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Waits for the first paint of a widget.
class PaintWatch final : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int profiles = 20000;
    const auto [config, credentials] = apm::test::largeProfileFiles(profiles);
    QTemporaryDir home;
    if (!apm::test::writeAwsFiles(home.path(), config, credentials))
        return 1;
    apm::Environment env;
    env.set(QStringLiteral("HOME"), home.path());
    env.set(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    std::printf("window with %d profiles (%.2f MB of files), offscreen\n", profiles,
                (config.size() + credentials.size()) / 1e6);

    std::vector<double> firstPaint;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        apm::test::AppWindow windowParts(env);
        apm::MainWindow& window = windowParts.window;
        auto* list = window.findChild<QTableView*>(QStringLiteral("profileView"));
        PaintWatch watch;
        list->viewport()->installEventFilter(&watch);
        window.show();
        while (!watch.painted)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        firstPaint.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("first painted window (load, models, list painted): median %.0f ms\n", median(firstPaint));

    apm::test::AppWindow windowParts(env);
    apm::MainWindow& window = windowParts.window;
    window.show();
    QCoreApplication::processEvents();
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    std::vector<double> keystrokes;
    for (int run = 0; run < 3; ++run) {
        for (const char c : QByteArray("role-1999")) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(filter, c);
            keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(filter, Qt::Key_Backspace);
            keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("filter keystroke (type \"role-1999\", then erase it): median %.1f ms, worst %.1f ms\n",
                median(keystrokes), *std::max_element(keystrokes.begin(), keystrokes.end()));

    // An edit through the form, until the precedence table (of the edited profile) shows the new value.
    auto* list = window.findChild<QTableView*>(QStringLiteral("profileView"));
    const auto found = list->model()->match(list->model()->index(0, 0), Qt::UserRole + 1, QStringLiteral("role-9997"),
                                            1, Qt::MatchExactly);
    if (found.isEmpty())
        return 3;
    list->setCurrentIndex(found.first());
    auto* panel = window.findChild<apm::PrecedencePanel*>(QStringLiteral("precedencePanel"));
    panel->findChild<QCheckBox*>(QStringLiteral("followSelectionCheck"))
        ->setChecked(true); // the edited profile's table
    QLineEdit* region = window.findChild<QComboBox*>(QStringLiteral("field_region"))->lineEdit();
    std::vector<double> edits;
    for (int run = 0; run < 5; ++run) {
        const QString value = QStringLiteral("eu-west-%1").arg(run + 2);
        region->setText(value);
        QElapsedTimer timer;
        timer.start();
        Q_EMIT region->editingFinished();
        const QString winner =
            panel->model()->indexOf(QStringLiteral("region"), apm::PrecedenceModel::WinnerColumn).data().toString();
        edits.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!winner.startsWith(value))
            std::printf("  (the table shows %s)\n", qPrintable(winner));
    }
    std::printf("edit in the form until the precedence table shows it: median %.1f ms\n", median(edits));

    std::vector<double> saves;
    for (int run = 0; run < 5; ++run) {
        region->setText(QStringLiteral("us-west-%1").arg(run + 1));
        Q_EMIT region->editingFinished();
        QElapsedTimer timer;
        timer.start();
        if (!window.save())
            return 4;
        saves.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("save (the config file, 20,000 profiles): median %.1f ms\n", median(saves));
    return 0;
}
