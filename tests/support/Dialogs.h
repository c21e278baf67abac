// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

namespace apm::test {

// Triggers `action`, which opens a modal dialog with an event loop of its own: `look` gets the dialog once it is
// shown, from inside that loop, and the dialog is then rejected. False when no dialog was shown.
inline bool lookAtDialog(QAction* action, const std::function<void(QDialog*)>& look)
{
    bool shown = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        shown = true;
        look(dialog);
        dialog->reject();
    });
    poll.start();
    action->trigger();
    return QTest::qWaitFor([&] { return shown; });
}

} // namespace apm::test
