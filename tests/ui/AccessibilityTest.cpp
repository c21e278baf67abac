// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window as assistive technology meets it, through Qt's accessibility interfaces (what the AT-SPI bridge hands
// to a screen reader): every control has a name; every control takes keyboard focus, or stands for an action a menu
// also offers; and what an icon says in the profile list is said in words too. Every tab is audited, with the
// what-if box open, and so are the dialogs the menus open.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

#include "models/ProfileListModel.h"
#include "support/Dialogs.h"
#include "support/WindowFixture.h"

namespace {

const QByteArray kConfig = "[default]\nregion = eu-west-1\n\n"
                           "[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/Deploy\nsource_profile = "
                           "default\n\n"
                           "[profile sso-dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = "
                           "ReadOnly\n\n"
                           "[profile proc]\ncredential_process = /opt/bin/creds\n";
const QByteArray kCredentials =
    "[default]\naws_access_key_id = AKIAFAKEACCESSIBLE01\naws_secret_access_key = fake/Accessible/01\n";

// A widget a person operates, rather than one that only holds or shows others.
bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
           || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractItemView*>(w)
           || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w)
           || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QTabBar*>(w);
}

QString describe(const QWidget* w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u' '
           + (w->objectName().isEmpty() ? QStringLiteral("(no object name)") : w->objectName());
}

// The actions a menu of the menu bar offers, submenus included.
QList<const QAction*> menuActions(const QMenuBar* bar)
{
    QList<const QAction*> all;
    std::function<void(const QMenu*)> walk = [&](const QMenu* menu) {
        for (const QAction* a : menu->actions()) {
            all.append(a);
            if (a->menu())
                walk(a->menu());
        }
    };
    for (const QAction* top : bar->actions()) {
        if (top->menu())
            walk(top->menu());
    }
    return all;
}

// Every control shown in `top` without an accessible name, and every one the keyboard cannot reach: not in the tab
// chain, and not a tool button whose action a menu of `bar` (or a shortcut) also gives.
QStringList audit(const QWidget* top, const QMenuBar* bar, int& controls)
{
    const QList<const QAction*> inMenus = bar ? menuActions(bar) : QList<const QAction*>{};
    QStringList problems;
    for (const QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisible() || !isControl(w) || qobject_cast<const QHeaderView*>(w))
            continue; // a table's header is part of the table, named and reached through it
        ++controls;
        // A combo box's or spin box's own line edit is part of it, named through it.
        if (qobject_cast<const QLineEdit*>(w)
            && (qobject_cast<const QComboBox*>(w->parentWidget())
                || qobject_cast<const QAbstractSpinBox*>(w->parentWidget())))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget*>(w));
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems << QStringLiteral("no accessible name: ") + describe(w);
        if (!w->isEnabled() || (w->focusPolicy() & Qt::TabFocus))
            continue;
        const auto* tool = qobject_cast<const QToolButton*>(w);
        const QAction* action = tool ? tool->defaultAction() : nullptr;
        const bool elsewhere = action && (inMenus.contains(action) || !action->shortcut().isEmpty());
        if (!elsewhere && !qobject_cast<const QTabBar*>(w))
            problems << QStringLiteral("not reachable by keyboard: ") + describe(w);
    }
    return problems;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyControlOfTheWindowIsNamedAndReachable()
    {
        apm::test::Fixture f(kConfig, kCredentials);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        auto* tabs = f.child<QTabWidget>("tabs");
        auto* bar = f.window.menuBar();
        QStringList problems;
        int audited = 0;
        int controls = 0;
        for (const char* profile : {"default", "deploy", "sso-dev", "proc"}) {
            f.select(QString::fromLatin1(profile));
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTRY_VERIFY(tabs->currentWidget()->isVisible());
                // The what-if box folds away: open, its fields are controls too.
                if (auto* toggle = tabs->currentWidget()->findChild<QAbstractButton*>(QStringLiteral("whatIfToggle"));
                    toggle && toggle->isCheckable() && !toggle->isChecked())
                    toggle->click();
                for (const QString& problem : audit(&f.window, bar, controls)) {
                    if (!problems.contains(problem))
                        problems << problem;
                }
                ++audited;
            }
        }
        QCOMPARE(audited, 4 * tabs->count());
        QVERIFY2(controls > 200, qPrintable(QString::number(controls)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The menus themselves: each opens with Alt and a letter.
        for (const QAction* menu : bar->actions())
            QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
    }

    // The dialogs the menus open, audited while they are shown.
    void everyControlOfTheDialogsIsNamedAndReachable_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("Settings") << "actionSettings";
        QTest::newRow("New profile") << "actionNewProfile";
        QTest::newRow("Profiles from SSO") << "actionPopulateSso";
        QTest::newRow("Import profile set") << "actionImportSet";
    }

    void everyControlOfTheDialogsIsNamedAndReachable()
    {
        QFETCH(QString, action);
        // The window's own prompts (the fixture's are preset answers).
        apm::test::TempAws aws(kConfig
                                   + "\n[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\n"
                                     "sso_region = eu-west-1\n",
                               kCredentials);
        apm::test::FakeSecretStore keychain;
        apm::test::AppWindow parts{aws.environment, &keychain};
        parts.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parts.window));
        QStringList problems;
        int controls = 0;
        QVERIFY(apm::test::lookAtDialog(parts.window.findChild<QAction*>(action),
                                        [&](QDialog* dialog) { problems = audit(dialog, nullptr, controls); }));
        QVERIFY2(controls >= 4, qPrintable(QString::number(controls)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // What the profile list shows as an icon (the kind, a problem, the active profile's star) is in the words a
    // screen reader reads for the row.
    void iconsAreAlsoSaid()
    {
        apm::test::Fixture f(kConfig, kCredentials);
        auto* list = f.child<QTableView>("profileView");
        const QAbstractItemModel* model = list->model();
        QCOMPARE(model->rowCount(), 4);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex name = model->index(row, apm::ProfileListModel::NameColumn);
            const QString said = name.data(Qt::AccessibleTextRole).toString();
            // The kind column says the kind, then anything more (" · not signed in").
            const QString kind = model->index(row, apm::ProfileListModel::KindColumn)
                                     .data()
                                     .toString()
                                     .section(QStringLiteral(" · "), 0, 0);
            QVERIFY2(!kind.isEmpty() && said.contains(kind), qPrintable(said));
            const QString problem = name.data(apm::ProfileListModel::ProblemRole).toString();
            if (!problem.isEmpty())
                QVERIFY2(said.contains(problem), qPrintable(said));
        }
        // The SSO profile without a token has a problem, and says so.
        const QModelIndex sso = model
                                    ->match(model->index(0, 0), apm::ProfileListModel::ProfileNameRole,
                                            QStringLiteral("sso-dev"), 1, Qt::MatchExactly)
                                    .value(0);
        QVERIFY(sso.isValid());
        QVERIFY(sso.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("problem: ")));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
