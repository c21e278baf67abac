// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QUndoStack>

#include "config/ConfigWatcher.h"
#include "support/WindowFixture.h"

using apm::test::Fixture;
using apm::test::TempAws;

namespace {

const QByteArray kConfig = "[default]\nregion = eu-west-1\n\n[profile dev]\nregion = us-east-2\n\n"
                           "[profile prod]\nregion = us-west-2\n";
const QByteArray kCredentials = "[default]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\n";

// As editors and `aws configure set` do: write a new file beside it and rename it over the old one.
void replaceFile(const QString& path, const QByteArray& bytes)
{
    const QString temporary = path + QStringLiteral(".tmp");
    TempAws::write(temporary, bytes);
    QFile::remove(path);
    QFile::rename(temporary, path);
}

void commitRegion(const Fixture& f, const QString& region)
{
    QLineEdit* edit = f.child<QComboBox>("field_region")->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, region);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class LiveReloadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsAnotherProgramsChange()
    {
        Fixture f(kConfig, kCredentials);
        f.select("dev");
        // Written in place, then replaced: both are followed.
        TempAws::write(f.aws.configPath(), QByteArray(kConfig).replace("us-east-2", "eu-north-1"));
        QTRY_COMPARE(f.child<QComboBox>("field_region")->currentText(), QStringLiteral("eu-north-1"));
        replaceFile(f.aws.configPath(),
                    QByteArray(kConfig).replace("us-east-2", "me-south-1") + "[profile added]\nregion = x\n");
        QTRY_COMPARE(f.child<QComboBox>("field_region")->currentText(), QStringLiteral("me-south-1"));
        QTRY_VERIFY(!f.child<QTableView>("profileView")
                         ->model()
                         ->match(f.child<QTableView>("profileView")->model()->index(0, 0),
                                 apm::ProfileListModel::ProfileNameRole, "added", 1, Qt::MatchExactly)
                         .isEmpty());
        QCOMPARE(f.selected(), QStringLiteral("dev"));
        QVERIFY(!f.window.isWindowModified());
        QVERIFY(f.prompts->asked.isEmpty());
    }

    // No ~/.aws at all when the window opened: `aws configure` run in a terminal creates it, the window follows.
    void followsFilesCreatedLater()
    {
        Fixture f{QByteArray(), QByteArray()};
        QDir(f.aws.home()).rmdir(".aws");
        QVERIFY(!QFileInfo::exists(f.aws.home() + "/.aws"));
        // The watcher has seen the folder go and watches the nearest folder that is left: the home folder.
        auto* watcher = f.window.findChild<apm::ConfigWatcher*>();
        QVERIFY(watcher);
        QTRY_VERIFY(watcher->watchedPaths().contains(QFileInfo(f.aws.home()).absoluteFilePath()));
        // The window watched the home folder; now the folder and a file appear, as `aws configure` makes them.
        auto* list = f.child<QTableView>("profileView");
        QCOMPARE(list->model()->rowCount(), 0);
        QDir(f.aws.home()).mkdir(".aws");
        TempAws::write(f.aws.configPath(), "[default]\nregion = eu-west-1\n");
        QTRY_COMPARE(list->model()->rowCount(), 1);
    }

    void keepsUnsavedEditsThatDoNotConflict()
    {
        Fixture f(kConfig, kCredentials);
        f.select("default");
        commitRegion(f, "ap-south-1");
        const QByteArray theirs = QByteArray(kConfig).replace("us-west-2", "ca-central-1");
        replaceFile(f.aws.configPath(), theirs);
        QTRY_VERIFY(f.window.statusBar()->currentMessage().contains("your unsaved changes are kept"));
        QVERIFY(f.prompts->asked.isEmpty());
        QCOMPARE(f.config(), theirs); // nothing written yet
        QVERIFY(f.window.isWindowModified());
        QCOMPARE(f.window.history()->count(), 0);
        QVERIFY(f.window.save()); // no "changed on disk" refusal: the change is part of ours now
        QCOMPARE(f.config(), QByteArray(theirs).replace("eu-west-1", "ap-south-1"));
        QCOMPARE(f.credentials(), kCredentials);
    }

