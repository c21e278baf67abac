// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliberateComboBox.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace apm {

DeliberateComboBox::DeliberateComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setFocusPolicy(Qt::StrongFocus); // no focus from the wheel either
}

void DeliberateComboBox::wheelEvent(QWheelEvent* event)
{
    event->ignore(); // to the parent: the toolbar or the window scrolls, the choice stays
}

void DeliberateComboBox::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (event->modifiers() == Qt::NoModifier) {
            showPopup(); // choose in the list, then Enter: one deliberate step
            event->accept();
            return;
        }
        break;
    default: break;
    }
    QComboBox::keyPressEvent(event);
}

} // namespace apm
