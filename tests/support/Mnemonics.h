// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMultiHash>
#include <QTabBar>

namespace apm::test {

// The Alt+letter a text gives ("&Config" gives c; "&&" is a literal ampersand), or a null QChar.
inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter that more than one control shown in `top` answers to (the menu bar's menus, buttons, labels
// with a buddy, checkable group boxes, tabs), as "c: &Config file: / &Colours:". Qt cycles between such controls
// instead of acting, so each is a trap for a keyboard user.
inline QStringList mnemonicClashes(const QWidget* top)
{
    QMultiHash<QChar, QString> seen;
    auto add = [&seen](const QString& text) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            seen.insert(c, text);
    };
    for (const QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(top) || !w->isEnabled())
            continue;
        if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            add(button->text());
        } else if (const auto* label = qobject_cast<const QLabel*>(w); label && label->buddy()) {
            add(label->text());
        } else if (const auto* group = qobject_cast<const QGroupBox*>(w); group && group->isCheckable()) {
            add(group->title());
        } else if (const auto* tabs = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (const auto* menus = qobject_cast<const QMenuBar*>(w)) {
            for (const QAction* menu : menus->actions()) {
                if (menu->isVisible())
                    add(menu->text());
            }
        }
    }
    QStringList clashes;
    for (const QChar c : seen.uniqueKeys()) {
        const QStringList texts = seen.values(c);
        if (texts.size() > 1)
            clashes << QString(c) + QStringLiteral(": ") + texts.join(QStringLiteral(" / "));
    }
    return clashes;
}

} // namespace apm::test