    void conflictKeepMine()
    {
        Fixture f(kConfig, kCredentials);
        f.select("dev");
        commitRegion(f, "ap-south-1");
        const QByteArray theirs = QByteArray(kConfig).replace("us-east-2", "sa-east-1");
        f.prompts->conflictAnswer = apm::Prompts::Conflict::KeepMine;
        replaceFile(f.aws.configPath(), theirs);
        QTRY_COMPARE(f.prompts->asked.size(), 1);
        // The question names the file and shows both versions of the line.
        QVERIFY(f.prompts->asked.first().contains(f.aws.configPath()));
        QVERIFY(f.prompts->asked.first().contains("-region = sa-east-1"));
        QVERIFY(f.prompts->asked.first().contains("+region = ap-south-1"));
        QCOMPARE(f.config(), theirs);
        QCOMPARE(f.window.history()->count(), 1); // our text did not change: the history still fits
        QVERIFY(f.window.save());
        QCOMPARE(f.prompts->asked.size(), 1); // chosen once: saving does not ask again
        QCOMPARE(f.config(), QByteArray(kConfig).replace("us-east-2", "ap-south-1"));
    }

    // The question shows the lines in conflict as the Files tab does: secrets masked, on both sides.
    void conflictQuestionMasksSecrets()
    {
        const QByteArray credentials = "[default]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\n"
                                       "aws_secret_access_key = fakeOriginalSecretValueXXXXXXXXXXXX0001\n";
        Fixture f(kConfig, credentials);
        f.select("default");
        auto* secret = f.child<QLineEdit>("field_aws_secret_access_key");
        secret->setFocus();
        secret->selectAll();
        QTest::keyClicks(secret, "fakeMineSecretValueYYYYYYYYYYYYYYYYYY0002");
        QTest::keyClick(secret, Qt::Key_Return);
        QVERIFY(f.window.isWindowModified());
        f.prompts->conflictAnswer = apm::Prompts::Conflict::KeepMine;
        replaceFile(f.aws.credentialsPath(), QByteArray(credentials).replace("fakeOriginal", "fakeTheirsZZ"));
        QTRY_COMPARE(f.prompts->asked.size(), 1);
        const QString asked = f.prompts->asked.first();
        QVERIFY2(asked.contains("aws_secret_access_key"), qPrintable(asked));
        for (const char* secretText : {"fakeMineSecret", "fakeTheirsZZ", "fakeOriginal"})
            QVERIFY2(!asked.contains(QLatin1String(secretText)), qPrintable(asked));
    }

    void conflictTakeTheirs()
    {
        Fixture f(kConfig, kCredentials);
        f.select("dev");
        commitRegion(f, "ap-south-1");
        const QByteArray theirs = QByteArray(kConfig).replace("us-east-2", "sa-east-1");
        f.prompts->conflictAnswer = apm::Prompts::Conflict::TakeTheirs;
        replaceFile(f.aws.configPath(), theirs);
        QTRY_COMPARE(f.child<QComboBox>("field_region")->currentText(), QStringLiteral("sa-east-1"));
        QVERIFY(!f.window.isWindowModified());
        QCOMPARE(f.config(), theirs);
    }

