// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "MainWindow.h"
#include "config/ProfileStore.h"
#include "fakes/FakePrompts.h"
#include "fakes/FakeSecretStore.h"
#include "models/ProfileListModel.h"
#include "models/ProfileSettingsModel.h"
#include "profile/NewProfileDialog.h"
#include "support/TempAws.h"
#include "support/WindowFixture.h"

Q_DECLARE_METATYPE(apm::NewProfile)

using apm::test::FakePrompts;
using apm::test::Fixture;
using apm::test::TempAws;

namespace {

const QByteArray kConfig = "# team settings\n[default]\nregion = eu-west-1\n\n[profile dev]\nregion = us-east-2\n"
                           "output = json\n\n# production, careful\n[profile prod]\nrole_arn = "
                           "arn:aws:iam::123456789012:role/admin\nsource_profile = default\n";
const QByteArray kCredentials =
    "[default]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\naws_secret_access_key = fake-secret-value-0001\n";

// Types into a form field and commits it as the user does: Enter.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QLineEdit* comboEdit(QComboBox* combo)
{
    return combo->lineEdit();
}

} // namespace

class ProfileEditingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formEditsSaveAndTouchNothingElse()
    {
        Fixture f(kConfig, kCredentials);
        f.select("dev");
        auto* region = f.child<QComboBox>("field_region");
        QCOMPARE(region->currentText(), QStringLiteral("us-east-2"));
        typeInto(comboEdit(region), "ap-south-1");
        QVERIFY(f.window.isWindowModified());
        QCOMPARE(f.config(), kConfig); // nothing written before Save
        // A bad value is said under the field as it is typed.
        auto* problem = f.child<QLabel>("problem_region");
        QVERIFY(problem->isHidden());
        QTest::keyClicks(comboEdit(region), " x");
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains("doesn't match a supported format"));
        QTest::keyClick(comboEdit(region), Qt::Key_Escape);
        comboEdit(region)->setText("ap-south-1"); // back to what was committed: no new edit

        f.action("actionSave")->trigger();
        QVERIFY(!f.window.isWindowModified());
        QCOMPARE(f.config(), QByteArray(kConfig).replace("region = us-east-2", "region = ap-south-1"));
        QCOMPARE(f.credentials(), kCredentials);
    }

    // The user's path from #17: select a profile, type a filter that hides it, change a field and press Tab. The
    // form follows the selection to a profile the list shows, and the edit reaches that profile (it was dropped).
    // A value of a megabyte (a pasted file, a runaway script) is shown cut short in messages, tables and the
    // form, so it neither widens the window to its length nor costs a text layout of megabytes. The form shows it
    // read-only and says where to edit it; its cut text is never committed. The keys table's editor, opened on
    // purpose, holds all of it.
    void aMegabyteValueNeitherSizesTheWindowNorFloodsIt()
    {
        const QByteArray huge(1000000, 'x');
        const QByteArray config = "[default]\nregion = " + huge + "\n[profile small]\nregion = eu-west-1\n";
        Fixture f(config, {});
        f.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        f.select(QStringLiteral("default"));
        auto* problem = f.child<QLabel>("problem_region");
        QTRY_VERIFY(problem->isVisibleTo(&f.window));
        QVERIFY2(problem->text().contains(QStringLiteral("doesn't match a supported format")),
                 qPrintable(problem->text().left(200)));
        QVERIFY2(problem->text().size() < 400, qPrintable(QString::number(problem->text().size())));
        QVERIFY2(f.window.minimumSizeHint().width() < 1500,
                 qPrintable(QString::number(f.window.minimumSizeHint().width())));
        QVERIFY2(f.window.width() < 3000, qPrintable(QString::number(f.window.width())));

        auto* list = f.child<QTableView>("profileView");
        const QModelIndex listRegion =
            list->model()->index(list->currentIndex().row(), apm::ProfileListModel::RegionColumn);
        QVERIFY2(listRegion.data().toString().size() < 400,
                 qPrintable(QString::number(listRegion.data().toString().size())));

        auto* region = f.child<QComboBox>("field_region");
        QVERIFY(region->currentText().startsWith(QStringLiteral("xxxx")));
        QVERIFY2(region->currentText().size() < 400, qPrintable(QString::number(region->currentText().size())));
        QVERIFY(!region->isEnabled());
        auto* note = f.child<QLabel>("note_region");
        QVERIFY(note->isVisibleTo(&f.window));
        QVERIFY2(note->text().contains(QStringLiteral("Files tab")), qPrintable(note->text()));
        QCOMPARE(region->accessibleDescription(), note->text());
        // What the form would commit is all of it: leaving the field, or a new kind of form, writes nothing.
        Q_EMIT region->lineEdit()->editingFinished();
        Q_EMIT region->activated(0);
        QVERIFY(!f.window.isWindowModified());

        auto* settings = f.child<QTableView>("settingsView");
        const QModelIndex value = settings->model()->index(0, apm::ProfileSettingsModel::ValueColumn);
        QVERIFY(value.data(Qt::DisplayRole).toString().size() < 400);
        QCOMPARE(value.data(Qt::EditRole).toString(), QString::fromLatin1(huge));
        settings->edit(value);
        auto* cellEditor = settings->findChild<QLineEdit*>();
        QVERIFY(cellEditor);
        QCOMPARE(cellEditor->text().size(), huge.size()); // a QLineEdit keeps 32,767 characters unless told otherwise

        // Another profile's short value is a field to type in again.
        f.select(QStringLiteral("small"));
        QTRY_VERIFY(region->isEnabled());
        QCOMPARE(region->currentText(), QStringLiteral("eu-west-1"));
        QVERIFY(note->isHidden());
        QVERIFY(region->accessibleDescription().isEmpty());
        QVERIFY(!f.window.isWindowModified());
        QCOMPARE(f.config(), config);
    }

    // Up to 10,000 characters, a value is edited in its field like any other (a long credential_process line).
    void aLongCommandStaysEditable()
    {
        const QString command = QStringLiteral("/usr/bin/env ") + QString(9980, u'a');
        Fixture f("[profile tool]\ncredential_process = " + command.toUtf8() + "\n", {});
        f.select(QStringLiteral("tool"));
        auto* field = f.child<QLineEdit>("field_credential_process");
        QCOMPARE(field->text(), command);
        QVERIFY(!field->isReadOnly());
        QVERIFY(f.child<QLabel>("note_credential_process")->isHidden());
        field->setFocus();
        field->end(false);
        const QString more = QStringLiteral(" --region-from-the-environment");
        QTest::keyClicks(field, more);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(f.window.isWindowModified());
        f.action("actionSave")->trigger();
        QCOMPARE(f.config(), "[profile tool]\ncredential_process = " + (command + more).toUtf8() + "\n");
        // Now past the limit, the field shows the start, read-only.
        QTRY_VERIFY(field->isReadOnly());
        QVERIFY(field->text().size() < 400);
        QVERIFY(!f.child<QLabel>("note_credential_process")->isHidden());
    }

    void editAfterAFilterHidesTheProfile()
    {
        Fixture f(kConfig, kCredentials);
        f.window.activateWindow(); // Tab moves the focus (and so commits the field) only in an active window
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        f.select("dev");
        auto* filter = f.child<QLineEdit>("filterEdit");
        filter->setFocus();
        QTest::keyClicks(filter, "prod");
        QCOMPARE(f.selected(), QStringLiteral("prod"));
        QVERIFY2(f.child<QLabel>("profileTitle")->text().startsWith("prod"),
                 qPrintable(f.child<QLabel>("profileTitle")->text()));
        auto* region = f.child<QComboBox>("field_region");
        QCOMPARE(region->currentText(), QString()); // prod's form, not dev's
        comboEdit(region)->setFocus();
        QTest::keyClicks(comboEdit(region), "ap-south-1");
        QTest::keyClick(comboEdit(region), Qt::Key_Tab);
        QVERIFY(f.window.isWindowModified());
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), kConfig + "region = ap-south-1\n");

        // A filter nothing matches: no profile, no form to type into.
        filter->setFocus();
        QTest::keyClicks(filter, "-nothing-matches");
        QVERIFY(!f.child<QTableView>("profileView")->currentIndex().isValid());
        QVERIFY(!f.child<QWidget>("formHost")->isEnabled());
    }

    void undoAndRedoEveryEdit()
    {
        Fixture f(kConfig, kCredentials);
        f.select("dev");
        typeInto(comboEdit(f.child<QComboBox>("field_region")), "ca-central-1");
        auto* output = f.child<QComboBox>("field_output");
        output->setCurrentText("yaml");
        Q_EMIT output->activated(output->currentIndex());
        f.prompts->textAnswer = "stage";
        f.action("actionRenameProfile")->trigger();
        QCOMPARE(f.selected(), QStringLiteral("stage"));
        QCOMPARE(f.window.history()->count(), 3);
        QCOMPARE(f.action("actionUndo")->text(), QStringLiteral("&Undo Rename dev to stage"));

        f.action("actionUndo")->trigger();
        f.action("actionUndo")->trigger();
        QCOMPARE(f.selected(), QStringLiteral("dev"));
        QCOMPARE(output->currentText(), QStringLiteral("json"));
        f.action("actionUndo")->trigger();
        QCOMPARE(f.child<QComboBox>("field_region")->currentText(), QStringLiteral("us-east-2"));
        QVERIFY(!f.window.isWindowModified()); // all undone: the text is what was loaded
        QVERIFY(!f.action("actionSave")->isEnabled());

        f.action("actionRedo")->trigger();
        f.action("actionRedo")->trigger();
        f.action("actionRedo")->trigger();
        QVERIFY(f.window.isWindowModified());
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), QByteArray(kConfig).replace("[profile dev]\nregion = us-east-2\noutput = json",
                                                         "[profile stage]\nregion = ca-central-1\noutput = yaml"));
        QCOMPARE(f.credentials(), kCredentials);
    }

    void keysTableEditsAddsAndRemoves()
    {
        Fixture f(kConfig, kCredentials);
        f.select("default");
        auto* view = f.child<QTableView>("settingsView");
        auto* model = qobject_cast<apm::ProfileSettingsModel*>(view->model());
        QVERIFY(model);
        const QModelIndex secret = model->indexOf("aws_secret_access_key").siblingAtColumn(1);
        view->setCurrentIndex(secret);
        view->edit(secret);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        QCOMPARE(editor->echoMode(), QLineEdit::Password); // typed blind
        editor->selectAll();
        QTest::keyClicks(editor, "fake-secret-value-0002");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(f.window.isWindowModified()); // the delegate commits on the next turn of the event loop

        QTest::keyClicks(f.child<QLineEdit>("newKeyEdit"), "s3.max_concurrent_requests");
        QTest::keyClicks(f.child<QLineEdit>("newValueEdit"), "20");
        QTest::mouseClick(f.child<QPushButton>("addKeyButton"), Qt::LeftButton);
        QVERIFY(model->indexOf("s3.max_concurrent_requests").isValid());
        view->setCurrentIndex(model->indexOf("region"));
        QTest::mouseClick(f.child<QPushButton>("removeKeyButton"), Qt::LeftButton);
        QVERIFY(!model->indexOf("region").isValid());
        QVERIFY(f.window.save());
        QCOMPARE(f.credentials(), QByteArray(kCredentials)
                                      .replace("0001\n", "0002\n")
                                      .replace("KEY0002", "KEY0001")
                                      .replace("AKIAFAKEFAKEFAKE0002", "AKIAFAKEFAKEFAKE0001"));
        QCOMPARE(f.config(), QByteArray(kConfig).replace("[default]\nregion = eu-west-1\n",
                                                         "[default]\ns3 =\n    max_concurrent_requests = 20\n"));
        QVERIFY(!f.window.statusBar()->currentMessage().contains("fake-secret"));
    }

    void newProfileOfEachKind_data()
    {
        QTest::addColumn<apm::NewProfile>("request");
        QTest::addColumn<QByteArray>("configAfter");
        QTest::addColumn<QByteArray>("credentialsAfter");
        QTest::newRow("static keys, as aws configure writes them")
            << apm::NewProfile{"ci",
                               {{"aws_access_key_id", "AKIAFAKEFAKEFAKE0009"},
                                {"aws_secret_access_key", "fake-secret-value-0009"},
                                {"region", "eu-north-1"},
                                {"output", "text"}}}
            << kConfig + "[profile ci]\nregion = eu-north-1\noutput = text\n"
            << kCredentials
                   + "[ci]\naws_access_key_id = AKIAFAKEFAKEFAKE0009\n"
                     "aws_secret_access_key = fake-secret-value-0009\n";
        QTest::newRow("assume role")
            << apm::NewProfile{"ops",
                               {{"role_arn", "arn:aws:iam::123456789012:role/ops"},
                                {"source_profile", "default"},
                                {"mfa_serial", "arn:aws:iam::123456789012:mfa/me"},
                                {"external_id", "x-1"},
                                {"duration_seconds", "3600"}}}
            << kConfig
                   + "[profile ops]\nrole_arn = arn:aws:iam::123456789012:role/ops\nsource_profile = default\n"
                     "mfa_serial = arn:aws:iam::123456789012:mfa/me\nexternal_id = x-1\nduration_seconds = 3600\n"
            << kCredentials;
        QTest::newRow("credential source") << apm::NewProfile{"ec2",
                                                              {{"role_arn", "arn:aws:iam::123456789012:role/r"},
                                                               {"credential_source", "Ec2InstanceMetadata"}}}
                                           << kConfig
                                                  + "[profile ec2]\nrole_arn = arn:aws:iam::123456789012:role/r\n"
                                                    "credential_source = Ec2InstanceMetadata\n"
                                           << kCredentials;
        QTest::newRow("sso") << apm::NewProfile{"sso",
                                                {{"sso_session", "corp"},
                                                 {"sso_account_id", "123456789012"},
                                                 {"sso_role_name", "ReadOnly"}}}
                             << kConfig
                                    + "[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\n"
                                      "sso_role_name = ReadOnly\n"
                             << kCredentials;
        QTest::newRow("credential process")
            << apm::NewProfile{"proc", {{"credential_process", "/usr/bin/get-creds --id 1"}}}
            << kConfig + "[profile proc]\ncredential_process = /usr/bin/get-creds --id 1\n"
            << kCredentials;
        QTest::newRow("web identity") << apm::NewProfile{"k8s",
                                                         {{"role_arn", "arn:aws:iam::123456789012:role/pod"},
                                                          {"web_identity_token_file", "/var/run/token"}}}
                                      << kConfig
                                             + "[profile k8s]\nrole_arn = arn:aws:iam::123456789012:role/pod\n"
                                               "web_identity_token_file = /var/run/token\n"
                                      << kCredentials;
        QTest::newRow("settings only, nothing filled in")
            << apm::NewProfile{"empty", {}} << kConfig + "[profile empty]\n"
            << kCredentials;
        QTest::newRow("a name with a space is quoted") << apm::NewProfile{"my team", {{"region", "us-west-2"}}}
                                                       << kConfig + "[profile 'my team']\nregion = us-west-2\n"
                                                       << kCredentials;
    }

    void newProfileOfEachKind()
    {
        QFETCH(apm::NewProfile, request);
        QFETCH(QByteArray, configAfter);
        QFETCH(QByteArray, credentialsAfter);
        Fixture f(kConfig, kCredentials);
        f.prompts->newProfileAnswer = request;
        f.action("actionNewProfile")->trigger();
        QCOMPARE(f.selected(), request.name);
        QCOMPARE(f.window.history()->count(), 1); // one step, however many keys
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), configAfter);
        QCOMPARE(f.credentials(), credentialsAfter);
        f.action("actionUndo")->trigger();
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), kConfig);
        QCOMPARE(f.credentials(), kCredentials);
    }

    void duplicateAndDelete()
    {
        Fixture f(kConfig, kCredentials);
        f.select("default");
        f.prompts->textAnswer = "default-copy";
        f.action("actionDuplicateProfile")->trigger();
        QVERIFY(f.prompts->asked.last().endsWith("|default-copy")); // the suggested name
        QCOMPARE(f.selected(), QStringLiteral("default-copy"));

        f.select("default");
        f.prompts->confirmAnswer = false;
        f.action("actionDeleteProfile")->trigger();
        QCOMPARE(f.selected(), QStringLiteral("default")); // not confirmed: still there
        // The confirmation names the files and the lines that go.
        const QString question = f.prompts->asked.last();
        QVERIFY2(question.contains(f.aws.configPath() + ": lines 2–4 ([default])"), qPrintable(question));
        QVERIFY2(question.contains(f.aws.credentialsPath() + ": lines 1–4 ([default])"), qPrintable(question));
        f.prompts->confirmAnswer = true;
        f.action("actionDeleteProfile")->trigger();
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), QByteArray("# team settings\n[profile dev]\nregion = us-east-2\noutput = json\n\n"
                                        "# production, careful\n[profile prod]\nrole_arn = "
                                        "arn:aws:iam::123456789012:role/admin\nsource_profile = default\n"
                                        "\n[profile default-copy]\nregion = eu-west-1\n"));
        QCOMPARE(f.credentials(), QByteArray("[default-copy]\naws_access_key_id = AKIAFAKEFAKEFAKE0001\n"
                                             "aws_secret_access_key = fake-secret-value-0001\n"));
    }

    void closingAsksAboutUnsavedChanges()
    {
        Fixture f(kConfig, kCredentials);
        f.select("dev");
        typeInto(comboEdit(f.child<QComboBox>("field_region")), "sa-east-1");
        f.prompts->unsavedAnswer = apm::Prompts::Unsaved::Cancel;
        QVERIFY(!f.window.close());
        QVERIFY(f.window.isVisible());
        f.prompts->unsavedAnswer = apm::Prompts::Unsaved::Save;
        QVERIFY(f.window.close());
        QVERIFY(f.config().contains("region = sa-east-1"));
    }

    void revertDiscardsEdits()
    {
        Fixture f(kConfig, kCredentials);
        f.select("dev");
        typeInto(comboEdit(f.child<QComboBox>("field_region")), "sa-east-1");
        f.action("actionRevert")->trigger();
        QCOMPARE(f.child<QComboBox>("field_region")->currentText(), QStringLiteral("us-east-2"));
        QVERIFY(!f.window.isWindowModified());
        QCOMPARE(f.window.history()->count(), 0);
        QCOMPARE(f.config(), kConfig);
    }

    // After rename, duplicate, delete and Save (Ctrl+S) the Files tab says there is nothing left to save, whether it
    // was showing during the save or shown afterwards: it follows every change of the store, saves included.
    // Renaming a profile that others take their credentials from offers to update their source_profile, in the
    // same undo step; declined, the references stay (and the form warns about them).
    void renameUpdatesReferences()
    {
        Fixture f(kConfig + "[profile ci]\nsource_profile = default\nrole_arn = arn:aws:iam::123456789012:role/ci\n",
                  kCredentials);
        f.select("default");
        f.prompts->textAnswer = "main";
        f.prompts->confirmAnswer = true;
        const int steps = f.window.history()->count();
        f.action("actionRenameProfile")->trigger();
        QVERIFY2(f.prompts->asked.last().contains("prod, ci"), qPrintable(f.prompts->asked.last()));
        QCOMPARE(f.window.history()->count(), steps + 1);
        QVERIFY(f.window.save());
        QCOMPARE(f.config().count("source_profile = main\n"), 2);
        QVERIFY(!f.config().contains("source_profile = default"));
        QVERIFY(f.config().contains("[profile main]\nregion = eu-west-1\n"));
        QVERIFY(f.credentials().startsWith("[main]\n"));
        f.action("actionUndo")->trigger(); // one step takes back the rename and its references
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), kConfig
                                 + "[profile ci]\nsource_profile = default\nrole_arn = "
                                   "arn:aws:iam::123456789012:role/ci\n");

        f.select("default");
        f.prompts->confirmAnswer = false;
        f.action("actionRenameProfile")->trigger();
        QVERIFY(f.window.save());
        QCOMPARE(f.config().count("source_profile = default\n"), 2);
        QVERIFY(f.config().contains("[profile main]\n"));
    }

    void filesTabFollowsSave()
    {
        Fixture f(kConfig, kCredentials);
        auto* tabs = f.child<QTabWidget>("tabs");
        auto* changes = f.child<QPlainTextEdit>("changesView");
        auto* label = f.child<QLabel>("changesLabel");
        f.select("dev");
        f.prompts->textAnswer = "stage";
        f.action("actionRenameProfile")->trigger();
        f.prompts->textAnswer = "stage-copy";
        f.action("actionDuplicateProfile")->trigger();
        f.select("prod");
        f.prompts->confirmAnswer = true;
        f.action("actionDeleteProfile")->trigger();
        tabs->setCurrentWidget(f.child<QWidget>("filesPanel"));
        QVERIFY(changes->toPlainText().contains("+[profile stage]"));
        QCOMPARE(label->text(), QStringLiteral("Saving will make exactly these changes:"));
        // Saved while the tab shows.
        f.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        QTest::keySequence(&f.window, QKeySequence::Save);
        QVERIFY(!f.window.isWindowModified());
        QCOMPARE(label->text(), QStringLiteral("No unsaved changes: the files on disk are what you see."));
        QVERIFY(changes->toPlainText().isEmpty());
        QVERIFY(f.child<QPlainTextEdit>("textView")->toPlainText().contains("[profile stage-copy]"));
        // Saved while another tab shows, then back.
        tabs->setCurrentIndex(0);
        f.select("stage");
        typeInto(comboEdit(f.child<QComboBox>("field_region")), "us-west-1");
        tabs->setCurrentWidget(f.child<QWidget>("filesPanel"));
        QVERIFY(!changes->toPlainText().isEmpty());
        tabs->setCurrentIndex(0);
        QTest::keySequence(&f.window, QKeySequence::Save);
        QVERIFY(!f.window.isWindowModified());
        tabs->setCurrentWidget(f.child<QWidget>("filesPanel"));
        QVERIFY(changes->toPlainText().isEmpty());
        QCOMPARE(label->text(), QStringLiteral("No unsaved changes: the files on disk are what you see."));
    }

    void filesTabShowsTheTextAndWhatSavingChanges()
    {
        Fixture f(kConfig, kCredentials);
        f.select("dev");
        auto* tabs = f.child<QTabWidget>("tabs");
        tabs->setCurrentWidget(f.child<QWidget>("filesPanel"));
        auto* text = f.child<QPlainTextEdit>("textView");
        auto* changes = f.child<QPlainTextEdit>("changesView");
        QCOMPARE(text->toPlainText(), QString::fromUtf8(kConfig));
        QCOMPARE(text->extraSelections().size(), 1);
        QCOMPARE(text->extraSelections().first().cursor.selectedText().count(QChar::ParagraphSeparator), 3);
        QVERIFY(changes->toPlainText().isEmpty());

        f.select("default"); // lives in both files: both highlighted in turn
        auto* file = f.child<QComboBox>("fileCombo");
        file->setCurrentIndex(1);
        QVERIFY(text->toPlainText().contains("aws_secret_access_key = ****************0001"));
        QVERIFY(!text->toPlainText().contains("fake-secret"));
        QCOMPARE(text->extraSelections().size(), 1);

        tabs->setCurrentIndex(0);
        f.select("dev");
        typeInto(comboEdit(f.child<QComboBox>("field_region")), "us-west-1");
        f.select("default");
        const QModelIndex secret =
            qobject_cast<apm::ProfileSettingsModel*>(f.child<QTableView>("settingsView")->model())
                ->indexOf("aws_secret_access_key")
                .siblingAtColumn(1);
        QVERIFY(f.child<QTableView>("settingsView")->model()->setData(secret, "fake-secret-value-0002"));
        tabs->setCurrentWidget(f.child<QWidget>("filesPanel"));
        QVERIFY(!changes->toPlainText().isEmpty());
        const QString diff = changes->toPlainText();
        QVERIFY2(diff.contains("-region = us-east-2\n+region = us-west-1"), qPrintable(diff));
        QVERIFY2(diff.contains("+aws_secret_access_key = ****************0002"), qPrintable(diff));
        QVERIFY(!diff.contains("fake-secret"));
        f.child<QCheckBox>("showSecretsCheck")->setChecked(true);
        QVERIFY(changes->toPlainText().contains("+aws_secret_access_key = fake-secret-value-0002"));
    }

    // Keyboard first: Ctrl+N, F2, Del and Enter on the list do what the menus do.
    void keyboardShortcuts()
    {
        Fixture f(kConfig, kCredentials);
        f.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        auto* list = f.child<QTableView>("profileView");
        list->setFocus();
        f.select("dev");
        f.prompts->textAnswer = "stage";
        QTest::keyClick(list, Qt::Key_F2);
        QCOMPARE(f.selected(), QStringLiteral("stage"));
        f.prompts->confirmAnswer = false;
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(f.prompts->asked.last().startsWith("Delete the profile stage?"));
        f.prompts->newProfileAnswer.reset();
        QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(f.prompts->asked.last(), QStringLiteral("new profile"));
        QTest::keyClick(list, Qt::Key_Return); // to the form
        QVERIFY(f.child<QWidget>("profileForm")->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(
            f.child<QTableView>("profileView")->currentIndex().data(apm::ProfileListModel::ProfileNameRole).toString(),
            QStringLiteral("stage")); // Ctrl+Z in a text field is the field's own undo, not the window's
    }

    // An SSO profile's [sso-session] block is edited beside it, or created when it is not there yet.
    void ssoSessionBlock()
    {
        const QByteArray config = "[profile sso]\nsso_session = corp\nsso_account_id = 111122223333\n"
                                  "sso_role_name = ReadOnly\n\n[sso-session corp]\nsso_start_url = "
                                  "https://corp.awsapps.com/start\nsso_region = eu-west-1\n\n"
                                  "[profile other]\nsso_session = new-corp\nsso_account_id = 111122223333\n"
                                  "sso_role_name = Admin\n";
        Fixture f(config, QByteArray());
        f.select("sso");
        auto* box = f.child<QWidget>("ssoSessionBox");
        QVERIFY(box->isVisible());
        auto* region = f.child<QLineEdit>("ssoRegionEdit");
        QCOMPARE(f.child<QLineEdit>("ssoStartUrlEdit")->text(), QStringLiteral("https://corp.awsapps.com/start"));
        typeInto(region, "us-east-1");
        f.select("other");
        QVERIFY(box->isVisible());
        QVERIFY(f.child<QLineEdit>("ssoStartUrlEdit")->text().isEmpty());
        typeInto(f.child<QLineEdit>("ssoStartUrlEdit"), "https://new.awsapps.com/start");
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), QByteArray(config).replace("sso_region = eu-west-1", "sso_region = us-east-1")
                                 + "[sso-session new-corp]\nsso_start_url = https://new.awsapps.com/start\n");
        f.action("actionUndo")->trigger();
        f.action("actionUndo")->trigger();
        QVERIFY(f.window.isWindowModified()); // the saved file is the edited one now
        QVERIFY(f.window.save());
        QCOMPARE(f.config(), config);
    }

    // Tab goes down the dialog as the eye does (name, kind, the kind's fields, then the buttons), for every kind;
    // a key without its secret (or the reverse) makes no profile and OK says so.
    void newProfileDialogTabOrderAndKeys()
    {
        TempAws aws(kConfig, kCredentials);
        apm::ProfileStore store(aws.environment);
        apm::NewProfileDialog dialog(store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* name = dialog.findChild<QLineEdit*>("nameEdit");
        auto* kind = dialog.findChild<QComboBox*>("kindCombo");
        auto* buttons = dialog.findChild<QDialogButtonBox*>("buttons");
        auto* ok = buttons->button(QDialogButtonBox::Ok);
        auto* problem = dialog.findChild<QLabel*>("problemLabel");
        auto walk = [&] {
            QStringList names;
            name->setFocus();
            for (int i = 0; i < 8; ++i) {
                QWidget* w = QApplication::focusWidget();
                // A combo's line edit stands for the combo.
                if (w && w->parentWidget() && qobject_cast<QComboBox*>(w->parentWidget()))
                    w = w->parentWidget();
                names.append(w ? (w->objectName().isEmpty() ? w->metaObject()->className() : w->objectName())
                               : QStringLiteral("none"));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            }
            return names;
        };
        const QStringList keys = walk();
        QCOMPARE(keys.mid(0, 4),
                 (QStringList{"nameEdit", "kindCombo", "field_aws_access_key_id", "field_aws_secret_access_key"}));
        QVERIFY2(keys.indexOf("QPushButton") > keys.indexOf("field_output"), qPrintable(keys.join(' ')));
        kind->setCurrentIndex(kind->findText(apm::Profile::kindName(apm::ProfileKind::AssumeRole)));
        QTRY_VERIFY(dialog.findChild<QLineEdit*>("field_role_arn")->isVisible()); // new fields show from the loop
        const QStringList role = walk();
        QCOMPARE(role.mid(0, 3), (QStringList{"nameEdit", "kindCombo", "field_role_arn"}));

        kind->setCurrentIndex(kind->findText(apm::Profile::kindName(apm::ProfileKind::StaticKeys)));
        QTest::keyClicks(name, "solo");
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit*>("field_aws_secret_access_key"), "fake-secret-only");
        QVERIFY(!ok->isEnabled());
        QCOMPARE(problem->text(), QStringLiteral("Give both the access key ID and the secret access key, or neither."));
        QTest::keyClicks(dialog.findChild<QLineEdit*>("field_aws_access_key_id"), "AKIAFAKEFAKEFAKE0009");
        QVERIFY(ok->isEnabled());
    }

    // Ctrl+N from the filter box, then Ctrl+Z: the new profile goes again (the filter box does not swallow it).
    void undoRightAfterNew()
    {
        Fixture f(kConfig, kCredentials);
        f.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        auto* filter = f.child<QLineEdit>("filterEdit");
        filter->setFocus();
        QTest::keyClicks(filter, "de");
        f.prompts->newProfileAnswer = apm::NewProfile{QStringLiteral("fresh"), {{"region", "eu-north-1"}}};
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::New);
        QCOMPARE(f.selected(), QStringLiteral("fresh"));
        QVERIFY(f.window.isWindowModified());
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo);
        QVERIFY(!f.window.isWindowModified());
        QVERIFY(!f.child<QTableView>("profileView")
                     ->model()
                     ->match(f.child<QTableView>("profileView")->model()->index(0, 0),
                             apm::ProfileListModel::ProfileNameRole, QStringLiteral("fresh"), 1, Qt::MatchExactly)
                     .size());
    }

    void newProfileDialog()
    {
        TempAws aws(kConfig, kCredentials);
        apm::ProfileStore store(aws.environment);
        apm::NewProfileDialog dialog(store);
        auto* name = dialog.findChild<QLineEdit*>("nameEdit");
        auto* kind = dialog.findChild<QComboBox*>("kindCombo");
        auto* ok = dialog.findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Ok);
        auto* problem = dialog.findChild<QLabel*>("problemLabel");
        QVERIFY(name && kind && ok && problem);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(name, "dev");
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->text().contains("already exists"));
        QTest::keyClicks(name, "2");
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>("whereLabel")->text().contains(aws.credentialsPath()));
        kind->setCurrentIndex(kind->findText(apm::Profile::kindName(apm::ProfileKind::AssumeRole)));
        auto* source = dialog.findChild<QComboBox*>("field_source_profile");
        QVERIFY(source);
        QVERIFY(source->findText("prod") >= 0); // the existing profiles are offered
        QTest::keyClicks(source->lineEdit(), "nope");
        QVERIFY(problem->text().contains("does not exist"));
        source->setCurrentText("default");
        QTest::keyClicks(dialog.findChild<QLineEdit*>("field_role_arn"), "arn:aws:iam::123456789012:role/x");
        const apm::NewProfile result = dialog.result();
        QCOMPARE(result.name, QStringLiteral("dev2"));
        QCOMPARE(result.values, (QList<QPair<QString, QString>>{{"role_arn", "arn:aws:iam::123456789012:role/x"},
                                                                {"source_profile", "default"}}));
    }
};

QTEST_MAIN(ProfileEditingTest)
#include "ProfileEditingTest.moc"
