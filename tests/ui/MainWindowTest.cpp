// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <signal.h>

#include <cerrno>

#include "MainWindow.h"
#include "ProfileListDelegate.h"
#include "SecretClipboard.h"
#include "config/ActiveProfile.h"
#include "fakes/FakeSecretStore.h"
#include "models/PrecedenceModel.h"
#include "models/ProfileListModel.h"
#include "precedence/PrecedencePanel.h"
#include "secrets/CredentialVault.h"
#include "support/AppWindow.h"
#include "support/Mnemonics.h"
#include "support/TempAws.h"
#include "support/WindowFixture.h"

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // QSettings away from the real home

    // The title names the files, once: the desktop adds the program's name after it (#17 saw "AWS Profile
    // Manager* — AWS Profile Manager"). The [*] is Qt's place for the unsaved-changes mark.
    void titleNamesTheFilesOnce()
    {
        apm::test::TempAws aws("[default]\nregion = eu-west-1\n", {});
        {
            apm::test::AppWindow windowParts(aws.environment);
            apm::MainWindow& window = windowParts.window;
            QCOMPARE(window.windowTitle(), QStringLiteral("~/.aws[*]"));
        }
        const QString elsewhere = aws.home() + QStringLiteral("/work/credentials");
        aws.environment.set("AWS_SHARED_CREDENTIALS_FILE", elsewhere);
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        QCOMPARE(window.windowTitle(), QStringLiteral("~/.aws/config and ~/work/credentials[*]"));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("AWS Profile Manager")));
    }

    // In every tab, each Alt+letter reaches one control: the menus, the pane's buttons and the tab's own.
    void everyAltLetterReachesOneControl()
    {
        apm::test::Fixture f(
            "[default]\nregion = eu-west-1\n[profile dev]\nregion = us-east-2\n",
            "[default]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\naws_secret_access_key = fake-secret-1\n");
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.select(QStringLiteral("default"));
        auto* tabs = f.child<QTabWidget>("tabs");
        QStringList clashes;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTRY_VERIFY(tabs->currentWidget()->isVisible());
            for (const QString& clash : apm::test::mnemonicClashes(&f.window))
                clashes << tabs->tabText(i) + QStringLiteral(": ") + clash;
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    // The window can be made 800×500 whatever the profile shows (#17: an SSO profile held it at 640 pixels); the
    // profile's page scrolls instead.
    void fitsASmallScreen()
    {
        apm::test::Fixture f("[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"
                             "region = eu-west-1\n[sso-session corp]\nsso_region = eu-west-1\n"
                             "sso_start_url = https://corp.awsapps.com/start\n"
                             "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/x\nsource_profile = default\n"
                             "mfa_serial = arn:aws:iam::123456789012:mfa/me\nexternal_id = x\n",
                             {});
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        for (const QString& profile : {QStringLiteral("default"), QStringLiteral("role")}) {
            f.select(profile);
            f.window.resize(800, 500);
            QTRY_COMPARE(f.window.size(), QSize(800, 500));
            const QSize least = f.window.minimumSizeHint();
            QVERIFY2(least.width() <= 800 && least.height() <= 500,
                     qPrintable(profile + QStringLiteral(": %1x%2").arg(least.width()).arg(least.height())));
        }
        // The form is still all there, below the fold.
        auto* page = f.child<QScrollArea>("profilePage");
        QVERIFY(page->verticalScrollBar()->maximum() > 0);
    }

    // The precedence table is the tab's main content: every row shows at 1450×900 with no column scrolled off,
    // and at 800×500 most rows still do (#17 saw 11 rows with the file columns off screen, and 3 rows).
    void precedenceTableHasTheRoom()
    {
        apm::test::Fixture f("[default]\nregion = eu-west-1\noutput = json\n[profile deploy]\nrole_arn = "
                             "arn:aws:iam::123456789012:role/a-rather-long-deployment-role-name\nsource_profile = "
                             "default\nregion = eu-west-1\n",
                             "[default]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\naws_secret_access_key = fake-1\n");
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.select(QStringLiteral("deploy"));
        auto* panel = f.child<apm::PrecedencePanel>("precedencePanel");
        f.child<QTabWidget>("tabs")->setCurrentWidget(panel);
        panel->findChild<QCheckBox*>("followSelectionCheck")->setChecked(true);
        auto* table = panel->findChild<QTableView*>("precedenceView");
        const int rows = table->model()->rowCount();
        auto shownRows = [table] {
            return table->viewport()->height() / table->rowHeight(0);
        };
        f.window.resize(1450, 900);
        QTRY_COMPARE(f.window.size(), QSize(1450, 900));
        auto* toggle = panel->findChild<QToolButton*>("whatIfToggle");
        QTRY_VERIFY(toggle->isChecked()); // room enough: the what-if options are open
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Hide the what-if options"));
        QTRY_VERIFY2(shownRows() >= 16, qPrintable(QStringLiteral("%1 of %2 rows").arg(shownRows()).arg(rows)));
        QTRY_VERIFY2(table->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("scrolls %1 px").arg(table->horizontalScrollBar()->maximum())));
        const QModelIndex longest = table->model()->index(rows - 1, apm::PrecedenceModel::FieldColumn);
        QVERIFY(table->columnWidth(0) >= table->fontMetrics().horizontalAdvance(longest.data().toString()));
        // Folded, they give the table every row.
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!panel->findChild<QWidget*>("whatIfBox")->isVisible());
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Show the what-if options"));
        QTRY_VERIFY2(shownRows() >= rows, qPrintable(QStringLiteral("%1 of %2 rows").arg(shownRows()).arg(rows)));
        QTest::mouseClick(toggle, Qt::LeftButton); // the choice is kept (QSettings): open them again
        QSettings().remove(QStringLiteral("precedence/whatIfShown"));
        // A small window folds them by itself (compact mode), and the table keeps most rows.
        apm::test::Fixture small("[default]\nregion = eu-west-1\n", {});
        auto* smallPanel = small.child<apm::PrecedencePanel>("precedencePanel");
        small.child<QTabWidget>("tabs")->setCurrentWidget(smallPanel);
        small.window.resize(800, 500);
        QTRY_COMPARE(small.window.size(), QSize(800, 500));
        auto* smallTable = smallPanel->findChild<QTableView*>("precedenceView");
        QTRY_VERIFY(!smallPanel->findChild<QToolButton*>("whatIfToggle")->isChecked());
        QTRY_VERIFY2(smallTable->viewport()->height() / smallTable->rowHeight(0) >= 8,
                     qPrintable(QString::number(smallTable->viewport()->height() / smallTable->rowHeight(0))));
    }

    // The window comes back as it was closed: its size and the list's width.
    void layoutComesBackAfterClosing()
    {
        apm::test::TempAws aws("[default]\nregion = eu-west-1\n", {});
        QList<int> widths;
        {
            apm::test::AppWindow windowParts(aws.environment);
            apm::MainWindow& window = windowParts.window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 640);
            QTRY_COMPARE(window.size(), QSize(1000, 640));
            auto* splitter = window.findChild<QSplitter*>("splitter");
            splitter->setSizes({250, 700});
            widths = splitter->sizes();
            QVERIFY(window.close());
        }
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.restoreLayout();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), QSize(1000, 640));
        QCOMPARE(window.findChild<QSplitter*>("splitter")->sizes(), widths);
        QSettings().remove(QStringLiteral("window"));
    }

    void showsAndFiltersProfiles()
    {
        apm::test::TempAws aws(
            "[default]\nregion = eu-west-1\n[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/A\n"
            "source_profile = default\n",
            "[default]\naws_access_key_id = AKIAFAKE\naws_secret_access_key = fake-secret-value\n");
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* list = window.findChild<QTableView*>("profileView");
        auto* filter = window.findChild<QLineEdit*>("filterEdit");
        auto* settings = window.findChild<QTableView*>("settingsView");
        QVERIFY(list && filter && settings);
        QCOMPARE(list->model()->rowCount(), 2);
        // The first profile is selected, and its secret is masked.
        const QAbstractItemModel* keys = settings->model();
        QCOMPARE(keys->rowCount(), 3);
        const auto secret =
            keys->match(keys->index(0, 0), Qt::DisplayRole, "aws_secret_access_key", 1, Qt::MatchExactly);
        QCOMPARE(secret.size(), 1);
        QCOMPARE(secret.first().siblingAtColumn(1).data().toString(), QStringLiteral("****************alue"));
        QCOMPARE(secret.first().siblingAtColumn(2).data().toString(), QStringLiteral("credentials"));
        QCOMPARE(secret.first().siblingAtColumn(3).data().toInt(), 3);
        auto* secretField = window.findChild<QLineEdit*>("field_aws_secret_access_key");
        QVERIFY(secretField);
        QCOMPARE(secretField->echoMode(), QLineEdit::Password);
        window.findChild<QCheckBox*>("revealSecretsCheck")->setChecked(true);
        QCOMPARE(secretField->echoMode(), QLineEdit::Normal);
        QCOMPARE(secret.first().siblingAtColumn(1).data().toString(), QStringLiteral("fake-secret-value"));

        QTest::keyClicks(filter, "1234567");
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("admin"));
        filter->clear();
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(!window.findChild<QLabel*>("problemLabel")->isVisible());
    }

    void precedenceTabFollowsWhatIf()
    {
        apm::test::TempAws aws(
            "[default]\nregion = eu-west-1\n[profile dev]\nregion = us-east-2\n",
            "[default]\naws_access_key_id = AKIAFAKE00001111\naws_secret_access_key = fake-secret-value\n");
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* tabs = window.findChild<QTabWidget*>("tabs");
        auto* panel = window.findChild<QWidget*>("precedencePanel");
        QVERIFY(tabs && panel);
        tabs->setCurrentWidget(panel);
        auto* table = panel->findChild<QTableView*>("precedenceView");
        auto* region = panel->findChild<QLineEdit*>("awsRegionEdit");
        auto* findings = panel->findChild<QLabel*>("findingsLabel");
        QVERIFY(table && region && findings);
        auto* model = qobject_cast<apm::PrecedenceModel*>(table->model());
        QVERIFY(model);
        auto winner = [&](const char* field) {
            return model->indexOf(field, apm::PrecedenceModel::WinnerColumn).data().toString();
        };
        // The selected profile is default: its file region wins.
        QVERIFY2(winner("region").startsWith("eu-west-1"), qPrintable(winner("region")));
        QTest::keyClicks(region, "ap-south-1");
        QVERIFY2(winner("region").startsWith("ap-south-1  (AWS_REGION)"), qPrintable(winner("region")));
        const QString accessWinner = model->indexOf("access_key", apm::PrecedenceModel::WinnerColumn).data().toString();
        QVERIFY2(accessWinner.endsWith("(credentials:2 [default])"), qPrintable(accessWinner));
        const QModelIndex fileCell = model->indexOf("region", apm::PrecedenceModel::ConfigColumn);
        QCOMPARE(fileCell.data(apm::PrecedenceModel::CellStateRole).toInt(),
                 int(apm::PrecedenceModel::CellState::Overridden));
        QVERIFY(fileCell.data(Qt::ToolTipRole).toString().contains("overridden by AWS_REGION"));
        // Ticked, the what-if --profile follows the selection in the list.
        region->clear();
        auto* follow = panel->findChild<QCheckBox*>("followSelectionCheck");
        QVERIFY(!follow->isChecked()); // a shell started now passes no --profile
        follow->setChecked(true);
        auto* list = window.findChild<QTableView*>("profileView");
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY2(winner("region").startsWith("us-east-2"), qPrintable(winner("region")));
        // Environment keys shadow the profile: said in the findings.
        auto* accessKey = panel->findChild<QLineEdit*>("accessKeyEdit");
        follow->setChecked(false);
        QTest::keyClicks(accessKey, "AKIAFAKEENV00002");
        QVERIFY(findings->text().contains("Partial credentials found in env"));
        QVERIFY(!findings->text().contains("fake-secret-value"));
    }

    // Typing in the what-if fields recomputes the table at every keystroke, but a credential_process starts only
    // once the typing pauses, never runs twice at a time (a newer edit kills the run it replaces), and nothing is
    // left running when the window goes.
    void whatIfTypingRunsOneProcessAtATime()
    {
        apm::test::TempAws aws("[default]\ncredential_process = python3 PROGRAM LOG\n", QByteArray());
        const QString log = aws.home() + "/runs.log";
        const QString program = aws.home() + "/slow-process.py";
        // Notes its start (and whether the previous run is still alive), takes 1.5 s, notes its end, answers.
        apm::test::TempAws::write(program,
                                  "import os, sys, time\n"
                                  "log = sys.argv[1]\n"
                                  "alive = False\n"
                                  "try:\n"
                                  "    os.kill(int(open(log + '.pid').read()), 0)\n"
                                  "    alive = True\n"
                                  "except (OSError, ValueError):\n"
                                  "    pass\n"
                                  "open(log + '.pid', 'w').write(str(os.getpid()))\n"
                                  "open(log, 'a').write(('overlap ' if alive else '') + 'start %d\\n' % os.getpid())\n"
                                  "time.sleep(1.5)\n"
                                  "open(log, 'a').write('end %d\\n' % os.getpid())\n"
                                  "print('{\"Version\": 1, \"AccessKeyId\": \"AKIAFAKEPROCESS00001\", "
                                  "\"SecretAccessKey\": \"fake-process-secret\"}')\n");
        QByteArray config = apm::test::TempAws::read(aws.configPath());
        config.replace("PROGRAM", program.toUtf8()).replace("LOG", log.toUtf8());
        apm::test::TempAws::write(aws.configPath(), config);
        auto runs = [&] {
            QList<QByteArray> lines = apm::test::TempAws::read(log).split('\n');
            lines.removeAll(QByteArray());
            return lines;
        };
        auto starts = [&] {
            QList<qint64> pids;
            for (const QByteArray& line : runs()) {
                if (line.contains("start"))
                    pids.append(line.split(' ').last().toLongLong());
            }
            return pids;
        };
        auto ended = [&](qint64 pid) {
            return runs().contains("end " + QByteArray::number(pid));
        };
        auto gone = [](qint64 pid) {
            return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
        };

        QList<qint64> all;
        {
            apm::test::AppWindow windowParts(aws.environment);
            apm::MainWindow& window = windowParts.window;
            window.show();
            auto* panel = window.findChild<QWidget*>("precedencePanel");
            window.findChild<QTabWidget*>("tabs")->setCurrentWidget(panel);
            auto* region = panel->findChild<QLineEdit*>("awsRegionEdit");
            auto* model = qobject_cast<apm::PrecedenceModel*>(panel->findChild<QTableView*>("precedenceView")->model());
            QVERIFY(region && model);
            // Ten quick edits: the table follows each one, and one run starts after the last.
            for (char c : QByteArrayLiteral("abcdefghij")) {
                QTest::keyClick(region, c);
                QVERIFY2(model->indexOf("region", apm::PrecedenceModel::WinnerColumn)
                             .data()
                             .toString()
                             .startsWith(region->text()),
                         qPrintable(region->text()));
            }
            QTRY_COMPARE_WITH_TIMEOUT(starts().size(), 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(ended(starts().first()), 10000);
            QTRY_VERIFY(model->pending().isEmpty());
            // An edit while a run is going: the run is killed before the next one starts.
            QTest::keyClick(region, 'k');
            QTRY_COMPARE_WITH_TIMEOUT(starts().size(), 2, 10000);
            QTest::keyClick(region, 'l');
            QTRY_COMPARE_WITH_TIMEOUT(starts().size(), 3, 10000);
            QVERIFY(gone(starts().at(1)));
            QVERIFY(!ended(starts().at(1)));
            // The window goes while a run is going: the run goes with it.
            all = starts();
        }
        QVERIFY2(!runs().join('\n').contains("overlap"), runs().join('\n').constData());
        for (qint64 pid : std::as_const(all))
            QVERIFY2(gone(pid), qPrintable(QString::number(pid)));
    }

    // The Precedence tab starts from what a shell started now would see: no --profile, the AWS_PROFILE the user
    // exported by hand (the shell hook leaves it alone, whatever the active profile), and so the warning that the
    // environment's keys shadow that profile.
    void precedenceStartsFromTheShell()
    {
        apm::test::TempAws aws(
            "[default]\nregion = eu-west-1\n[profile ecr]\nregion = us-east-2\n"
            "[profile dev]\nregion = eu-central-1\n",
            "[ecr]\naws_access_key_id = AKIAFAKEFAKEFAKE0003\naws_secret_access_key = fake-ecr-secret\n");
        QVERIFY(!apm::ActiveProfile(aws.environment).write("dev"));
        aws.environment.set("AWS_PROFILE", "ecr"); // exported by hand: no AWS_PROFILE_MANAGER_SET
        aws.environment.set("AWS_ACCESS_KEY_ID", "AKIAFAKEENVIRONMENT1");
        aws.environment.set("AWS_SECRET_ACCESS_KEY", "fake-env-secret");
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* panel = window.findChild<QWidget*>("precedencePanel");
        window.findChild<QTabWidget*>("tabs")->setCurrentWidget(panel);
        QCOMPARE(panel->findChild<QLineEdit*>("awsProfileEdit")->text(), QStringLiteral("ecr"));
        QVERIFY(!panel->findChild<QCheckBox*>("followSelectionCheck")->isChecked());
        auto* findings = panel->findChild<QLabel*>("findingsLabel");
        QTRY_VERIFY2(
            findings->text().contains("AWS_ACCESS_KEY_ID is set, so the credentials of profile ecr are ignored"),
            qPrintable(findings->text()));
        // Set by the hook (AWS_PROFILE_MANAGER_SET says so), the value follows the active profile.
        aws.environment.set("AWS_PROFILE_MANAGER_SET", "ecr");
        apm::test::AppWindow hookedParts(aws.environment);
        apm::MainWindow& hooked = hookedParts.window;
        hooked.show();
        QCOMPARE(hooked.findChild<QLineEdit*>("awsProfileEdit")->text(), QStringLiteral("dev"));
    }

    // The profile list is one tab stop: Tab leaves it (the arrow keys move within it), Shift+Tab comes back.
    void profileListIsOneTabStop()
    {
        apm::test::TempAws aws("[default]\nregion = eu-west-1\n[profile dev]\nregion = us-east-2\n", QByteArray());
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* list = window.findChild<QTableView*>("profileView");
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() != list, "Tab stayed in the list");
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), list);
    }

    // Long names that share their start (as generated account profiles do) stay told apart in the list at the
    // window's default size: they are cut in the middle, where they agree, not at the end, where they differ.
    void longNamesStayApartInTheList()
    {
        apm::test::TempAws aws("[profile acct-000000001234-AdministratorAccess]\nregion = eu-west-1\n"
                               "[profile acct-000000001234-ReadOnlyAccess]\nregion = eu-west-1\n",
                               QByteArray());
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = window.findChild<QTableView*>("profileView");
        const int column = apm::ProfileListModel::NameColumn;
        const int width = list->columnWidth(column) - 2 * list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) - 4;
        const QFontMetrics metrics(list->font());
        QStringList shown;
        for (int row = 0; row < 2; ++row) {
            const QString name = list->model()->index(row, column).data().toString();
            shown.append(metrics.elidedText(name, list->textElideMode(), width));
        }
        QVERIFY2(shown[0] != shown[1], qPrintable(shown.join(" | ")));
    }

    // An SSO profile without a cached token: the table says what the AWS CLI says, as an error, not as a note.
    void ssoProfileWithoutTokenIsAnError()
    {
        apm::test::TempAws aws("[profile corp]\nsso_session = corp\nsso_account_id = 123456789012\n"
                               "sso_role_name = ReadOnly\nregion = eu-west-1\n[sso-session corp]\n"
                               "sso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n",
                               QByteArray());
        aws.environment.set("AWS_PROFILE", "corp");
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* panel = window.findChild<QWidget*>("precedencePanel");
        window.findChild<QTabWidget*>("tabs")->setCurrentWidget(panel);
        auto* findings = panel->findChild<QLabel*>("findingsLabel");
        QTRY_VERIFY2(findings->text().contains("Error:</b> Error loading SSO Token: Token for corp does not exist"),
                     qPrintable(findings->text()));
    }

    // The what-if starts from this program's environment, an empty one, or a login shell's; other variables
    // can be set or unset one per line.
    void whatIfEnvironments()
    {
        apm::test::TempAws aws("[default]\nregion = eu-west-1\n[profile dev]\nregion = us-east-2\n", QByteArray());
        // A stand-in for the user's shell: prints an environment, NUL-separated, as `env -0` does.
        const QString shell = aws.home() + "/fake-shell";
        apm::test::TempAws::write(shell, "#!/bin/sh\nprintf 'AWS_REGION=from-login\\0AWS_PROFILE=dev\\0'\n");
        QFile::setPermissions(shell, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        aws.environment.set("SHELL", shell);
        aws.environment.set("AWS_REGION", "from-process");
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* panel = window.findChild<QWidget*>("precedencePanel");
        auto* model = qobject_cast<apm::PrecedenceModel*>(panel->findChild<QTableView*>("precedenceView")->model());
        auto* base = panel->findChild<QComboBox*>("environmentCombo");
        auto* region = panel->findChild<QLineEdit*>("awsRegionEdit");
        auto* extra = panel->findChild<QPlainTextEdit*>("extraVariablesEdit");
        QVERIFY(model && base && region && extra);
        panel->findChild<QCheckBox*>("followSelectionCheck")->setChecked(false); // as a shell sees it
        auto winner = [&](const char* field) {
            return model->indexOf(field, apm::PrecedenceModel::WinnerColumn).data().toString();
        };
        QVERIFY2(winner("region").startsWith("from-process"), qPrintable(winner("region")));
        base->setCurrentIndex(2); // a login shell's
        QTRY_COMPARE(region->text(), QStringLiteral("from-login"));
        QVERIFY2(winner("region").startsWith("from-login"), qPrintable(winner("region")));
        QVERIFY2(winner("profile").startsWith("dev"), qPrintable(winner("profile")));
        base->setCurrentIndex(1); // env -i
        QVERIFY(region->text().isEmpty());
        QVERIFY2(winner("region").startsWith("eu-west-1"), qPrintable(winner("region")));
        extra->setPlainText("AWS_DEFAULT_REGION=ca-central-1\nAWS_PROFILE=dev");
        QVERIFY2(winner("region").startsWith("ca-central-1"), qPrintable(winner("region")));
        extra->setPlainText("AWS_DEFAULT_REGION=ca-central-1\n-AWS_DEFAULT_REGION");
        QVERIFY2(winner("region").startsWith("eu-west-1"), qPrintable(winner("region")));
    }

    void aLoginShellThatCannotStartFallsBack()
    {
        apm::test::TempAws aws("[default]\nregion = eu-west-1\n", QByteArray());
        aws.environment.set("SHELL", aws.home() + "/no-such-shell");
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        auto* panel = window.findChild<QWidget*>("precedencePanel");
        auto* base = panel->findChild<QComboBox*>("environmentCombo");
        base->setCurrentIndex(2);
        QTRY_COMPARE(base->currentIndex(), 0);
        QVERIFY(panel->findChild<QLabel*>("pendingLabel")->text().contains("did not print its environment"));
    }

    void activeProfileSwitch()
    {
        apm::test::TempAws aws("[default]\nregion = a\n[profile dev]\nregion = b\n", QByteArray());
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* combo = window.findChild<QComboBox*>("activeProfileCombo");
        auto* list = window.findChild<QTableView*>("profileView");
        auto* shellProfile = window.findChild<QLineEdit*>("awsProfileEdit");
        QVERIFY(combo && list && shellProfile);
        QCOMPARE(combo->currentText(), QStringLiteral("(none)"));
        const QString state = aws.home() + "/.config/aws-profile-manager/active-profile";

        combo->setCurrentIndex(combo->findText("dev"));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(apm::test::TempAws::read(state), QByteArray("dev\n"));
        QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("★ dev")); // the badge
        QCOMPARE(shellProfile->text(), QStringLiteral("dev")); // the what-if follows the shells

        // A switch made in a terminal reaches the window.
        apm::test::TempAws::write(state, "default\n");
        QTRY_COMPARE(combo->currentText(), QStringLiteral("default"));
        QTRY_COMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("★ default"));

        window.switchActiveProfile(QString());
        QVERIFY(!QFile::exists(state));
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("default"));
    }

    // #17 item 3: the shells' active profile changes only by a deliberate choice. A mouse wheel passing over the
    // combo and the arrow keys leave the state file alone (they used to write it at once, without undo).
    void activeProfileIgnoresWheelAndArrows()
    {
        apm::test::TempAws aws("[default]\nregion = a\n[profile dev]\nregion = b\n", QByteArray());
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* combo = window.findChild<QComboBox*>("activeProfileCombo");
        const QString state = aws.home() + "/.config/aws-profile-manager/active-profile";
        const QPoint centre = combo->rect().center();
        QWheelEvent wheel(QPointF(centre), combo->mapToGlobal(QPointF(centre)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &wheel);
        QCOMPARE(combo->currentText(), QStringLiteral("(none)"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QVERIFY(!QFile::exists(state));
        QCOMPARE(combo->currentText(), QStringLiteral("(none)"));
        combo->hidePopup(); // the arrow opened the list, where a choice is made with Enter or a click
    }

    void movesKeysIntoTheKeychainAndBack()
    {
        const QByteArray credentials =
            "[default]\naws_access_key_id = AKIAFAKE00001111\naws_secret_access_key = fake-secret-value\n";
        apm::test::TempAws aws("[default]\nregion = a\n", credentials);
        apm::test::FakeSecretStore keychain;
        apm::test::AppWindow windowParts(aws.environment, &keychain);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* toKeychain = window.findChild<QAction*>("actionMoveToKeychain");
        auto* toFile = window.findChild<QAction*>("actionMoveToFile");
        QVERIFY(toKeychain && toFile);
        QVERIFY(toKeychain->isEnabled());
        QVERIFY(!toFile->isEnabled());
        toKeychain->trigger();
        QTRY_VERIFY(window.isEnabled());
        QCOMPARE(apm::test::TempAws::read(aws.credentialsPath()), QByteArray("[default]\n"));
        QVERIFY(apm::test::TempAws::read(aws.configPath()).contains("credential-process --profile default"));
        QVERIFY(keychain.items.value("default").contains("AKIAFAKE00001111"));
        QVERIFY(window.statusBar()->currentMessage().contains("keychain"));
        QVERIFY(!window.statusBar()->currentMessage().contains("fake-secret-value"));
        // The form follows the profile's new kind (#17, item 9: it kept the static-key fields, empty).
        auto* kind = window.findChild<QComboBox*>("profileKindCombo");
        QTRY_COMPARE(kind->currentData().toInt(), int(apm::ProfileKind::CredentialProcess));
        auto* command = window.findChild<QLineEdit*>("field_credential_process");
        QVERIFY(command);
        QVERIFY2(command->text().contains("credential-process --profile default"), qPrintable(command->text()));
        QTRY_VERIFY(toFile->isEnabled());
        toFile->trigger();
        QTRY_VERIFY(window.isEnabled());
        QCOMPARE(apm::test::TempAws::read(aws.credentialsPath()), credentials);
        QCOMPARE(apm::test::TempAws::read(aws.configPath()), QByteArray("[default]\nregion = a\n"));
        QVERIFY(keychain.items.isEmpty());
        QTRY_COMPARE(kind->currentData().toInt(), int(apm::ProfileKind::StaticKeys));
        auto* accessKey = window.findChild<QLineEdit*>("field_aws_access_key_id");
        QVERIFY(accessKey);
        QCOMPARE(accessKey->text(), QStringLiteral("AKIAFAKE00001111"));
    }

    // The icons are compiled in and render (the SVG icon engine is there), at any scale.
    void kindIconsRender()
    {
        for (auto kind : {apm::ProfileKind::Settings, apm::ProfileKind::StaticKeys, apm::ProfileKind::AssumeRole,
                          apm::ProfileKind::AssumeRoleSource, apm::ProfileKind::WebIdentity, apm::ProfileKind::Sso,
                          apm::ProfileKind::CredentialProcess, apm::ProfileKind::Login}) {
            const QIcon icon = apm::ProfileListDelegate::kindIcon(kind);
            QVERIFY(!icon.isNull());
            const QImage image = icon.pixmap(QSize(64, 64)).toImage();
            QCOMPARE(image.size(), QSize(64, 64));
            QVERIFY(image.pixelColor(0, 0).alpha() == 0); // transparent corner...
            bool drawn = false;
            for (int y = 0; y < 64 && !drawn; ++y) {
                for (int x = 0; x < 64 && !drawn; ++x)
                    drawn = image.pixelColor(x, y).alpha() > 0; // ...and strokes somewhere
            }
            QVERIFY(drawn);
        }
        QVERIFY(!QIcon(":/icons/aws-profile-manager.svg").isNull());
    }

    void keychainKeysAreEditedInTheItem()
    {
        const QByteArray config = "[profile dev]\nregion = a\ncredential_process = \"/opt/apm\" credential-process "
                                  "--profile dev\n";
        apm::test::TempAws aws(config, "[dev]\n");
        apm::test::FakeSecretStore keychain;
        keychain.items.insert("dev",
                              apm::CredentialVault::payload({"AKIAFAKE00002222", "fake-secret-old", {}, {}, {}}));
        apm::test::AppWindow windowParts(aws.environment, &keychain);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* box = window.findChild<QWidget*>("keychainBox");
        auto* accessKey = window.findChild<QLineEdit*>("keychainAccessKeyEdit");
        auto* secret = window.findChild<QLineEdit*>("keychainSecretEdit");
        QVERIFY(box && accessKey && secret);
        QVERIFY(box->isVisible());
        QTRY_COMPARE(accessKey->text(), QStringLiteral("AKIAFAKE00002222"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        secret->setText("fake-secret-new");
        QTest::mouseClick(window.findChild<QPushButton*>("keychainSaveButton"), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<QLabel*>("keychainStatusLabel")->text().contains("were changed"));
        QVERIFY(keychain.items.value("dev").contains("fake-secret-new"));
        QCOMPARE(apm::test::TempAws::read(aws.configPath()), config); // the files are not touched
        QCOMPARE(apm::test::TempAws::read(aws.credentialsPath()), QByteArray("[dev]\n"));
        QVERIFY(!window.statusBar()->currentMessage().contains("fake-secret"));

        // The secret goes to the clipboard for 30 seconds only.
        QTest::mouseClick(window.findChild<QPushButton*>("keychainCopyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("fake-secret-new"));
        QCOMPARE(window.secretClipboard()->clearAfter(), std::chrono::milliseconds(30000));
        QGuiApplication::clipboard()->clear();
    }

    void secretClipboardClearsOnlyItsOwnCopy()
    {
        apm::SecretClipboard clipboard(nullptr, std::chrono::milliseconds(50));
        QSignalSpy cleared(&clipboard, &apm::SecretClipboard::cleared);
        clipboard.copy("fake-secret-value");
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("fake-secret-value"));
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data("x-kde-passwordManagerHint"), QByteArray("secret"));
        QVERIFY(cleared.wait(2000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        // Something else copied meanwhile stays.
        clipboard.copy("fake-secret-value");
        QGuiApplication::clipboard()->setText("the user's own text");
        QVERIFY(cleared.wait(2000));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void showsRefusedFile()
    {
        apm::test::TempAws aws("[default]\nregion = a\noops\n", QByteArray());
        apm::test::AppWindow windowParts(aws.environment);
        apm::MainWindow& window = windowParts.window;
        window.show();
        auto* problem = window.findChild<QLabel*>("problemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(aws.configPath() + ":3:"));
        QCOMPARE(apm::test::TempAws::read(aws.configPath()), QByteArray("[default]\nregion = a\noops\n"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