    // A refused file is mended as text in the Files tab: one undoable step; the lines not touched keep their
    // bytes (CRLF here), and nothing is written before Save.
    void aRefusedFileIsMendedAsText()
    {
        const QByteArray broken = "[default]\r\nregion = eu-west-1\r\nnot a setting\r\n[profile dev]\r\nregion = b\r\n";
        Fixture f(broken, kCredentials);
        QVERIFY(f.child<QLabel>("problemLabel")->isVisible());
        f.child<QTabWidget>("tabs")->setCurrentWidget(f.child<QWidget>("filesPanel"));
        QTest::mouseClick(f.child<QPushButton>("editTextButton"), Qt::LeftButton);
        auto* text = f.child<QPlainTextEdit>("textView");
        QVERIFY(!text->isReadOnly());
        QTextCursor line(text->document()->findBlockByNumber(2));
        line.select(QTextCursor::BlockUnderCursor); // the line and the break before it
        line.removeSelectedText();
        QTest::mouseClick(f.child<QPushButton>("applyTextButton"), Qt::LeftButton);
        QVERIFY(text->isReadOnly());
        QVERIFY(!f.child<QLabel>("problemLabel")->isVisible());
        QCOMPARE(f.child<QTableView>("profileView")->model()->rowCount(), 2);
        QVERIFY(f.window.isWindowModified());
        QCOMPARE(f.config(), broken); // not written yet
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), QByteArray("[default]\r\nregion = eu-west-1\r\n[profile dev]\r\nregion = b\r\n"));
        // One step back: the refused text again (in memory), and the window says so.
        f.action("actionUndo")->trigger();
        QVERIFY(f.child<QLabel>("problemLabel")->isVisible());
    }

    void savingARefusedTextIsAskedFor()
    {
        Fixture f(kConfig, kCredentials);
        f.child<QTabWidget>("tabs")->setCurrentWidget(f.child<QWidget>("filesPanel"));
        QTest::mouseClick(f.child<QPushButton>("editTextButton"), Qt::LeftButton);
        f.child<QPlainTextEdit>("textView")->appendPlainText("oops");
        QTest::mouseClick(f.child<QPushButton>("applyTextButton"), Qt::LeftButton);
        QVERIFY(f.child<QLabel>("problemLabel")->isVisible());
        f.prompts->confirmAnswer = false;
        QVERIFY(!f.window.save());
        QVERIFY(f.prompts->asked.last().contains("Save it anyway?"));
        QCOMPARE(f.config(), kConfig);
        f.prompts->confirmAnswer = true;
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), kConfig + "\noops"); // appended after the empty last line, as the editor shows it
    }

    void unparsableFileIsShownReadOnlyAndNeverWritten()
    {
        Fixture f(kConfig, kCredentials);
        f.select("dev");
        const QByteArray broken = kConfig + "this line is not a key\n";
        replaceFile(f.aws.configPath(), broken);
        auto* problem = f.child<QLabel>("problemLabel");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(f.aws.configPath() + ":9:"));
        QVERIFY(!f.action("actionNewProfile")->isEnabled());
        QVERIFY(!f.child<QComboBox>("field_region")->isEnabled());
        QVERIFY(!f.window.isWindowModified());
        QCOMPARE(f.config(), broken);
        // "Show the line" opens the Files tab on the refused line.
        Q_EMIT problem->linkActivated("#line");
        auto* tabs = f.child<QTabWidget>("tabs");
        QCOMPARE(tabs->currentWidget(), f.child<QWidget>("filesPanel"));
        auto* text = f.child<QPlainTextEdit>("textView");
        QVERIFY(!text->extraSelections().isEmpty());
        QCOMPARE(text->extraSelections().last().cursor.block().blockNumber(), 8);
        QCOMPARE(text->extraSelections().last().cursor.block().text(), QStringLiteral("this line is not a key"));
        tabs->setCurrentIndex(0);
        // Fixed elsewhere: editable again.
        replaceFile(f.aws.configPath(), kConfig);
        QTRY_VERIFY(!problem->isVisible());
        QTRY_VERIFY(f.action("actionNewProfile")->isEnabled());
        QCOMPARE(f.selected(), QStringLiteral("dev"));
    }
};

QTEST_MAIN(LiveReloadTest)
#include "LiveReloadTest.moc"
