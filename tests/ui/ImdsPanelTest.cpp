// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include "MainWindow.h"
#include "imds/ImdsPanel.h"
#include "support/AppWindow.h"
#include "support/FakeImdsServer.h"
#include "support/TempAws.h"

using Mode = apm::test::FakeImdsServer::Mode;

namespace {

// A window whose AWS CLI settings point IMDS at a loopback test server (never at the real address).
struct MetadataWindow {
    apm::test::FakeImdsServer server;
    apm::test::TempAws aws{"[default]\nregion = eu-west-1\n", QByteArray()};
    std::unique_ptr<apm::test::AppWindow> parts;
    apm::MainWindow* window = nullptr;
    apm::ImdsPanel* panel = nullptr;

    explicit MetadataWindow(Mode mode, int timeoutSeconds = 1)
        : server(mode)
    {
        aws.environment.unset("AWS_EC2_METADATA_DISABLED");
        aws.environment.set("AWS_EC2_METADATA_SERVICE_ENDPOINT", server.url());
        aws.environment.set("AWS_METADATA_SERVICE_TIMEOUT", QString::number(timeoutSeconds));
        parts = std::make_unique<apm::test::AppWindow>(aws.environment);
        window = &parts->window;
        window->show();
        panel = window->findChild<apm::ImdsPanel*>("imdsPanel");
        window->findChild<QTabWidget*>("tabs")->setCurrentWidget(panel);
    }
    template <typename T> T* child(const char* name) const { return panel->findChild<T*>(QLatin1String(name)); }
};

} // namespace

class ImdsPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void healthyProbeShowsRoleTraceAndCountdown()
    {
        MetadataWindow w(Mode::HealthyV2);
        QVERIFY(w.child<QLabel>("settingsLabel")->text().contains(w.server.url()));
        QSignalSpy finished(w.panel, &apm::ImdsPanel::probeFinished);
        QTest::mouseClick(w.child<QPushButton>("probeButton"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(w.child<QLabel>("roleLabel")->text(), QStringLiteral("fake-role"));
        QCOMPARE(w.child<QLabel>("versionLabel")->text(), QStringLiteral("IMDSv2 (session token)"));
        QCOMPARE(w.child<QLabel>("regionLabel")->text(), QStringLiteral("eu-north-1"));
        QCOMPARE(w.child<QLabel>("accessKeyLabel")->text(), QStringLiteral("****************0001"));
        QVERIFY(w.child<QLabel>("expiryLabel")->text().startsWith("in "));
        auto* trace = w.child<QTreeWidget>("traceView");
        QVERIFY(trace->topLevelItemCount() >= 4);
        QCOMPARE(trace->topLevelItem(0)->text(0), QStringLiteral("PUT /latest/api/token"));
        QCOMPARE(trace->topLevelItem(0)->text(1), QStringLiteral("200"));
        QVERIFY(!w.child<QProgressBar>("progressBar")->isVisible());
        // Tomorrow noon is said in hours and minutes (or a day and hours), never in a pile of seconds.
        const QString expiry = w.child<QLabel>("expiryLabel")->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^in (1 d( \\d+ h)?|\\d+ h \\d+ min) \\(")).match(expiry).hasMatch(),
                 qPrintable(expiry));
    }

    // Close to the end, the countdown is in minutes and seconds, and ticks.
    void countdownTicksNearTheEnd()
    {
        MetadataWindow w(Mode::ExpiresSoon);
        QSignalSpy finished(w.panel, &apm::ImdsPanel::probeFinished);
        QTest::mouseClick(w.child<QPushButton>("probeButton"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const QString before = w.child<QLabel>("expiryLabel")->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^in (1 min|2 min 0 s|\\d+ s)")).match(before).hasMatch(),
                 qPrintable(before));
        QTRY_VERIFY_WITH_TIMEOUT(w.child<QLabel>("expiryLabel")->text() != before, 3000);
    }

    void aSilentServerNeverFreezesTheWindowAndCanBeCancelled()
    {
        MetadataWindow w(Mode::Silent, 30);
        QSignalSpy finished(w.panel, &apm::ImdsPanel::probeFinished);
        QTest::mouseClick(w.child<QPushButton>("probeButton"), Qt::LeftButton);
        QVERIFY(w.child<QProgressBar>("progressBar")->isVisible());
        QVERIFY(!w.child<QPushButton>("probeButton")->isEnabled());
        // The window keeps answering while the probe waits: typing in the filter filters.
        auto* filter = w.window->findChild<QLineEdit*>("filterEdit");
        QTest::keyClicks(filter, "nothing-matches");
        QTest::qWait(200);
        QCOMPARE(filter->text(), QStringLiteral("nothing-matches"));
        QVERIFY(finished.isEmpty());
        QTest::mouseClick(w.child<QPushButton>("cancelButton"), Qt::LeftButton);
        QCOMPARE(finished.size(), 1); // at once
        QVERIFY(w.child<QPushButton>("probeButton")->isEnabled());
        QVERIFY(!w.child<QLabel>("diagnosisLabel")->text().isEmpty());
    }

    void noRoleIsExplained()
    {
        MetadataWindow w(Mode::NoRole);
        QSignalSpy finished(w.panel, &apm::ImdsPanel::probeFinished);
        w.panel->probe();
        QVERIFY(finished.wait(10000));
        QCOMPARE(w.child<QLabel>("accessKeyLabel")->text(), QStringLiteral("none"));
        QVERIFY2(w.child<QLabel>("diagnosisLabel")->text().contains("role", Qt::CaseInsensitive),
                 qPrintable(w.child<QLabel>("diagnosisLabel")->text()));
    }
};

QTEST_MAIN(ImdsPanelTest)
#include "ImdsPanelTest.moc"
