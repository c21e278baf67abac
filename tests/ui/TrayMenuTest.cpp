// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "TrayMenu.h"
#include "config/ProfileStore.h"
#include "support/TempAws.h"

namespace {

QStringList profileEntries(const apm::TrayMenu& menu)
{
    QStringList names;
    for (QAction* a : menu.actions()) {
        if (a->isCheckable())
            names.append(a->text());
    }
    return names;
}

QByteArray manyProfiles(int count)
{
    QByteArray config;
    for (int i = 1; i <= count; ++i)
        config += "[profile p" + QByteArray::number(i) + "]\nregion = r\n";
    return config;
}

} // namespace

class TrayMenuTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fewProfilesNeedNoFilter()
    {
        apm::test::TempAws aws(manyProfiles(3), QByteArray());
        apm::ProfileStore store(aws.environment);
        apm::TrayMenu menu(&store);
        menu.refresh("p2", {"p3"});
        QVERIFY(!menu.findChild<QLineEdit*>("trayFilterEdit"));
        QCOMPARE(profileEntries(menu), (QStringList{"p3", "p1", "p2"})); // recent first
        for (QAction* a : menu.actions())
            QCOMPARE(a->isChecked(), a->text() == "p2");
        QSignalSpy switched(&menu, &apm::TrayMenu::switchRequested);
        menu.actions().first()->trigger();
        QCOMPARE(switched.first().first().toString(), QStringLiteral("p3"));
    }

    void longListsAreFilteredAsYouType()
    {
        apm::test::TempAws aws(manyProfiles(60), QByteArray());
        apm::ProfileStore store(aws.environment);
        apm::TrayMenu menu(&store);
        menu.refresh("p7", {"p25", "gone"});
        auto* filter = menu.findChild<QLineEdit*>("trayFilterEdit");
        QVERIFY(filter);
        QStringList entries = profileEntries(menu);
        QCOMPARE(entries.size(), int(apm::TrayMenu::kShown));
        QCOMPARE(entries.first(), QStringLiteral("p25"));
        QTest::keyClicks(filter, "5");
        entries = profileEntries(menu);
        QCOMPARE(entries, (QStringList{"p25", "p5", "p15", "p35", "p45", "p50", "p51", "p52", "p53", "p54", "p55",
                                       "p56", "p57", "p58", "p59"}));
        filter->setText("nothing");
        QVERIFY(profileEntries(menu).isEmpty());
        QVERIFY(std::any_of(menu.actions().cbegin(), menu.actions().cend(),
                            [](QAction* a) { return a->text() == "No profile matches" && !a->isEnabled(); }));
        // The fixed entries stay, once.
        const auto fixed = std::count_if(menu.actions().cbegin(), menu.actions().cend(),
                                         [](QAction* a) { return a->text() == "No active profile"; });
        QCOMPARE(fixed, 1);
    }
};

QTEST_MAIN(TrayMenuTest)
#include "TrayMenuTest.moc"
